import type { PrismaClient } from "@lab/db/prisma";
import {
  DATASET_CATALOG_FACETS,
  type TDatasetSearchOutput,
  type ZDatasetSearchInput,
} from "@lab/domain/dataset-catalog";
import type { z } from "zod";
import type { TPublicCache } from "../public-cache";
import { DEFAULT_SEARCH_SORT, searchDatasets, type TSearchSort } from "./dataset-search";

// The public catalog page's search: the app API's input (page, sort by name) turned into the
// search service's terms, and its answer cut down to the facets the page offers.

const SORTS: Record<"relevance" | "modified", readonly TSearchSort[]> = {
  relevance: DEFAULT_SEARCH_SORT,
  modified: [{ by: "modified", direction: "desc" }],
};

export async function searchCatalog(
  prisma: PrismaClient,
  input: z.output<typeof ZDatasetSearchInput>,
  cache?: TPublicCache,
): Promise<TDatasetSearchOutput> {
  const filters = Object.fromEntries(
    DATASET_CATALOG_FACETS.flatMap((facet) => {
      const values = input.filters[facet];
      return values && values.length > 0 ? [[facet, values]] : [];
    }),
  );
  const result = await searchDatasets(
    prisma,
    {
      q: input.q,
      filters,
      sort: SORTS[input.sort],
      offset: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
      facetLimit: -1,
    },
    { cache },
  );
  return {
    count: result.count,
    page: input.page,
    pageSize: input.pageSize,
    results: result.results,
    facets: Object.fromEntries(
      DATASET_CATALOG_FACETS.map((facet) => [facet, result.facets[facet]]),
    ) as TDatasetSearchOutput["facets"],
  };
}
