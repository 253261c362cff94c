import { geographyName, MUNICIPALITY_CODE } from "./geography";
import type { TIndicatorView } from "./indicator-view";
import { comparePeriods } from "./period";
import { periodInRange, type TViewState } from "./view-state";

export type TSeriesPoint = {
  period: string;
  value: number;
  provisional: boolean;
  note: string | null;
};
export type TSeries = { key: string; label: string; points: TSeriesPoint[] };

/** Every period with a value, for any place, in order: the choices of the range selector. */
export function indicatorPeriods(indicator: Pick<TIndicatorView, "observations">): string[] {
  return [...new Set(indicator.observations.map((o) => o.period))].sort(comparePeriods);
}

/**
 * What a chart, table or download of this view contains: the municipal series, then each
 * selected comuna, restricted to the selected range. The page, the embed and the downloads
 * all use this, so they always agree.
 */
export function seriesForView(
  indicator: Pick<TIndicatorView, "observations">,
  state: Pick<TViewState, "from" | "to" | "geographies">,
): { periods: string[]; series: TSeries[] } {
  const geographies = [MUNICIPALITY_CODE, ...state.geographies];
  const series = geographies
    .map((code) => ({
      key: code,
      label: code === MUNICIPALITY_CODE ? "Bucaramanga" : geographyName(code),
      points: indicator.observations
        .filter((o) => o.geography === code && periodInRange(o.period, state))
        .sort((a, b) => comparePeriods(a.period, b.period))
        .map(({ period, value, provisional, note }) => ({ period, value, provisional, note })),
    }))
    // A comuna-only indicator may have no municipal total; keep the selected comunas anyway.
    .filter((s) => s.points.length > 0 || s.key !== MUNICIPALITY_CODE);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(
    comparePeriods,
  );
  return { periods, series };
}
