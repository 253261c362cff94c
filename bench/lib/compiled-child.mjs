// Bench children that measure memory run as the app runs in production: compiled JavaScript on
// plain Node. Through a TypeScript loader (`node --import tsx`) a process carries the loader's
// thread and its compiler service too, about 40 MiB more resident memory than the app has.
// The child's TypeScript and our workspace packages (@lab/*) are bundled into one module in
// the bench's .tmp folder (inside the repository, so npm packages still resolve from
// node_modules); npm packages stay external and load as they do in the app.
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";

/** Bare imports other than our workspace packages stay imports of node_modules. */
const npmPackagesExternal = {
  name: "npm-packages-external",
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@lab/") ? undefined : { path: args.path, external: true },
    );
  },
};

/** Compiles `entry` (a .ts file) into `<outDir>/<name>.mjs`; returns that path. */
export async function compileChild(entry, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry, ".ts")}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: false,
    logLevel: "warning",
    plugins: [npmPackagesExternal],
  });
  return outfile;
}
