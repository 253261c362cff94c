import { AppError } from "@lab/domain/errors";
import { formatNumberEsCo } from "@lab/domain/number";
import Papa from "papaparse";

// Text chunks → CSV records (arrays of cells), with papaparse's core parser called on whole
// chunks: no per-row stream objects (13 times slower, see OFFLINE-STACK.md). Quoted fields may
// hold separators and line breaks; a record cut by a chunk boundary waits for the next chunk.

/** The longest record we wait for: beyond it an unclosed quote is the likely cause. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

export class RecordReader {
  private readonly parser: Papa.Parser;
  private readonly newline: string;
  private leftover = "";
  /** The text of the records the last push returned, exactly as in the file. */
  text = "";
  /** Whether the parser met quotes out of place in that text (COPY might read it otherwise). */
  irregular = false;
  /** Whether that text is exactly the last pushed text (nothing carried in or left over). */
  whole = false;

  constructor(delimiter: string, newline: "\r\n" | "\n" | "\r") {
    this.newline = newline;
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }

  /** Whether no record waits for more text. */
  get idle(): boolean {
    return this.leftover === "";
  }

  /** The records completed by this text; `final` when it is the end of the file. */
  push(text: string, final: boolean): string[][] {
    const carried = this.leftover !== "";
    const input = carried ? this.leftover + text : text;
    // A record cannot end in text without a line break: wait (a 10 MB line comes in pieces).
    const from = Math.max(0, this.leftover.length - this.newline.length);
    if (!final && input.indexOf(this.newline, from) === -1) {
      this.leftover = input;
      this.text = "";
      this.whole = false;
      this.checkLength(input.length);
      return [];
    }
    const result = this.parser.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    this.irregular = result.errors.length > 0;
    if (final) {
      this.leftover = "";
      this.text = input;
      this.whole = !carried;
      const unclosed = result.errors.find((e) => e.code === "MissingQuotes");
      if (unclosed) throw unclosedQuote();
      return result.data;
    }
    const cursor = result.meta.cursor;
    this.whole = !carried && cursor === input.length;
    this.text = this.whole ? input : input.slice(0, cursor);
    this.leftover = this.whole ? "" : input.slice(cursor);
    this.checkLength(this.leftover.length);
    return result.data;
  }

  private checkLength(length: number): void {
    if (length > MAX_RECORD_CHARS) throw recordTooLong();
  }
}

function unclosedQuote(): AppError {
  return new AppError(
    "BAD_REQUEST",
    "No pudimos leer el CSV: hay unas comillas que se abren y no se cierran. Revise el archivo o guárdelo de nuevo desde Excel.",
  );
}

export function recordTooLong(): AppError {
  const mb = formatNumberEsCo(MAX_RECORD_CHARS / (1024 * 1024));
  return new AppError(
    "BAD_REQUEST",
    `No pudimos leer el CSV: una fila ocupa más de ${mb} MB, casi siempre por unas comillas que se abren y no se cierran. Revise el archivo.`,
  );
}
