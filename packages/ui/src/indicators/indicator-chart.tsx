"use client";

import { formatNumberEsCo } from "@lab/domain/number";
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type TChartPoint = { label: string; value: number };

/** Line chart of an indicator's series; the table beside it carries the same numbers. */
export function IndicatorChart({
  points,
  decimals,
  title,
}: {
  points: TChartPoint[];
  decimals: number;
  title: string;
}) {
  return (
    <figure className="indicator-chart" aria-label={`Gráfico: ${title}`}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={points} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => formatNumberEsCo(v, decimals)}
            width={64}
          />
          <Tooltip formatter={(v) => formatNumberEsCo(Number(v), decimals)} />
          <Line
            type="monotone"
            dataKey="value"
            name={title}
            stroke="#3366CC"
            strokeWidth={3}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
