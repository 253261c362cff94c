import { describe, expect, it } from "vitest";
import { sparklinePoints } from "./sparkline";

describe("sparkline points", () => {
  it("spreads values across the width and puts the largest at the top", () => {
    expect(sparklinePoints([10, 30, 20], 100, 40, 4)).toBe("4,36 50,4 96,20");
  });

  it("draws a flat series on the middle line", () => {
    expect(sparklinePoints([5, 5, 5], 100, 40, 4)).toBe("4,20 50,20 96,20");
  });

  it("centres a single value and returns nothing for no values", () => {
    expect(sparklinePoints([7], 100, 40, 4)).toBe("50,20");
    expect(sparklinePoints([], 100, 40, 4)).toBe("");
  });

  it("scales negative values from their own minimum", () => {
    expect(sparklinePoints([-10, 0, -5], 100, 40, 4)).toBe("4,36 50,4 96,20");
    expect(sparklinePoints([-3, -1], 10, 10, 1)).toBe("1,9 9,1");
  });

  it("rounds to two decimals", () => {
    expect(sparklinePoints([0, 1, 2, 3], 10, 10, 0)).toBe("0,10 3.33,6.67 6.67,3.33 10,0");
  });
});
