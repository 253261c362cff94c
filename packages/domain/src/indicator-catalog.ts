import {
  CAPACITY_TYPE_LABELS,
  CAPACITY_TYPE_LABELS_ES,
  CAPACITY_TYPES,
  DIMENSION_LABELS,
  DIMENSION_LABELS_ES,
  DIMENSIONS,
  type TCapacityType,
  type TDimension,
} from "./indicator";
import type { TLocale } from "./locale";
import type { TRawParams } from "./view-state";

// The indicator catalog's search, filters and order as they travel in a URL
// (`/indicadores?q=…&dimension=…&capacidad=…&orden=…`). Like the indicator view state, an odd
// value is ignored rather than refused: a half-broken shared link still lists indicators.

export const CATALOG_SORTS = ["nombre", "actualizacion"] as const;
export type TCatalogSort = (typeof CATALOG_SORTS)[number];
export const CATALOG_SORT_LABELS_ES: Record<TCatalogSort, string> = {
  nombre: "Nombre (A–Z)",
  actualizacion: "Última actualización",
};
export const CATALOG_SORT_LABELS_EN: Record<TCatalogSort, string> = {
  nombre: "Name (A–Z)",
  actualizacion: "Last updated",
};
export const CATALOG_SORT_LABELS: Record<TLocale, Record<TCatalogSort, string>> = {
  es: CATALOG_SORT_LABELS_ES,
  en: CATALOG_SORT_LABELS_EN,
};

/** Longer searches are cut: nobody types more, and it bounds the work per request. */
export const CATALOG_QUERY_MAX_LENGTH = 100;

export type TCatalogParams = {
  q: string;
  dimension: TDimension | null;
  capacity: TCapacityType | null;
  sort: TCatalogSort;
};

export const DEFAULT_CATALOG_PARAMS: TCatalogParams = {
  q: "",
  dimension: null,
  capacity: null,
  sort: "nombre",
};

/** The URL parameter names, in Spanish like the rest of the public addresses. */
export const CATALOG_PARAM_NAMES = {
  q: "q",
  dimension: "dimension",
  capacity: "capacidad",
  sort: "orden",
} as const satisfies Record<keyof TCatalogParams, string>;

/**
 * Text as it is compared in searches: without accents or case ("Participación" →
 * "participacion"), hyphens and dots dropped so "co-creación", "cocreacion" and "DAT-01",
 * "dat01" meet, any other punctuation turned into a space.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-‐‑–—.'’·]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "Capacidades institucionales", "capacidades-institucionales" → "CAPACIDADES_INSTITUCIONALES". */
function toEnumToken(raw: string): string {
  return normalizeSearchText(raw.replace(/[-_\s]+/g, " "))
    .replace(/ /g, "_")
    .toUpperCase();
}

function pickEnum<T extends string>(
  raw: string | undefined,
  values: readonly T[],
  labels: Record<T, string>,
): T | null {
  if (!raw) return null;
  const token = toEnumToken(raw);
  if (!token) return null;
  return values.find((value) => value === token || toEnumToken(labels[value]) === token) ?? null;
}

export function parseCatalogParams(params: TRawParams): TCatalogParams {
  const q = (first(params[CATALOG_PARAM_NAMES.q]) ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, CATALOG_QUERY_MAX_LENGTH)
    .trim();
  const sortToken = normalizeSearchText(first(params[CATALOG_PARAM_NAMES.sort]) ?? "");
  const sort = (CATALOG_SORTS as readonly string[]).includes(sortToken)
    ? (sortToken as TCatalogSort)
    : DEFAULT_CATALOG_PARAMS.sort;
  return {
    q,
    dimension: pickEnum(
      first(params[CATALOG_PARAM_NAMES.dimension]),
      DIMENSIONS,
      DIMENSION_LABELS_ES,
    ),
    capacity: pickEnum(
      first(params[CATALOG_PARAM_NAMES.capacity]),
      CAPACITY_TYPES,
      CAPACITY_TYPE_LABELS_ES,
    ),
    sort,
  };
}

/** Whether any search or filter narrows the list (the order does not). */
export function isCatalogFiltered(params: TCatalogParams): boolean {
  return params.q !== "" || params.dimension !== null || params.capacity !== null;
}

/** Only what differs from the defaults, so links stay short: "dimension=CONTEXTO". */
export function catalogParamsToQuery(params: Partial<TCatalogParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set(CATALOG_PARAM_NAMES.q, params.q);
  if (params.dimension) query.set(CATALOG_PARAM_NAMES.dimension, params.dimension);
  if (params.capacity) query.set(CATALOG_PARAM_NAMES.capacity, params.capacity);
  if (params.sort && params.sort !== DEFAULT_CATALOG_PARAMS.sort) {
    query.set(CATALOG_PARAM_NAMES.sort, params.sort);
  }
  return query.toString();
}

export type TCatalogItem = {
  code: string;
  name: string;
  description: string;
  dimension: TDimension;
  capacityType: TCapacityType | null;
  updatedAt: Date;
};

const collator = new Intl.Collator("es-CO", { sensitivity: "base", numeric: true });
const byName = (a: TCatalogItem, b: TCatalogItem) =>
  collator.compare(a.name, b.name) || collator.compare(a.code, b.code);

/**
 * The indicators that match every word of the search (in the name, description, code, or
 * the dimension's and capacity type's names: "participación" finds the whole dimension) and
 * the filters, in the chosen order: by name, or most recently updated first. Pass the items'
 * name and description in the reader's language; with `locale` "en" the English dimension
 * and capacity names match too ("participation"), besides the Spanish ones.
 */
export function filterAndSortIndicators<T extends TCatalogItem>(
  indicators: readonly T[],
  params: TCatalogParams,
  locale: TLocale = "es",
): T[] {
  const words = normalizeSearchText(params.q).split(" ").filter(Boolean);
  const matches = indicators.filter((indicator) => {
    if (params.dimension && indicator.dimension !== params.dimension) return false;
    if (params.capacity && indicator.capacityType !== params.capacity) return false;
    if (words.length === 0) return true;
    const text = normalizeSearchText(
      [
        indicator.name,
        indicator.description,
        indicator.code,
        DIMENSION_LABELS_ES[indicator.dimension],
        indicator.capacityType ? CAPACITY_TYPE_LABELS_ES[indicator.capacityType] : "",
        locale === "es" ? "" : DIMENSION_LABELS[locale][indicator.dimension],
        locale === "es" || !indicator.capacityType
          ? ""
          : CAPACITY_TYPE_LABELS[locale][indicator.capacityType],
      ].join(" "),
    );
    return words.every((word) => text.includes(word));
  });
  return matches.sort(
    params.sort === "actualizacion"
      ? (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byName(a, b)
      : byName,
  );
}
