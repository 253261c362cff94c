"use client";

import type { TColumnType } from "@lab/domain/dataset-view";

export type TRowsTableColumn = { field: string; name: string; type: TColumnType };
export type TSortDirection = "asc" | "desc";
export type TRowsSort = { field: string; direction: TSortDirection } | null;
export type TRowRecord = Record<string, unknown>;

export type TRowsTableLabels = {
  caption: string;
  /** "Filtrar {column}" */
  filter: string;
  emptyValue: string;
  yes: string;
  no: string;
};

const NUMERIC: ReadonlySet<TColumnType> = new Set(["integer", "decimal"]);

/**
 * The preview grid's table, controlled by its parent: a real <table> (caption, column
 * headers, the first column as row headers) so screen readers can move by row and column.
 * Each column header is a button that sorts (ascending, descending, off; `aria-sort` says
 * which), and a second header row holds one labelled filter field per column. The wrapper
 * scrolls sideways on phones while the first column stays in place.
 */
export function RowsTable({
  columns,
  records,
  sort,
  onSort,
  filters,
  onFilterChange,
  formatDecimal,
  labels,
  busy = false,
  contentLang,
}: {
  columns: TRowsTableColumn[];
  records: TRowRecord[];
  sort: TRowsSort;
  onSort: (field: string) => void;
  filters: Record<string, string>;
  onFilterChange: (field: string, value: string) => void;
  /** Decimal numbers as the reader writes them (es-CO: decimal comma). */
  formatDecimal: (value: number) => string;
  labels: TRowsTableLabels;
  busy?: boolean;
  /** The data's language when it differs from the page's (Spanish data, English page). */
  contentLang?: string;
}) {
  const cell = (value: unknown, type: TColumnType) => {
    if (value === null || value === undefined || value === "") {
      return (
        <span className="rows-grid__null">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{labels.emptyValue}</span>
        </span>
      );
    }
    if (type === "boolean") return value === true || value === "true" ? labels.yes : labels.no;
    // Integers as sent: they may exceed what a double holds (the API sends those as text).
    if (type === "decimal") {
      const n = typeof value === "number" ? value : Number(value);
      return Number.isFinite(n) ? formatDecimal(n) : String(value);
    }
    return String(value);
  };

  return (
    <section
      className="table-wrap rows-grid__scroll"
      aria-label={labels.caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach
      tabIndex={0}
    >
      <table className="data-table rows-grid" aria-busy={busy}>
        {/* The section's heading sits right above; the caption names the table for screen
            readers without scrolling sideways with it. */}
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sort?.field === column.field ? sort.direction : null;
              return (
                <th
                  key={column.field}
                  scope="col"
                  className={NUMERIC.has(column.type) ? "num" : undefined}
                  aria-sort={
                    sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                  }
                >
                  <button
                    type="button"
                    className="rows-grid__sort"
                    onClick={() => onSort(column.field)}
                    title={column.field}
                    lang={contentLang}
                  >
                    {column.name}
                    <span className="rows-grid__arrow" aria-hidden="true">
                      {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
          <tr className="rows-grid__filters">
            {columns.map((column) => {
              const id = `filtro-${column.field}`;
              return (
                <td key={column.field}>
                  <label htmlFor={id} className="visually-hidden">
                    {labels.filter.replace("{column}", column.name)}
                  </label>
                  <input
                    id={id}
                    className="rows-grid__filter-input"
                    name={column.field}
                    type="search"
                    inputMode={NUMERIC.has(column.type) ? "decimal" : undefined}
                    value={filters[column.field] ?? ""}
                    onChange={(event) => onFilterChange(column.field, event.target.value)}
                    autoComplete="off"
                    maxLength={200}
                  />
                </td>
              );
            })}
          </tr>
        </thead>
        <tbody lang={contentLang}>
          {records.map((record, index) => (
            // `_row`: the row's number in the file, which the row API always sends.
            <tr key={String(record._row ?? `i${index}`)}>
              {columns.map((column, i) => {
                const content = cell(record[column.field], column.type);
                const className = NUMERIC.has(column.type) ? "num" : undefined;
                return i === 0 ? (
                  <th key={column.field} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.field} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
