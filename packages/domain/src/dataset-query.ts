import { z } from "zod";
import { COLUMN_TYPE_LABELS_ES, type TColumnType, ZColumnType } from "./dataset-view";
import { AppError } from "./errors";
import { flattenFieldErrors } from "./zod-es";

// Reading a dataset's rows: the Row API's query parameters (filters as CKAN writes them, q,
// sort "campo asc, otro desc", limit, offset, cursor), their Spanish messages, and how a
// filter value is read for a typed column. Field names are checked against the version's
// columns by the datastore (packages/db/src/datastore/query.ts), which alone knows them.

export const ROWS_DEFAULT_LIMIT = 100;
export const ROWS_MAX_LIMIT = 10_000;
/** CKAN's datastore_search ceiling (ckan.datastore.search.rows_max). */
export const CKAN_ROWS_MAX_LIMIT = 32_000;
export const ROWS_MAX_SORT_KEYS = 5;
export const ROWS_MAX_FILTERS = 20;
export const ROWS_MAX_FILTER_VALUES = 100;
export const ROWS_MAX_Q_LENGTH = 200;
/** Long enough for a sort on a long text cell; short enough to refuse junk early. */
export const ROWS_MAX_CURSOR_LENGTH = 16_000;

export type TFilterScalar = string | number | boolean | null;
export type TRowFilters = Record<string, TFilterScalar | TFilterScalar[]>;
export type TSortDirection = "asc" | "desc";
export type TSortKey = { field: string; direction: TSortDirection };

/** A validated request for rows; field names are still unchecked. */
export type TRowQuery = {
  filters: TRowFilters;
  q: string | null;
  sort: TSortKey[];
  limit: number;
  offset: number;
  cursor: string | null;
  fields: string[] | null;
};

/** A reading of one parameter: its value, or the Spanish message of what is wrong. */
export type TResult<T> = { ok: true; value: T } | { ok: false; message: string };

const formatInt = (n: number) => n.toLocaleString("es-CO");

// --- sort -----------------------------------------------------------------------------------

const SORT_KEY = /^"?([^\s",]+)"?(?:\s+(asc|desc))?$/i;

/** "fecha desc, comuna" → [{ fecha, desc }, { comuna, asc }], as CKAN's `sort`. */
export function parseSort(raw: string): TResult<TSortKey[]> {
  const parts = raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > ROWS_MAX_SORT_KEYS) {
    return { ok: false, message: `Ordene por ${ROWS_MAX_SORT_KEYS} campos como máximo.` };
  }
  const keys: TSortKey[] = [];
  for (const part of parts) {
    const match = SORT_KEY.exec(part);
    if (!match?.[1]) {
      return {
        ok: false,
        message: `«${part.slice(0, 80)}» no es un orden válido: escriba «campo asc» o «campo desc», separados por comas.`,
      };
    }
    const field = match[1];
    if (keys.some((k) => k.field === field)) {
      return { ok: false, message: `El campo «${field}» aparece dos veces en el orden.` };
    }
    keys.push({ field, direction: match[2]?.toLowerCase() === "desc" ? "desc" : "asc" });
  }
  return { ok: true, value: keys };
}

// --- filters --------------------------------------------------------------------------------

const FILTERS_EXAMPLE = '{"comuna": "Norte", "anio": [2023, 2024]}';

const isScalar = (v: unknown): v is TFilterScalar =>
  v === null || ["string", "number", "boolean"].includes(typeof v);

/**
 * CKAN's `filters`: a JSON object (or its text) of field → value or list of values; a row
 * matches when every field equals its value (or one of its values).
 */
export function parseFilters(raw: unknown): TResult<TRowFilters> {
  let value = raw;
  if (typeof raw === "string") {
    if (!raw.trim()) return { ok: true, value: {} };
    try {
      value = JSON.parse(raw);
    } catch {
      return {
        ok: false,
        message: `El parámetro filters debe ser un objeto JSON, por ejemplo ${FILTERS_EXAMPLE}.`,
      };
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      message: `El parámetro filters debe ser un objeto JSON, por ejemplo ${FILTERS_EXAMPLE}.`,
    };
  }
  const entries = Object.entries(value);
  if (entries.length > ROWS_MAX_FILTERS) {
    return { ok: false, message: `Use como máximo ${ROWS_MAX_FILTERS} filtros.` };
  }
  const filters: TRowFilters = {};
  for (const [field, v] of entries) {
    const list = Array.isArray(v);
    if (list ? !v.every(isScalar) : !isScalar(v)) {
      return {
        ok: false,
        message: `El filtro de «${field}» debe ser un valor (texto, número, true, false o null) o una lista de valores.`,
      };
    }
    if (list && v.length === 0) {
      return { ok: false, message: `La lista de valores del filtro de «${field}» está vacía.` };
    }
    if (list && v.length > ROWS_MAX_FILTER_VALUES) {
      return {
        ok: false,
        message: `El filtro de «${field}» admite como máximo ${ROWS_MAX_FILTER_VALUES} valores.`,
      };
    }
    filters[field] = v as TFilterScalar | TFilterScalar[];
  }
  return { ok: true, value: filters };
}

/** CKAN's `fields`: a list, or its comma-separated text. */
export function parseFieldList(raw: unknown): TResult<string[] | null> {
  if (raw === undefined || raw === null || raw === "") return { ok: true, value: null };
  const list = typeof raw === "string" ? raw.split(",") : raw;
  if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) {
    return {
      ok: false,
      message: "El parámetro fields debe ser una lista de campos separados por comas.",
    };
  }
  const fields = [...new Set(list.map((f) => f.trim()).filter(Boolean))];
  return { ok: true, value: fields.length ? fields : null };
}

// --- typed filter values --------------------------------------------------------------------

const INT8_MAX = 9223372036854775807n;
const INTEGER = /^[+-]?\d{1,40}$/;
const DECIMAL = /^[+-]?(?:\d{1,100}(?:[.,]\d{0,100})?|[.,]\d{1,100})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CO_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?$/;
const TRUE_WORDS = new Set(["true", "t", "1", "sí", "si", "yes"]);
const FALSE_WORDS = new Set(["false", "f", "0", "no"]);

function isoDay(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  const co = iso ? null : CO_DATE.exec(text);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : co
      ? [Number(co[3]), Number(co[2]), Number(co[1])]
      : [0, 0, 0];
  if (!y) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function isoDateTime(text: string): string | null {
  const [day, time, ...rest] = text.split(/[T ]/);
  if (!day || rest.length > 0) return null;
  const date = isoDay(day);
  if (!date) return null;
  if (time === undefined) return `${date} 00:00:00`;
  const t = TIME.exec(time);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 59) return null;
  return `${date} ${t[1]}:${t[2]}:${t[3] ?? "00"}${t[4] ?? ""}`;
}

/**
 * A filter value as the text PostgreSQL reads for the column's type, or a Spanish message.
 * Accepts what people write: numbers as JSON or text (decimal point or comma), true/false or
 * sí/no, dates as AAAA-MM-DD or dd/mm/aaaa. Never lets through text the cast would reject.
 */
export function normalizeFilterValue(
  field: string,
  type: TColumnType,
  value: string | number | boolean,
): TResult<string> {
  const text = String(value).trim();
  const fail = (hint: string): TResult<string> => ({
    ok: false,
    message: `«${text.slice(0, 80)}» no es un valor válido para «${field}» (${COLUMN_TYPE_LABELS_ES[type].toLowerCase()}): ${hint}.`,
  });
  switch (type) {
    case "text":
      return { ok: true, value: String(value) };
    case "integer": {
      if (typeof value === "boolean" || !INTEGER.test(text))
        return fail("escriba un número entero");
      const n = BigInt(text);
      if (n > INT8_MAX || n < -INT8_MAX - 1n) return fail("el número es demasiado grande");
      return { ok: true, value: n.toString() };
    }
    case "decimal": {
      if (typeof value === "number") {
        return Number.isFinite(value)
          ? { ok: true, value: String(value) }
          : fail("escriba un número");
      }
      if (typeof value === "boolean" || !DECIMAL.test(text)) {
        return fail("escriba un número con punto o coma decimal, sin separador de miles");
      }
      return { ok: true, value: text.replace(",", ".") };
    }
    case "boolean": {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: "true" };
      if (FALSE_WORDS.has(word)) return { ok: true, value: "false" };
      return fail("escriba true o false");
    }
    case "date": {
      const day = typeof value === "string" ? isoDay(text) : null;
      return day ? { ok: true, value: day } : fail("escriba la fecha como AAAA-MM-DD o dd/mm/aaaa");
    }
    case "datetime": {
      const at = typeof value === "string" ? isoDateTime(text) : null;
      return at
        ? { ok: true, value: at }
        : fail("escriba la fecha y hora como AAAA-MM-DD HH:MM:SS");
    }
  }
}

// --- the Row API's query string ---------------------------------------------------------------

/** A zod step's failure: the message becomes the issue of the parameter being read. */
function issue(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

/** A parameter read by `read`, whose message (if any) becomes the parameter's issue. */
export const readWith = <T>(read: (value: unknown) => TResult<T>) =>
  // optional(): an absent key is read too (as undefined), so that it takes its default.
  z
    .unknown()
    .optional()
    .transform((value, ctx): T => {
      const result = read(value);
      return result.ok ? result.value : issue(ctx, result.message);
    });

/** A whole number in [min, max] from a query parameter, or `fallback` when it is absent. */
export function readInt(
  name: string,
  raw: unknown,
  options: { min: number; max: number; fallback: number; tooBig?: string },
): TResult<number> {
  if (raw === undefined || raw === null || raw === "") return { ok: true, value: options.fallback };
  const text = typeof raw === "number" || typeof raw === "string" ? String(raw).trim() : "";
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < options.min) {
    return {
      ok: false,
      message: `El parámetro ${name} debe ser un número entero de ${formatInt(options.min)} o más.`,
    };
  }
  if (n > options.max) {
    return {
      ok: false,
      message:
        options.tooBig ?? `El parámetro ${name} no puede ser mayor que ${formatInt(options.max)}.`,
    };
  }
  return { ok: true, value: n };
}

export const ROWS_LIMIT_MESSAGE = `Se pueden pedir como máximo ${formatInt(ROWS_MAX_LIMIT)} filas por página; para recorrer más, siga el enlace next (cursor).`;

/** `q` and `cursor`, which both APIs take as plain text; empty means absent. */
export function readText(name: "q" | "cursor", raw: unknown): TResult<string | null> {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw !== "string")
    return { ok: false, message: `El parámetro ${name} debe ser un texto.` };
  const text = raw.trim();
  if (text.length > (name === "q" ? ROWS_MAX_Q_LENGTH : ROWS_MAX_CURSOR_LENGTH)) {
    return {
      ok: false,
      message:
        name === "q"
          ? `La búsqueda puede tener como máximo ${ROWS_MAX_Q_LENGTH} caracteres.`
          : "El cursor no es válido: use el enlace next de la respuesta anterior.",
    };
  }
  return { ok: true, value: text || null };
}

const readVersion = (raw: unknown): TResult<number | null> =>
  raw === undefined || raw === ""
    ? { ok: true, value: null }
    : readInt("version", raw, { min: 1, max: 1_000_000, fallback: 1 });

/** A query-string parameter: given at most once (a repeated key arrives as a list). */
const queryParam = <T>(name: string, read: (value: unknown) => TResult<T>) =>
  readWith((value) =>
    Array.isArray(value)
      ? { ok: false, message: `Escriba el parámetro ${name} una sola vez.` }
      : read(value),
  );

/** The Row API's query string (`GET /api/v1/datasets/{slug}/rows`), as searchParamsToRaw() gives it. */
export const ZRowsParams = z
  .object({
    filters: queryParam("filters", (v) => parseFilters(v ?? "")),
    q: queryParam("q", (v) => readText("q", v)),
    sort: queryParam("sort", (v) => parseSort(typeof v === "string" ? v : "")),
    limit: queryParam("limit", (v) =>
      readInt("limit", v, {
        min: 0,
        max: ROWS_MAX_LIMIT,
        fallback: ROWS_DEFAULT_LIMIT,
        tooBig: ROWS_LIMIT_MESSAGE,
      }),
    ),
    offset: queryParam("offset", (v) =>
      readInt("offset", v, { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 }),
    ),
    cursor: queryParam("cursor", (v) => readText("cursor", v)),
    fields: queryParam("fields", parseFieldList),
    version: queryParam("version", readVersion),
  })
  .superRefine((p, ctx) => {
    if (p.cursor && p.offset > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["cursor"],
        message: "Use cursor u offset, no los dos a la vez.",
      });
    }
  });

export type TRowsRequest = TRowQuery & {
  /** A published version's number; null for the current one. */
  version: number | null;
};

/** `schema`'s output, or a Spanish BAD_REQUEST with the first message and one per parameter. */
export function parseParams<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AppError(
    "BAD_REQUEST",
    parsed.error.issues[0]?.message ?? "Revise los parámetros de la consulta.",
    { fieldErrors: flattenFieldErrors(parsed.error) },
  );
}

/** The Row API's parameters; a Spanish BAD_REQUEST names the wrong one. */
export function parseRowsParams(raw: Record<string, unknown>): TRowsRequest {
  return parseParams(ZRowsParams, raw);
}

export const DOWNLOAD_FORMATS = ["csv", "json"] as const;
export type TDownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** `GET /api/v1/datasets/{slug}/download?format=csv|json&version=N`: CSV unless asked. */
export const ZDownloadParams = z.object({
  format: queryParam("format", (v): TResult<TDownloadFormat> => {
    const format = (typeof v === "string" ? v : "").trim().toLowerCase() || "csv";
    return (DOWNLOAD_FORMATS as readonly string[]).includes(format)
      ? { ok: true, value: format as TDownloadFormat }
      : { ok: false, message: "Formato no disponible. Use format=csv o format=json." };
  }),
  version: queryParam("version", readVersion),
});

export function parseDownloadParams(
  raw: Record<string, unknown>,
): z.output<typeof ZDownloadParams> {
  return parseParams(ZDownloadParams, raw);
}

// --- the Row API's answer -------------------------------------------------------------------

export const ZRowsField = z.object({
  id: z.string().describe("Nombre del campo en la API (identificador seguro)."),
  type: ZColumnType.describe("Tipo de la columna."),
});

export const ZRowsDocument = z.object({
  fields: z
    .array(ZRowsField)
    .describe("Los campos de cada fila, en el orden del archivo; `_row` es su número de fila."),
  records: z
    .array(z.record(z.string(), z.unknown()))
    .describe(
      "Las filas: enteros y decimales como números (enteros fuera de ±2^53 como texto), fechas AAAA-MM-DD, fechas y horas AAAA-MM-DDTHH:MM:SS, vacíos como null.",
    ),
  total: z.number().int().describe("Filas que cumplen los filtros y la búsqueda."),
  total_is_estimate: z
    .boolean()
    .describe("true cuando `total` es una estimación (resultados grandes), no un conteo exacto."),
  next: z
    .string()
    .nullable()
    .describe("Dirección de la página siguiente (con cursor), o null si no hay más filas."),
});
export type TRowsDocument = z.output<typeof ZRowsDocument>;
