import { describe, expect, it } from "vitest";
import { changeVsPrevious, describeChange, progressToTarget } from "./trend";

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
    expect(describeChange(change, "COUNT", 0, "ANNUAL", "en")).toBe("Up 340 (+27.4 %) from 2023");
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
