// The data benches (import-bench.ts, audit-bench.ts): each runs in child processes
// (`node --import tsx`, so it can call the TypeScript services, and so its peak memory is its
// own), first `prepare` (migrations, fixtures) then `measure` in a fresh process, on a
// database made for it alone: an empty PGlite folder under bench/.tmp, or a new PostgreSQL
// database (./postgres.mjs). Both are removed afterwards, also when the bench fails or is
// interrupted (cleanupDataBenchesNow, from run.mjs's handlers).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createDatabase, dropDatabase } from "./postgres.mjs";
import { root } from "./server.mjs";

/** What is alive right now: child processes, PostgreSQL databases, PGlite folders. */
const live = { children: new Set(), databases: new Set(), dirs: new Set() };

/** Prisma's generated client must match the schema; cached by turbo when it does. */
export async function ensureGenerated() {
  const args = ["run", "generate", "--filter=@lab/db", "--output-logs=errors-only"];
  // Quiet unless it fails, as ensureBuilt() in ./server.mjs.
  await run("prisma generate", join(root, "node_modules/.bin/turbo"), args, process.env, true);
}

function run(label, command, args, env, quiet = false) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, TURBO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    live.children.add(child);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      live.children.delete(child);
      if (code === 0) return resolve();
      if (output) console.error(output.trimEnd());
      reject(new Error(`${label} exited with ${signal ?? code}`));
    });
  });
}

/**
 * Runs `bench/lib/<name>.ts` on a fresh database of `kind` ("pglite" | "postgres") and returns
 * the JSON it wrote. `env` is the caller's environment without any database settings.
 */
export async function runDataBench(name, kind, { tmp, env }) {
  const out = join(tmp, `${name}-${kind}.json`);
  const childEnv = { ...env };
  let database;
  let dir;
  if (kind === "postgres") {
    database = createDatabase();
    live.databases.add(database.name);
    childEnv.BENCH_DATABASE_URL = database.url;
  } else {
    dir = join(tmp, `${name}-pglite`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    live.dirs.add(dir);
    childEnv.BENCH_DATA_DIR = dir;
  }
  try {
    const script = join(root, "bench/lib", `${name}.ts`);
    const tsx = (...args) =>
      run(
        `${name} ${args[0]} (${kind})`,
        process.execPath,
        ["--import", "tsx", script, ...args],
        childEnv,
      );
    await tsx("prepare");
    await tsx("measure", out);
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    if (database && dropDatabase(database.name)) live.databases.delete(database.name);
    if (dir) {
      rmSync(dir, { recursive: true, force: true });
      live.dirs.delete(dir);
    }
  }
}

/** Synchronous, for signal and exit handlers: kill the children, drop and delete the rest. */
export function cleanupDataBenchesNow() {
  for (const child of live.children) {
    try {
      child.kill("SIGKILL");
    } catch {
      // Already gone.
    }
  }
  live.children.clear();
  for (const name of live.databases) if (dropDatabase(name)) live.databases.delete(name);
  for (const dir of live.dirs) rmSync(dir, { recursive: true, force: true });
  live.dirs.clear();
}
