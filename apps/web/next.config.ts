import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

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
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // `npm run typecheck` checks every package strictly; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      // Only the embeds may be framed by other sites; everything else refuses it (clickjacking).
      {
        source: "/((?!embed/).*)",
        headers: [...common, { key: "X-Frame-Options", value: "SAMEORIGIN" }],
      },
      {
        source: "/embed/:path*",
        headers: [...common, { key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

export default config;
