// What kind of text an uploaded CSV is, from its first bytes and its header line: encoding,
// separator, line ending, and whether it is text at all (a PNG renamed .csv is not). Pure
// functions over bytes and strings, so the loader can call them on a stream's first chunk.

export const TEXT_ENCODINGS = [
  "utf-8",
  "utf-8-bom",
  "windows-1252",
  "utf-16le",
  "utf-16be",
] as const;
export type TTextEncoding = (typeof TEXT_ENCODINGS)[number];

export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type TCsvDelimiter = (typeof CSV_DELIMITERS)[number];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Bytes of the byte-order mark the encoding starts with (dropped before parsing). */
export function bomLength(encoding: TTextEncoding): number {
  if (encoding === "utf-8-bom") return 3;
  return encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 0;
}

/**
 * The encoding of a file from its first bytes. A BOM decides; otherwise valid UTF-8 is UTF-8
 * and invalid UTF-8 is Windows-1252 (what Excel in Spanish saves as "CSV"). Bytes that are all
 * ASCII read the same in both: null then, unless `complete` (the whole file: UTF-8), so the
 * caller looks again at the next chunk. A multi-byte character cut at the chunk's end is not
 * an error.
 */
export function detectEncoding(head: Uint8Array, complete: boolean): TTextEncoding | null {
  if (startsWith(head, UTF8_BOM)) return "utf-8-bom";
  if (startsWith(head, UTF16LE_BOM)) return "utf-16le";
  if (startsWith(head, UTF16BE_BOM)) return "utf-16be";
  let ascii = true;
  for (let i = 0; i < head.length; i += 1) {
    if ((head[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return complete ? "utf-8" : null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: !complete });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

const SAVE_AS = "Ábralo en Excel y guárdelo como «CSV UTF-8» o «Libro de Excel (.xlsx)».";

const SIGNATURES: { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "una imagen PNG" },
  { bytes: [0xff, 0xd8, 0xff], what: "una imagen JPEG" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "una imagen GIF" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "un documento PDF" },
  { bytes: [0x1f, 0x8b], what: "un archivo comprimido (gzip)" },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: "un archivo comprimido (RAR)" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "un archivo comprimido (7z)" },
];

/**
 * A Spanish message when the first bytes are not a CSV (an image, a PDF, an old .xls, any
 * binary), else null. ZIP files are not judged here: an XLSX workbook is one.
 */
export function notTextMessage(head: Uint8Array, encoding: TTextEncoding | null): string | null {
  for (const { bytes, what } of SIGNATURES) {
    if (startsWith(head, bytes)) return `El archivo es ${what}, no una tabla CSV. ${SAVE_AS}`;
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return `Es un libro de Excel 97-2003 (.xls), que no podemos leer. ${SAVE_AS}`;
  }
  if (encoding === "utf-16le" || encoding === "utf-16be") return null;
  // Control characters other than tab, line feed, form feed and carriage return: binary.
  for (let i = 0; i < head.length; i += 1) {
    const byte = head[i] as number;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
      return `El archivo no es una tabla CSV (tiene contenido binario). ${SAVE_AS}`;
    }
  }
  return null;
}

/**
 * The separator of the header line: the most frequent of ";", "," and tab outside quotes (a
 * header "Valor, en pesos" in quotes does not count). On a tie ";" wins, then ",": Excel in
 * Spanish writes ";". A line with none of them is one column: ",".
 */
export function detectDelimiter(text: string): TCsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 59) semicolons += 1;
    else if (c === 44) commas += 1;
    else if (c === 9) tabs += 1;
  }
  if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ";";
  if (commas >= tabs && commas > 0) return ",";
  return tabs > 0 ? "\t" : ",";
}

/** The line ending of the first line outside quotes ("\r\n", "\n" or "\r"); "\n" if none. */
export function detectNewline(text: string): "\r\n" | "\n" | "\r" {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) return "\n";
    else if (c === 13) return text.charCodeAt(i + 1) === 10 ? "\r\n" : "\r";
  }
  return "\n";
}

const SEP_LINE = /^sep=([,;\t])(\r\n|\n|\r)/i;

/** Excel's optional first line "sep=;": the separator it declares and its length, or null. */
export function declaredDelimiter(
  text: string,
): { delimiter: TCsvDelimiter; length: number } | null {
  const m = SEP_LINE.exec(text);
  return m ? { delimiter: m[1] as TCsvDelimiter, length: m[0].length } : null;
}
