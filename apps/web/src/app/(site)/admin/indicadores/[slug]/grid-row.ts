import type { TIndicatorWorkspace, TRowChange } from "@lab/domain/draft";
import { geographyName } from "@lab/domain/geography";
import { formatNumberEsCo, formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";

// One row of the observations grid, with its texts formatted on the server: dates and numbers
// then read the same in the HTML and after hydration, whatever the browser's Intl data.

export type TGridRow = {
  key: string;
  period: string;
  geography: string;
  periodText: string;
  placeText: string;
  value: number;
  valueText: string;
  /** The value as an official types it (es-CO, full precision), to prefill the edit form. */
  inputValue: string;
  provisional: boolean;
  note: string | null;
  version: string;
  change: TRowChange;
  publishedValueText: string | null;
  updatedBy: string | null;
  updatedAtIso: string;
  updatedAtText: string;
};

const DATE_TIME = new Intl.DateTimeFormat("es-CO", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "America/Bogota",
});

/** "24 nov 2026, 10:32 a. m." in Bogotá time. */
export function dateTimeEsCo(date: Date): string {
  return DATE_TIME.format(date);
}

export function gridRows(workspace: TIndicatorWorkspace): TGridRow[] {
  const { unit, decimals, unitLabel, periodicity } = workspace.preview;
  const show = (value: number) => formatValue(unit, value, decimals, unitLabel);
  return workspace.rows.map((row) => ({
    key: `${row.period}|${row.geography}`,
    period: row.period,
    geography: row.geography,
    periodText: formatPeriod(periodicity, row.period),
    placeText: geographyName(row.geography),
    value: row.value,
    valueText: show(row.value),
    inputValue: formatNumberEsCo(row.value),
    provisional: row.provisional,
    note: row.note,
    version: row.version,
    change: row.change,
    publishedValueText: row.publishedValue === null ? null : show(row.publishedValue),
    updatedBy: row.updatedBy,
    updatedAtIso: row.updatedAt.toISOString(),
    updatedAtText: dateTimeEsCo(row.updatedAt),
  }));
}
