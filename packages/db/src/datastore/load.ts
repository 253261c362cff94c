import type { TDatabaseConfig } from "../config";
import { buildIndexesInBackground, secondaryIndexes } from "./load-indexes";
import {
  parseSource,
  type TChunkSink,
  type TLoadFailure,
  type TLoadSuccess,
  type TParseOptions,
} from "./load-parse";
import { openSink, type TLoadSink, type TSinkShape } from "./load-sink";
import { parseInWorker } from "./load-thread";

// A CSV file, as a stream of bytes, into a new typed table `datastore."<tableName>"`: the parse
// (load-parse.ts) decodes, types and checks the rows and hands them on in chunks; the sink
// (load-sink.ts) COPYs them into the table chunk by chunk, then adds the primary key and
// statistics. On PGlite a large file is parsed in a worker thread (load-thread.ts) while
// this thread copies: PGlite's COPY runs on this thread, and parse and COPY would otherwise
// take turns. Rows that do not fit are reported and leave no table behind. Nothing here is
// public: the caller records the outcome (onLoaded), and publishing is a separate step.

export type {
  TLoadedColumn,
  TLoadFailure,
  TLoadFile,
  TLoadProblem,
  TLoadSuccess,
} from "./load-parse";
export { MAX_COLUMNS } from "./load-parse";

export type TLoadInput = {
  database: TDatabaseConfig;
  /** The new table's name in schema "datastore" (the caller's, e.g. "v_" + version id). */
  tableName: string;
  source: AsyncIterable<Uint8Array>;
  /**
   * The file's size if known (e.g. the request's Content-Length): on PGlite, from
   * PARSE_WORKER_MIN_BYTES on, the parse runs in a worker thread. Unknown (a chunked request
   * body): on this thread.
   */
  byteSize?: number | null;
  /** Overrides the choice above (tests run both ways). */
  parseIn?: "worker" | "thread";
  /** Columns (field names or header names) to load as text whatever they hold. */
  textColumns?: readonly string[];
  /**
   * Runs once rows and indexes are in place, before the load lets go of the table: the place
   * to record the version as loaded. If it throws, the table is dropped.
   */
  onLoaded?: (result: TLoadSuccess) => Promise<void>;
  maxProblems?: number;
  /**
   * The row API's secondary indexes (load-indexes.ts): built after the load, in the background
   * (default; waitForIndexBuilds() awaits them), or not at all.
   */
  secondaryIndexes?: "background" | "none";
};

/** Below this a worker's start (tens of milliseconds) costs more than the overlap saves. */
export const PARSE_WORKER_MIN_BYTES = 4 * 1024 * 1024;

/**
 * On PGlite only: PostgreSQL's COPY runs in its own process, beside the parse already, and
 * handing small streamed chunks across threads made a PostgreSQL load slower, not faster.
 */
function parsesInWorker(input: TLoadInput): boolean {
  if (input.parseIn) return input.parseIn === "worker";
  const large = input.byteSize != null && input.byteSize >= PARSE_WORKER_MIN_BYTES;
  return large && input.database.kind === "pglite";
}

export async function loadVersion(input: TLoadInput): Promise<TLoadSuccess | TLoadFailure> {
  const options: TParseOptions = {
    textColumns: input.textColumns ? [...input.textColumns] : undefined,
    maxProblems: input.maxProblems,
    // PGlite commits each COPY: fewer, larger ones. PostgreSQL streams: small pieces overlap.
    flushChars: input.database.kind === "pglite" ? 8 * 1024 * 1024 : 512 * 1024,
  };
  let sink: TLoadSink | null = null;
  // Once, whoever asks first: the parse (rows with problems) or a failure below.
  const discard = async () => {
    const opened = sink;
    sink = null;
    await opened?.discard();
  };
  const open = async (shape: TSinkShape): Promise<TChunkSink> => {
    const opened = await openSink(input.database, input.tableName, shape);
    sink = opened;
    return { copiesInput: opened.copiesInput, write: (parts) => opened.write(parts), discard };
  };
  try {
    const parsed = parsesInWorker(input)
      ? await parseInWorker(input.source, options, open)
      : await parseSource(input.source, options, open);
    if (!parsed.ok) return parsed;
    const table = sink as TLoadSink | null;
    if (!table) throw new Error("the parse succeeded without opening the table");
    const distinct = await table.complete();
    const { rowCount, columns } = parsed;
    for (const column of columns) {
      // An estimate: never more than the rows that are not null.
      const estimate = distinct.get(column.field);
      column.distinctCount =
        estimate === undefined ? null : Math.min(estimate, rowCount - column.nullCount);
    }
    await input.onLoaded?.(parsed);
    sink = null;
    await table.keep();
    if (input.secondaryIndexes !== "none") {
      void buildIndexesInBackground(
        input.database,
        input.tableName,
        secondaryIndexes(input.tableName, columns, rowCount),
      );
    }
    return parsed;
  } catch (error) {
    await discard();
    throw error;
  }
}
