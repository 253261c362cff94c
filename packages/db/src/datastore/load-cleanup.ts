import type { TDatabaseConfig } from "../config";
import { openSqlDriver, type TSqlTx } from "../driver";
import { datastoreTable } from "./load-sql";

// Loads that a crash cut short: a version still LOADING whose load is no longer running is
// marked FAILED and its table (if any) dropped; so is any table of a failed or unknown version.
// Run by `prepare` before the server starts and, for one dataset, before each upload.
// Whether a load is running: on PostgreSQL its connection holds a session advisory lock on
// the table name (any instance can test it; it goes away with the connection); the embedded
// PGlite belongs to one process, which keeps the set of its running loads in memory.

/** The first key of the advisory locks that mark running loads ("load" in ASCII). */
export const LOAD_LOCK_CLASS = 0x6c6f6164;

const globalForLoads = globalThis as unknown as { __labActiveLoads?: Map<string, Set<string>> };
globalForLoads.__labActiveLoads ??= new Map();

/** Table names being loaded right now in this process, per PGlite data folder. */
export function activeLoads(dataDir: string): Set<string> {
  const all = globalForLoads.__labActiveLoads as Map<string, Set<string>>;
  let set = all.get(dataDir);
  if (!set) {
    set = new Set();
    all.set(dataDir, set);
  }
  return set;
}

export const INTERRUPTED_PROBLEMS = {
  problems: [
    {
      row: null,
      column: null,
      value: null,
      message:
        "La carga se interrumpió antes de terminar (el servidor se detuvo). Cargue el archivo de nuevo.",
    },
  ],
  problemCount: 1,
};

async function failAndDrop(tx: TSqlTx, id: string, tableName: string): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE "DatasetVersion" SET status = 'FAILED', problems = $2::jsonb
      WHERE id = $1 AND status = 'LOADING' RETURNING id`,
    [id, JSON.stringify(INTERRUPTED_PROBLEMS)],
  );
  await tx.query(`DROP TABLE IF EXISTS ${datastoreTable(tableName)}`);
  return updated.length > 0;
}

/**
 * Marks stale LOADING versions FAILED and drops their tables, and drops the tables of failed
 * or unknown versions. `datasetId` limits it to one dataset. Returns the versions it failed.
 */
export async function cleanupStaleLoads(
  database: TDatabaseConfig,
  options: { datasetId?: string } = {},
): Promise<string[]> {
  const driver = openSqlDriver(database);
  const loading = await driver.query<{ id: string; tableName: string }>(
    `SELECT id, "tableName" FROM "DatasetVersion"
      WHERE status = 'LOADING' AND ($1::text IS NULL OR "datasetId" = $1)`,
    [options.datasetId ?? null],
  );
  const failed: string[] = [];
  for (const { id, tableName } of loading) {
    if (database.kind === "pglite" && activeLoads(database.dataDir).has(tableName)) continue;
    const done = await driver.transaction(async (tx) => {
      if (database.kind === "postgres") {
        const [lock] = await tx.query<{ free: boolean }>(
          "SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS free",
          [LOAD_LOCK_CLASS, tableName],
        );
        if (!lock?.free) return false;
      }
      return failAndDrop(tx, id, tableName);
    });
    if (done) failed.push(id);
  }
  await dropOrphanTables(database, options.datasetId);
  return failed;
}

/** Tables of the datastore no live version owns (a failed load whose drop did not happen). */
async function dropOrphanTables(database: TDatabaseConfig, datasetId?: string): Promise<void> {
  const driver = openSqlDriver(database);
  const orphans = await driver.query<{ name: string }>(
    `SELECT t.tablename AS name FROM pg_tables t
      LEFT JOIN "DatasetVersion" v ON v."tableName" = t.tablename
      WHERE t.schemaname = 'datastore' AND t.tablename LIKE 'v\\_%'
        AND (v.id IS NULL OR v.status = 'FAILED')
        AND ($1::text IS NULL OR v."datasetId" = $1 OR v.id IS NULL)`,
    [datasetId ?? null],
  );
  for (const { name } of orphans) {
    if (database.kind === "pglite" && activeLoads(database.dataDir).has(name)) continue;
    await driver.query(`DROP TABLE IF EXISTS ${datastoreTable(name)}`);
  }
}
