import { describe, expect, it } from "vitest";
import { normalizeViewState, periodInRange, viewStateToQuery } from "./view-state";

const annual = { periodicity: "ANNUAL", geographicBreakdown: "MUNICIPALITY" } as const;
const byComuna = { periodicity: "ANNUAL", geographicBreakdown: "COMUNAS" } as const;
const periods = ["2020", "2021", "2022", "2023", "2024"];

describe("indicator view state from a URL", () => {
  it("defaults to the chart over every period", () => {
    expect(normalizeViewState({}, annual, periods)).toEqual({
      tab: "grafico",
      from: "2020",
      to: "2024",
      geographies: [],
    });
  });

  it("keeps a valid state as given", () => {
    const state = normalizeViewState(
      { vista: "tabla", desde: "2021", hasta: "2023" },
      annual,
      periods,
    );
    expect(state).toMatchObject({ tab: "tabla", from: "2021", to: "2023" });
    expect(viewStateToQuery(state)).toBe("vista=tabla&desde=2021&hasta=2023");
  });

  it("normalises nonsense to the nearest valid view", () => {
    expect(normalizeViewState({ vista: "mapa", desde: "abc" }, annual, periods)).toMatchObject({
      tab: "grafico",
      from: "2020",
    });
    expect(normalizeViewState({ desde: "1990", hasta: "2099" }, annual, periods)).toMatchObject({
      from: "2020",
      to: "2024",
    });
    expect(normalizeViewState({ desde: "2023", hasta: "2021" }, annual, periods)).toMatchObject({
      from: "2021",
      to: "2023",
    });
    expect(normalizeViewState({ desde: ["2022", "2020"] }, annual, periods).from).toBe("2022");
  });

  it("reads comunas in several spellings, drops unknown ones, and ignores them where not broken down", () => {
    const state = normalizeViewState(
      { comunas: "15,comuna-3,c2,99,comuna-15,xyz" },
      byComuna,
      periods,
    );
    expect(state.geographies).toEqual(["comuna-03", "comuna-15", "corregimiento-2"]);
    expect(viewStateToQuery(state)).toContain("comunas=comuna-03,comuna-15,corregimiento-2");
    expect(normalizeViewState({ comunas: "15" }, annual, periods).geographies).toEqual([]);
  });

  it("has no range without data, and filters periods by range", () => {
    expect(normalizeViewState({ desde: "2020" }, annual, [])).toMatchObject({
      from: null,
      to: null,
    });
    expect(periodInRange("2022", { from: "2021", to: "2023" })).toBe(true);
    expect(periodInRange("2024", { from: "2021", to: "2023" })).toBe(false);
  });
});
