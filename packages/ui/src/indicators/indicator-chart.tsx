"use client";

import type { TLocale } from "@lab/domain/locale";
import { formatNumber } from "@lab/domain/number";
import { useRef, useState } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { composeChartSvg, saveBlob, svgToPngBlob, type TChartCaption } from "./chart-export";

export type TChartSeries = {
  key: string;
  label: string;
  points: { period: string; value: number; provisional: boolean }[];
};

export type TIndicatorChartProps = {
  series: TChartSeries[];
  /** Periods on the x axis, in order, with their display labels. */
  periods: { period: string; label: string }[];
  decimals: number;
  target?: { value: number; label: string } | null;
  caption: TChartCaption;
  fileName: string;
  /** Hide the download buttons (the embed has its own link back). */
  downloads?: boolean;
  labels?: TIndicatorChartLabels;
  /** The language of the axis and tooltip numbers. */
  locale?: TLocale;
};

export type TIndicatorChartLabels = {
  downloadSvg: string;
  downloadPng: string;
  provisionalHint: string;
  /** Appended in parentheses to a provisional value in the tooltip. */
  provisional: string;
  notReady: string;
  pngFailed: string;
};
// Exported for tests only: a server component importing it from this client module gets a
// reference, not the strings, so apps/web keeps its own copy in its messages.
export const INDICATOR_CHART_LABELS_ES: TIndicatorChartLabels = {
  downloadSvg: "Descargar imagen SVG",
  downloadPng: "Descargar imagen PNG",
  provisionalHint: "Los puntos huecos son valores provisionales: pueden cambiar.",
  provisional: "provisional",
  notReady: "El gráfico todavía no está listo. Intente de nuevo en un momento.",
  pngFailed: "No se pudo crear la imagen PNG. Pruebe con la versión SVG.",
};

// GOV.CO blue first; the rest chosen for contrast on white. Each line also gets its own dash
// pattern and a labelled legend entry, so colour is never the only way to tell them apart.
const COLORS = ["#3366CC", "#A80521", "#069169", "#7A4EAB", "#B35C00", "#004884", "#5C6670"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"];

type TRow = Record<string, string | number | boolean | null>;

function toRows(series: TChartSeries[], periods: TIndicatorChartProps["periods"]): TRow[] {
  return periods.map(({ period, label }) => {
    const row: TRow = { label };
    for (const s of series) {
      const point = s.points.find((p) => p.period === period);
      row[s.key] = point?.value ?? null;
      row[`${s.key}__provisional`] = point?.provisional ?? false;
    }
    return row;
  });
}

type TDotProps = { cx?: number; cy?: number; payload?: TRow; dataKey?: unknown; stroke?: string };

/** Provisional values are hollow dots; final ones are filled. */
function ValueDot({ cx, cy, payload, dataKey, stroke }: TDotProps) {
  if (cx === undefined || cy === undefined || !payload || typeof dataKey !== "string") return null;
  if (payload[dataKey] === null) return null;
  const provisional = payload[`${dataKey}__provisional`] === true;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={provisional ? 5 : 4}
      fill={provisional ? "#ffffff" : stroke}
      stroke={stroke}
      strokeWidth={2}
    />
  );
}

export function IndicatorChart(props: TIndicatorChartProps) {
  const {
    series,
    periods,
    decimals,
    target,
    caption,
    fileName,
    downloads = true,
    labels = INDICATOR_CHART_LABELS_ES,
    locale = "es",
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = toRows(series, periods);
  const hasProvisional = series.some((s) => s.points.some((p) => p.provisional));

  function chartSvg(): string | null {
    const svg = container.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) {
      setError(labels.notReady);
      return null;
    }
    setError(null);
    return composeChartSvg(svg, caption);
  }

  return (
    <div className="indicator-chart">
      <div ref={container} className="indicator-chart__canvas">
        <ResponsiveContainer width="100%" height={320}>
          <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#374151" }} />
            <YAxis
              tick={{ fontSize: 12, fill: "#374151" }}
              tickFormatter={(v: number) => formatNumber(v, decimals, locale)}
              width={64}
            />
            <Tooltip
              formatter={(value, name, item) => {
                const provisional = item.payload?.[`${String(item.dataKey)}__provisional`] === true;
                return [
                  `${formatNumber(Number(value), decimals, locale)}${provisional ? ` (${labels.provisional})` : ""}`,
                  name,
                ];
              }}
            />
            {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 13 }} /> : null}
            {target ? (
              <ReferenceLine
                y={target.value}
                // The target may lie beyond the data; widen the axis so it is always drawn.
                ifOverflow="extendDomain"
                stroke="#069169"
                strokeDasharray="6 4"
                label={{
                  value: target.label,
                  position: "insideTopRight",
                  fill: "#04694b",
                  fontSize: 12,
                }}
              />
            ) : null}
            {series.map((s, i) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={COLORS[i % COLORS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
                strokeWidth={i === 0 ? 3 : 2}
                dot={<ValueDot />}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {hasProvisional ? <p className="hint">{labels.provisionalHint}</p> : null}
      {downloads ? (
        <div className="chart-downloads">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const svg = chartSvg();
              if (svg) saveBlob(new Blob([svg], { type: "image/svg+xml" }), `${fileName}.svg`);
            }}
          >
            {labels.downloadSvg}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const svg = chartSvg();
              if (!svg) return;
              svgToPngBlob(svg).then(
                (png) => saveBlob(png, `${fileName}.png`),
                () => setError(labels.pngFailed),
              );
            }}
          >
            {labels.downloadPng}
          </button>
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
