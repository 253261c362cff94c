import { ROW_NUMBER_COLUMN, type TColumnType } from "@lab/domain/dataset-view";
import { AppError } from "@lab/domain/errors";
import { datastoreTable, quoteIdent } from "./load-sql";

// SQL text for reading version tables: quoting, the checked column list, and the full-text
// search expression (shared with the loader, which indexes exactly this expression). Values
// never appear here: they always travel as parameters (see SqlParams).

/** One column of a version table, as DatasetColumn describes it. */
export type TDatastoreColumn = {
  field: string;
  type: TColumnType;
  /** Empty cells in the column, from the dictionary; unknown means "look". */
  nullCount?: number | null;
};

/** The text search configuration of `q` (the catalog's data is in Spanish). */
export const SEARCH_CONFIG = "spanish";

/** `datastore."<tableName>"`, refusing a name the loader could not have made. */
export const tableSql = datastoreTable;
export { quoteIdent };

/** Collects parameter values and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[];
  constructor(values: unknown[] = []) {
    this.values = [...values];
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The columns a query may name: the version's own, plus `_row` (the row's position). */
export class ColumnSet {
  private readonly byField: Map<string, TDatastoreColumn>;
  constructor(readonly columns: TDatastoreColumn[]) {
    this.byField = new Map([
      [ROW_NUMBER_COLUMN, { field: ROW_NUMBER_COLUMN, type: "integer" }],
      ...columns.map((c) => [c.field, c] as const),
    ]);
  }

  /** The column, or a Spanish 400 that lists the fields there are. */
  get(field: string, param: string): TDatastoreColumn {
    const column = this.byField.get(field);
    if (column) return column;
    const names = this.columns.map((c) => c.field);
    const shown = names.length > 30 ? `${names.slice(0, 30).join(", ")}…` : names.join(", ");
    const message = `El campo «${field.slice(0, 80)}» no existe en este conjunto de datos. Campos disponibles: ${shown || "ninguno"}.`;
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { [param]: [message] } });
  }

  get textColumns(): TDatastoreColumn[] {
    return this.columns.filter((c) => c.type === "text");
  }
}

/** `t."field"`: a column of the table aliased `t`. */
export const col = (field: string) => `t.${quoteIdent(field)}`;

// JavaScript reads JSON numbers as doubles: integers beyond ±2^53 go out as text, exact.
const SAFE_INTEGER = 9007199254740991;

/** A column as a JSON value in a record. */
export function jsonValueSql(column: TDatastoreColumn): string {
  const c = col(column.field);
  return column.type === "integer"
    ? `CASE WHEN ${c} BETWEEN -${SAFE_INTEGER} AND ${SAFE_INTEGER} THEN to_json(${c}) ELSE to_json(${c}::text) END`
    : c;
}

/**
 * One JSON object per row, keys in the given order. row_to_json over a sub-select, because
 * json_build_object stops at 50 columns and files may have hundreds.
 */
export function recordSql(columns: TDatastoreColumn[]): string {
  const fields = columns.map((c) => `${jsonValueSql(c)} AS ${quoteIdent(c.field)}`).join(", ");
  return `(SELECT row_to_json(x) FROM (SELECT ${fields}) x)::text`;
}

/** A column as text that casts back to its type whatever DateStyle says (cursor values). */
export function keyTextSql(column: TDatastoreColumn): string {
  const c = col(column.field);
  return column.type === "date" || column.type === "datetime"
    ? `(to_json(${c}) #>> '{}')`
    : `${c}::text`;
}

/**
 * The document `q` searches: every text column, in one tsvector. The loader builds a GIN
 * index on exactly this expression (searchIndexSql), which keeps `q` fast on large tables.
 * `alias` is "t." in queries and "" in the index definition; both parse to the same thing.
 */
export function searchDocumentSql(columns: TDatastoreColumn[], alias = "t."): string | null {
  const text = columns.filter((c) => c.type === "text");
  if (text.length === 0) return null;
  const parts = text.map((c) => `coalesce(${alias}${quoteIdent(c.field)}, '')`);
  return `to_tsvector('${SEARCH_CONFIG}'::regconfig, ${parts.join(" || ' ' || ")})`;
}

/** The search index's name: how queries know it is there (and built on this expression). */
export const searchIndexName = (tableName: string) => `${tableName.slice(0, 55)}_search`;

/**
 * `CREATE INDEX` for the full-text search of a version table, for the loader to run after
 * COPY (null when the table has no text column). Without it `q` still works, by ILIKE.
 */
export function searchIndexSql(tableName: string, columns: TDatastoreColumn[]): string | null {
  const document = searchDocumentSql(columns, "");
  if (!document) return null;
  return `CREATE INDEX ${quoteIdent(searchIndexName(tableName))} ON ${tableSql(tableName)} USING gin (${document})`;
}
