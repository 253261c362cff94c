import type { TFilterScalar, TRowQuery } from "@lab/domain/dataset-query";
import { normalizeFilterValue } from "@lab/domain/dataset-query";
import { ROW_NUMBER_COLUMN } from "@lab/domain/dataset-view";
import { AppError } from "@lab/domain/errors";
import type { TSqlDriver } from "../driver";
import { SQL_TYPES } from "./load-sql";
import { decodeCursor, encodeCursor, sortSignature } from "./query-cursor";
import {
  ColumnSet,
  col,
  keyTextSql,
  quoteIdent,
  recordSql,
  SEARCH_CONFIG,
  SqlParams,
  searchDocumentSql,
  searchIndexName,
  type TDatastoreColumn,
  tableSql,
} from "./query-sql";

// The one place that reads rows of version tables (`datastore."<tableName>"`): filters, `q`,
// sort, limit/offset, keyset cursor and totals. Every identifier is checked against the
// version's columns and quoted; every value is a parameter.
//
// Totals never cost a full COUNT(*) on a big result: without filters the dictionary's row
// count is exact; with them, tables of up to SMALL_TABLE_ROWS rows are counted exactly, and on
// larger ones the planner's estimate (EXPLAIN) is returned, flagged as such, unless it is small
// enough that counting at most EXACT_TOTAL_UP_TO + 1 matching rows settles it (countRows).

/** On large tables, matching rows are counted exactly up to this many, and estimated beyond. */
export const EXACT_TOTAL_UP_TO = 1_000;
/** An estimate this many times above the exact limit is taken without counting. */
const ESTIMATE_MARGIN = 2;
/** Tables up to this many rows are always counted exactly: a full count costs little there. */
export const SMALL_TABLE_ROWS = 50_000;

export type TRowsQuery = TRowQuery & {
  /** The table's exact row count when known (DatasetVersion.rowCount). */
  knownTotal?: number | null;
  /** CKAN's include_total: false skips the total. */
  includeTotal?: boolean;
  /** Count exactly up to this many matching rows (default: see exactCap). */
  exactTotalUpTo?: number;
};

export type TRowsPage = {
  /** The fields of each record, in order (`_row` first unless `fields` chose others). */
  fields: TDatastoreColumn[];
  records: Record<string, unknown>[];
  total: number | null;
  totalIsEstimate: boolean;
  /** Cursor of the next page; null when this page is the last. */
  next: string | null;
};

const ROW: TDatastoreColumn = { field: ROW_NUMBER_COLUMN, type: "integer", nullCount: 0 };

type TKey = { column: TDatastoreColumn; direction: "asc" | "desc" };

export async function queryRows(
  db: TSqlDriver,
  tableName: string,
  columns: TDatastoreColumn[],
  query: TRowsQuery,
): Promise<TRowsPage> {
  const set = new ColumnSet(columns);
  const table = tableSql(tableName);
  const fields = query.fields ? query.fields.map((f) => set.get(f, "fields")) : [ROW, ...columns];
  const keys = sortKeys(set, query);

  const filter = new SqlParams();
  const conditions = Object.entries(query.filters).map(([field, value]) =>
    filterSql(set.get(field, "filters"), value, filter),
  );
  if (query.q) conditions.push(await searchSql(db, tableName, set, query.q, filter));

  const page = new SqlParams(filter.values);
  const pageConditions = [...conditions];
  if (query.cursor) {
    const cursor = decodeCursor(
      query.cursor,
      query.sort,
      keys.slice(0, -1).map((k) => k.column),
    );
    pageConditions.push(await afterSql(db, table, keys, [...cursor.values, cursor.row], page));
  }
  let offset = query.offset;
  const onlyRow = keys.length === 1 && conditions.length === 0 && !query.cursor;
  if (offset > 0 && onlyRow && (await isDense(db, table, query.knownTotal ?? null))) {
    // `_row` runs 1…N without gaps: the offset is a position, read straight off the key.
    const asc = (keys[0] as TKey).direction === "asc";
    const bound = asc ? offset : (query.knownTotal as number) - offset + 1;
    pageConditions.push(`${col(ROW_NUMBER_COLUMN)} ${asc ? ">" : "<"} ${page.add(bound)}`);
    offset = 0;
  }

  const where = (list: string[]) => (list.length ? `WHERE ${list.join(" AND ")}` : "");
  const keyColumns = keys.map((k, i) => `${keyTextSql(k.column)} AS k${i}`).join(", ");
  const order = keys
    .map(
      (k) =>
        `${col(k.column.field)} ${k.direction === "asc" ? "ASC NULLS LAST" : "DESC NULLS FIRST"}`,
    )
    .join(", ");
  // One row more than asked tells whether there is a next page.
  const sql = `SELECT ${recordSql(fields)} AS record, ${keyColumns} FROM ${table} t ${where(pageConditions)} ORDER BY ${order} LIMIT ${page.add(query.limit + 1)} OFFSET ${page.add(offset)}`;

  const [rows, total] = await Promise.all([
    db.query<Record<string, string | null>>(sql, page.values),
    query.includeTotal === false
      ? null
      : countRows(db, tableName, where(conditions), filter.values, {
          knownTotal: conditions.length ? null : (query.knownTotal ?? null),
          cap: query.exactTotalUpTo ?? exactCap(query.knownTotal ?? null),
        }),
  ]);

  const last = rows.length > query.limit && query.limit > 0 ? rows[query.limit - 1] : undefined;
  const next = last
    ? encodeCursor({
        sort: sortSignature(query.sort),
        values: keys.slice(0, -1).map((_, i) => last[`k${i}`] ?? null),
        row: String(last[`k${keys.length - 1}`]),
      })
    : null;
  return {
    fields,
    records: rows.slice(0, query.limit).map((r) => JSON.parse(r.record as string)),
    total: total?.total ?? null,
    totalIsEstimate: total?.estimate ?? false,
    next,
  };
}

/** The requested sort, ended by `_row` so that every row has one place (keyset paging). */
function sortKeys(set: ColumnSet, query: TRowQuery): TKey[] {
  const keys: TKey[] = [];
  for (const { field, direction } of query.sort) {
    const column = set.get(field, "sort");
    keys.push({ column, direction });
    if (column.field === ROW_NUMBER_COLUMN) return keys;
  }
  keys.push({ column: ROW, direction: "asc" });
  return keys;
}

function typedValue(column: TDatastoreColumn, value: Exclude<TFilterScalar, null>): string {
  const normal = normalizeFilterValue(column.field, column.type, value);
  if (!normal.ok) {
    throw new AppError("BAD_REQUEST", normal.message, {
      fieldErrors: { filters: [normal.message] },
    });
  }
  return normal.value;
}

/** Equality with a value, any of a list, or emptiness (null), compared in the column's type. */
function filterSql(
  column: TDatastoreColumn,
  value: TFilterScalar | TFilterScalar[],
  params: SqlParams,
): string {
  const c = col(column.field);
  const type = SQL_TYPES[column.type];
  const list = Array.isArray(value) ? value : [value];
  const values = [...new Set(list.flatMap((v) => (v === null ? [] : [typedValue(column, v)])))];
  const parts: string[] = [];
  if (values.length === 1) parts.push(`${c} = ${params.add(values[0])}::${type}`);
  if (values.length > 1) parts.push(`${c} = ANY(${params.add(values)}::${type}[])`);
  if (list.includes(null)) parts.push(`${c} IS NULL`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" OR ")})`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * `q`: with the table's search index (searchIndexSql), PostgreSQL full-text search in Spanish
 * (words match their inflections: "participantes" finds "participante"; "quoted phrases",
 * -excluded words and "or" work as in web search engines). Without it (small tables have
 * none; the loader builds it for large ones in the background, about 40 s per million rows on
 * PostgreSQL), each word must appear (ILIKE, case-insensitive) in some text column: a scan,
 * cheap on small tables and a second or so on a million rows.
 */
async function searchSql(
  db: TSqlDriver,
  tableName: string,
  set: ColumnSet,
  q: string,
  params: SqlParams,
): Promise<string> {
  const document = searchDocumentSql(set.columns);
  if (!document) {
    const message =
      "Este conjunto de datos no tiene columnas de texto en las que buscar; use filters.";
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { q: [message] } });
  }
  if (await hasSearchIndex(db, tableName)) {
    return `${document} @@ websearch_to_tsquery('${SEARCH_CONFIG}'::regconfig, ${params.add(q)})`;
  }
  const words = q
    .replaceAll('"', " ")
    .split(/\s+/)
    .map((w) => w.replace(/^-/, ""))
    .filter(Boolean)
    .slice(0, 10);
  return words
    .map((word) => {
      const p = params.add(`%${escapeLike(word)}%`);
      return `(${set.textColumns.map((c) => `${col(c.field)} ILIKE ${p}`).join(" OR ")})`;
    })
    .join(" AND ");
}

/** Whether searchIndexSql's index exists and is ready (a build may still be running). */
async function hasSearchIndex(db: TSqlDriver, tableName: string): Promise<boolean> {
  const [row] = await db.query<{ ready: boolean }>(
    "SELECT indisvalid AND indisready AS ready FROM pg_index WHERE indexrelid = to_regclass($1)",
    [`datastore.${quoteIdent(searchIndexName(tableName))}`],
  );
  return row?.ready === true;
}

/**
 * Rows after the cursor's in the sort order (ASC NULLS LAST / DESC NULLS FIRST, PostgreSQL's
 * defaults, so its indexes serve both directions): strictly after on the first key, or equal
 * on it and after on the rest. The first key's bound is repeated on its own so that
 * PostgreSQL can start an index scan there instead of reading from the top.
 */
async function afterSql(
  db: TSqlDriver,
  table: string,
  keys: TKey[],
  values: (string | null)[],
  params: SqlParams,
): Promise<string> {
  const refs = values.map((v, i) => {
    const column = (keys[i] as TKey).column;
    return v === null ? null : `${params.add(v)}::${SQL_TYPES[column.type]}`;
  });
  const nullable = await Promise.all(
    keys.map((k, i) => (values[i] === null ? true : mayHaveNulls(db, table, k.column))),
  );

  const after = (i: number): string | null => {
    const { column, direction } = keys[i] as TKey;
    const c = col(column.field);
    const v = refs[i];
    if (direction === "asc") {
      if (v === null) return null;
      return nullable[i] ? `(${c} > ${v} OR ${c} IS NULL)` : `${c} > ${v}`;
    }
    return v === null ? `${c} IS NOT NULL` : `${c} < ${v}`;
  };
  const equal = (i: number) => {
    const c = col((keys[i] as TKey).column.field);
    const v = refs[i];
    return v === null ? `${c} IS NULL` : `${c} = ${v}`;
  };
  const from = (i: number): string => {
    const strictly = after(i);
    if (i === keys.length - 1) return strictly ?? "FALSE";
    const rest = `(${equal(i)} AND ${from(i + 1)})`;
    return strictly ? `(${strictly} OR ${rest})` : rest;
  };

  const first = keys[0] as TKey;
  const c = col(first.column.field);
  const v = refs[0];
  let bound: string | null = null;
  if (first.direction === "asc")
    bound = v === null ? `${c} IS NULL` : nullable[0] ? null : `${c} >= ${v}`;
  else if (v !== null) bound = `${c} <= ${v}`;
  return bound ? `${bound} AND ${from(0)}` : from(0);
}

/**
 * Whether `_row` holds exactly 1…`rows` (the loader numbers the rows it loads so), checked on
 * the primary key: then OFFSET n is `_row > n`, and CKAN clients paging by offset through a
 * large table read each page from the index instead of counting past every earlier row.
 */
async function isDense(db: TSqlDriver, table: string, rows: number | null): Promise<boolean> {
  if (rows === null || rows < 1) return false;
  const row = quoteIdent(ROW_NUMBER_COLUMN);
  const [range] = await db.query<{ first: string | null; last: string | null }>(
    `SELECT min(${row})::text AS first, max(${row})::text AS last FROM ${table}`,
  );
  return range?.first === "1" && range.last === String(rows);
}

/** From the dictionary's null count when known; otherwise PostgreSQL is asked. */
async function mayHaveNulls(db: TSqlDriver, table: string, column: TDatastoreColumn) {
  if (typeof column.nullCount === "number") return column.nullCount > 0;
  const [row] = await db.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${table} t WHERE ${col(column.field)} IS NULL) AS found`,
  );
  return row?.found !== false;
}

/** Exact totals on small tables; on large ones, exact up to EXACT_TOTAL_UP_TO matches. */
export function exactCap(tableRows: number | null): number {
  return tableRows !== null && tableRows <= SMALL_TABLE_ROWS
    ? Math.max(tableRows, EXACT_TOTAL_UP_TO)
    : EXACT_TOTAL_UP_TO;
}

/**
 * Exact up to `cap` matching rows; beyond, the planner's estimate, flagged. The estimate comes
 * first (EXPLAIN only plans): when it is well above `cap` nothing is counted, since the
 * statistics of an analyzed column are seldom off by that much; otherwise at most `cap` + 1
 * rows are counted.
 */
async function countRows(
  db: TSqlDriver,
  tableName: string,
  where: string,
  values: unknown[],
  options: { knownTotal: number | null; cap: number },
): Promise<{ total: number; estimate: boolean }> {
  const table = tableSql(tableName);
  let estimate: number;
  if (where) {
    const [plan] = await db.query<{ "QUERY PLAN": unknown }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table} t ${where}`,
      values,
    );
    estimate = planRows(plan?.["QUERY PLAN"]);
  } else {
    if (options.knownTotal !== null) return { total: options.knownTotal, estimate: false };
    const [stats] = await db.query<{ n: number }>(
      "SELECT reltuples::float8 AS n FROM pg_class WHERE oid = to_regclass($1)",
      [table],
    );
    // reltuples is -1 until the table is first analyzed.
    estimate = Math.round(stats?.n ?? -1);
  }
  if (estimate > ESTIMATE_MARGIN * options.cap) return { total: estimate, estimate: true };
  const [counted] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} t ${where} LIMIT ${options.cap + 1}) s`,
    values,
  );
  const n = counted?.n ?? 0;
  if (n <= options.cap) return { total: n, estimate: false };
  return { total: Math.max(estimate, options.cap + 1), estimate: true };
}

function planRows(plan: unknown): number {
  const parsed = typeof plan === "string" ? JSON.parse(plan) : plan;
  const rows = (parsed as [{ Plan?: { "Plan Rows"?: number } }] | undefined)?.[0]?.Plan?.[
    "Plan Rows"
  ];
  return typeof rows === "number" ? Math.round(rows) : 0;
}
