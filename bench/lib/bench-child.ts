// Shared by the data benches' child processes (import-bench.ts, audit-bench.ts), which
// bench/run.mjs starts with tsx (bench/lib/data-bench.mjs) so that they can call the
// TypeScript services directly, each in a process of its own so that its memory is its own.
// The parent hands over a database made for the run, never a developer's: BENCH_DATA_DIR (an
// empty folder for the embedded PGlite) or BENCH_DATABASE_URL (a new PostgreSQL database).
// DATABASE_URL and DATA_DIR are ignored on purpose, so a stray setting cannot point here.
// Each bench runs twice, as the app does: `prepare` migrates and loads the fixtures in one
// process (like `npm start`'s prepare step), then `measure` opens the prepared database in a
// fresh one (like the web server), so that what migrations leave in memory (PGlite's
// WebAssembly heap only grows) is not counted.
import { readFileSync, writeFileSync } from "node:fs";
import { createPrismaClient } from "@lab/db/client";
import { resolveDatabaseConfig, type TDatabaseConfig } from "@lab/db/config";
import { closeShared, compileWasmOptimisedOnly, openSqlDriver } from "@lab/db/driver";
import { applyMigrations, pendingMigrations } from "@lab/db/migrations/apply";
import type { PrismaClient } from "@lab/db/prisma";

export type TBenchDatabase = {
  config: TDatabaseConfig;
  prisma: PrismaClient;
  /** Raw SQL, for what the services have no call for (ANALYZE, EXPLAIN). */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
};

/**
 * Opens the run's database. `prepare`: it must be empty, and is migrated. Otherwise it must
 * be migrated already (by this bench's prepare step).
 */
export async function openBenchDatabase(mode: "prepare" | "measure"): Promise<TBenchDatabase> {
  const url = process.env.BENCH_DATABASE_URL;
  const dir = process.env.BENCH_DATA_DIR;
  if (!url && !dir) {
    throw new Error("set BENCH_DATABASE_URL or BENCH_DATA_DIR (run via bench/run.mjs)");
  }
  const config = resolveDatabaseConfig(url ? { DATABASE_URL: url } : { DATA_DIR: dir });
  // As the server does at start-up (apps/web/src/instrumentation.ts).
  if (config.kind === "pglite") compileWasmOptimisedOnly();
  const driver = openSqlDriver(config);
  if (mode === "prepare") {
    const [found] = await driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    if ((found?.n ?? 0) > 0) {
      throw new Error("the bench database is not empty; refusing to touch it");
    }
    await applyMigrations(driver);
  } else if ((await pendingMigrations(driver)).length > 0) {
    throw new Error("the bench database is not prepared (run the bench's prepare step first)");
  }
  const prisma = createPrismaClient(config);
  return {
    config,
    prisma,
    query: (sql, params) => driver.query(sql, params),
    close: async () => {
      await prisma.$disconnect();
      await closeShared(config);
    },
  };
}

function status(): string {
  return readFileSync("/proc/self/status", "utf8");
}

const kbOf = (field: string) => Number(status().match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1]);

/** Resident memory now (VmRSS, kB). */
export const rssKb = () => kbOf("VmRSS");

/** Peak resident memory (VmHWM, kB) since the start, or since the last resetPeakRss(). */
export const peakRssKb = () => kbOf("VmHWM");

/**
 * Resets VmHWM to the current RSS (Linux: "5" into clear_refs), so that the peak that follows
 * is the measured work's and not the set-up's. False where the kernel refuses it.
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** Nearest-rank percentile of an ascending array (as bench/lib/load.mjs). */
export function percentile(sorted: number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** Progress on stderr (the parent shows it); the result goes to the file the parent named. */
export function log(line: string): void {
  console.error(`bench:   ${line}`);
}

/**
 * A bench's entry point. `prepare`: migrate the new database and load the fixtures. `measure
 * <result.json>`: run the measurements on the prepared database and write their JSON there.
 * Exits 1 with the error on stderr when anything fails.
 */
export async function runChild(bench: {
  prepare: (db: TBenchDatabase) => Promise<void>;
  measure: (db: TBenchDatabase) => Promise<unknown>;
}): Promise<never> {
  const [mode, out] = process.argv.slice(2);
  try {
    if (mode !== "prepare" && !(mode === "measure" && out)) {
      throw new Error("usage: tsx <bench>.ts prepare | measure <result.json>");
    }
    const db = await openBenchDatabase(mode);
    try {
      if (mode === "prepare") await bench.prepare(db);
      else writeFileSync(out as string, `${JSON.stringify(await bench.measure(db), null, 2)}\n`);
    } finally {
      await db.close();
    }
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  }
}
