import { describe, expect, it } from "vitest";
import { indicatorPeriods, seriesForView } from "./indicator-series";

const obs = (period: string, geography: string, value: number, provisional = false) => ({
  period,
  geography,
  value,
  provisional,
  note: null,
  sourceOverride: null,
  updatedAt: new Date(0),
});

const indicator = {
  observations: [
    obs("2022", "bucaramanga", 5.1),
    obs("2023", "bucaramanga", 6.3),
    obs("2024", "bucaramanga", 7, true),
    obs("2022", "comuna-15", 4),
    obs("2024", "comuna-15", 6),
    obs("2023", "comuna-03", 9),
  ],
};

describe("series for a view", () => {
  it("lists every period once, in order", () => {
    expect(indicatorPeriods(indicator)).toEqual(["2022", "2023", "2024"]);
  });

  it("gives the municipal series, then each selected comuna, within the range", () => {
    const view = seriesForView(indicator, { from: "2023", to: "2024", geographies: ["comuna-15"] });
    expect(view.periods).toEqual(["2023", "2024"]);
    expect(view.series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ["Bucaramanga", [6.3, 7]],
      ["Comuna 15 – Centro", [6]],
    ]);
    expect(view.series[0]?.points[1]?.provisional).toBe(true);
  });
});
