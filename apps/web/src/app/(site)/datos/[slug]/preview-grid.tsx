"use client";

import { interpolate, type TLocale } from "@lab/domain/locale";
import { RowsTable, type TRowsTableColumn } from "@lab/ui/datasets/rows-table";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import type { TMessages } from "~/i18n/messages";
import { ColumnChooser } from "./column-chooser";
import { countFormatter, decimalFormatter } from "./number-format";
import {
  errorMessageOf,
  nextSort,
  PREVIEW_PAGE_SIZE,
  readRowsAnswer,
  rowsUrl,
  type TRowsAnswer,
  type TRowsSort,
} from "./rows-api";
import { firstFields, gridFields, initialGridFields, isWide } from "./wide-columns";

export type TRowsQuery = { q: string; filters: Record<string, string> };

const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The last request that finished: its key, the rows shown, and its error if it failed. */
type TSettled = { key: string; answer: TRowsAnswer | null; message: string | null };

/**
 * The preview grid over the row API: search, a filter per column, sort per column, and
 * paging by the answer's cursor (kept as a stack, so "previous" goes back exactly). The
 * search and filters apply when the form is sent (Enter, or the button), and are handed to
 * the quick chart through `onQueryChange`. The count of rows shown is announced politely.
 * A wide dataset shows MAX_GRID_COLUMNS columns at a time, read through the row API's
 * `fields`; the reader chooses which (filters and sort on a column hidden are dropped).
 */
export function PreviewGrid({
  slug,
  columns,
  labels,
  columnLabels,
  locale,
  initial,
  onQueryChange,
}: {
  slug: string;
  /**
   * The first page as the server read it (PREVIEW_PAGE_SIZE rows, no filter, no sort, the
   * fields of initialGridFields).
   */
  initial: TRowsAnswer | null;
  columns: TRowsTableColumn[];
  labels: TMessages["dataset"]["grid"];
  columnLabels: TMessages["dataset"]["wideColumns"];
  locale: TLocale;
  onQueryChange?: (query: TRowsQuery) => void;
}) {
  const [draft, setDraft] = useState<TRowsQuery>({ q: "", filters: {} });
  const [applied, setApplied] = useState<TRowsQuery>({ q: "", filters: {} });
  const [sort, setSort] = useState<TRowsSort>(null);
  const [limit, setLimit] = useState<number>(PREVIEW_PAGE_SIZE);
  // The cursor of every page up to the current one (null: the first page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState<string[]>(() => firstFields(columns));
  const wide = isWide(columns);
  const shownColumns = useMemo(
    () => (wide ? columns.filter((c) => shown.includes(c.field)) : columns),
    [wide, columns, shown],
  );
  const cursor = cursors.at(-1) ?? null;
  // What the grid should show now; the rows are current once the settled request is this one,
  // so a click shows "loading" at once, never the previous rows as if they were the answer.
  const url = rowsUrl(slug, {
    ...applied,
    sort,
    limit,
    cursor,
    fields: gridFields(columns, shown),
  });
  const key = `${url}#${attempt}`;
  const [settled, setSettled] = useState<TSettled | null>(() =>
    initial
      ? {
          key: `${rowsUrl(slug, { q: "", filters: {}, sort: null, limit: PREVIEW_PAGE_SIZE, cursor: null, fields: initialGridFields(columns) })}#0`,
          answer: initial,
          message: null,
        }
      : null,
  );
  const settledKey = useRef(settled?.key);
  settledKey.current = settled?.key;
  const formatCount = useMemo(() => countFormatter(locale), [locale]);
  const formatDecimal = useMemo(() => decimalFormatter(locale), [locale]);

  useEffect(() => {
    // Already there: the server's first page.
    if (settledKey.current === key) return;
    const controller = new AbortController();
    const fail = (message: string) =>
      setSettled((previous) => ({ key, answer: previous?.answer ?? null, message }));
    fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => null);
        const answer = response.ok ? readRowsAnswer(body) : null;
        if (answer) setSettled({ key, answer, message: null });
        else fail(errorMessageOf(body) ?? labels.failed);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error("Row API request failed:", error);
        fail(labels.failed);
      });
    return () => controller.abort();
  }, [url, key, labels.failed]);

  const restart = () => setCursors([null]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
    onQueryChange?.(draft);
    restart();
  };
  const clear = () => {
    const empty = { q: "", filters: {} };
    setDraft(empty);
    setApplied(empty);
    onQueryChange?.(empty);
    setSort(null);
    restart();
  };
  const showColumns = (next: string[]) => {
    const keep = new Set(next);
    const kept = (filters: Record<string, string>) =>
      Object.fromEntries(Object.entries(filters).filter(([field]) => keep.has(field)));
    setShown(next);
    setDraft((d) => ({ ...d, filters: kept(d.filters) }));
    const filters = kept(applied.filters);
    if (Object.keys(filters).length !== Object.keys(applied.filters).length) {
      setApplied({ ...applied, filters });
      onQueryChange?.({ ...applied, filters });
    }
    if (sort && !keep.has(sort.field)) setSort(null);
    restart();
  };

  const loading = settled?.key !== key;
  const failed = !loading && settled?.message ? settled.message : null;
  const answer = !loading && !failed ? (settled?.answer ?? null) : null;
  const records = settled?.answer?.records ?? [];
  const from = (cursors.length - 1) * limit + 1;
  const status = loading
    ? labels.loading
    : answer
      ? answer.records.length === 0
        ? labels.empty
        : interpolate(answer.totalIsEstimate ? labels.rangeEstimate : labels.range, {
            from: formatCount(from),
            to: formatCount(from + answer.records.length - 1),
            total: formatCount(answer.total),
          })
      : "";

  return (
    <div className="rows-grid-wrap">
      {wide ? (
        <ColumnChooser
          columns={columns}
          shown={shown}
          onChange={showColumns}
          labels={columnLabels}
          formatCount={formatCount}
          contentLang={locale === "es" ? undefined : "es"}
        />
      ) : null}
      <form className="rows-grid__form" onSubmit={apply} aria-describedby="filas-ayuda">
        <div className="field rows-grid__search">
          <label htmlFor="filas-q">{labels.search}</label>
          <input
            id="filas-q"
            className="rows-grid__search-input"
            name="q"
            type="search"
            value={draft.q}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setDraft((d) => ({ ...d, q: event.target.value }))}
          />
        </div>
        <p id="filas-ayuda" className="hint rows-grid__note">
          {labels.filterHint}
        </p>
        <p className="hint rows-grid__note rows-grid__scroll-hint">{labels.scrollHint}</p>
        <RowsTable
          columns={shownColumns}
          records={records}
          sort={sort}
          onSort={(field) => {
            setSort((current) => nextSort(current, field));
            restart();
          }}
          filters={draft.filters}
          onFilterChange={(field, value) =>
            setDraft((d) => ({ ...d, filters: { ...d.filters, [field]: value } }))
          }
          formatDecimal={formatDecimal}
          labels={labels}
          busy={loading}
          contentLang={locale === "es" ? undefined : "es"}
        />
        <div className="rows-grid__actions">
          <button type="submit" className="button">
            {labels.apply}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {labels.clear}
          </button>
          <div className="field field--inline">
            <label htmlFor="filas-por-pagina">{labels.pageSize}</label>
            <select
              id="filas-por-pagina"
              value={limit}
              onChange={(event) => {
                setLimit(Number(event.target.value));
                restart();
              }}
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      <p className="rows-grid__status" role="status" aria-live="polite">
        {status}
      </p>
      {failed ? (
        <div className="notice notice--danger rows-grid__error" role="alert">
          <p className="rows-grid__error-text">{failed}</p>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setAttempt((n) => n + 1)}
          >
            {labels.retry}
          </button>
        </div>
      ) : null}
      <div className="rows-grid__paging">
        <button
          type="button"
          className="button button--secondary"
          disabled={cursors.length <= 1 || loading}
          onClick={() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c))}
        >
          {labels.previous}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!answer?.nextCursor}
          onClick={() => {
            const next = answer?.nextCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          {labels.next}
        </button>
      </div>
    </div>
  );
}
