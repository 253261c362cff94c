import { describe, expect, it } from "vitest";
import { changeVsPrevious, describeChange, progressToTarget, summarizeSeries } from "./trend";

type TSummaryInput = Parameters<typeof summarizeSeries>[0];

const series = [
  { period: "2022", value: 890 },
  { period: "2023", value: 1240 },
  { period: "2024", value: 1580 },
];

describe("change against the previous period", () => {
  it("compares the last two values and judges them by the indicator's direction", () => {
    const change = changeVsPrevious(series, "HIGHER_IS_BETTER");
    expect(change).toMatchObject({
      previousPeriod: "2023",
      delta: 340,
      trend: "up",
      assessment: "better",
    });
    expect(change?.relative).toBeCloseTo(0.2742, 3);
    expect(changeVsPrevious(series, "LOWER_IS_BETTER")?.assessment).toBe("worse");
    expect(changeVsPrevious(series, "NEUTRAL")?.assessment).toBe("neutral");
    expect(changeVsPrevious(series.slice(0, 1), "HIGHER_IS_BETTER")).toBeNull();
  });

  it("is put in words in Spanish and English", () => {
    const change = changeVsPrevious(series, "HIGHER_IS_BETTER");
    if (!change) throw new Error("expected a change");
    expect(describeChange(change, "COUNT", 0, "ANNUAL")).toBe("Subió 340 (+27,4 %) frente a 2023");
    expect(describeChange(change, "COUNT", 0, "ANNUAL", "en")).toBe("Up 340 (+27.4%) from 2023");
    const down = changeVsPrevious(
      [
        { period: "2023", value: 16.4 },
        { period: "2024", value: 11.8 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!down) throw new Error("expected a change");
    expect(describeChange(down, "PERCENTAGE", 1, "ANNUAL")).toBe(
      "Bajó 4,6 puntos porcentuales frente a 2023",
    );
    const flat = changeVsPrevious(
      [
        { period: "2023", value: 5 },
        { period: "2024", value: 5 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!flat) throw new Error("expected a change");
    expect(describeChange(flat, "COUNT", 0, "ANNUAL")).toBe("Sin cambio frente a 2023");
  });

  it("uses en-US numbers and period names in English", () => {
    const big = changeVsPrevious(
      [
        { period: "2024-Q1", value: 1000 },
        { period: "2024-Q2", value: 2234.6 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!big) throw new Error("expected a change");
    expect(describeChange(big, "COUNT", 1, "QUARTERLY", "en")).toBe(
      "Up 1,234.6 (+123.5%) from Q1 2024",
    );
    expect(describeChange(big, "COUNT", 1, "QUARTERLY")).toBe(
      "Subió 1.234,6 (+123,5 %) frente a T1 2024",
    );
    expect(describeChange(big, "CURRENCY_COP", 0, "QUARTERLY", "en")).toBe(
      "Up COP\u00a01,235 (+123.5%) from Q1 2024",
    );

    const down = changeVsPrevious(
      [
        { period: "2024-11", value: 16.4 },
        { period: "2024-12", value: 11.8 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!down) throw new Error("expected a change");
    expect(describeChange(down, "PERCENTAGE", 1, "MONTHLY", "en")).toBe(
      "Down 4.6 percentage points from November 2024",
    );
    expect(describeChange(down, "INDEX_0_100", 1, "MONTHLY", "en")).toBe(
      "Down 4.6 (−28.0%) from November 2024",
    );

    const flat = changeVsPrevious(
      [
        { period: "2023", value: 5 },
        { period: "2024", value: 5 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!flat) throw new Error("expected a change");
    expect(describeChange(flat, "COUNT", 0, "ANNUAL", "en")).toBe("No change from 2023");
  });

  it("leaves out the relative change when the previous value is zero", () => {
    const fromZero = changeVsPrevious(
      [
        { period: "2023", value: 0 },
        { period: "2024", value: 7 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!fromZero) throw new Error("expected a change");
    expect(describeChange(fromZero, "COUNT", 0, "ANNUAL")).toBe("Subió 7 frente a 2023");
    expect(describeChange(fromZero, "COUNT", 0, "ANNUAL", "en")).toBe("Up 7 from 2023");
  });

  it("says one percentage point in the singular", () => {
    const one = changeVsPrevious(
      [
        { period: "2023", value: 40 },
        { period: "2024", value: 41 },
      ],
      "HIGHER_IS_BETTER",
    );
    if (!one) throw new Error("expected a change");
    expect(describeChange(one, "PERCENTAGE", 0, "ANNUAL")).toBe(
      "Subió 1 punto porcentual frente a 2023",
    );
    expect(describeChange(one, "PERCENTAGE", 0, "ANNUAL", "en")).toBe(
      "Up 1 percentage point from 2023",
    );
    expect(describeChange(one, "PERCENTAGE", 1, "ANNUAL", "en")).toBe(
      "Up 1.0 percentage points from 2023",
    );
  });
});

describe("progress to target", () => {
  it("measures the way travelled from the first value to the target", () => {
    expect(progressToTarget(3, 14, 25, "HIGHER_IS_BETTER")).toEqual({ ratio: 0.5, reached: false });
    expect(progressToTarget(3, 30, 25, "HIGHER_IS_BETTER")).toEqual({ ratio: 1, reached: true });
    expect(progressToTarget(3, 1, 25, "HIGHER_IS_BETTER")).toEqual({ ratio: 0, reached: false });
  });

  it("works when lower is better", () => {
    expect(progressToTarget(40, 30, 20, "LOWER_IS_BETTER")).toEqual({ ratio: 0.5, reached: false });
    expect(progressToTarget(40, 18, 20, "LOWER_IS_BETTER")).toEqual({ ratio: 1, reached: true });
  });
});

describe("a chart's text summary", () => {
  it("states the range, the latest value, the change and the target", () => {
    expect(
      summarizeSeries({
        name: "Conjuntos de datos abiertos publicados",
        unit: "COUNT",
        unitLabel: "conjuntos",
        decimals: 0,
        direction: "HIGHER_IS_BETTER",
        periodicity: "ANNUAL",
        series: [
          { period: "2023", value: 58 },
          { period: "2024", value: 73 },
        ],
        target: { value: 120, year: 2027 },
      }).replace(/\u00a0/g, " "),
    ).toBe(
      "Serie de «Conjuntos de datos abiertos publicados» de 2023 a 2024: pasó de 58 conjuntos a 73 conjuntos. Subió 15 (+25,9 %) frente a 2023. Meta: 120 conjuntos a 2027.",
    );
  });

  it("says so when there is no data", () => {
    const base = {
      name: "X",
      unit: "COUNT",
      unitLabel: null,
      decimals: 0,
      direction: "NEUTRAL",
      periodicity: "ANNUAL",
    } as const;
    expect(summarizeSeries({ ...base, series: [] })).toBe(
      "«X» todavía no tiene valores publicados.",
    );
  });

  it("has an English version", () => {
    const input: TSummaryInput = {
      name: "Open datasets published",
      unit: "COUNT",
      unitLabel: null,
      decimals: 0,
      direction: "HIGHER_IS_BETTER",
      periodicity: "ANNUAL",
      series: [
        { period: "2020", value: 12 },
        { period: "2023", value: 58 },
        { period: "2024", value: 73 },
      ],
      target: { value: 120, year: 2027 },
    };
    expect(summarizeSeries(input, "en")).toBe(
      "Series of “Open datasets published” from 2020 to 2024: went from 12 to 73. Up 15 (+25.9%) from 2023. Target: 120 by 2027.",
    );
    expect(summarizeSeries({ ...input, series: [], target: null }, "en")).toBe(
      "“Open datasets published” has no published values yet.",
    );
    expect(summarizeSeries({ ...input, target: { value: 120, year: null } }, "en")).toMatch(
      / Target: 120\.$/,
    );
  });

  it("states a single value with its period and its unit label as given", () => {
    const input: TSummaryInput = {
      name: "Tasa de digitalización",
      unit: "PERCENTAGE",
      unitLabel: null,
      decimals: 1,
      direction: "HIGHER_IS_BETTER",
      periodicity: "MONTHLY",
      series: [{ period: "2024-03", value: 1234.5 }],
    };
    expect(summarizeSeries(input)).toBe(
      "«Tasa de digitalización»: 1.234,5\u00a0% en marzo de 2024.",
    );
    expect(summarizeSeries(input, "en")).toBe("“Tasa de digitalización”: 1,234.5% in March 2024.");
    const labelled: TSummaryInput = {
      ...input,
      unit: "OTHER",
      unitLabel: "laboratorios",
      decimals: 0,
      series: [{ period: "2024-03", value: 1500 }],
    };
    expect(summarizeSeries(labelled, "en")).toBe(
      "“Tasa de digitalización”: 1,500\u00a0laboratorios in March 2024.",
    );
  });

  it("quotes the name in Spanish when no locale is given", () => {
    const base = {
      name: "X",
      unit: "COUNT",
      unitLabel: null,
      decimals: 0,
      direction: "NEUTRAL",
      periodicity: "ANNUAL",
    } as const;
    expect(summarizeSeries({ ...base, series: [] }, "es")).toBe(
      "«X» todavía no tiene valores publicados.",
    );
  });
});
