import { createHash } from "node:crypto";
import type { TColumnType } from "@lab/domain/column-types";
import {
  addToSample,
  createTypeSample,
  fieldNames,
  inferColumnType,
  type TColumnTyping,
  TEXT_TYPING,
  type TTypeSample,
} from "@lab/domain/column-typing";
import {
  declaredDelimiter,
  detectDelimiter,
  detectEncoding,
  detectNewline,
  notTextMessage,
  type TCsvDelimiter,
  type TTextEncoding,
} from "@lab/domain/column-typing-text";
import type { TVersionProblem } from "@lab/domain/dataset-workspace";
import { AppError } from "@lab/domain/errors";
import { formatNumberEsCo } from "@lab/domain/number";
import { StreamDecoder } from "./load-decode";
import { MAX_RECORD_CHARS, RecordReader, recordTooLong } from "./load-records";
import { RowWriter } from "./load-rows";
import { ChunkScanner } from "./load-scan";
import type { TSinkShape } from "./load-sink";
import { SQL_TYPES } from "./load-sql";

// A CSV file, as a stream of bytes, into whole lines of CSV for COPY: decode (UTF-8, BOM,
// Windows-1252, UTF-16), parse in whole chunks (no per-row stream objects: they cost 13 times
// PostgreSQL's own COPY, see OFFLINE-STACK.md), infer each column's type from the first rows,
// check and convert every cell, and hand the rows on chunk by chunk so memory stays flat. A
// chunk whose cells needed no conversion goes on as the file's own text. Rows that do not fit
// (ragged, a value not of its column's type) are reported with the row as the file numbers it
// (the header is row 1). Where the lines go is the caller's: load.ts opens the table's sink,
// on this thread or, for a large file, across a worker thread (load-thread.ts).

export type TLoadProblem = TVersionProblem;

export type TLoadedColumn = {
  position: number;
  /** As written in the file's header. */
  name: string;
  field: string;
  type: TColumnType;
  /** Why the column is text although it looked typed (Spanish), if so. */
  note: string | null;
  nullCount: number;
  min: string | null;
  max: string | null;
  samples: string[];
  distinctCount: number | null;
  /** The longest value in characters (texts and dates; null when none): for the indexes. */
  maxLength: number | null;
};

export type TLoadFile = {
  encoding: TTextEncoding;
  delimiter: TCsvDelimiter;
  /** The bytes received, and their SHA-256 (hex). */
  byteSize: number;
  sha256: string;
};

export type TLoadSuccess = {
  ok: true;
  rowCount: number;
  columns: TLoadedColumn[];
  file: TLoadFile;
};

export type TLoadFailure = {
  ok: false;
  /** The first problems, in file order (at most `maxProblems`). */
  problems: TLoadProblem[];
  problemCount: number;
  file: TLoadFile;
};

/** What the parse needs to know besides the bytes (structured-cloneable: it crosses threads). */
export type TParseOptions = {
  /** Columns (field names or header names) to load as text whatever they hold. */
  textColumns?: readonly string[];
  maxProblems?: number;
  /** Characters gathered before they are handed to the sink. */
  flushChars: number;
};

/** Where the parsed lines go: whole lines of CSV with the shape's separator, in pieces. */
export type TChunkSink = {
  write(parts: readonly (string | Uint8Array)[]): Promise<void>;
  /** Whether write()'s bytes may be reused once it resolves (see TLoadSink). */
  readonly copiesInput?: boolean;
  /** Rows turned out wrong: nothing of this load may stay. */
  discard(): Promise<void>;
};
export type TOpenChunkSink = (shape: TSinkShape) => Promise<TChunkSink>;

/** The parse's outcome: the rows are all with the sink; distinct counts come from the table. */
export type TParsed = TLoadSuccess | TLoadFailure;

/** PostgreSQL's 1,600 columns per table, less the row number. */
export const MAX_COLUMNS = 1599;
const MAX_HEADER_CHARS = 1000;
const SAMPLE_ROWS = 10_000;
const SAMPLE_CHARS = 8 * 1024 * 1024;
const READ_BYTES = 64 * 1024;
const DEFAULT_MAX_PROBLEMS = 100;
const FAST_PATH_TRIES = 4;
const FIRST_FLUSH_CHARS = 1024 * 1024;

const fail = (message: string) => new AppError("BAD_REQUEST", message);
const count = (n: number) => formatNumberEsCo(n);

/**
 * The source in groups of pieces of at least READ_BYTES, as they came (network chunks can be a
 * few kB): not copied into larger buffers, which the garbage collector would free only late.
 */
export async function* groups(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array[]> {
  let parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    parts.push(chunk);
    size += chunk.length;
    if (size >= READ_BYTES) {
      yield parts;
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield parts;
}

function sniff(head: Uint8Array): void {
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) {
    throw fail(
      "Es un archivo comprimido (ZIP), no una tabla CSV. Si es un libro de Excel, cárguelo como .xlsx.",
    );
  }
  const start = head.subarray(0, 4096);
  const message = notTextMessage(start, detectEncoding(start, false));
  if (message) throw fail(message);
}

function isBlank(record: string[]): boolean {
  if (record[0] !== "") return false;
  for (let i = 1; i < record.length; i += 1) if (record[i] !== "") return false;
  return true;
}

/** The columns the publisher asked for as text, by field or header name; unknown ones refused. */
function textColumnSet(
  wanted: readonly string[],
  headers: readonly string[],
  fields: readonly string[],
): Set<number> {
  const out = new Set<number>();
  for (const name of wanted) {
    const key = name.trim();
    if (key === "") continue;
    let at = fields.indexOf(key);
    if (at < 0) at = headers.findIndex((h) => h.trim().toLowerCase() === key.toLowerCase());
    if (at < 0) throw fail(`La columna «${key.slice(0, 100)}» no está en el archivo.`);
    out.add(at);
  }
  return out;
}

function checkHeader(record: string[]): void {
  if (record.length > MAX_COLUMNS) {
    throw fail(
      `El archivo tiene ${count(record.length)} columnas y el máximo es ${count(MAX_COLUMNS)}. Divida el archivo en varios.`,
    );
  }
  const long = record.findIndex((h) => h.length > MAX_HEADER_CHARS);
  if (long >= 0) {
    throw fail(
      `El nombre de la columna ${count(long + 1)} tiene más de ${count(MAX_HEADER_CHARS)} caracteres: la primera fila debe tener los nombres de las columnas.`,
    );
  }
}

/** The state of one parse, fed chunk by chunk. */
export class CsvParse {
  private readonly decoder = new StreamDecoder();
  private readonly hash = createHash("sha256");
  private byteSize = 0;
  private head = "";
  private reader: RecordReader | null = null;
  private delimiter: TCsvDelimiter = ",";
  private newline: "\r\n" | "\n" | "\r" = "\n";
  private fileRow = 0;

  private headers: string[] | null = null;
  private fields: string[] = [];
  private typeSamples: TTypeSample[] = [];
  private sample: string[][] = [];
  private sampleRows: number[] = [];
  private sampledChars = 0;
  private typings: TColumnTyping[] | null = null;
  private rows: RowWriter | null = null;
  private scanner: ChunkScanner | null = null;
  /** Chunks in a row each fast path could not take. */
  private checkMisses = 0;
  private convertMisses = 0;

  private sink: TChunkSink | null = null;
  private pending: (string | Uint8Array)[] = [];
  private pendingChars = 0;
  /** The parts of `pending` that the scanner converted, whose buffers it may reuse. */
  private converted: Uint8Array[] = [];
  /** Bytes after the last line feed of what was read, waiting for the rest of their line. */
  private tail: Uint8Array[] = [];
  private tailBytes = 0;
  /** Characters gathered before a flush: few for the first, doubling after, so the COPY starts early. */
  private flushChars: number;

  constructor(
    private readonly input: TParseOptions,
    private readonly openSink: TOpenChunkSink,
  ) {
    this.flushChars = Math.min(input.flushChars, FIRST_FLUSH_CHARS);
  }

  /**
   * One piece of the file. Pieces are cut after their last line feed (the rest waits for the
   * next piece), so that a piece usually holds whole records: no text is carried over and
   * joined, and a piece whose records need no rewriting goes to COPY as the bytes received.
   */
  async bytes(pieces: Uint8Array[]): Promise<void> {
    const first = this.byteSize === 0;
    if (first) sniff(pieces[0] as Uint8Array);
    for (const piece of pieces) {
      this.byteSize += piece.length;
      this.hash.update(piece);
    }
    // UTF-16 has line feeds inside its two-byte units: it is not cut.
    const head = pieces[0] as Uint8Array;
    const utf16 =
      this.decoder.encoding === "utf-16le" ||
      this.decoder.encoding === "utf-16be" ||
      (first && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)));
    let lines: Uint8Array[];
    if (utf16) {
      lines = [...this.tail, ...pieces];
      this.tail = [];
      this.tailBytes = 0;
    } else {
      let at = pieces.length - 1;
      let cut = -1;
      for (; at >= 0 && cut < 0; at -= 1) cut = (pieces[at] as Uint8Array).lastIndexOf(0x0a);
      at += 1;
      if (cut < 0) {
        this.tail.push(...pieces);
        this.tailBytes += pieces.reduce((n, p) => n + p.length, 0);
        if (this.tailBytes < MAX_RECORD_CHARS) return;
        // A line this long is passed on as it is; the parser judges it.
        lines = this.tail;
        this.tail = [];
        this.tailBytes = 0;
      } else {
        const cutPiece = pieces[at] as Uint8Array;
        lines = [...this.tail, ...pieces.slice(0, at), cutPiece.subarray(0, cut + 1)];
        this.tail = [cutPiece.subarray(cut + 1), ...pieces.slice(at + 1)].filter((p) => p.length);
        this.tailBytes = this.tail.reduce((n, p) => n + p.length, 0);
      }
    }
    const carried = this.decoder.pending;
    const decoded = lines.map((part) => this.decoder.decode(part, false));
    const text = decoded.length === 1 ? (decoded[0] as string) : decoded.join("");
    // The text is exactly these bytes, valid for COPY as they are (UTF-8, or plain ASCII).
    const last = lines[lines.length - 1] as Uint8Array;
    const exact =
      !carried &&
      !this.decoder.pending &&
      last[last.length - 1] === 0x0a &&
      (this.decoder.encoding === null || this.decoder.encoding === "utf-8");
    await this.text(text, false, exact ? lines : null);
  }

  /**
   * The buffers whose bytes the parse still refers to: the start of a cut line, bytes waiting
   * to be written as they are, an undecided line. Any other buffer given to bytes() may be
   * reused.
   */
  heldBuffers(): Set<ArrayBufferLike> {
    const held = new Set<ArrayBufferLike>();
    for (const part of this.tail) held.add(part.buffer);
    for (const part of this.pending) if (typeof part !== "string") held.add(part.buffer);
    const carried = this.decoder.carriedBuffer;
    if (carried) held.add(carried);
    return held;
  }

  /** The end of the file: the last line, and whatever the decoder still holds. */
  async end(): Promise<void> {
    if (this.byteSize === 0) throw fail("El archivo está vacío.");
    const rest = this.tail.map((part) => this.decoder.decode(part, false)).join("");
    this.tail = [];
    this.tailBytes = 0;
    await this.text(rest + this.decoder.end(), true, null);
  }

  async text(text: string, final: boolean, bytes: Uint8Array[] | null = null): Promise<void> {
    if (this.reader === null) {
      // The header line decides the separator and line ending.
      this.head += text;
      if (!final && this.head.indexOf("\n") === -1 && this.head.indexOf("\r") === -1) {
        if (this.head.length > MAX_RECORD_CHARS) throw recordTooLong();
        return;
      }
      const declared = declaredDelimiter(this.head);
      const body = declared ? this.head.slice(declared.length) : this.head;
      this.head = "";
      this.delimiter = declared?.delimiter ?? detectDelimiter(body);
      this.newline = detectNewline(body);
      this.reader = new RecordReader(this.delimiter, this.newline);
      return this.records(body, final, null);
    }
    return this.records(text, final, bytes);
  }

  private async records(text: string, final: boolean, bytes: Uint8Array[] | null): Promise<void> {
    const reader = this.reader as RecordReader;
    if (this.rows !== null && this.scanner !== null && !final && reader.idle) {
      if (await this.fastPath(this.scanner, this.rows, text, bytes)) return;
    }
    const records = reader.push(text, final);
    if (this.rows === null) {
      const used = this.sampleRecords(records);
      if (this.headers === null) return;
      this.sampledChars += text.length;
      const full = this.sample.length >= SAMPLE_ROWS || this.sampledChars >= SAMPLE_CHARS;
      if (!final && !full) return;
      await this.start(final && used === records.length);
      // The rest of the chunk that completed the sample: rebuilt (its text starts mid-chunk).
      if (used < records.length && this.rows !== null) {
        await this.rowsOf(records.slice(used), null);
      }
      return;
    }
    const own = reader.irregular ? null : reader.whole && bytes ? bytes : [reader.text];
    await this.rowsOf(records, own);
  }

  /**
   * The fast paths (load-scan.ts): the chunk as it is, else converted straight to bytes. Each
   * stops being tried after a few chunks in a row it could not take: a file is mostly alike.
   */
  private async fastPath(
    scanner: ChunkScanner,
    rows: RowWriter,
    text: string,
    bytes: Uint8Array[] | null,
  ): Promise<boolean> {
    if (this.checkMisses < FAST_PATH_TRIES) {
      const scanned = scanner.check(text);
      if (scanned) {
        this.checkMisses = 0;
        this.fileRow += scanned.rows;
        rows.absorb(text, scanned);
        await this.queue(bytes ?? [text]);
        return true;
      }
      this.checkMisses += 1;
    }
    if (this.convertMisses < FAST_PATH_TRIES) {
      const converted = scanner.convert(text);
      if (converted) {
        this.convertMisses = 0;
        this.fileRow += converted.scanned.rows;
        rows.absorb(text, converted.scanned);
        this.converted.push(converted.bytes);
        await this.queue([converted.bytes]);
        return true;
      }
      this.convertMisses += 1;
    }
    return false;
  }

  /** Takes the header and sample rows from the records; returns how many it used. */
  private sampleRecords(records: string[][]): number {
    for (let i = 0; i < records.length; i += 1) {
      if (this.sample.length >= SAMPLE_ROWS) return i;
      const record = records[i] as string[];
      this.fileRow += 1;
      if (isBlank(record)) continue;
      if (this.headers === null) {
        checkHeader(record);
        // Copies, so the header does not keep the first chunk alive.
        this.headers = record.map((h) => ` ${h}`.slice(1));
        this.fields = fieldNames(this.headers);
        this.typeSamples = this.headers.map(() => createTypeSample());
        continue;
      }
      this.sample.push(record);
      this.sampleRows.push(this.fileRow);
      if (record.length < this.headers.length) continue;
      for (let c = 0; c < this.headers.length; c += 1) {
        addToSample(this.typeSamples[c] as TTypeSample, record[c] as string, this.fileRow);
      }
    }
    return records.length;
  }

  /** The sample is complete (or the file ended in it): decide the types, start the COPY. */
  private async start(wholeFile: boolean): Promise<void> {
    const headers = this.headers as string[];
    const asText = textColumnSet(this.input.textColumns ?? [], headers, this.fields);
    const typings = this.typeSamples.map((sample, c) =>
      asText.has(c)
        ? TEXT_TYPING
        : inferColumnType(sample, { delimiter: this.delimiter, wholeFile }),
    );
    this.typings = typings;
    const rows = new RowWriter(
      headers,
      typings,
      this.delimiter,
      this.newline,
      this.input.maxProblems ?? DEFAULT_MAX_PROBLEMS,
    );
    this.rows = rows;
    this.scanner = ChunkScanner.for(typings, this.delimiter, this.newline);
    for (let i = 0; i < this.sample.length; i += 1) {
      rows.accept(this.sample[i] as string[], this.sampleRows[i] as number, true);
    }
    const accepted = this.sample;
    this.sample = [];
    this.sampleRows = [];
    this.typeSamples = [];
    if (rows.problemCount > 0) return;
    this.sink = await this.openSink({
      columns: this.fields.map((field, c) => ({
        field,
        sqlType: SQL_TYPES[(typings[c] as TColumnTyping).type],
      })),
      delimiter: this.delimiter,
    });
    if (accepted.length > 0) await this.queue([rows.csv(accepted)]);
  }

  /**
   * Rows after the sample. `own`: the file's own text (or bytes) of exactly these records,
   * which goes to COPY when no record needed rewriting; null when it cannot.
   */
  private async rowsOf(records: string[][], own: (string | Uint8Array)[] | null): Promise<void> {
    const rows = this.rows as RowWriter;
    let same = own !== null;
    const kept: string[][] = [];
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as string[];
      this.fileRow += 1;
      if (isBlank(record)) {
        same = false;
        continue;
      }
      if (!rows.accept(record, this.fileRow)) same = false;
      kept.push(record);
    }
    if (rows.problemCount > 0) {
      await this.dropSink();
      return;
    }
    if (kept.length === 0) return;
    const data = same ? (own as (string | Uint8Array)[]) : [rows.csv(kept)];
    // The records are garbage from here on, not live across the write below.
    records.length = 0;
    kept.length = 0;
    await this.queue(data);
  }

  private async queue(data: (string | Uint8Array)[]): Promise<void> {
    for (const part of data) {
      this.pending.push(part);
      this.pendingChars += part.length;
    }
    if (this.pendingChars >= this.flushChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.sink || this.pending.length === 0) return;
    const sink = this.sink;
    const parts = this.pending;
    const converted = this.converted;
    this.pending = [];
    this.converted = [];
    this.pendingChars = 0;
    // Doubling up to the full size: the worker gets ahead of the COPY from the start.
    this.flushChars = Math.min(this.input.flushChars, this.flushChars * 2);
    await sink.write(parts);
    if (sink.copiesInput) for (const bytes of converted) this.scanner?.recycle(bytes);
    this.rows?.profiles.detach();
  }

  async dropSink(): Promise<void> {
    const sink = this.sink;
    this.sink = null;
    this.pending = [];
    this.converted = [];
    this.pendingChars = 0;
    await sink?.discard();
  }

  private file(): TLoadFile {
    return {
      encoding: this.decoder.encoding ?? "utf-8",
      delimiter: this.delimiter,
      byteSize: this.byteSize,
      sha256: this.hash.digest("hex"),
    };
  }

  /**
   * After end(): the outcome, with every row handed to the sink when it is a success (the
   * distinct counts are left for the table's statistics), or with the sink discarded.
   */
  async finish(): Promise<TParsed> {
    if (this.headers === null) throw fail("El archivo no tiene filas: solo líneas vacías.");
    const rows = this.rows as RowWriter;
    const file = this.file();
    if (rows.problemCount > 0) {
      await this.dropSink();
      return { ok: false, problems: rows.problems, problemCount: rows.problemCount, file };
    }
    if (rows.rowCount === 0) {
      throw fail("El archivo solo tiene la fila de encabezados: no tiene filas de datos.");
    }
    await this.flush();
    const typings = this.typings as TColumnTyping[];
    const columns: TLoadedColumn[] = this.headers.map((name, c) => {
      const typing = typings[c] as TColumnTyping;
      const longest = rows.profiles.maxLength[c] as number;
      return {
        position: c + 1,
        name,
        field: this.fields[c] as string,
        type: typing.type,
        note: typing.note,
        ...rows.profiles.result(c),
        distinctCount: null,
        maxLength: longest < 0 ? null : longest,
      };
    });
    return { ok: true, rowCount: rows.rowCount, columns, file };
  }
}

/**
 * The whole parse on this thread: the bytes as they come, then the outcome. If it throws, the
 * caller discards the sink it opened.
 */
export async function parseSource(
  source: AsyncIterable<Uint8Array>,
  options: TParseOptions,
  openSink: TOpenChunkSink,
): Promise<TParsed> {
  const parse = new CsvParse(options, openSink);
  for await (const pieces of groups(source)) await parse.bytes(pieces);
  await parse.end();
  return parse.finish();
}
