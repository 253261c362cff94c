// The data benches (import-bench.ts, audit-bench.ts): each runs in child processes
// (`node --import tsx`, so it can call the TypeScript services, and so its peak memory is its
// own), first `prepare` (migrations, fixtures) then `measure` in a fresh process, on a
// database made for it alone: an empty PGlite folder under bench/.tmp, or a new PostgreSQL
// database (./postgres.mjs). Both are removed afterwards, also when the bench fails or is
// interrupted (cleanupDataBenchesNow, from run.mjs's handlers).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createBenchResources } from "./bench-resources.mjs";
import { root } from "./server.mjs";

const resources = createBenchResources();

/** Prisma's generated client must match the schema; cached by turbo when it does. */
export async function ensureGenerated() {
  const args = ["run", "generate", "--filter=@lab/db", "--output-logs=errors-only"];
  // Quiet unless it fails, as ensureBuilt() in ./server.mjs.
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
  await resources.run("prisma generate", join(root, "node_modules/.bin/turbo"), args, env, {
    quiet: true,
  });
}

/**
 * Runs `bench/lib/<name>.ts` on a fresh database of `kind` ("pglite" | "postgres") and returns
 * the JSON it wrote. `env` is the caller's environment without any database settings.
 */
export async function runDataBench(name, kind, { tmp, env }) {
  const out = join(tmp, `${name}-${kind}.json`);
  const fresh = resources.freshDatabase(kind, { tmp, dirName: `${name}-pglite` });
  const childEnv = { ...env, ...fresh.env, TURBO_TELEMETRY_DISABLED: "1" };
  try {
    const script = join(root, "bench/lib", `${name}.ts`);
    const tsx = (...args) =>
      resources.runTsx(`${name} ${args[0]} (${kind})`, script, args, childEnv);
    await tsx("prepare");
    await tsx("measure", out);
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    fresh.remove();
  }
}

/** Synchronous, for signal and exit handlers: kill the children, drop and delete the rest. */
export const cleanupDataBenchesNow = resources.cleanupNow;
