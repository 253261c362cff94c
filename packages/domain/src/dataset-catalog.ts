import { z } from "zod";
import { ZDatasetView } from "./dataset-view";

// The public catalog's search (/datos) as the app's own API takes and returns it: free text,
// one or more values per facet, a sort, a page. The search itself is in packages/api
// (services/dataset-search.ts), shared with CKAN's package_search.

/** The facets /datos offers, as the search service names them. */
export const DATASET_CATALOG_FACETS = [
  "theme",
  "publisher",
  "office",
  "format",
  "frequency",
] as const;
export type TDatasetCatalogFacet = (typeof DATASET_CATALOG_FACETS)[number];

export const DATASET_CATALOG_SORTS = ["relevance", "modified"] as const;
export type TDatasetCatalogSort = (typeof DATASET_CATALOG_SORTS)[number];

export const DATASET_CATALOG_QUERY_MAX_LENGTH = 200;
export const DATASET_CATALOG_PAGE_SIZE = 20;
export const DATASET_CATALOG_MAX_PAGE = 500;

const ZFacetValues = z
  .array(z.string().trim().min(1).max(200))
  .max(20, { error: "Elija como máximo 20 valores por filtro." })
  .optional();

export const ZDatasetSearchInput = z.object({
  q: z
    .string()
    .trim()
    .max(DATASET_CATALOG_QUERY_MAX_LENGTH, {
      error: `La búsqueda puede tener como máximo ${DATASET_CATALOG_QUERY_MAX_LENGTH} caracteres.`,
    })
    .default(""),
  filters: z
    .object(
      Object.fromEntries(DATASET_CATALOG_FACETS.map((f) => [f, ZFacetValues])) as Record<
        TDatasetCatalogFacet,
        typeof ZFacetValues
      >,
    )
    .default({}),
  sort: z.enum(DATASET_CATALOG_SORTS).default("relevance"),
  page: z.number().int().min(1).max(DATASET_CATALOG_MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(50).default(DATASET_CATALOG_PAGE_SIZE),
});
export type TDatasetSearchInput = z.input<typeof ZDatasetSearchInput>;

export const ZCatalogFacetValue = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int(),
});
export type TCatalogFacetValue = z.infer<typeof ZCatalogFacetValue>;

export const ZDatasetSearchOutput = z.object({
  /** Every dataset that matches, not only this page's. */
  count: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(ZDatasetView),
  facets: z.object(
    Object.fromEntries(
      DATASET_CATALOG_FACETS.map((f) => [f, z.array(ZCatalogFacetValue)]),
    ) as Record<TDatasetCatalogFacet, z.ZodArray<typeof ZCatalogFacetValue>>,
  ),
});
export type TDatasetSearchOutput = z.infer<typeof ZDatasetSearchOutput>;
