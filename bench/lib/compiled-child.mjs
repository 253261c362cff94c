// Bench children that measure memory run as the app runs in production: compiled JavaScript on
// plain Node. Through a TypeScript loader (`node --import tsx`) a process carries the loader's
// thread and its compiler service too, about 40 MiB more resident memory than the app has.
// The child's TypeScript and our workspace packages (@lab/*) are bundled into one module in
// the bench's .tmp folder (inside the repository, so npm packages still resolve from
// node_modules); npm packages stay external and load as they do in the app.
import { mkdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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

const WORKER_URL = /new Worker\(new URL\("\.\/([\w-]+)\.ts", import\.meta\.url\)/g;

/**
 * Worker threads started as the app's bundler starts them, `new Worker(new URL("./x.ts",
 * import.meta.url))`: each such entry is compiled beside the child, and the URL points to it.
 */
function workerEntries(found) {
  return {
    name: "worker-entries",
    setup(bundler) {
      bundler.onLoad({ filter: /[\\/]packages[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("new Worker(new URL(")) return undefined;
        const contents = source.replace(WORKER_URL, (_, name) => {
          found.add(join(dirname(args.path), `${name}.ts`));
          return `new Worker(new URL("./${name}.mjs", import.meta.url)`;
        });
        return { contents, loader: "ts", resolveDir: dirname(args.path) };
      });
    },
  };
}

async function compile(entry, outDir, found) {
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
    plugins: [npmPackagesExternal, workerEntries(found)],
    // As the app's build does (next.config.ts): worker threads start from their compiled files.
    define: { "process.env.LAB_WORKERS_BUNDLED": '"1"' },
  });
  return outfile;
}

/**
 * Compiles `entry` (a .ts file) into `<outDir>/<name>.mjs`, and the worker threads it starts
 * beside it; returns the entry's path.
 */
export async function compileChild(entry, outDir) {
  mkdirSync(outDir, { recursive: true });
  const workers = new Set();
  const outfile = await compile(entry, outDir, workers);
  const done = new Set();
  for (const worker of workers) {
    if (done.has(worker)) continue;
    done.add(worker);
    await compile(worker, outDir, workers);
  }
  return outfile;
}
