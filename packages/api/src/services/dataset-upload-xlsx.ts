import { XLSX_MAX_BYTES } from "@lab/domain/dataset";
import { AppError } from "@lab/domain/errors";
import { formatNumberEsCo } from "@lab/domain/number";
import { unzipSync } from "fflate";
import { readSheet } from "read-excel-file/node";

// An uploaded XLSX workbook as the CSV the datastore loader reads: its first sheet, one line
// per sheet row (so the loader's row numbers are Excel's), numbers as Excel stored them (no
// float rounding), dates in ISO form, booleans true/false. A workbook is a ZIP archive and must
// be read whole, so it has its own, smaller size limit.

const SAVE_AS = "Ábralo en Excel y guárdelo de nuevo, o guárdelo como «CSV UTF-8».";

const bad = (message: string, cause?: unknown) => new AppError("BAD_REQUEST", message, { cause });

function megabytes(bytes: number): string {
  return `${formatNumberEsCo(Math.floor((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

export function xlsxTooLarge(maxBytes = XLSX_MAX_BYTES): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `Un libro de Excel puede pesar hasta ${megabytes(maxBytes)}. Guarde la hoja como «CSV UTF-8», que puede ser mucho más grande, o divídala.`,
  );
}

/**
 * Looks inside the archive without inflating it: it must be a workbook, and what it declares
 * unpacked must stay within ten times the limit (a "ZIP bomb" of a few MB unpacks to GB).
 */
function checkArchive(bytes: Uint8Array, maxBytes: number): void {
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
    throw bad(`El archivo comprimido está dañado. ${SAVE_AS}`, error);
  }
  if (names.includes("content.xml") && names.includes("mimetype")) {
    throw bad("Es una hoja de cálculo OpenDocument (.ods). Guárdela como «CSV UTF-8» o .xlsx.");
  }
  if (!names.includes("xl/workbook.xml")) {
    throw bad("El archivo comprimido no es un libro de Excel (.xlsx) ni una tabla CSV.");
  }
  if (unpacked > 10 * maxBytes) throw xlsxTooLarge(maxBytes);
}

const pad = (n: number) => String(n).padStart(2, "0");

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return "";
    const day = cell.toISOString().slice(0, 10);
    const h = cell.getUTCHours();
    const m = cell.getUTCMinutes();
    const s = cell.getUTCSeconds();
    return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
  }
  return String(cell);
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The first sheet as CSV bytes (UTF-8, ","), in pieces of about 1 MB. */
export async function* workbookAsCsv(
  bytes: Uint8Array,
  maxBytes = XLSX_MAX_BYTES,
): AsyncGenerator<Uint8Array> {
  if (bytes.length > maxBytes) throw xlsxTooLarge(maxBytes);
  checkArchive(bytes, maxBytes);
  let rows: unknown[][];
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Numbers as stored in the file ("0.1", not 0.1000000000000000055…).
    rows = (await readSheet(buffer, 1, { parseNumber: (text: string) => text })) as unknown[][];
  } catch (error) {
    throw bad(`No pudimos abrir el libro de Excel: el archivo está dañado. ${SAVE_AS}`, error);
  }
  let text = "";
  for (const row of rows) {
    text += `${row.map((cell) => csvField(cellText(cell))).join(",")}\n`;
    if (text.length >= 1 << 20) {
      yield Buffer.from(text, "utf8");
      text = "";
    }
  }
  if (text) yield Buffer.from(text, "utf8");
}
