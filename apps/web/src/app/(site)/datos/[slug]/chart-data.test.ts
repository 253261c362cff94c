import { describe, expect, it } from "vitest";
import { CHART_MAX_POINTS, chartPoints } from "./chart-data";

const rows = [
  { tipo: "Universidad", asistentes: 12 },
  { tipo: "Universidad", asistentes: "8" },
  { tipo: "Empresa", asistentes: 5 },
  { tipo: null, asistentes: 2 },
  { tipo: "Empresa", asistentes: null },
];

describe("the quick chart's points", () => {
  it("sum Y per X value, in the rows' order", () => {
    expect(chartPoints(rows, "tipo", "asistentes", "sum", "(vacío)").points).toEqual([
      { x: "Universidad", y: 20 },
      { x: "Empresa", y: 5 },
      { x: "(vacío)", y: 2 },
    ]);
  });

  it("average Y leaving empty cells out", () => {
    expect(chartPoints(rows, "tipo", "asistentes", "mean", "(vacío)").points).toEqual([
      { x: "Universidad", y: 10 },
      { x: "Empresa", y: 5 },
      { x: "(vacío)", y: 2 },
    ]);
  });

  it("count rows per X value", () => {
    expect(chartPoints(rows, "tipo", null, "count", "(vacío)").points).toEqual([
      { x: "Universidad", y: 2 },
      { x: "Empresa", y: 2 },
      { x: "(vacío)", y: 1 },
    ]);
  });

  it("keep the first values and say so when there are too many to draw", () => {
    const many = Array.from({ length: CHART_MAX_POINTS + 5 }, (_, i) => ({ n: i, v: i }));
    const { points, truncated } = chartPoints(many, "n", "v", "sum", "-");
    expect(points).toHaveLength(CHART_MAX_POINTS);
    expect(points[0]).toEqual({ x: "0", y: 0 });
    expect(truncated).toBe(true);
  });
});
