import {
  SEARCH_LIMIT_MAX,
  type TDatasetSearchParams,
  type TSearchCondition,
  type TSearchFacet,
  type TSearchSort,
  type TSearchSortField,
} from "../dataset-search";
import { CkanError, invalidParam } from "./envelope";
import { boolParam, intParam, listParam, stringParam, type TCkanParams } from "./params";
import { parseSolrQuery } from "./solr-query";

// package_search's parameters (CKAN's names) → the catalog search's. See CKAN's
// package_search: q, fq, sort, rows (≤ 1000, default 10), start, facet, facet.field (a JSON
// list), facet.limit (default 50, negative: all), facet.mincount, fl.

export const DEFAULT_CKAN_SORT = "score desc, metadata_modified desc";
export const CKAN_ROWS_DEFAULT = 10;

/** CKAN's facet fields → the search's facets. */
export const CKAN_FACETS: Record<string, TSearchFacet> = {
  organization: "publisher",
  groups: "theme",
  tags: "keywords",
  res_format: "format",
  license_id: "license",
  frequency: "frequency",
  office: "office",
};

const SORT_FIELDS: Record<string, TSearchSortField> = {
  score: "relevance",
  rank: "relevance",
  metadata_modified: "modified",
  metadata_created: "created",
  title_string: "title",
  title: "title",
  name: "slug",
  id: "id",
};

// Solr and CKAN parameters clients send that change nothing here (no private or draft
// datasets are ever public; one schema); anything else is refused, as CKAN refuses it.
const ACCEPTED = new Set([
  "q",
  "fq",
  "fq_list",
  "sort",
  "rows",
  "start",
  "facet",
  "facet.field",
  "facet.limit",
  "facet.mincount",
  "fl",
  "include_private",
  "include_drafts",
  "include_deleted",
  "use_default_schema",
  "wt",
  "defType",
  "qf",
  "df",
  "mm",
  "tie",
  "bf",
  "boost",
  "callback",
  "_",
]);

export type TPackageSearchRequest = {
  search: TDatasetSearchParams;
  /** CKAN facet fields asked for, in order (empty: no facets). */
  facetFields: string[];
  /** The sort as the result echoes it. */
  sort: string;
  /** Only these package fields, when given (CKAN's fl). */
  fields: string[] | undefined;
};

export function parseSort(raw: string | undefined): TSearchSort[] {
  if (raw === undefined || raw.trim() === "" || raw.trim() === "rank") {
    return [
      { by: "relevance", direction: "desc" },
      { by: "modified", direction: "desc" },
    ];
  }
  return raw.split(",").map((part) => {
    const [field = "", direction = "asc", ...extra] = part.trim().split(/\s+/);
    const by = SORT_FIELDS[field];
    if (!by || extra.length > 0 || !["asc", "desc"].includes(direction.toLowerCase())) {
      throw invalidParam(
        "sort",
        `«${part.trim()}» no es un orden válido. Use, por ejemplo, "metadata_modified desc", "title_string asc", "name asc", "id asc" o "score desc".`,
      );
    }
    return { by, direction: direction.toLowerCase() as "asc" | "desc" };
  });
}

export function parsePackageSearch(
  params: TCkanParams,
  publisherForOrganizationId: (id: string) => string | undefined,
): TPackageSearchRequest {
  const unknown = Object.keys(params).filter((k) => !ACCEPTED.has(k) && !k.startsWith("ext_"));
  if (unknown.length > 0) {
    throw new CkanError(
      "Search Query Error",
      `Parámetros de búsqueda no válidos: ${unknown.join(", ")}.`,
    );
  }
  const q = stringParam(params, "q")?.trim() ?? "";
  const query =
    q === "" || q === "*:*" || q === '""' || q === "''"
      ? undefined
      : parseSolrQuery(q, { param: "q", mode: "most", publisherForOrganizationId });
  const filters: TSearchCondition[] = [];
  const fq = stringParam(params, "fq");
  if (fq?.trim()) {
    filters.push(parseSolrQuery(fq, { param: "fq", mode: "all", publisherForOrganizationId }));
  }
  for (const extra of listParam(params, "fq_list") ?? []) {
    filters.push(
      parseSolrQuery(extra, { param: "fq_list", mode: "all", publisherForOrganizationId }),
    );
  }
  const sortRaw = stringParam(params, "sort");
  const sort = parseSort(sortRaw);

  const facetOn = boolParam(params, "facet", true);
  const facetFields = facetOn ? (listParam(params, "facet.field") ?? []) : [];
  for (const field of facetFields) {
    if (!(field in CKAN_FACETS)) {
      throw invalidParam(
        "facet.field",
        `«${field}» no es un campo de facetas. Use ${Object.keys(CKAN_FACETS).join(", ")}.`,
      );
    }
  }
  const flRaw = stringParam(params, "fl")?.trim();
  return {
    search: {
      query,
      where: filters.length ? { kind: "and", of: filters } : undefined,
      sort,
      limit: intParam(params, "rows", {
        min: 0,
        max: SEARCH_LIMIT_MAX,
        fallback: CKAN_ROWS_DEFAULT,
      }),
      offset: intParam(params, "start", { min: 0, max: 1_000_000_000, fallback: 0 }),
      facetLimit: intParam(params, "facet.limit", {
        min: -1_000_000,
        max: 1_000_000,
        fallback: 50,
      }),
      facetMinCount: intParam(params, "facet.mincount", { min: 0, max: 1_000_000, fallback: 1 }),
    },
    facetFields,
    sort: sortRaw?.trim() || DEFAULT_CKAN_SORT,
    fields: flRaw ? flRaw.split(/[\s,]+/).filter(Boolean) : undefined,
  };
}
