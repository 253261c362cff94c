import type { TColumnType } from "@lab/domain/dataset-view";
import type { TDatabaseConfig } from "../config";
import { openSqlDriver } from "../driver";
import { datastoreTable, quoteIdent } from "./load-sql";
import { searchIndexSql } from "./query-sql";

// The indexes the row API's filters, sorts and `q` use, beyond the primary key: built once a
// version is loaded (READY), in the background. A load is "queryable" as soon as it has its
// primary key and statistics; these make large tables fast to filter and search, and cost
// seconds per million rows each, so the publisher does not wait for them. A build that a
// restart interrupted leaves the table without that index: queries still answer, by scanning.

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

/** The statements, in order: B-trees on filterable columns, then the full-text index. */
export function secondaryIndexSql(
  tableName: string,
  columns: readonly TIndexColumn[],
  rowCount: number,
): string[] {
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
      const name = quoteIdent(`${tableName.slice(0, 50)}_c${c.position}`);
      return `CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${quoteIdent(c.field)})`;
    });
  const search = searchIndexSql(
    tableName,
    columns.map((c) => ({ field: c.field, type: c.type })),
  );
  return search
    ? [...btree, search.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS ")]
    : btree;
}

const globalForBuilds = globalThis as unknown as { __labIndexBuilds?: Set<Promise<void>> };
globalForBuilds.__labIndexBuilds ??= new Set();
const builds = globalForBuilds.__labIndexBuilds;

async function build(database: TDatabaseConfig, tableName: string, statements: string[]) {
  const driver = openSqlDriver(database);
  for (const sql of statements) {
    // The version may have been dropped meanwhile (a failed publication, a cleanup).
    const [exists] = await driver.query<{ found: boolean }>(
      "SELECT to_regclass($1) IS NOT NULL AS found",
      [datastoreTable(tableName)],
    );
    if (!exists?.found) return;
    await driver.query(sql);
  }
}

/** Starts building the indexes; the returned promise never rejects (failures are logged). */
export function buildIndexesInBackground(
  database: TDatabaseConfig,
  tableName: string,
  statements: string[],
): Promise<void> {
  if (statements.length === 0) return Promise.resolve();
  const running: Promise<void> = build(database, tableName, statements)
    .catch((error) => console.error(`Could not index ${tableName}:`, error))
    .finally(() => builds.delete(running));
  builds.add(running);
  return running;
}

/** Resolves when every index build this process started has ended (tests, benches, shutdown). */
export async function waitForIndexBuilds(): Promise<void> {
  while (builds.size > 0) await Promise.all([...builds]);
}
