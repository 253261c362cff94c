import type { TColumnType } from "@lab/domain/dataset-view";
import type { TDatabaseConfig } from "../config";
import { openSqlDriver, type TSqlDriver } from "../driver";
import {
  buildIndexesInBackground,
  INDEXED_MIN_ROWS,
  secondaryIndexes,
  type TIndexColumn,
  type TSecondaryIndex,
} from "./load-indexes";
import { DATASTORE_SCHEMA, datastoreTable, quoteIdent } from "./load-sql";

// The row API's secondary indexes (load-indexes.ts) are built after a load, in the background;
// a restart in the middle leaves a loaded version without some of them, or with an INVALID one
// (what an interrupted CREATE INDEX CONCURRENTLY leaves). Each server instance runs this
// when it starts (apps/web/src/instrumentation.ts): it compares what every READY or PUBLISHED version's dictionary calls for
// with what the catalog holds, and rebuilds what is missing or invalid in the background.

type TColumnRow = {
  versionId: string;
  tableName: string;
  rowCount: number;
  position: number;
  field: string;
  type: string;
  nullCount: number;
  distinctCount: number | null;
  maxLength: number | null;
};

type TVersionPlan = {
  versionId: string;
  tableName: string;
  rowCount: number;
  columns: (TIndexColumn & { nullCount: number })[];
};

/** Loaded versions large enough to be indexed whose table exists, with their dictionaries. */
async function indexedVersions(driver: TSqlDriver): Promise<TVersionPlan[]> {
  const rows = await driver.query<TColumnRow>(
    `SELECT v."id" AS "versionId", v."tableName", v."rowCount", c."position", c."field", c."type",
        c."nullCount", c."distinctCount", c."maxLength"
      FROM "DatasetVersion" v
      JOIN pg_tables t ON t.schemaname = $1 AND t.tablename = v."tableName"
      JOIN "DatasetColumn" c ON c."versionId" = v."id"
      WHERE v."status" IN ('READY', 'PUBLISHED') AND v."rowCount" >= $2
      ORDER BY v."tableName", c."position"`,
    [DATASTORE_SCHEMA, INDEXED_MIN_ROWS],
  );
  const versions = new Map<string, TVersionPlan>();
  for (const row of rows) {
    let version = versions.get(row.versionId);
    if (!version) {
      version = {
        versionId: row.versionId,
        tableName: row.tableName,
        rowCount: row.rowCount,
        columns: [],
      };
      versions.set(row.versionId, version);
    }
    version.columns.push({
      position: row.position,
      field: row.field,
      type: row.type as TColumnType,
      nullCount: row.nullCount,
      distinctCount: row.distinctCount,
      maxLength: row.maxLength,
    });
  }
  return [...versions.values()];
}

/**
 * Versions loaded before the dictionary recorded the longest text have none (a column with
 * values but no length): read it from the table once and store it, so the plan is the load's.
 */
async function recordTextLengths(driver: TSqlDriver, version: TVersionPlan): Promise<void> {
  const unknown = version.columns.filter(
    (c) => c.type === "text" && c.maxLength === null && c.nullCount < version.rowCount,
  );
  if (unknown.length === 0) return;
  const lengths = unknown.map((c, i) => `max(length(${quoteIdent(c.field)})) AS "m${i}"`);
  const [row] = await driver.query<Record<string, number | null>>(
    `SELECT ${lengths.join(", ")} FROM ${datastoreTable(version.tableName)}`,
  );
  for (const [i, column] of unknown.entries()) {
    column.maxLength = row?.[`m${i}`] ?? null;
    await driver.query(
      `UPDATE "DatasetColumn" SET "maxLength" = $3 WHERE "versionId" = $1 AND "position" = $2`,
      [version.versionId, column.position, column.maxLength],
    );
  }
}

/** Every index of the datastore's tables: valid (built and usable) or not. */
async function existingIndexes(driver: TSqlDriver): Promise<Map<string, boolean>> {
  const rows = await driver.query<{ name: string; valid: boolean }>(
    `SELECT i.relname AS name, x.indisvalid AND x.indisready AS valid
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE n.nspname = $1`,
    [DATASTORE_SCHEMA],
  );
  return new Map(rows.map((r) => [r.name, r.valid]));
}

export type TIndexRepair = { tableName: string; indexes: string[] };

/**
 * Finds the loaded versions whose secondary indexes are missing or invalid and starts
 * rebuilding them in the background (waitForIndexBuilds() awaits them). Returns what it
 * started, per table.
 */
export async function repairSecondaryIndexes(database: TDatabaseConfig): Promise<TIndexRepair[]> {
  const driver = openSqlDriver(database);
  const versions = await indexedVersions(driver);
  if (versions.length === 0) return [];
  const existing = await existingIndexes(driver);
  const repairs: TIndexRepair[] = [];
  for (const version of versions) {
    await recordTextLengths(driver, version);
    const missing: TSecondaryIndex[] = secondaryIndexes(
      version.tableName,
      version.columns,
      version.rowCount,
    ).filter((index) => existing.get(index.name) !== true);
    if (missing.length === 0) continue;
    void buildIndexesInBackground(database, version.tableName, missing);
    repairs.push({ tableName: version.tableName, indexes: missing.map((i) => i.name) });
  }
  return repairs;
}
