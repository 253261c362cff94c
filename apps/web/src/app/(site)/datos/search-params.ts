import {
  DATASET_CATALOG_MAX_PAGE,
  DATASET_CATALOG_PAGE_SIZE,
  DATASET_CATALOG_QUERY_MAX_LENGTH,
  type TDatasetCatalogFacet,
} from "@lab/domain/dataset-catalog";
import type { TRawParams } from "@lab/domain/view-state";

// The catalog's state as it lives in the address bar (Spanish names, so shared links read
// well), and back. Anything odd is dropped rather than refused: a shared or mistyped link
// still shows a list. Values are checked for shape only; the search service validates them.

export const DATASET_SORTS = ["relevancia", "actualizacion"] as const;
export type TDatasetSort = (typeof DATASET_SORTS)[number];

/** Facets as the search service names them → their parameter in the address. */
export const FACET_PARAMS = {
  theme: "tema",
  office: "dependencia",
  publisher: "entidad",
  format: "formato",
  frequency: "frecuencia",
} as const satisfies Record<TDatasetCatalogFacet, string>;
export type TFacetKey = TDatasetCatalogFacet;
export const FACET_KEYS = Object.keys(FACET_PARAMS) as TFacetKey[];

export const DATASET_QUERY_MAX_LENGTH = DATASET_CATALOG_QUERY_MAX_LENGTH;
export const DATASET_PAGE_SIZE = DATASET_CATALOG_PAGE_SIZE;
// Deep pages are for harvesters, which use the APIs; this bounds the offset a link can ask.
export const DATASET_MAX_PAGE = DATASET_CATALOG_MAX_PAGE;

export type TDatasetCatalogParams = {
  q: string;
  filters: Partial<Record<TFacetKey, string>>;
  sort: TDatasetSort;
  page: number;
};

export const DEFAULT_DATASET_PARAMS: TDatasetCatalogParams = {
  q: "",
  filters: {},
  sort: "relevancia",
  page: 1,
};

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

// Facet values are slugs, codes or names (entities); no control characters, bounded length.
const FACET_VALUE = /^[^\p{Cc}]{1,200}$/u;

export function parseDatasetParams(raw: TRawParams): TDatasetCatalogParams {
  const filters: TDatasetCatalogParams["filters"] = {};
  for (const key of FACET_KEYS) {
    const value = first(raw[FACET_PARAMS[key]]);
    if (FACET_VALUE.test(value)) filters[key] = value;
  }
  const sort = first(raw.orden);
  const page = Number(first(raw.pagina));
  return {
    q: first(raw.q)
      .replace(/\p{Cc}/gu, " ")
      .slice(0, DATASET_QUERY_MAX_LENGTH)
      .trim(),
    filters,
    sort: (DATASET_SORTS as readonly string[]).includes(sort)
      ? (sort as TDatasetSort)
      : DEFAULT_DATASET_PARAMS.sort,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, DATASET_MAX_PAGE) : 1,
  };
}

/** The query string of a state, defaults left out ("" for the plain catalog). */
export function datasetParamsToQuery(params: TDatasetCatalogParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const key of FACET_KEYS) {
    const value = params.filters[key];
    if (value) query.set(FACET_PARAMS[key], value);
  }
  if (params.sort !== DEFAULT_DATASET_PARAMS.sort) query.set("orden", params.sort);
  if (params.page > 1) query.set("pagina", String(params.page));
  return query.toString();
}

export function datasetCatalogHref(params: TDatasetCatalogParams): string {
  const query = datasetParamsToQuery(params);
  return query ? `/datos?${query}` : "/datos";
}

/** The same search with one facet set (or cleared with null), back on the first page. */
export function withFacet(
  params: TDatasetCatalogParams,
  key: TFacetKey,
  value: string | null,
): TDatasetCatalogParams {
  const filters = { ...params.filters };
  if (value === null) delete filters[key];
  else filters[key] = value;
  return { ...params, filters, page: 1 };
}

export function isDatasetSearchFiltered(params: TDatasetCatalogParams): boolean {
  return params.q !== "" || FACET_KEYS.some((key) => params.filters[key]);
}
