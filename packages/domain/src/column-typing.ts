import { ROW_NUMBER_COLUMN, type TColumnType } from "./column-types";
import { formatNumberEsCo } from "./number";

// How a CSV column gets its type, and how each cell becomes the text PostgreSQL's COPY
// accepts. These run once per cell on files of millions of cells: precompiled regular
// expressions, the common case first, no per-cell objects.
//
// Types are inferred from a sample (the first rows): every non-empty value of the sample must
// fit the type, otherwise the column stays text (with a Spanish note when most values did fit
// a type). Numbers may be written "1.234,5" (es-CO: "." groups thousands, "," is the decimal
// mark) or "1,234.5"; the style is decided per column from its values, and where they allow
// both ("1.234", "12") the file's separator breaks the tie: ";" files come from Excel set to
// Spanish, which writes decimal commas. Dates: dd/mm/aaaa (or d/m/aaaa, dd-mm-aaaa) and
// aaaa-mm-dd; date-times add hh:mm[:ss] (a. m./p. m. and a zone accepted). Booleans: sí/si/no,
// verdadero/falso, true/false. An empty cell is null.

/** What a converter returns for a value that does not fit its column's type. */
export const INVALID: unique symbol = Symbol("invalid");
export type TConverted = string | null | typeof INVALID;
export type TConverter = (raw: string) => TConverted;

export type TDecimalStyle = "comma" | "point";

export type TColumnTyping = {
  type: TColumnType;
  /** How numbers are written in this column; null for other types. */
  decimalStyle: TDecimalStyle | null;
  /** Why the column is text although it looked typed (Spanish, for the dictionary). */
  note: string | null;
};

// One bit per reading a cell allows; a column's type is what every one of its cells allows.
const INT_COMMA = 1;
const INT_POINT = 2;
const DEC_COMMA = 4;
const DEC_POINT = 8;
const BOOL = 16;
const DATE = 32;
const DATETIME = 64;
const NUMBER = INT_COMMA | INT_POINT | DEC_COMMA | DEC_POINT;
const ALL = NUMBER | BOOL | DATE | DATETIME;

// bigint holds 18 digits safely; longer digit strings (ids, account numbers) stay text. A
// leading zero ("05001", a DANE code) means a code, not a number.
const FAST_INT = /^-?(?:0|[1-9]\d{0,17})$/;
const FAST_POINT_DECIMAL = /^-?\d+\.\d+$/;
const PLAIN_INT = /^[+-]?(?:0|[1-9]\d{0,17})$/;
const DOT_GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3}){1,5}$/;
const COMMA_GROUPED = /^[+-]?[1-9]\d{0,2}(?:,\d{3}){1,5}$/;
const ONE_GROUP = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;
const COMMA_DECIMAL = /^[+-]?(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+),\d+(?:[eE][+-]?\d{1,3})?$/;
const POINT_DECIMAL = /^[+-]?(?:\d+|[1-9]\d{0,2}(?:,\d{3})+)\.\d+(?:[eE][+-]?\d{1,3})?$/;
const EXPONENT = /^[+-]?\d+[eE][+-]?\d{1,3}$/;
const BOOLEAN = /^(?:s[ií]|no|verdadero|falso|true|false)$/i;
const DMY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;
const DATE_TIME =
  /^(?:(\d{1,2})([/-])(\d{1,2})\2(\d{4})|(\d{4})([/-])(\d{1,2})\6(\d{1,2}))(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?(?:\s*([aApP])\.?\s?[mM]\.?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const DOTS = /\./g;
const COMMAS = /,/g;

/** The value without surrounding spaces; checks two characters before paying for trim(). */
function trimmed(raw: string): string {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  return first <= 32 || last <= 32 || first === 160 || last === 160 ? raw.trim() : raw;
}

// ---------------------------------------------------------------------------------------------
// Dates.

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoDate(y: string, m: string, d: string): string | null {
  const year = +y;
  const month = +m;
  const day = +d;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** The number written by s[from..to), or -1 if any of those is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const validDay = (y: number, m: number, d: number) =>
  y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

function parseDate(s: string): string | null {
  // The two usual spellings, without a regular expression: aaaa-mm-dd and dd/mm/aaaa.
  if (s.length === 10) {
    const c4 = s.charCodeAt(4);
    if (c4 === 45 && s.charCodeAt(7) === 45) {
      const ok = validDay(digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10));
      return ok ? s : null;
    }
    if (s.charCodeAt(2) === 47 && s.charCodeAt(5) === 47) {
      const ok = validDay(digitsAt(s, 6, 10), digitsAt(s, 3, 5), digitsAt(s, 0, 2));
      return ok ? `${s.slice(6)}-${s.slice(3, 5)}-${s.slice(0, 2)}` : null;
    }
  }
  let m = DMY.exec(s);
  if (m) return isoDate(m[4] as string, m[3] as string, m[1] as string);
  m = YMD.exec(s);
  return m ? isoDate(m[1] as string, m[3] as string, m[4] as string) : null;
}

/** "aaaa-mm-dd hh:mm:ss[.ffffff]", in UTC when the value names a zone. */
function parseDateTime(s: string): string | null {
  const m = DATE_TIME.exec(s);
  if (!m) return null;
  const date = m[4]
    ? isoDate(m[4], m[3] as string, m[1] as string)
    : isoDate(m[5] as string, m[7] as string, m[8] as string);
  if (!date) return null;
  let hour = +(m[9] as string);
  const minute = +(m[10] as string);
  const second = m[11] ? +m[11] : 0;
  const meridiem = m[13]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const fraction = m[12] ? `.${m[12]}` : "";
  const zone = m[14];
  if (zone && zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const offset = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2));
    const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
    const utc = new Date(Date.UTC(y, mo - 1, d, hour, minute - offset, second));
    if (utc.getUTCFullYear() < 1 || utc.getUTCFullYear() > 9999) return null;
    const iso = utc.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}`;
  }
  return `${date} ${pad2(hour)}:${pad2(minute)}:${pad2(second)}${fraction}`;
}

// ---------------------------------------------------------------------------------------------
// One cell.

/** Every reading the (non-empty, trimmed) value allows, as bits. 0: only text. */
function cellMask(s: string): number {
  const first = s.charCodeAt(0);
  // Digits or a sign: a number, a date or a date-time.
  if ((first >= 48 && first <= 57) || first === 43 || first === 45) {
    if (PLAIN_INT.test(s)) return NUMBER;
    if (ONE_GROUP.test(s)) {
      // "1.234" is 1234 with a comma style and 1.234 with a point style; "1,234" the reverse.
      return s.includes(".")
        ? INT_COMMA | DEC_COMMA | DEC_POINT
        : INT_POINT | DEC_POINT | DEC_COMMA;
    }
    if (DOT_GROUPED.test(s)) return INT_COMMA | DEC_COMMA;
    if (COMMA_GROUPED.test(s)) return INT_POINT | DEC_POINT;
    if (COMMA_DECIMAL.test(s)) return DEC_COMMA;
    if (POINT_DECIMAL.test(s)) return DEC_POINT;
    if (EXPONENT.test(s)) return DEC_COMMA | DEC_POINT;
    if (parseDate(s) !== null) return DATE | DATETIME;
    if (parseDateTime(s) !== null) return DATETIME;
    return 0;
  }
  return BOOLEAN.test(s) ? BOOL : 0;
}

// ---------------------------------------------------------------------------------------------
// A column's sample.

type TMaskTally = { count: number; value: string; row: number };

/** What the sample of one column holds, cell by cell (see addToSample). */
export type TTypeSample = {
  nonNull: number;
  /** The readings every non-empty value allows. */
  common: number;
  /** Per set of readings: how many values, and the first one (with its row). */
  byMask: Map<number, TMaskTally>;
};

export function createTypeSample(): TTypeSample {
  return { nonNull: 0, common: ALL, byMask: new Map() };
}

/** Adds one cell of the sample; `row` is the row as the file numbers it (for the note). */
export function addToSample(sample: TTypeSample, raw: string, row: number): void {
  const s = trimmed(raw);
  if (s === "") return;
  const mask = cellMask(s);
  sample.nonNull += 1;
  sample.common &= mask;
  const tally = sample.byMask.get(mask);
  if (tally) tally.count += 1;
  else sample.byMask.set(mask, { count: 1, value: s, row });
}

const TYPE_BITS: [TColumnType, number][] = [
  ["boolean", BOOL],
  ["date", DATE],
  ["datetime", DATETIME],
  ["integer", INT_COMMA | INT_POINT],
  ["decimal", NUMBER],
];

const PLURAL_ES: Record<TColumnType, string> = {
  integer: "números enteros",
  decimal: "números",
  boolean: "valores sí/no",
  date: "fechas",
  datetime: "fechas con hora",
  text: "textos",
};

const count = (n: number) => formatNumberEsCo(n);
const quote = (value: string) => `«${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;

export type TInferOptions = {
  /** The file's separator: breaks the tie between decimal styles. */
  delimiter: string;
  /** Whether the sample is the whole file (the note says "in the first rows" otherwise). */
  wholeFile: boolean;
};

function mixedNote(sample: TTypeSample): string | null {
  const tallies = [...sample.byMask.entries()];
  let best: { type: TColumnType; bits: number; count: number } | null = null;
  for (const [type, bits] of TYPE_BITS) {
    const fits = tallies.reduce((n, [mask, t]) => n + (mask & bits ? t.count : 0), 0);
    if (!best || fits > best.count) best = { type, bits, count: fits };
  }
  if (!best || best.count * 2 < sample.nonNull) return null;
  if (best.count === sample.nonNull) {
    return "Se cargó como texto: mezcla números con coma decimal (1.234,5) y con punto decimal (1,234.5).";
  }
  const bits = best.bits;
  const other = tallies
    .filter(([mask]) => !(mask & bits))
    .map(([, t]) => t)
    .sort((a, b) => a.row - b.row)[0];
  const example = other ? `, como ${quote(other.value)} (fila ${count(other.row)})` : "";
  return `Se cargó como texto: ${count(best.count)} de ${count(sample.nonNull)} valores son ${PLURAL_ES[best.type]}, pero otros no${example}.`;
}

/** The column's type from its sample. A column without values in the sample is text. */
export function inferColumnType(sample: TTypeSample, options: TInferOptions): TColumnTyping {
  const bits = sample.common;
  if (sample.nonNull === 0) {
    return {
      type: "text",
      decimalStyle: null,
      note: options.wholeFile
        ? "La columna no tiene valores."
        : "La columna no tiene valores en las primeras filas: se cargó como texto.",
    };
  }
  if (bits & BOOL) return { type: "boolean", decimalStyle: null, note: null };
  if (bits & DATE) return { type: "date", decimalStyle: null, note: null };
  if (bits & DATETIME) return { type: "datetime", decimalStyle: null, note: null };
  if (bits & NUMBER) {
    const comma = (bits & (INT_COMMA | DEC_COMMA)) !== 0;
    const point = (bits & (INT_POINT | DEC_POINT)) !== 0;
    const style: TDecimalStyle =
      comma && point ? (options.delimiter === ";" ? "comma" : "point") : comma ? "comma" : "point";
    const integer = bits & (style === "comma" ? INT_COMMA : INT_POINT);
    return { type: integer ? "integer" : "decimal", decimalStyle: style, note: null };
  }
  return { type: "text", decimalStyle: null, note: mixedNote(sample) };
}

/** How the column is loaded when the publisher asks for text. */
export const TEXT_TYPING: TColumnTyping = { type: "text", decimalStyle: null, note: null };

// ---------------------------------------------------------------------------------------------
// Converters: cell text → what COPY accepts for the column's SQL type, null, or INVALID.

const text: TConverter = (raw) => (raw === "" ? null : raw);

const unsigned = (s: string) => (s.charCodeAt(0) === 43 ? s.slice(1) : s);

function integerConverter(style: TDecimalStyle): TConverter {
  const grouped = style === "comma" ? DOT_GROUPED : COMMA_GROUPED;
  const separator = style === "comma" ? DOTS : COMMAS;
  return (raw) => {
    if (FAST_INT.test(raw)) return raw;
    const s = trimmed(raw);
    if (s === "") return null;
    if (PLAIN_INT.test(s)) return unsigned(s);
    if (grouped.test(s)) return unsigned(s.replace(separator, ""));
    return INVALID;
  };
}

function decimalConverter(style: TDecimalStyle): TConverter {
  if (style === "comma") {
    return (raw) => {
      if (FAST_INT.test(raw)) return raw;
      const s = trimmed(raw);
      if (s === "") return null;
      if (PLAIN_INT.test(s) || EXPONENT.test(s)) return unsigned(s);
      if (DOT_GROUPED.test(s)) return unsigned(s.replace(DOTS, ""));
      if (COMMA_DECIMAL.test(s)) return unsigned(s.replace(DOTS, "").replace(",", "."));
      return INVALID;
    };
  }
  return (raw) => {
    if (FAST_INT.test(raw) || FAST_POINT_DECIMAL.test(raw)) return raw;
    const s = trimmed(raw);
    if (s === "") return null;
    if (PLAIN_INT.test(s) || EXPONENT.test(s)) return unsigned(s);
    if (COMMA_GROUPED.test(s) || POINT_DECIMAL.test(s)) return unsigned(s.replace(COMMAS, ""));
    return INVALID;
  };
}

const booleanConverter: TConverter = (raw) => {
  const s = trimmed(raw);
  if (s === "") return null;
  if (!BOOLEAN.test(s)) return INVALID;
  const first = s.charCodeAt(0) | 32; // lower case
  return first === 110 || first === 102 ? "false" : "true"; // n(o), f(also/false)
};

const dateConverter: TConverter = (raw) => {
  const s = trimmed(raw);
  if (s === "") return null;
  return parseDate(s) ?? INVALID;
};

const dateTimeConverter: TConverter = (raw) => {
  const s = trimmed(raw);
  if (s === "") return null;
  const date = parseDate(s);
  if (date !== null) return `${date} 00:00:00`;
  return parseDateTime(s) ?? INVALID;
};

/** The converter for a typed column. */
export function converterFor(typing: TColumnTyping): TConverter {
  switch (typing.type) {
    case "integer":
      return integerConverter(typing.decimalStyle ?? "point");
    case "decimal":
      return decimalConverter(typing.decimalStyle ?? "point");
    case "boolean":
      return booleanConverter;
    case "date":
      return dateConverter;
    case "datetime":
      return dateTimeConverter;
    default:
      return text;
  }
}

const STYLE_EXAMPLE: Record<TDecimalStyle, string> = {
  comma: "con coma decimal, como 1.234,5",
  point: "con punto decimal, como 1234.5",
};

/** Why a value does not fit its column (Spanish, for the problem report). */
export function invalidReason(typing: TColumnTyping, raw: string): string {
  const s = raw.trim();
  const style = typing.decimalStyle ?? "point";
  switch (typing.type) {
    case "integer":
      if (/^[+-]?0\d+$/.test(s)) {
        return "Empieza por cero, como los códigos: cargue la columna como texto para conservarlo.";
      }
      if (/^[+-]?\d{19,}$/.test(s)) return "Tiene demasiadas cifras para un número entero.";
      if (converterFor({ ...typing, type: "decimal" })(s) !== INVALID) {
        return "Tiene decimales, y la columna es de números enteros.";
      }
      return "No es un número entero.";
    case "decimal": {
      const other = converterFor({
        ...typing,
        decimalStyle: style === "comma" ? "point" : "comma",
      });
      const converted = other(s);
      if (converted !== INVALID && converted !== null) {
        return `No es un número escrito como los demás de la columna (${STYLE_EXAMPLE[style]}).`;
      }
      return `No es un número (la columna los tiene ${STYLE_EXAMPLE[style]}).`;
    }
    case "boolean":
      return "No es un valor sí/no (sí, no, verdadero, falso, true o false).";
    case "date":
      return DMY.test(s) || YMD.test(s)
        ? "No es una fecha que exista."
        : "No es una fecha (dd/mm/aaaa o aaaa-mm-dd).";
    case "datetime":
      return "No es una fecha con hora (dd/mm/aaaa hh:mm o aaaa-mm-dd hh:mm:ss).";
    default:
      return "No se pudo leer el valor.";
  }
}

// ---------------------------------------------------------------------------------------------
// Field names.

/** PostgreSQL's identifier limit, in bytes; field names are ASCII, so characters. */
export const FIELD_NAME_MAX = 63;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;

function baseFieldName(header: string): string {
  return header
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NOT_ALNUM, "_")
    .replace(EDGE_UNDERSCORES, "")
    .slice(0, FIELD_NAME_MAX)
    .replace(EDGE_UNDERSCORES, "");
}

/**
 * Safe field names for the headers, in order: snake_case ASCII ("Año de corte" → ano_de_corte),
 * at most 63 characters, unique, never empty and never the row-number column. A name starting
 * with a digit gets "c_" in front; an empty header becomes columna_<position>; repeats get
 * _2, _3… ("valor", "valor" → valor, valor_2).
 */
export function fieldNames(headers: readonly string[]): string[] {
  const used = new Set<string>([ROW_NUMBER_COLUMN]);
  const unique = (base: string): string => {
    if (!used.has(base)) return base;
    for (let n = 2; ; n += 1) {
      const suffix = `_${n}`;
      const candidate = `${base.slice(0, FIELD_NAME_MAX - suffix.length)}${suffix}`;
      if (!used.has(candidate)) return candidate;
    }
  };
  // Empty headers take their positional name first, so "columna_3" means the third column.
  const bases = headers.map((header, i) => {
    const base = baseFieldName(header);
    if (base === "") return `columna_${i + 1}`;
    return /^\d/.test(base) ? `c_${base}`.slice(0, FIELD_NAME_MAX) : base;
  });
  return bases.map((base) => {
    const name = unique(base);
    used.add(name);
    return name;
  });
}
