"use client";

import type { TIndicatorChartProps } from "@lab/ui/indicators/indicator-chart";
import dynamic from "next/dynamic";

/**
 * The indicator chart, loaded after the page: Recharts is ~90 KB gzip and would otherwise be
 * part of every indicator page's first-load JavaScript. The server-rendered summary and data
 * table carry the content meanwhile. Client-only (`ssr: false`): Recharts measures its
 * container in the browser and draws nothing on the server anyway. The placeholder keeps the
 * drawing area's 320 px (as the server-rendered chart did); only the buttons and the
 * provisional note below it arrive with the chart.
 */
export const LazyIndicatorChart = dynamic<TIndicatorChartProps>(
  () => import("@lab/ui/indicators/indicator-chart").then((m) => m.IndicatorChart),
  {
    ssr: false,
    loading: () => (
      <div className="indicator-chart__placeholder" style={{ minHeight: 320 }} aria-hidden="true" />
    ),
  },
);
