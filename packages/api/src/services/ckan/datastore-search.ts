import { exactCap } from "@lab/db/datastore/query";
import type { TRowFilters, TSortKey } from "@lab/domain/dataset-query";
import {
  CKAN_FIELD_TYPES,
  CKAN_ID_FIELD,
  parseDatastoreSearchParams,
  type TCkanRecordsFormat,
} from "@lab/domain/dataset-query-ckan";
import { ROW_NUMBER_COLUMN } from "@lab/domain/dataset-view";
import { AppError } from "@lab/domain/errors";
import { stringify } from "csv-stringify/sync";
import { lookupDistribution, readRows, type TDatasetRowsContext } from "../dataset-rows";

// CKAN's datastore_search over a distribution (resource_id = a published DatasetVersion's
// id), with CKAN's parameters and result: fields with CKAN's type names and `_id` (our
// `_row`), records as objects, lists or CSV/TSV text, `_links`, `total` and
// `total_was_estimated`. Large totals are estimated, never counted in full (see
// packages/db/src/datastore/query.ts): CKAN's total_estimation_threshold can lower that
// limit, not raise it.

export type TCkanField = {
  id: string;
  type: string;
  info?: { label: string; notes: string };
};

export type TDatastoreSearchResult = {
  include_total: boolean;
  resource_id: string;
  fields: TCkanField[];
  records_format: TCkanRecordsFormat;
  records: Record<string, unknown>[] | unknown[][] | string;
  limit: number;
  offset?: number;
  filters?: TRowFilters;
  q?: string;
  sort?: string;
  total_estimation_threshold: number | null;
  _links: { start: string; next: string };
  total?: number;
  total_was_estimated?: boolean;
};

const ACTION_PATH = "/api/3/action/datastore_search";

// CKAN calls the row id `_id`; ours is `_row`.
const toOurs = (field: string) => (field === CKAN_ID_FIELD ? ROW_NUMBER_COLUMN : field);
const toCkan = (field: string) => (field === ROW_NUMBER_COLUMN ? CKAN_ID_FIELD : field);

/**
 * `datastore_search`: the `result` object of CKAN's envelope. Throws AppError BAD_REQUEST
 * (CKAN's Validation Error) for a bad parameter and NOT_FOUND (Not Found Error) for a
 * resource that is not a published distribution.
 */
export async function datastoreSearch(
  ctx: TDatasetRowsContext,
  params: Record<string, unknown>,
): Promise<TDatastoreSearchResult> {
  const p = parseDatastoreSearchParams(params);
  const table = await lookupDistribution(ctx, p.resourceId);
  if (!table) {
    throw new AppError("NOT_FOUND", `No existe el recurso «${p.resourceId.slice(0, 100)}».`);
  }
  const page = await readRows(ctx.database, table, {
    filters: Object.fromEntries(Object.entries(p.filters).map(([k, v]) => [toOurs(k), v])),
    q: p.q,
    sort: p.sort.map((k): TSortKey => ({ ...k, field: toOurs(k.field) })),
    limit: p.limit,
    offset: p.offset,
    cursor: null,
    fields: p.fields?.map(toOurs) ?? null,
    includeTotal: p.includeTotal,
    exactTotalUpTo: Math.min(
      p.totalEstimationThreshold ?? Number.POSITIVE_INFINITY,
      exactCap(table.version.rowCount),
    ),
  });

  const described = new Map(table.columns.map((c) => [c.field, c]));
  const fields = page.fields.map((f): TCkanField => {
    if (f.field === ROW_NUMBER_COLUMN) return { id: CKAN_ID_FIELD, type: "int" };
    const column = described.get(f.field);
    return {
      id: f.field,
      type: CKAN_FIELD_TYPES[f.type],
      ...(column ? { info: { label: column.name, notes: column.description } } : {}),
    };
  });
  const records = page.records.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [toCkan(k), v])),
  );

  const link = (offset: number) => {
    const query = new URLSearchParams({ resource_id: p.resourceId });
    if (Object.keys(p.filters).length) query.set("filters", JSON.stringify(p.filters));
    if (p.q) query.set("q", p.q);
    if (p.sortText) query.set("sort", p.sortText);
    if (p.fields) query.set("fields", p.fields.join(","));
    if (p.recordsFormat !== "objects") query.set("records_format", p.recordsFormat);
    if (!p.includeTotal) query.set("include_total", "false");
    query.set("limit", String(p.limit));
    if (offset > 0) query.set("offset", String(offset));
    return `${ACTION_PATH}?${query}`;
  };

  return {
    include_total: p.includeTotal,
    resource_id: p.resourceId,
    fields,
    records_format: p.recordsFormat,
    records: formatRecords(
      records,
      fields.map((f) => f.id),
      p.recordsFormat,
    ),
    limit: p.limit,
    ...(p.offset > 0 ? { offset: p.offset } : {}),
    ...(Object.keys(p.filters).length ? { filters: p.filters } : {}),
    ...(p.q ? { q: p.q } : {}),
    ...(p.sortText ? { sort: p.sortText } : {}),
    total_estimation_threshold: p.totalEstimationThreshold,
    _links: { start: link(0), next: link(p.offset + p.limit) },
    ...(page.total === null
      ? {}
      : { total: page.total, total_was_estimated: page.totalIsEstimate }),
  };
}

/**
 * Records as CKAN's records_format asks: objects; lists in the order of `fields`; or CSV/TSV
 * text without a header (text cells that a spreadsheet would run as formulas neutralised, as
 * in our downloads).
 */
function formatRecords(
  records: Record<string, unknown>[],
  order: string[],
  format: TCkanRecordsFormat,
): Record<string, unknown>[] | unknown[][] | string {
  if (format === "objects") return records;
  const lists = records.map((r) => order.map((id) => r[id] ?? null));
  if (format === "lists") return lists;
  return stringify(lists, {
    delimiter: format === "tsv" ? "\t" : ",",
    record_delimiter: "unix",
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}
