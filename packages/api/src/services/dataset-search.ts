import type { PrismaClient } from "@lab/db/prisma";
import {
  DATASET_LICENSES,
  type TDatasetLicense,
  type TUpdateFrequency,
  themeLabel,
  UPDATE_FREQUENCIES,
} from "@lab/domain/dataset";
import type { TDatasetView } from "@lab/domain/dataset-view";
import { AppError } from "@lab/domain/errors";
import { cached, type TPublicCache } from "../public-cache";
import { listPublishedDatasets } from "./dataset-read";
import { loadSearchIndex, type TIndexedDataset } from "./dataset-search-index";
import {
  isStopWord,
  keywordKey,
  SEARCH_TEXT_MAX_LENGTH,
  splitWords,
  stemWords,
  TEXT_FIELDS,
  type TStemmedWord,
  type TTextField,
  wordScore,
  wordsRequired,
} from "./dataset-search-text";

// Search over published datasets: Spanish-aware free text, facets with counts, filters, sorts
// and paging. The public /datos page and CKAN's package_search are both built on it.

export { keywordKey } from "./dataset-search-text";

export const SEARCH_FACETS = [
  "theme",
  "publisher",
  "office",
  "format",
  "frequency",
  "license",
  "keywords",
] as const;
export type TSearchFacet = (typeof SEARCH_FACETS)[number];

/** Fields a condition can compare; each is one of the facets or the dataset's id or slug. */
export type TSearchField = Exclude<TSearchFacet, "keywords"> | "keyword" | "id" | "slug";

/**
 * A structured query (CKAN's q and fq are parsed into this). `match`: the field equals any
 * of `values` (keywords ignore case, accents and punctuation; formats and frequencies ignore
 * case); an empty list matches nothing. `text`: Spanish-aware words, `within` some fields;
 * `mode` "all" needs every word, "most" CKAN's default share. Text under `query` counts for
 * relevance; under `where` it only filters.
 */
export type TSearchCondition =
  | { kind: "all" }
  | { kind: "match"; field: TSearchField; values: readonly string[] }
  | {
      kind: "range";
      field: "modified" | "created";
      from?: Date | undefined;
      to?: Date | undefined;
      /** Whether `from`/`to` themselves are included (default true). */
      inclusive?: { from: boolean; to: boolean } | undefined;
    }
  | {
      kind: "text";
      words: readonly string[];
      within?: TTextField | undefined;
      mode?: "all" | "most";
    }
  | { kind: "and"; of: readonly TSearchCondition[] }
  | { kind: "or"; of: readonly TSearchCondition[] }
  | { kind: "not"; of: TSearchCondition };

/** The facets a person picks on /datos: any of the values per facet, every facet at once. */
export type TDatasetSearchFilters = Partial<Record<TSearchFacet, readonly string[]>> & {
  modifiedSince?: Date;
};

export const SEARCH_SORT_FIELDS = [
  "relevance",
  "modified",
  "created",
  "title",
  "slug",
  "id",
] as const;
export type TSearchSortField = (typeof SEARCH_SORT_FIELDS)[number];
export type TSearchSort = { by: TSearchSortField; direction: "asc" | "desc" };
export const DEFAULT_SEARCH_SORT: readonly TSearchSort[] = [
  { by: "relevance", direction: "desc" },
  { by: "modified", direction: "desc" },
];

export const SEARCH_LIMIT_DEFAULT = 10;
export const SEARCH_LIMIT_MAX = 1000;
export const FACET_LIMIT_DEFAULT = 50;

export type TDatasetSearchParams = {
  /** Free text, Spanish-aware (words, "quoted phrases"); empty or absent: every dataset. */
  q?: string | undefined;
  /** A structured query, counted for relevance like `q` (both apply when both are given). */
  query?: TSearchCondition | undefined;
  filters?: TDatasetSearchFilters | undefined;
  /** A further filter that does not count for relevance (CKAN's fq). */
  where?: TSearchCondition | undefined;
  /** Default: relevance, then last modified first; ties always end by id. */
  sort?: readonly TSearchSort[] | undefined;
  offset?: number | undefined;
  /** 0 to 1000; default 10. 0 gives the count and facets only. */
  limit?: number | undefined;
  /** Values per facet, most frequent first; default 50, negative: all. */
  facetLimit?: number | undefined;
  /** Least count of a facet value to be listed; default 1. */
  facetMinCount?: number | undefined;
};

export type TFacetValue = { value: string; label: string; count: number };
export type TSearchFacets = Record<TSearchFacet, TFacetValue[]>;

export type TDatasetSearchResult = {
  /** Every dataset that matches, not only this page's. */
  count: number;
  results: TDatasetView[];
  facets: TSearchFacets;
};

/** When a dataset last changed as harvesters see it: its metadata or a published version. */
export function datasetModifiedAt(view: Pick<TDatasetView, "modifiedAt" | "versions">): Date {
  let latest = view.modifiedAt.getTime();
  for (const v of view.versions)
    if (v.publishedAt) latest = Math.max(latest, v.publishedAt.getTime());
  return new Date(latest);
}

// ---- conditions -------------------------------------------------------------------------

function filtersCondition(filters: TDatasetSearchFilters | undefined): TSearchCondition {
  if (!filters) return { kind: "all" };
  const parts: TSearchCondition[] = [];
  for (const facet of SEARCH_FACETS) {
    const values = filters[facet];
    if (values === undefined) continue;
    parts.push({ kind: "match", field: facet === "keywords" ? "keyword" : facet, values });
  }
  if (filters.modifiedSince)
    parts.push({ kind: "range", field: "modified", from: filters.modifiedSince });
  return { kind: "and", of: parts };
}

function textWords(condition: TSearchCondition | undefined, into: string[] = []): string[] {
  if (!condition) return into;
  if (condition.kind === "text") into.push(...condition.words);
  else if (condition.kind === "and" || condition.kind === "or") {
    for (const c of condition.of) textWords(c, into);
  } else if (condition.kind === "not") textWords(condition.of, into);
  return into;
}

const lower = (v: string) => v.toLowerCase();

function fieldValues(d: TIndexedDataset, field: TSearchField): string[] {
  switch (field) {
    case "id":
      return [d.id];
    case "slug":
      return [d.slug];
    case "theme":
      return [d.theme];
    case "publisher":
      return [d.publisher.slug];
    case "office":
      return d.office ? [d.office.slug] : [];
    case "format":
      return d.formats.map(lower);
    case "frequency":
      return [lower(d.frequency)];
    case "license":
      return [d.license];
    case "keyword":
      return d.keywordKeys;
  }
}

function normalValue(field: TSearchField, value: string): string {
  if (field === "keyword") return keywordKey(value);
  if (field === "format" || field === "frequency") return lower(value);
  return value;
}

type TEvaluation = { matches: boolean; score: number };
const NO: TEvaluation = { matches: false, score: 0 };

function evaluate(
  condition: TSearchCondition,
  d: TIndexedDataset,
  stems: Map<string, TStemmedWord>,
): TEvaluation {
  switch (condition.kind) {
    case "all":
      return { matches: true, score: 0 };
    case "match": {
      const have = fieldValues(d, condition.field);
      const matches = condition.values.some((v) => have.includes(normalValue(condition.field, v)));
      return { matches, score: 0 };
    }
    case "range": {
      const at = (condition.field === "modified" ? d.modifiedAt : d.createdAt).getTime();
      const inclusive = condition.inclusive ?? { from: true, to: true };
      const from = condition.from?.getTime();
      const to = condition.to?.getTime();
      const matches =
        (from === undefined || (inclusive.from ? at >= from : at > from)) &&
        (to === undefined || (inclusive.to ? at <= to : at < to));
      return { matches, score: 0 };
    }
    case "text": {
      const within = condition.within ? TEXT_FIELDS[condition.within] : -1;
      const words = condition.words.map((w) => stems.get(w)).filter((w) => w && !isStopWord(w));
      if (words.length === 0) return { matches: true, score: 0 };
      let matched = 0;
      let score = 0;
      for (const word of words) {
        const s = wordScore(d.lexemes, word as TStemmedWord, within);
        if (s > 0) matched += 1;
        score += s;
      }
      const needed = condition.mode === "all" ? words.length : wordsRequired(words.length);
      return matched >= needed ? { matches: true, score } : NO;
    }
    case "and": {
      let score = 0;
      for (const c of condition.of) {
        const r = evaluate(c, d, stems);
        if (!r.matches) return NO;
        score += r.score;
      }
      return { matches: true, score };
    }
    case "or": {
      let matches = false;
      let score = 0;
      for (const c of condition.of) {
        const r = evaluate(c, d, stems);
        if (r.matches) {
          matches = true;
          score += r.score;
        }
      }
      return matches ? { matches, score } : NO;
    }
    case "not":
      return { matches: !evaluate(condition.of, d, stems).matches, score: 0 };
  }
}

// ---- facets and order -----------------------------------------------------------------

const collator = new Intl.Collator("es", { sensitivity: "base", numeric: true });

/** A dataset's values of a facet, each as [key it is counted under, value, label]. */
function facetEntries(d: TIndexedDataset, facet: TSearchFacet): [string, string, string][] {
  switch (facet) {
    case "theme":
      return [[d.theme, d.theme, themeLabel(d.theme)]];
    case "publisher":
      return [[d.publisher.slug, d.publisher.slug, d.publisher.name]];
    case "office":
      return d.office ? [[d.office.slug, d.office.slug, d.office.name]] : [];
    case "format":
      return d.formats.map((f) => [f, f, f]);
    case "frequency": {
      const label = UPDATE_FREQUENCIES[d.frequency as TUpdateFrequency]?.es ?? d.frequency;
      return [[d.frequency, d.frequency, label]];
    }
    case "license": {
      const label = DATASET_LICENSES[d.license as TDatasetLicense]?.title ?? d.license;
      return [[d.license, d.license, label]];
    }
    case "keywords":
      return d.keywords.map((k, i) => [d.keywordKeys[i] ?? k, k, k]);
  }
}

function countFacets(
  matched: readonly TIndexedDataset[],
  limit: number,
  minCount: number,
): TSearchFacets {
  const facets = {} as TSearchFacets;
  for (const facet of SEARCH_FACETS) {
    // Keywords spelt differently count as one, under the first spelling met (by dataset id).
    const byKey = new Map<string, TFacetValue>();
    for (const d of matched) {
      const seen = new Set<string>();
      for (const [key, value, label] of facetEntries(d, facet)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = byKey.get(key);
        if (entry) entry.count += 1;
        else byKey.set(key, { value, label, count: 1 });
      }
    }
    const values = [...byKey.values()]
      .filter((v) => v.count >= minCount)
      .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
    facets[facet] = limit < 0 ? values : values.slice(0, limit);
  }
  return facets;
}

type TScored = { d: TIndexedDataset; score: number };

function compareBy(sort: TSearchSort): (a: TScored, b: TScored) => number {
  const sign = sort.direction === "asc" ? 1 : -1;
  const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  switch (sort.by) {
    case "relevance":
      return (a, b) => sign * (a.score - b.score);
    case "modified":
      return (a, b) => sign * (a.d.modifiedAt.getTime() - b.d.modifiedAt.getTime());
    case "created":
      return (a, b) => sign * (a.d.createdAt.getTime() - b.d.createdAt.getTime());
    case "title":
      return (a, b) => sign * collator.compare(a.d.title, b.d.title);
    case "slug":
      return (a, b) => sign * plain(a.d.slug, b.d.slug);
    case "id":
      return (a, b) => sign * plain(a.d.id, b.d.id);
  }
}

function order(scored: TScored[], sort: readonly TSearchSort[]): TScored[] {
  // Ending by id keeps pages stable for harvesters paging through equal values.
  const comparators = [...sort, { by: "id", direction: "asc" } as const].map(compareBy);
  return scored.sort((a, b) => {
    for (const compare of comparators) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
}

// ---- the search -----------------------------------------------------------------------

function checkedInteger(value: number | undefined, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(
      "BAD_REQUEST",
      `Use un número entero entre ${min} y ${max.toLocaleString("es-CO")}.`,
    );
  }
  return value;
}

/** What the search reads about every published dataset, through the public cache when given. */
export function searchIndex(
  prisma: PrismaClient,
  cache: TPublicCache | undefined,
): Promise<TIndexedDataset[]> {
  return cached(cache, "datasets", "search-index", () => loadSearchIndex(prisma));
}

/**
 * Published datasets matching the query and filters: how many, the requested page (as the
 * public shape), and the facets of all of them. `cache`: the public data cache, when the
 * caller has one (the index is then read once per change of the catalog).
 */
export async function searchDatasets(
  prisma: PrismaClient,
  params: TDatasetSearchParams = {},
  options: {
    cache?: TPublicCache | undefined;
    /** The index, when the caller has read it already (searchIndex()). */
    index?: readonly TIndexedDataset[] | undefined;
  } = {},
): Promise<TDatasetSearchResult> {
  const q = params.q?.trim() ?? "";
  if (q.length > SEARCH_TEXT_MAX_LENGTH) {
    throw new AppError(
      "BAD_REQUEST",
      `La búsqueda es demasiado larga: use como máximo ${SEARCH_TEXT_MAX_LENGTH} caracteres.`,
    );
  }
  const offset = checkedInteger(params.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = checkedInteger(params.limit, SEARCH_LIMIT_DEFAULT, 0, SEARCH_LIMIT_MAX);
  const facetLimit = params.facetLimit ?? FACET_LIMIT_DEFAULT;
  const facetMinCount = params.facetMinCount ?? 1;

  const scoredQuery: TSearchCondition = {
    kind: "and",
    of: [
      ...(q ? [{ kind: "text", words: splitWords(q) } as const] : []),
      ...(params.query ? [params.query] : []),
    ],
  };
  const filter: TSearchCondition = {
    kind: "and",
    of: [filtersCondition(params.filters), ...(params.where ? [params.where] : [])],
  };

  const [index, stems] = await Promise.all([
    options.index ?? searchIndex(prisma, options.cache),
    stemWords(prisma, [...textWords(scoredQuery), ...textWords(filter)]),
  ]);

  const matched: TScored[] = [];
  for (const d of index) {
    if (!evaluate(filter, d, stems).matches) continue;
    const r = evaluate(scoredQuery, d, stems);
    if (r.matches) matched.push({ d, score: r.score });
  }
  const page = order(matched, params.sort ?? DEFAULT_SEARCH_SORT).slice(offset, offset + limit);
  const ids = page.map((s) => s.d.id);
  const views = ids.length
    ? await listPublishedDatasets(prisma, { where: { id: { in: ids } } })
    : [];
  const byId = new Map(views.map((v) => [v.id, v]));
  return {
    count: matched.length,
    // A dataset unpublished between the two reads is left out of the page.
    results: ids.flatMap((id) => byId.get(id) ?? []),
    facets: countFacets(
      matched.map((s) => s.d),
      facetLimit,
      facetMinCount,
    ),
  };
}
