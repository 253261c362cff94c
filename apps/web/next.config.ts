import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * No eval, no other origins. Scripts allow 'unsafe-inline' because the App Router hydrates
 * from inline scripts, and nonces would need a render per request: the page cache
 * (server.mjs) serves the same HTML to many visitors. Charts export through data: and blob:
 * images. HSTS is added by server.mjs, which knows whether the request came over HTTPS.
 */
function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const config: NextConfig = {
  // Our packages ship TypeScript sources; Next compiles them with the app.
  transpilePackages: ["@lab/api", "@lab/db", "@lab/domain", "@lab/ui"],
  // Loaded from node_modules at run time: WebAssembly, native and driver packages.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
  ],
  turbopack: { root },
  // Worker threads (the upload's CSV parse) are bundled as files of their own: the code that
  // starts them asks for the bundled file rather than the TypeScript source.
  compiler: { defineServer: { "process.env.LAB_WORKERS_BUNDLED": "1" } },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // `npm run typecheck` checks every package strictly; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // A dataset's DCAT-AP documents sit beside its page, as in ckanext-dcat; /datos/[slug] is
  // the page, so these go to their route handler (checked before dynamic routes).
  async rewrites() {
    return [
      {
        source: "/datos/:slug([a-z0-9-]+).:format(jsonld|ttl)",
        destination: "/api/dcat/datasets/:slug/:format",
      },
      // CKAN answers its Action API without the version too (ckanapi's RemoteCKAN calls it).
      { source: "/api/action/:name", destination: "/api/3/action/:name" },
    ];
  },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      // Only the embeds may be framed by other sites; everything else refuses it (clickjacking).
      {
        source: "/((?!embed/).*)",
        headers: [
          ...common,
          { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        source: "/embed/:path*",
        headers: [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy("*") }],
      },
    ];
  },
};

export default config;
