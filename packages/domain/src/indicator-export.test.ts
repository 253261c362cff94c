import { describe, expect, it } from "vitest";
import { parseExportFormat, plainDecimal } from "./indicator-export";

describe("export format", () => {
  it("defaults to JSON and accepts csv and json in any case", () => {
    expect(parseExportFormat(null)).toEqual({ ok: true, format: "json" });
    expect(parseExportFormat("  ")).toEqual({ ok: true, format: "json" });
    expect(parseExportFormat("CSV")).toEqual({ ok: true, format: "csv" });
    expect(parseExportFormat("json")).toEqual({ ok: true, format: "json" });
  });

  it("refuses anything else with a Spanish message naming both formats", () => {
    const result = parseExportFormat("xml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/csv.*json/);
  });
});

describe("plain decimals for CSV", () => {
  it("uses a dot, no grouping and no exponent, and drops trailing zeros", () => {
    expect(plainDecimal(1234.5)).toBe("1234.5");
    expect(plainDecimal(76)).toBe("76");
    expect(plainDecimal(0.000001)).toBe("0.000001");
    expect(plainDecimal(12345678901234.5)).toBe("12345678901234.5");
    expect(plainDecimal(0.1 + 0.2)).toBe("0.3");
    expect(plainDecimal(-0)).toBe("0");
    expect(plainDecimal(-4.25)).toBe("-4.25");
  });
});
