"use client";

import type { TQuickChartProps } from "@lab/ui/datasets/quick-chart";
import dynamic from "next/dynamic";

/**
 * The quick chart, fetched only when someone draws one: Recharts stays out of the dataset
 * page's first-load JavaScript (as on the indicator page). The placeholder keeps the drawing
 * area's height so nothing below jumps when it arrives.
 */
export const LazyQuickChart = dynamic<TQuickChartProps>(
  () => import("@lab/ui/datasets/quick-chart").then((m) => m.QuickChart),
  {
    ssr: false,
    loading: () => <div className="quick-chart__placeholder" aria-hidden="true" />,
  },
);
