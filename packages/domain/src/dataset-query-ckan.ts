import { z } from "zod";
import {
  CKAN_ROWS_MAX_LIMIT,
  parseFieldList,
  parseFilters,
  parseParams,
  parseSort,
  ROWS_DEFAULT_LIMIT,
  readInt,
  readText,
  readWith,
  type TResult,
  type TRowFilters,
  type TSortKey,
} from "./dataset-query";
import type { TColumnType } from "./dataset-view";

// CKAN's datastore_search parameters, as a GET query string (all text) or a POST JSON body
// (typed), checked with Spanish messages. Names and defaults follow CKAN's documentation.

export const CKAN_RECORDS_FORMATS = ["objects", "lists", "csv", "tsv"] as const;
export type TCkanRecordsFormat = (typeof CKAN_RECORDS_FORMATS)[number];

/** CKAN's names for our column types; `_id` (our `_row`) is CKAN's "int". */
export const CKAN_FIELD_TYPES: Record<TColumnType, string> = {
  integer: "int8",
  decimal: "numeric",
  boolean: "bool",
  date: "date",
  datetime: "timestamp",
  text: "text",
};

/** CKAN's row id field, which is our `_row`. */
export const CKAN_ID_FIELD = "_id";

export type TDatastoreSearchParams = {
  resourceId: string;
  filters: TRowFilters;
  q: string | null;
  sort: TSortKey[];
  /** The text of `sort` as given, echoed in the answer and its links. */
  sortText: string | null;
  /** At most CKAN_ROWS_MAX_LIMIT: a larger limit is lowered to it, as CKAN does. */
  limit: number;
  offset: number;
  fields: string[] | null;
  includeTotal: boolean;
  totalEstimationThreshold: number | null;
  recordsFormat: TCkanRecordsFormat;
};

const readBool =
  (name: string, fallback: boolean) =>
  (raw: unknown): TResult<boolean> => {
    if (raw === undefined || raw === null || raw === "") return { ok: true, value: fallback };
    if (typeof raw === "boolean") return { ok: true, value: raw };
    const text = String(raw).trim().toLowerCase();
    if (["true", "1", "yes", "on"].includes(text)) return { ok: true, value: true };
    if (["false", "0", "no", "off"].includes(text)) return { ok: true, value: false };
    return { ok: false, message: `El parámetro ${name} debe ser true o false.` };
  };

const readSortText = (raw: unknown): TResult<string | null> => {
  const text = Array.isArray(raw) ? raw.map(String).join(",") : raw;
  if (text === undefined || text === null) return { ok: true, value: null };
  if (typeof text !== "string") {
    return {
      ok: false,
      message: "El parámetro sort debe ser un texto como «campo asc, otro desc».",
    };
  }
  return { ok: true, value: text.trim() || null };
};

const natural = (name: string, fallback: number) => (raw: unknown) =>
  readInt(name, raw, { min: 0, max: Number.MAX_SAFE_INTEGER, fallback });

/** datastore_search's parameters, GET text or POST JSON alike. */
export const ZDatastoreSearchParams = z
  .object({
    resource_id: z.unknown().optional(),
    // CKAN's older name for it.
    id: z.unknown().optional(),
    filters: readWith((v) => parseFilters(v ?? "")),
    q: readWith((v) =>
      v !== undefined && v !== null && typeof v !== "string"
        ? {
            ok: false,
            message: "El parámetro q debe ser un texto; para buscar en un campo use filters.",
          }
        : readText("q", v),
    ),
    sort: readWith(readSortText),
    limit: readWith(natural("limit", ROWS_DEFAULT_LIMIT)),
    offset: readWith(natural("offset", 0)),
    fields: readWith(parseFieldList),
    distinct: readWith((v): TResult<false> => {
      const distinct = readBool("distinct", false)(v);
      if (!distinct.ok) return distinct;
      return distinct.value
        ? { ok: false, message: "distinct no está disponible en este portal." }
        : { ok: true, value: false };
    }),
    include_total: readWith(readBool("include_total", true)),
    total_estimation_threshold: readWith(
      (v): TResult<number | null> =>
        v === undefined || v === null || v === ""
          ? { ok: true, value: null }
          : natural("total_estimation_threshold", 0)(v),
    ),
    records_format: readWith((v): TResult<TCkanRecordsFormat> => {
      const format = v ?? "objects";
      return (CKAN_RECORDS_FORMATS as readonly unknown[]).includes(format)
        ? { ok: true, value: format as TCkanRecordsFormat }
        : {
            ok: false,
            message: `records_format debe ser uno de: ${CKAN_RECORDS_FORMATS.join(", ")}.`,
          };
    }),
  })
  .transform((p, ctx): TDatastoreSearchParams => {
    const id = p.resource_id ?? p.id;
    if (typeof id !== "string" || !id.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["resource_id"],
        message: "Falta el parámetro resource_id: el id del recurso que consulta.",
      });
      return z.NEVER;
    }
    const sort = parseSort(p.sort ?? "");
    if (!sort.ok) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: sort.message });
      return z.NEVER;
    }
    return {
      resourceId: id.trim(),
      filters: p.filters,
      q: p.q,
      sort: sort.value,
      sortText: p.sort,
      // CKAN lowers a larger limit to its maximum rather than refusing it.
      limit: Math.min(p.limit, CKAN_ROWS_MAX_LIMIT),
      offset: p.offset,
      fields: p.fields,
      includeTotal: p.include_total,
      totalEstimationThreshold: p.total_estimation_threshold,
      recordsFormat: p.records_format,
    };
  });

/** The parameters of one datastore_search call; a Spanish BAD_REQUEST names the wrong one. */
export function parseDatastoreSearchParams(raw: Record<string, unknown>): TDatastoreSearchParams {
  return parseParams(ZDatastoreSearchParams, raw);
}
