import { once } from "node:events";
import type { PGlite } from "@electric-sql/pglite";
import { ROW_NUMBER_COLUMN } from "@lab/domain/column-types";
import { AppError } from "@lab/domain/errors";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { TDatabaseConfig } from "../config";
import { getPglite, getPool } from "../driver";
import { fillBuffer, type TResizableBuffer } from "./load-bytes";
import { activeLoads, LOAD_LOCK_CLASS } from "./load-cleanup";
import { datastoreTable, quoteIdent } from "./load-sql";

// Where a load's rows go: a new table `datastore."<tableName>"` filled with COPY in CSV format
// (the file's separator; an empty field is null), then given its primary key and analyzed. The row number is
// an identity column, so COPY numbers rows in file order whether a chunk is the file's own
// text or rebuilt lines. The only SQL of the loader; identifiers are quoted, the few values
// are parameters.
//
// PostgreSQL: one connection of the app's pool, one transaction (CREATE TABLE, COPY … FREEZE,
// indexes, ANALYZE), so a load that fails or dies leaves no table. A session advisory lock on
// the table name tells other instances' cleanup (load-cleanup.ts) that the load is alive,
// until the caller has recorded the outcome. Rows stream through pg-copy-streams while the
// next chunk is being parsed.
// PGlite: the app's one instance, COPY FROM '/dev/blob' one chunk at a time and no enclosing
// transaction, so the app's other queries run between chunks; a failed load drops its table,
// and a load cut short by a crash is dropped at the next start.

export type TSinkColumn = { field: string; sqlType: string };
export type TSinkShape = { columns: readonly TSinkColumn[]; delimiter: "," | ";" | "\t" };

export type TLoadSink = {
  /** Whole lines of CSV with the shape's separator, without the row number, in pieces. */
  write(parts: readonly (string | Uint8Array)[]): Promise<void>;
  /**
   * Whether the bytes given to write() may be reused once it resolves: PGlite has read them by
   * then; a PostgreSQL stream may still hold them in its queue.
   */
  readonly copiesInput: boolean;
  /**
   * No more rows: ends the COPY, adds the primary key, gathers statistics. Returns the
   * distinct values per field (ANALYZE's estimate). Other indexes: load-indexes.ts.
   */
  complete(): Promise<Map<string, number>>;
  /** The outcome is recorded: the table stays, the load lets go of it. */
  keep(): Promise<void>;
  /** Something went wrong: nothing is left behind. Never throws. */
  discard(): Promise<void>;
};

/** Too wide for one PostgreSQL row (more than 8 kB that cannot be moved out of line). */
function rowTooWide(cause: unknown): AppError {
  return new AppError(
    "BAD_REQUEST",
    "Las filas del archivo ocupan más de lo que admite una tabla de la base de datos (demasiadas columnas con valores). Divida el archivo en varios con menos columnas.",
    { cause },
  );
}

function translate(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  return code === "54000" ? rowTooWide(error) : error;
}

function createTableSql(table: string, columns: readonly TSinkColumn[]): string {
  const defs = [
    `${quoteIdent(ROW_NUMBER_COLUMN)} bigint GENERATED ALWAYS AS IDENTITY (CACHE 100000)`,
    ...columns.map((c) => `${quoteIdent(c.field)} ${c.sqlType}`),
  ];
  return `CREATE TABLE ${table} (${defs.join(", ")})`;
}

const DELIMITER_SQL = { ",": "','", ";": "';'", "\t": "E'\\t'" } as const;

/** CSV; FORCE_NULL makes a quoted empty field null too, as the loader's checks read it. */
function copySql(table: string, shape: TSinkShape, source: string, extra: string[] = []): string {
  const names = shape.columns.map((c) => quoteIdent(c.field)).join(", ");
  const options = [
    "FORMAT csv",
    `DELIMITER ${DELIMITER_SQL[shape.delimiter]}`,
    ...(names ? [`FORCE_NULL (${names})`] : []),
    ...extra,
  ];
  return `COPY ${table} (${names}) FROM ${source} WITH (${options.join(", ")})`;
}

/**
 * After COPY, as one script: the row number becomes a plain primary key, then statistics for
 * the planner and the dictionary's distinct counts, from a sample of 6,000 rows rather than
 * 30,000 (a quarter of the time; autovacuum refines them later on PostgreSQL). The key's pages
 * are filled completely (a version's rows never change), which makes it some 10% smaller and
 * quicker to build. Its sort gets the default 64 MB on both databases: on PGlite that memory is
 * the app's own and WebAssembly never gives it back (16 MB left some 15 MiB fewer resident at
 * the peak of a 1,000,000-row load), but it sorts that load's key about 50 ms faster.
 */
function completeSql(table: string): string {
  const row = quoteIdent(ROW_NUMBER_COLUMN);
  return [
    `ALTER TABLE ${table} ALTER COLUMN ${row} DROP IDENTITY`,
    `ALTER TABLE ${table} ADD PRIMARY KEY (${row}) WITH (fillfactor = 100)`,
    "SET default_statistics_target = 20",
    `ANALYZE ${table}`,
    "RESET default_statistics_target",
  ].join(";\n");
}

const DISTINCT_SQL = `SELECT attname AS field, n_distinct::float8 AS n, (SELECT reltuples::float8 FROM pg_class WHERE oid = $2::regclass) AS rows
  FROM pg_stats WHERE schemaname = 'datastore' AND tablename = $1`;

/** Distinct values per field from ANALYZE: an estimate on large tables, exact on small ones. */
function distinctCounts(rows: { field: string; n: number; rows: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { field, n, rows: total } of rows) {
    out.set(field, n >= 0 ? Math.round(n) : Math.round(-n * Math.max(total, 0)));
  }
  return out;
}

/**
 * The bytes of one PGlite COPY, in one buffer reused from chunk to chunk. PGlite reads
 * `/dev/blob` from whatever `arrayBuffer()` of the object given as `blob` returns (0.5.x); a
 * real Blob would cost two copies of every chunk (the Blob, then its ArrayBuffer) and leave
 * them to the garbage collector, some 100 MB at the peak of a large load. A chunk that comes
 * as one whole buffer (from the parse worker) is read where it is.
 */
class CopyChunk {
  private buffer: TResizableBuffer | null = null;

  fill(parts: readonly (string | Uint8Array)[]): Blob {
    const only = parts.length === 1 ? parts[0] : undefined;
    const whole =
      only instanceof Uint8Array &&
      only.byteOffset === 0 &&
      only.byteLength === only.buffer.byteLength;
    let buffer: ArrayBufferLike;
    if (whole) buffer = only.buffer;
    else {
      this.buffer = fillBuffer(parts, this.buffer);
      buffer = this.buffer;
    }
    return { arrayBuffer: async () => buffer } as unknown as Blob;
  }
}

export async function openSink(
  database: TDatabaseConfig,
  tableName: string,
  shape: TSinkShape,
): Promise<TLoadSink> {
  return database.kind === "pglite"
    ? pgliteSink(getPglite(database.dataDir), database.dataDir, tableName, shape)
    : postgresSink(getPool(database.url), tableName, shape);
}

async function pgliteSink(
  db: PGlite,
  dataDir: string,
  tableName: string,
  shape: TSinkShape,
): Promise<TLoadSink> {
  const table = datastoreTable(tableName);
  const active = activeLoads(dataDir);
  active.add(tableName);
  const copy = copySql(table, shape, "'/dev/blob'");
  const chunk = new CopyChunk();
  // Each chunk's COPY commits on its own (no enclosing transaction: the app's other queries
  // run between chunks). Commits are not made asynchronous to save time: a killed process
  // would then lose commits already acknowledged, PGlite having no WAL writer of its own.
  const settle = async () => {
    active.delete(tableName);
  };
  try {
    await db.query(createTableSql(table, shape.columns));
  } catch (error) {
    await settle();
    throw translate(error);
  }
  return {
    copiesInput: true,
    async write(parts) {
      try {
        await db.query(copy, [], { blob: chunk.fill(parts) });
      } catch (error) {
        throw translate(error);
      }
    },
    async complete() {
      // One exec: the app's other queries cannot run between SET and RESET.
      await db.exec(completeSql(table));
      const stats = await db.query<{ field: string; n: number; rows: number }>(DISTINCT_SQL, [
        tableName,
        table,
      ]);
      return distinctCounts(stats.rows);
    },
    keep: settle,
    async discard() {
      try {
        await db.query(`DROP TABLE IF EXISTS ${table}`);
      } catch (error) {
        console.error(`Could not drop ${table} after a failed load:`, error);
      } finally {
        await settle();
      }
    },
  };
}

async function postgresSink(
  pool: pg.Pool,
  tableName: string,
  shape: TSinkShape,
): Promise<TLoadSink> {
  const table = datastoreTable(tableName);
  const client = await pool.connect();
  let broken: unknown = null;
  let state: "open" | "committed" | "done" = "open";
  const release = async () => {
    if (state === "done") return;
    state = "done";
    try {
      if (!broken) {
        await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [
          LOAD_LOCK_CLASS,
          tableName,
        ]);
      }
    } catch (error) {
      broken = error;
    } finally {
      // A connection in an unknown state is closed rather than handed to the next request.
      client.release(broken ? (broken as Error) : undefined);
    }
  };

  let stream: ReturnType<typeof copyFrom>;
  let streamDone: Promise<void>;
  try {
    await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [LOAD_LOCK_CLASS, tableName]);
    await client.query("BEGIN");
    await client.query(createTableSql(table, shape.columns));
    // FREEZE: the table is new in this transaction, so rows are written already frozen and
    // the index builds and first reads need not revisit every page.
    stream = client.query(copyFrom(copySql(table, shape, "STDIN", ["FREEZE"])));
    streamDone = new Promise<void>((resolve, reject) => {
      stream.on("finish", resolve);
      stream.on("error", reject);
    });
    streamDone.catch(() => {});
  } catch (error) {
    broken = error;
    await client.query("ROLLBACK").catch(() => {});
    await release();
    throw translate(error);
  }

  return {
    copiesInput: false,
    async write(parts) {
      try {
        for (const part of parts) {
          const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
          if (!stream.write(bytes)) await once(stream, "drain");
        }
      } catch (error) {
        throw translate(error);
      }
    },
    async complete() {
      try {
        stream.end();
        await streamDone;
        await client.query(completeSql(table));
        const stats = await client.query<{ field: string; n: number; rows: number }>(DISTINCT_SQL, [
          tableName,
          table,
        ]);
        await client.query("COMMIT");
        state = "committed";
        return distinctCounts(stats.rows);
      } catch (error) {
        throw translate(error);
      }
    },
    keep: release,
    async discard() {
      if (state === "done") return;
      try {
        if (state === "open") {
          if (!stream.writableFinished && !stream.destroyed) {
            stream.destroy(new Error("load abandoned"));
            await streamDone.catch(() => {});
          }
          await client.query("ROLLBACK");
        } else {
          await client.query(`DROP TABLE IF EXISTS ${table}`);
        }
      } catch (error) {
        broken = error;
        console.error(`Could not undo the load of ${table}:`, error);
      } finally {
        await release();
      }
    },
  };
}
