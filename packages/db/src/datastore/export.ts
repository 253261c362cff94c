import { ROW_NUMBER_COLUMN } from "@lab/domain/dataset-view";
import Papa from "papaparse";
import { to as copyTo } from "pg-copy-streams";
import type { TDatabaseConfig } from "../config";
import { getPglite, getPool, openSqlDriver } from "../driver";
import { col, quoteIdent, recordSql, type TDatastoreColumn, tableSql } from "./query-sql";

// Whole-table downloads of a version, as async iterators of UTF-8 chunks that the HTTP layer
// streams out as they come: memory stays flat whatever the table's size. The CSV is made by
// PostgreSQL's own COPY (one streamed `COPY … TO STDOUT` on PostgreSQL; on PGlite, which
// cannot stream COPY out, one `COPY … TO '/dev/blob'` per batch of rows), so both databases
// produce the same bytes and its SHA-256 is stable (DCAT's checksum).

export type TExportColumn = TDatastoreColumn & {
  /** The header as written in the uploaded file. */
  name: string;
};
export type TExportFormat = "csv" | "json";

/** Rows per batch where the table is read in `_row` ranges. */
export const EXPORT_BATCH_ROWS = 10_000;

const encoder = new TextEncoder();
const ROW = quoteIdent(ROW_NUMBER_COLUMN);

// OWASP's list, plus the full-width forms some spreadsheets normalise to the same symbols.
const FORMULA_STARTS = "'=', '+', '-', '@', E'\\t', E'\\r', '＝', '＋', '－', '＠'";

/**
 * A column as its CSV cell. Text cells that a spreadsheet would run as a formula (starting
 * with = + - @ tab or CR) get a leading apostrophe (OWASP's advice); numbers stay numbers, so
 * a negative decimal is not touched. Dates and times are ISO 8601 whatever DateStyle says.
 */
function csvCellSql(column: TDatastoreColumn): string {
  const c = col(column.field);
  switch (column.type) {
    case "text":
      return `CASE WHEN left(${c}, 1) IN (${FORMULA_STARTS}) THEN '''' || ${c} ELSE ${c} END`;
    case "date":
      return `(to_json(${c}) #>> '{}')`;
    case "datetime":
      // A space rather than ISO's "T": spreadsheets read it as a date and time.
      return `replace(to_json(${c}) #>> '{}', 'T', ' ')`;
    default:
      // bigint, numeric and boolean (true/false) print the same in every locale.
      return `${c}::text`;
  }
}

/** The header line: the file's own column names, neutralised like any text cell. */
export function csvHeader(columns: TExportColumn[]): string {
  return `\uFEFF${Papa.unparse([columns.map((c) => c.name)], { escapeFormulae: true, newline: "\n" })}\n`;
}

/**
 * The whole table in `format`, chunk by chunk, in file order. Checks first that the table is
 * there, so that a caller can still answer with an error before the download starts.
 */
export async function openExport(
  config: TDatabaseConfig,
  tableName: string,
  columns: TExportColumn[],
  format: TExportFormat,
): Promise<AsyncGenerator<Uint8Array>> {
  const [found] = await openSqlDriver(config).query<{ t: string | null }>(
    "SELECT to_regclass($1)::text AS t",
    [tableSql(tableName)],
  );
  if (!found?.t) throw new Error(`Datastore table ${tableName} does not exist`);
  return exportRows(config, tableName, columns, format);
}

/** The whole table in `format`, chunk by chunk, in file order. */
export function exportRows(
  config: TDatabaseConfig,
  tableName: string,
  columns: TExportColumn[],
  format: TExportFormat,
): AsyncGenerator<Uint8Array> {
  return coalesce(
    format === "csv"
      ? exportCsv(config, tableName, columns)
      : exportJson(config, tableName, columns),
  );
}

/** Chunks are gathered up to about this size before they go out. */
export const EXPORT_CHUNK_BYTES = 256 * 1024;

/**
 * COPY arrives in socket-sized pieces (about 10 KB); each piece sent on its own costs the web
 * stream and the HTTP layer more than the bytes do, so they leave in larger chunks.
 */
async function* coalesce(chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.byteLength;
    if (size >= EXPORT_CHUNK_BYTES) {
      yield Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(pending, size);
}

async function* exportCsv(
  config: TDatabaseConfig,
  tableName: string,
  columns: TExportColumn[],
): AsyncGenerator<Uint8Array> {
  const table = tableSql(tableName);
  const cells = columns.length ? columns.map(csvCellSql).join(", ") : "";
  yield encoder.encode(csvHeader(columns));
  if (!cells) return;
  const select = (range: string) => `SELECT ${cells} FROM ${table} t ${range} ORDER BY t.${ROW}`;

  if (config.kind === "postgres") {
    const client = await getPool(config.url).connect();
    let finished = false;
    try {
      const stream = client.query(copyTo(`COPY (${select("")}) TO STDOUT WITH (FORMAT csv)`));
      for await (const chunk of stream) yield chunk as Uint8Array;
      finished = true;
    } finally {
      // A COPY left half-way (the client went away) leaves the connection mid-protocol: drop it.
      client.release(!finished);
    }
    return;
  }

  const pglite = getPglite(config.dataDir);
  for await (const [from, to] of batches(config, table)) {
    // COPY takes no parameters; the bounds are integers this code computed.
    const result = await pglite.query(
      `COPY (${select(`WHERE t.${ROW} > ${from} AND t.${ROW} <= ${to}`)}) TO '/dev/blob' WITH (FORMAT csv)`,
    );
    if (result.blob && result.blob.size > 0) yield new Uint8Array(await result.blob.arrayBuffer());
  }
}

/** A JSON array of records keyed by field, as the Row API gives them (without `_row`). */
async function* exportJson(
  config: TDatabaseConfig,
  tableName: string,
  columns: TExportColumn[],
): AsyncGenerator<Uint8Array> {
  const db = openSqlDriver(config);
  const table = tableSql(tableName);
  const record = recordSql(columns);
  let separator = "[\n";
  for await (const [from, to] of batches(config, table)) {
    const rows = await db.query<{ r: string }>(
      `SELECT ${record} AS r FROM ${table} t WHERE t.${ROW} > $1::bigint AND t.${ROW} <= $2::bigint ORDER BY t.${ROW}`,
      [String(from), String(to)],
    );
    if (rows.length === 0) continue;
    yield encoder.encode(separator + rows.map((r) => r.r).join(",\n"));
    separator = ",\n";
  }
  yield encoder.encode(separator === "[\n" ? "[]\n" : "\n]\n");
}

/**
 * `_row` ranges of EXPORT_BATCH_ROWS up to the table's last row: each read is a short range
 * scan of the primary key, however deep in the table.
 */
async function* batches(config: TDatabaseConfig, table: string): AsyncGenerator<[bigint, bigint]> {
  const [row] = await openSqlDriver(config).query<{ last: string | null }>(
    `SELECT max(${ROW})::text AS last FROM ${table}`,
  );
  const last = BigInt(row?.last ?? 0);
  const step = BigInt(EXPORT_BATCH_ROWS);
  for (let from = 0n; from < last; from += step) yield [from, from + step];
}
