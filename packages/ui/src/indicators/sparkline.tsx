"use client";

import { Line, LineChart, ResponsiveContainer } from "recharts";

/** A decorative trend line; the card states the values in text for screen readers. */
export function Sparkline({ points }: { points: { period: string; value: number }[] }) {
  if (points.length < 2) return null;
  return (
    <div className="sparkline" aria-hidden="true">
      <ResponsiveContainer width="100%" height={40}>
        <LineChart
          data={points}
          margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
          // Decorative: no keyboard stop inside an aria-hidden element.
          accessibilityLayer={false}
          tabIndex={-1}
        >
          <Line
            type="monotone"
            dataKey="value"
            stroke="#3366CC"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
