// The preview grid's side of the row API (GET /api/v1/datasets/{slug}/rows): CKAN-style
// `filters` (JSON, exact values), `q`, `sort` ("campo asc"), `limit` and the `cursor` the
// previous answer's `next` carries. No zod here: this ships to the browser.

/** The grid's first page size: the server renders that many rows into the page. */
export const PREVIEW_PAGE_SIZE = 25;

export type TRowsSort = { field: string; direction: "asc" | "desc" } | null;

export type TRowsRequestState = {
  q: string;
  filters: Record<string, string>;
  sort: TRowsSort;
  limit: number;
  cursor: string | null;
  /** The fields to read (CKAN's `fields`); all of them when absent. */
  fields?: readonly string[] | null;
};

export type TRowsAnswer = {
  fields: { id: string; type: string }[];
  records: Record<string, unknown>[];
  total: number;
  totalIsEstimate: boolean;
  /** The cursor of the next page, or null on the last one. */
  nextCursor: string | null;
};

export function rowsUrl(slug: string, state: TRowsRequestState): string {
  const query = new URLSearchParams({ limit: String(state.limit) });
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .map(([field, value]) => [field, value.trim()] as const)
      .filter(([, value]) => value !== ""),
  );
  if (Object.keys(filters).length > 0) query.set("filters", JSON.stringify(filters));
  if (state.q.trim()) query.set("q", state.q.trim());
  if (state.sort) query.set("sort", `${state.sort.field} ${state.sort.direction}`);
  if (state.cursor) query.set("cursor", state.cursor);
  if (state.fields && state.fields.length > 0) query.set("fields", state.fields.join(","));
  return `/api/v1/datasets/${encodeURIComponent(slug)}/rows?${query}`;
}

/** The `cursor` parameter of a `next` address (absolute or relative), if any. */
export function cursorOf(next: unknown): string | null {
  if (typeof next !== "string" || next === "") return null;
  try {
    return new URL(next, "http://localhost").searchParams.get("cursor");
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The answer's parts the grid uses, or null when it is not a row API answer. */
export function readRowsAnswer(body: unknown): TRowsAnswer | null {
  if (!isObject(body) || !Array.isArray(body.records) || !Array.isArray(body.fields)) return null;
  return {
    fields: body.fields.filter(isObject).map((f) => ({ id: String(f.id), type: String(f.type) })),
    records: body.records.filter(isObject),
    total: typeof body.total === "number" ? body.total : body.records.length,
    totalIsEstimate: body.total_is_estimate === true,
    nextCursor: cursorOf(body.next),
  };
}

/** The Spanish message of an API error answer ({ error: { message } }), if there is one. */
export function errorMessageOf(body: unknown): string | null {
  if (!isObject(body) || !isObject(body.error)) return null;
  return typeof body.error.message === "string" ? body.error.message : null;
}

/** Sorting a column cycles: ascending, descending, then unsorted. */
export function nextSort(current: TRowsSort, field: string): TRowsSort {
  if (current?.field !== field) return { field, direction: "asc" };
  return current.direction === "asc" ? { field, direction: "desc" } : null;
}
