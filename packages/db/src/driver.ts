import { mkdirSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { ConfigError, IN_MEMORY_PREFIX, type TDatabaseConfig } from "./config";

/** The small raw-SQL surface that migrations, health checks and the datastore need. */
export type TSqlDriver = {
  kind: TDatabaseConfig["kind"];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs statements inside one transaction: all of them take effect, or none. */
  transaction<T>(fn: (tx: TSqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type TSqlTx = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A script of several statements, no parameters. */
  exec(script: string): Promise<void>;
};

type TShared = { pglite: Map<string, PGlite>; pools: Map<string, pg.Pool> };
const globalForDb = globalThis as unknown as { __labDb?: TShared };
globalForDb.__labDb ??= { pglite: new Map(), pools: new Map() };
const shared: TShared = globalForDb.__labDb;

/**
 * 64 MB of shared buffers instead of PGlite's 128 MB: they live in the app's own memory, and
 * PGlite zeroes them when it opens, so all of them are resident from the start. Half keeps the
 * row API's working set on a 1,000,000-row table (first page, filter with sort, deep cursors:
 * as fast as with 128 MB in the bench); 32 MB did not (a filtered, sorted page went from about
 * 10 ms to 120 ms).
 */
const PGLITE_SETTINGS = ["-c", "shared_buffers=64MB"];

/**
 * For a long-running process on PGlite (the server; the bench measuring it), called before its
 * first PGlite. PGlite is PostgreSQL compiled to WebAssembly, which V8 compiles twice by
 * default, first with its quick baseline compiler and then, optimised, the parts that run
 * often, keeping both. Compiled optimised only, the process holds 40 to 60 MiB less (a
 * 1,000,000-row upload peaked at 350 to 380 MiB instead of 410 to 460 in the bench) and runs as
 * fast; the first open takes about 1.5 s longer. Short processes (CLIs, tests) keep the default.
 */
export function compileWasmOptimisedOnly(): void {
  setFlagsFromString("--no-liftoff");
}

/** One PGlite per data folder per process: PGlite is a whole PostgreSQL, single-writer. */
export function getPglite(dataDir: string): PGlite {
  let db = shared.pglite.get(dataDir);
  if (!db) {
    if (!dataDir.startsWith(IN_MEMORY_PREFIX)) mkdirSync(dataDir, { recursive: true });
    db = new PGlite(dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
    shared.pglite.set(dataDir, db);
  }
  return db;
}

export function getPool(url: string): pg.Pool {
  let pool = shared.pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    // Nor may a checked-out one (pg-pool only listens on idle clients): its query fails with
    // the error instead, and the pool discards the broken client on release.
    pool.on("connect", (client) => client.on("error", () => {}));
    shared.pools.set(url, pool);
  }
  return pool;
}

export async function closeShared(config: TDatabaseConfig): Promise<void> {
  if (config.kind === "pglite") {
    const db = shared.pglite.get(config.dataDir);
    shared.pglite.delete(config.dataDir);
    if (db && !db.closed) await db.close();
  } else {
    const pool = shared.pools.get(config.url);
    shared.pools.delete(config.url);
    await pool?.end();
  }
}

export function openSqlDriver(config: TDatabaseConfig): TSqlDriver {
  return config.kind === "pglite" ? pgliteDriver(config) : postgresDriver(config);
}

function pgliteDriver(config: { kind: "pglite"; dataDir: string }): TSqlDriver {
  const db = getPglite(config.dataDir);
  return {
    kind: "pglite",
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    transaction(fn) {
      return db.transaction((tx) =>
        fn({
          query: async <T>(sql: string, params?: unknown[]) =>
            (await tx.query<T>(sql, params)).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      );
    },
    close: () => closeShared(config),
  };
}

function postgresDriver(config: Extract<TDatabaseConfig, { kind: "postgres" }>): TSqlDriver {
  const pool = getPool(config.url);
  const connect = async () => {
    try {
      return await pool.connect();
    } catch (error) {
      throw unreachable(config, error);
    }
  };
  return {
    kind: "postgres",
    async query<T>(sql: string, params?: unknown[]) {
      const client = await connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: async <T>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as T[],
          // The simple query protocol runs a multi-statement script as given.
          exec: async (script) => {
            await client.query(script);
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => closeShared(config),
  };
}

/** Names host and port, which is what an operator needs to fix a refused connection. */
export function unreachable(
  config: Extract<TDatabaseConfig, { kind: "postgres" }>,
  cause: unknown,
): ConfigError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ConfigError(
    `Cannot reach PostgreSQL at ${config.host}:${config.port} (${reason || "connection failed"})`,
  );
}
