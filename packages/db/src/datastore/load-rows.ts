import {
  converterFor,
  INVALID,
  invalidReason,
  type TColumnTyping,
  type TConverter,
} from "@lab/domain/column-typing";
import type { TVersionProblem } from "@lab/domain/dataset-workspace";
import { formatNumberEsCo } from "@lab/domain/number";
import { Profiles } from "./load-profile";
import type { TScanned } from "./load-scan";

// The rows after the header: each record is checked against its columns' types, profiled, and
// rewritten in place as COPY's CSV reads it (canonical values, "" for null). When a record's
// cells needed no rewriting, `accept` says so, and the loader can hand the file's own text to
// COPY instead of a rebuilt line: most files from other systems are like that, and PostgreSQL
// then does the parsing on its own core.

const SHOWN_VALUE_CHARS = 200;
const NUL_MESSAGE =
  "El valor tiene un carácter nulo (código 0), que la base de datos no admite: quítelo del archivo.";

function shown(value: string): string {
  return value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value;
}

export class RowWriter {
  rowCount = 0;
  problemCount = 0;
  readonly problems: TVersionProblem[] = [];
  readonly profiles: Profiles;
  private readonly width: number;
  private readonly converters: TConverter[];
  private readonly text: boolean[];
  /** Text a rebuilt CSV field must quote. */
  private readonly quoteTest: RegExp;
  /** Text COPY could read differently from our parser in the file's own line. */
  private readonly rewriteTest = /["\r\n]/;
  private readonly quoteAll = /"/g;

  constructor(
    private readonly headers: readonly string[],
    private readonly typings: readonly TColumnTyping[],
    private readonly delimiter: string,
    private readonly newline: string,
    private readonly maxProblems: number,
  ) {
    this.width = headers.length;
    this.converters = typings.map(converterFor);
    this.text = typings.map((t) => t.type === "text");
    this.profiles = new Profiles(typings.map((t) => t.type));
    this.quoteTest = new RegExp(`["\\r\\n${delimiter === "\t" ? "\\t" : delimiter}]`);
  }

  problem(row: number, column: string | null, value: string | null, message: string): void {
    this.problemCount += 1;
    if (this.problems.length < this.maxProblems) {
      this.problems.push({ row, column, value: value === null ? null : shown(value), message });
    }
  }

  private onlyTrailingEmpty(record: string[]): boolean {
    if (record.length < this.width) return false;
    for (let c = this.width; c < record.length; c += 1) if (record[c] !== "") return false;
    return true;
  }

  /**
   * Checks, profiles and rewrites one record (`row` as the file numbers it). True when the
   * file's text of this record is exactly what COPY should read.
   */
  accept(record: string[], row: number, sample = false): boolean {
    const width = this.width;
    let same = true;
    if (record.length !== width) {
      // Trailing empty cells (a separator too many at the end of the line) are harmless.
      if (!this.onlyTrailingEmpty(record)) {
        this.problem(
          row,
          null,
          record.join(this.delimiter),
          `La fila tiene ${formatNumberEsCo(record.length)} valores y el encabezado ${formatNumberEsCo(width)} columnas.`,
        );
        return false;
      }
      record.length = width;
      same = false;
    }
    this.rowCount += 1;
    const profiles = this.profiles;
    const nulls = profiles.nulls;
    for (let c = 0; c < width; c += 1) {
      const raw = record[c] as string;
      const value = (this.converters[c] as TConverter)(raw);
      if (value === null) {
        nulls[c] = (nulls[c] as number) + 1;
        if (raw !== "") {
          record[c] = "";
          same = false;
        }
      } else if (value === INVALID) {
        const typing = this.typings[c] as TColumnTyping;
        this.problem(row, this.headers[c] as string, raw, invalidReason(typing, raw));
        same = false;
      } else {
        profiles.see(c, value);
        if (sample) profiles.example(c, value);
        if (this.text[c]) {
          // A quote, a line break or "\." could read differently in COPY: rebuild the line.
          if (this.rewriteTest.test(value) || value === "\\.") same = false;
          if (value.includes("\u0000")) {
            this.problem(row, this.headers[c] as string, value, NUL_MESSAGE);
          }
        } else if (value !== raw) {
          record[c] = value;
          same = false;
        }
      }
    }
    return same;
  }

  /** Counts a chunk the fast path checked (load-scan.ts): its rows, nulls, least and greatest. */
  absorb(text: string, scanned: TScanned): void {
    this.rowCount += scanned.rows;
    const profiles = this.profiles;
    for (let c = 0; c < this.width; c += 1) {
      profiles.nulls[c] = (profiles.nulls[c] as number) + (scanned.nulls[c] as number);
      const minAt = scanned.minAt[c] as number;
      if (minAt < 0) continue;
      // As the converters write them (the scan accepted only what they accept).
      const convert = this.converters[c] as TConverter;
      profiles.see(c, convert(text.slice(minAt, scanned.minEnd[c])) as string);
      profiles.see(c, convert(text.slice(scanned.maxAt[c], scanned.maxEnd[c])) as string);
    }
  }

  /** COPY's CSV for records that `accept` rewrote, with the file's separator and line ending. */
  csv(records: readonly string[][]): string {
    const lines: string[] = new Array(records.length + 1);
    const width = this.width;
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as string[];
      for (let c = 0; c < width; c += 1) {
        if (!this.text[c]) continue;
        const value = record[c] as string;
        if (this.quoteTest.test(value) || value === "\\.") {
          record[c] = `"${value.replace(this.quoteAll, '""')}"`;
        }
      }
      lines[i] = record.join(this.delimiter);
    }
    lines[records.length] = "";
    return lines.join(this.newline);
  }
}
