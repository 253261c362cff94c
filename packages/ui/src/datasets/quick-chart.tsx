"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type TQuickChartPoint = { x: string; y: number };
export type TQuickChartKind = "bar" | "line";

export type TQuickChartProps = {
  points: TQuickChartPoint[];
  kind: TQuickChartKind;
  /** The Y series' name, for the tooltip ("suma de asistentes"). */
  yLabel: string;
  /** Numbers as the reader writes them. */
  formatY: (value: number) => string;
  /** The summary in words, as the figure's caption; leave it out when the page says it. */
  summary?: string;
};

// Same GOV.CO blue, axis and grid colours as the indicator chart, for one visual language.
const COLOR = "#3366CC";
const AXIS_TICK = { fontSize: 12, fill: "#374151" };

/**
 * The dataset page's quick chart: one series of Y against X, as bars or a line. Loaded
 * lazily by the page (Recharts stays out of the first-load JavaScript). The caption (or the
 * page's text beside it) says what it shows; the numbers themselves are in the preview grid.
 */
export function QuickChart({ points, kind, yLabel, formatY, summary }: TQuickChartProps) {
  const common = {
    data: points,
    margin: { top: 16, right: 16, bottom: 8, left: 8 },
  };
  const axes = (
    <>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="x" tick={AXIS_TICK} minTickGap={8} />
      <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatY(v)} width={72} />
      <Tooltip formatter={(value) => [formatY(Number(value)), yLabel]} />
    </>
  );
  return (
    <figure className="quick-chart">
      {/* Recharts' accessibility layer lets keyboards step through the points (tooltip). */}
      <div className="quick-chart__canvas">
        <ResponsiveContainer width="100%" height={320}>
          {kind === "bar" ? (
            <BarChart {...common}>
              {axes}
              <Bar dataKey="y" name={yLabel} fill={COLOR} isAnimationActive={false} />
            </BarChart>
          ) : (
            <LineChart {...common}>
              {axes}
              <Line
                type="linear"
                dataKey="y"
                name={yLabel}
                stroke={COLOR}
                strokeWidth={3}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      {summary ? <figcaption className="quick-chart__summary">{summary}</figcaption> : null}
    </figure>
  );
}
