import type { TPeriodicity, TUnit } from "@lab/domain/indicator";
import type { TLocale } from "@lab/domain/locale";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";

export type TSeriesTableLabels = {
  period: string;
  note: string;
  missing: string;
  provisional: string;
  empty: string;
};
export const SERIES_TABLE_LABELS_ES: TSeriesTableLabels = {
  period: "Periodo",
  note: "Nota",
  missing: "sin dato",
  provisional: "provisional",
  empty: "Este indicador todavía no tiene valores publicados.",
};

export type TSeriesColumn = {
  key: string;
  label: string;
  values: Map<string, { value: number; provisional: boolean; note?: string | null }>;
};

/**
 * The numbers behind a chart as a real table, newest period first: readable without
 * JavaScript, by screen readers, and copyable into a spreadsheet.
 */
export function SeriesTable({
  caption,
  periods,
  columns,
  unit,
  unitLabel,
  decimals,
  periodicity,
  showNotes = false,
  labels = SERIES_TABLE_LABELS_ES,
  locale = "es",
}: {
  caption: string;
  periods: string[];
  columns: TSeriesColumn[];
  unit: TUnit;
  unitLabel: string | null;
  decimals: number;
  periodicity: TPeriodicity;
  showNotes?: boolean;
  labels?: TSeriesTableLabels;
  /** The language numbers and periods are written in. */
  locale?: TLocale;
}) {
  if (periods.length === 0) return <p>{labels.empty}</p>;
  const unitHint = unit === "PERCENTAGE" ? " (%)" : unitLabel ? ` (${unitLabel})` : "";
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.period}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="num">
                {c.label}
                {columns.length === 1 ? unitHint : ""}
              </th>
            ))}
            {showNotes ? <th scope="col">{labels.note}</th> : null}
          </tr>
        </thead>
        <tbody>
          {[...periods].reverse().map((period) => (
            <tr key={period}>
              <th scope="row">{formatPeriod(periodicity, period, locale)}</th>
              {columns.map((c) => {
                const cell = c.values.get(period);
                return (
                  <td key={c.key} className="num">
                    {cell ? (
                      formatValue(unit, cell.value, decimals, null, locale)
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{labels.missing}</span>
                      </>
                    )}
                    {cell?.provisional ? (
                      <span className="badge badge--provisional">{labels.provisional}</span>
                    ) : null}
                  </td>
                );
              })}
              {showNotes ? <td>{columns[0]?.values.get(period)?.note ?? ""}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
