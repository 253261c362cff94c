import type { TColumnType } from "@lab/domain/dataset-view";
import type { TDatabaseConfig } from "../config";
import { openSqlDriver } from "../driver";
import { DATASTORE_SCHEMA, datastoreTable, quoteIdent } from "./load-sql";
import { searchIndexName, searchIndexSql } from "./query-sql";

// The indexes the row API's filters, sorts and `q` use, beyond the primary key: built once a
// version is loaded (READY), in the background. A load is "queryable" as soon as it has its
// primary key and statistics; these make large tables fast to filter and search, and cost
// seconds per million rows each, so the publisher does not wait for them. A build that a
// restart interrupted leaves the table without that index (queries still answer, by
// scanning) until the next start rebuilds it (load-index-repair.ts).

/** Smaller tables answer any filter fast by scanning them. */
export const INDEXED_MIN_ROWS = 5000;
const MAX_SECONDARY = 6;
/** Longer texts (descriptions, notes) are searched with `q`, not filtered on. */
const MAX_INDEXED_TEXT = 100;

export type TIndexColumn = {
  position: number;
  field: string;
  type: TColumnType;
  /** The longest value, for text columns. */
  maxLength: number | null;
  distinctCount: number | null;
};

// Which columns people filter and sort on first: dates, then categories (few distinct values:
// comuna, tipo…), then numbers; codes and free text last.
function priority(c: TIndexColumn, rowCount: number): number {
  if (c.type === "date" || c.type === "datetime") return 0;
  const categorical = c.distinctCount !== null && c.distinctCount <= Math.max(1000, rowCount / 100);
  if (c.type === "text") return categorical ? 1 : 3;
  return 2;
}

/** One secondary index of a version table: its name (in schema "datastore") and its DDL. */
export type TSecondaryIndex = { name: string; sql: string };

/** The indexes, in order: B-trees on filterable columns, then the full-text index. */
export function secondaryIndexes(
  tableName: string,
  columns: readonly TIndexColumn[],
  rowCount: number,
): TSecondaryIndex[] {
  if (rowCount < INDEXED_MIN_ROWS) return [];
  const table = datastoreTable(tableName);
  const btree = columns
    .filter((c) => {
      if (c.type === "boolean") return false;
      if (c.type === "text") return c.maxLength !== null && c.maxLength <= MAX_INDEXED_TEXT;
      return true;
    })
    .sort((a, b) => priority(a, rowCount) - priority(b, rowCount) || a.position - b.position)
    .slice(0, MAX_SECONDARY)
    .map((c) => {
      const name = `${tableName.slice(0, 50)}_c${c.position}`;
      return {
        name,
        sql: `CREATE INDEX IF NOT EXISTS ${quoteIdent(name)} ON ${table} (${quoteIdent(c.field)})`,
      };
    });
  const search = searchIndexSql(
    tableName,
    columns.map((c) => ({ field: c.field, type: c.type })),
  );
  if (!search) return btree;
  const sql = search.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS ");
  return [...btree, { name: searchIndexName(tableName), sql }];
}

/** The first key of the advisory locks around index builds ("indx" in ASCII). */
const INDEX_LOCK_CLASS = 0x696e6478;

/** `datastore."<name>"`, as to_regclass() reads it. */
const indexRef = (name: string) => `${quoteIdent(DATASTORE_SCHEMA)}.${quoteIdent(name)}`;

/**
 * Makes sure one index exists and is valid: nothing if it is; otherwise drops an invalid one
 * (what an interrupted CREATE INDEX CONCURRENTLY leaves) and creates it. One transaction under
 * an advisory lock on the index's name, so that instances starting together (or a load's build
 * and a start-up repair) build it once. False when the table is gone.
 */
async function ensureIndex(
  database: TDatabaseConfig,
  tableName: string,
  index: TSecondaryIndex,
): Promise<boolean> {
  return openSqlDriver(database).transaction(async (tx) => {
    if (database.kind === "postgres") {
      await tx.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [
        INDEX_LOCK_CLASS,
        index.name,
      ]);
    }
    // The version may have been dropped meanwhile (a failed publication, a cleanup).
    const [state] = await tx.query<{ found: boolean; valid: boolean | null }>(
      `SELECT to_regclass($1) IS NOT NULL AS found,
        (SELECT indisvalid AND indisready FROM pg_index WHERE indexrelid = to_regclass($2)) AS valid`,
      [datastoreTable(tableName), indexRef(index.name)],
    );
    if (!state?.found) return false;
    if (state.valid === true) return true;
    if (state.valid === false) await tx.query(`DROP INDEX ${indexRef(index.name)}`);
    await tx.query(index.sql);
    return true;
  });
}

const globalForBuilds = globalThis as unknown as { __labIndexBuilds?: Set<Promise<void>> };
globalForBuilds.__labIndexBuilds ??= new Set();
const builds = globalForBuilds.__labIndexBuilds;

async function build(database: TDatabaseConfig, tableName: string, indexes: TSecondaryIndex[]) {
  for (const index of indexes) {
    if (!(await ensureIndex(database, tableName, index))) return;
  }
}

/** Starts building the indexes; the returned promise never rejects (failures are logged). */
export function buildIndexesInBackground(
  database: TDatabaseConfig,
  tableName: string,
  indexes: TSecondaryIndex[],
): Promise<void> {
  if (indexes.length === 0) return Promise.resolve();
  const running: Promise<void> = build(database, tableName, indexes)
    .catch((error) => console.error(`Could not index ${tableName}:`, error))
    .finally(() => builds.delete(running));
  builds.add(running);
  return running;
}

/** Resolves when every index build this process started has ended (tests, benches, shutdown). */
export async function waitForIndexBuilds(): Promise<void> {
  while (builds.size > 0) await Promise.all([...builds]);
}
