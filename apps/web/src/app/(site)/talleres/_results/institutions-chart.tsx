"use client";

import { INTL_LOCALE, type TLocale } from "@lab/domain/locale";
import type { TQuickChartProps } from "@lab/ui/datasets/quick-chart";
import dynamic from "next/dynamic";

// Recharts is fetched after the page (as on the indicator and dataset pages): the table
// beside the chart carries the same numbers meanwhile, and for screen readers.
const LazyChart = dynamic<TQuickChartProps>(
  () => import("@lab/ui/datasets/quick-chart").then((m) => m.QuickChart),
  {
    ssr: false,
    loading: () => <div className="quick-chart__placeholder" aria-hidden="true" />,
  },
);

/** Participating institutions per type, as bars. */
export function InstitutionsByTypeChart({
  points,
  seriesLabel,
  summary,
  locale,
}: {
  points: { x: string; y: number }[];
  seriesLabel: string;
  summary: string;
  locale: TLocale;
}) {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
  return (
    <LazyChart
      points={points}
      kind="bar"
      yLabel={seriesLabel}
      // Counts: the axis's in-between ticks (0.5, 1.5…) stay unlabelled.
      formatY={(value) => (Number.isInteger(value) ? format.format(value) : "")}
      summary={summary}
    />
  );
}
