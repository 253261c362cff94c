import { AppError } from "@lab/domain/errors";
import { formatNumberEsCo } from "@lab/domain/number";
import {
  findHeaderRow,
  importFieldsIn,
  type TImportCell,
  type TImportPreview,
  type TImportSheet,
} from "@lab/domain/observation-import";
import { CsvError, parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";

// Reading an uploaded spreadsheet into rows of cells, as Colombian offices save them: CSV in
// UTF-8 (with or without BOM), Windows-1252 or UTF-16, separated by ";", "," or tabs; or an
// XLSX workbook. The file's name is never trusted: the bytes say what it is. What the cells
// mean is packages/domain's business (observation-import.ts).

export type TImportFile = { name: string; bytes: Uint8Array };

export type TSpreadsheet = {
  file: TImportPreview["file"];
  sheet: TImportSheet;
};

export const IMPORT_MAX_BYTES_DEFAULT = 20 * 1024 * 1024;

/** IMPORT_MAX_BYTES from the environment (bytes), else 20 MB. */
export function importMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.IMPORT_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : IMPORT_MAX_BYTES_DEFAULT;
}

// A size over the limit is rounded up and the limit down, so one never reads "20 MB of 20 MB".
function megabytes(bytes: number, round: "up" | "down"): string {
  const tenths = (round === "up" ? Math.ceil : Math.floor)((bytes / (1024 * 1024)) * 10);
  return `${formatNumberEsCo(tenths / 10)} MB`;
}

const SAVE_AS = "Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)» o como «CSV».";

function unreadable(message: string, cause?: unknown): AppError {
  return new AppError("BAD_REQUEST", message, { cause });
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc: Office 97–2003
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Reads the file, or throws an AppError with a Spanish message saying what to do instead. */
export async function readSpreadsheet(
  file: TImportFile,
  options: { maxBytes?: number } = {},
): Promise<TSpreadsheet> {
  const { bytes, name } = file;
  const maxBytes = options.maxBytes ?? importMaxBytes();
  if (bytes.length > maxBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `El archivo pesa ${megabytes(bytes.length, "up")} y el máximo es ${megabytes(maxBytes, "down")}: divídalo en varios archivos.`,
    );
  }
  if (bytes.length === 0) throw unreadable("El archivo está vacío.");
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    return readWorkbook(name, bytes, maxBytes);
  }
  if (startsWith(bytes, OLE2)) {
    throw unreadable(`Es un libro de Excel 97-2003 (.xls), que no podemos leer. ${SAVE_AS}`);
  }
  return readCsv(name, decodeText(bytes));
}

// ---------------------------------------------------------------------------------------------
// Text.

type TDecoded = { text: string; encoding: NonNullable<TImportPreview["file"]["encoding"]> };

/**
 * UTF-16 when a BOM says so (Excel's "Texto Unicode"); otherwise UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252, what Excel in Spanish writes as "CSV (delimitado por comas)".
 * A NUL byte cannot be in either: the file is binary (a PDF, an image, a Word file).
 */
export function decodeText(bytes: Uint8Array): TDecoded {
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    const label = startsWith(bytes, UTF16LE_BOM) ? "utf-16le" : "utf-16be";
    const text = new TextDecoder(label).decode(bytes);
    if (!text.includes("\u0000")) return { text, encoding: "utf-16" };
  }
  if (bytes.includes(0)) {
    throw unreadable(`El archivo no es una hoja de cálculo (CSV o XLSX). ${SAVE_AS}`);
  }
  try {
    // fatal: invalid UTF-8 throws instead of turning into "�"; the BOM is dropped.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, encoding: startsWith(bytes, UTF8_BOM) ? "utf-8-bom" : "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

// 0x80–0x9F: where Windows-1252 differs from Latin-1 (€, curly quotes, dashes…). Some Node
// versions' TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters,
// so they are mapped here; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

type TDelimiter = NonNullable<TImportPreview["file"]["delimiter"]>;
// In order of preference on a tie: ";" is what Excel writes where "," is the decimal mark.
const DELIMITERS: TDelimiter[] = [";", ",", "\t"];
const SNIFF_LINES = 50;

function parseRecords(text: string, delimiter: string): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    // A quote inside an unquoted field (5" pulgadas) is a character, not an error.
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

/**
 * The separator whose reading of the first lines finds the most known headers (periodo,
 * valor…), then gives the most lines of one width. Decimal commas and quoted ";" cannot
 * fool it: the headers carry neither, and the CSV parser honours quotes. Lines are read one
 * by one, so a broken line further down (an unclosed quote) still leaves the header to judge.
 */
export function detectDelimiter(text: string): TDelimiter {
  const lines = text.split(/\r\n|\n|\r/, SNIFF_LINES).filter((line) => line.trim() !== "");
  let best: { delimiter: TDelimiter; score: number[] } | null = null;
  for (const delimiter of DELIMITERS) {
    const records = lines.flatMap((line) => {
      try {
        return parseRecords(line, delimiter).slice(0, 1);
      } catch {
        return [];
      }
    });
    const known = Math.max(0, ...records.slice(0, 10).map((r) => importFieldsIn(r).size));
    const widths = new Map<number, number>();
    for (const r of records) {
      if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
    }
    const score = [known, Math.max(0, ...widths.values())];
    // Strictly better only: on a tie the earlier, preferred separator stays.
    if (!best || compareScores(score, best.score) > 0) best = { delimiter, score };
  }
  return best?.delimiter ?? ";";
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

// Excel honours a first line "sep=;" and hides it; so do we, and rows count without it.
const SEP_LINE = /^sep=(.)\r?\n/i;

function readCsv(name: string, { text, encoding }: TDecoded): TSpreadsheet {
  const sep = SEP_LINE.exec(text);
  const declared = sep?.[1] === "\t" || sep?.[1] === "," || sep?.[1] === ";" ? sep[1] : null;
  const body = sep ? text.slice(sep[0].length) : text;
  const delimiter = (declared as TDelimiter | null) ?? detectDelimiter(body);
  let records: string[][];
  try {
    records = parseRecords(body, delimiter);
  } catch (error) {
    if (error instanceof CsvError) {
      const where = error.lines ? ` (cerca de la línea ${error.lines} del archivo)` : "";
      const why =
        error.code === "CSV_QUOTE_NOT_CLOSED"
          ? "hay unas comillas que se abren y no se cierran"
          : "el texto no sigue el formato CSV";
      throw unreadable(`No pudimos leer el CSV: ${why}${where}. ${SAVE_AS}`, error);
    }
    throw error;
  }
  // One record is one spreadsheet row (a quoted field may span lines), empty lines included:
  // Excel shows them as empty rows, so later row numbers match what the official sees.
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells: cells as TImportCell[] }))
    .filter(({ cells }) => cells.some((cell) => String(cell).trim() !== ""));
  return { file: { name, format: "csv", encoding, delimiter }, sheet: { rows } };
}

// ---------------------------------------------------------------------------------------------
// Workbooks.

const MAX_ZIP_ENTRIES = 10_000;

/**
 * Looks inside the ZIP without inflating anything: it must be an XLSX workbook, and what it
 * declares unpacked must stay within ten times the upload limit (a "ZIP bomb" of a few MB
 * can unpack to gigabytes).
 */
function checkWorkbookArchive(bytes: Uint8Array, maxBytes: number): void {
  const names: string[] = [];
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        unpacked += entry.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw unreadable(`El archivo comprimido está dañado. ${SAVE_AS}`, error);
  }
  if (names.includes("xl/workbook.xml")) {
    if (names.length > MAX_ZIP_ENTRIES || unpacked > 10 * maxBytes) {
      throw new AppError(
        "PAYLOAD_TOO_LARGE",
        `El libro de Excel ocupa ${megabytes(unpacked, "up")} al abrirlo y el máximo es ${megabytes(10 * maxBytes, "down")}: divídalo en varios archivos.`,
      );
    }
    return;
  }
  if (names.includes("content.xml") && names.includes("mimetype")) {
    throw unreadable(
      `Es una hoja de cálculo OpenDocument (.ods). Ábrala y guárdela como «Libro de Excel (.xlsx)» o como «CSV».`,
    );
  }
  throw unreadable(`El archivo comprimido no es un libro de Excel (.xlsx). ${SAVE_AS}`);
}

// XLSX stores dates and times as numbers with a date format, without a time zone; the reader
// gives them as Dates whose UTC fields are the wall clock. A time alone is a day count below 1,
// on Excel's day 0 (30/12/1899). They become the text a person would have typed, the time kept.
const EXCEL_DAY_ZERO = "1899-12-30";

function workbookCell(cell: unknown): TImportCell {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const iso = cell.toISOString();
    const day = iso.slice(0, 10);
    const time = iso.slice(11, 16);
    if (day === EXCEL_DAY_ZERO) return time;
    return time === "00:00" ? day : `${day} ${time}`;
  }
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") {
    return cell;
  }
  return null;
}

async function readWorkbook(name: string, bytes: Uint8Array, maxBytes: number) {
  checkWorkbookArchive(bytes, maxBytes);
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Formulas are never evaluated: the reader returns the result Excel saved with the file.
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))) as {
      sheet: string;
      data: unknown[][];
    }[];
  } catch (error) {
    throw unreadable(
      `No pudimos abrir el libro de Excel: el archivo está dañado. ${SAVE_AS}`,
      error,
    );
  }
  const grids = sheets.map(({ sheet, data }) => ({
    sheet,
    cells: data.map((row) => row.map(workbookCell)),
  }));
  // The first sheet with the headers, so an instructions sheet in front does no harm.
  const chosen = grids.find((g) => findHeaderRow(g.cells.map((cells) => ({ cells }))) !== null);
  const { sheet, cells } = chosen ?? grids[0] ?? { sheet: "", cells: [] };
  const rows = cells
    .map((row, i) => ({ row: i + 1, cells: row }))
    .filter((r) => r.cells.some((cell) => cell !== null && String(cell).trim() !== ""));
  return {
    file: { name, format: "xlsx" as const, sheet },
    sheet: { rows },
  } satisfies TSpreadsheet;
}
