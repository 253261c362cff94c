import type { TColumnType } from "@lab/domain/column-types";

// Names in the datastore's SQL: every identifier is quoted; table names are checked as well,
// since they are built from version ids.

/** The schema holding one typed table per dataset version (created by the migration). */
export const DATASTORE_SCHEMA = "datastore";

const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `datastore."<tableName>"`, for a name the service made (`v_` + the version's id). */
export function datastoreTable(tableName: string): string {
  if (!TABLE_NAME.test(tableName)) throw new Error(`Invalid datastore table name: ${tableName}`);
  return `${quoteIdent(DATASTORE_SCHEMA)}.${quoteIdent(tableName)}`;
}

/** The SQL type of each column type, in the loader's tables and the row API's casts. */
export const SQL_TYPES: Record<TColumnType, string> = {
  integer: "bigint",
  decimal: "numeric",
  boolean: "boolean",
  date: "date",
  datetime: "timestamp",
  text: "text",
};
