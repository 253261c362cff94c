import { describe, expect, it } from "vitest";
import { formatNumber, formatNumberEsCo, formatValue, parseEsCoNumber } from "./number";

const NBSP = "\u00A0";

describe("parseEsCoNumber", () => {
  it.each([
    ["1.234,5", 1234.5],
    ["1234,5", 1234.5],
    ["1234.5", 1234.5],
    ["-12,3", -12.3],
    ["−12,3", -12.3],
    ["+7", 7],
    ["  76 ", 76],
    ["1 234,5", 1234.5],
    [`1${NBSP}234${NBSP}567,25`, 1234567.25],
    ["1\u202F234", 1234],
    ["1.234", 1234],
    ["76.000", 76000],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1,234", 1.234],
    ["0,5", 0.5],
    [",5", 0.5],
    [".5", 0.5],
    ["0.234", 0.234],
    ["1234.567", 1234.567],
    ["12.34", 12.34],
    ["007", 7],
    ["-0", 0],
  ])("reads %j as %d", (input, expected) => {
    expect(parseEsCoNumber(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "abc",
    "-",
    ".",
    ",",
    "1,2,3",
    "1.23.4",
    "1.234,5,6",
    "1,234.5.6",
    "0.234.567",
    "1.234,",
    "12e3",
    "1E3",
    "0x10",
    "Infinity",
    "NaN",
    "$ 1.000",
    "45 %",
    "12 34",
    "1 234 5",
    "- 12",
    "--1",
    `1${"0".repeat(400)}`,
  ])("rejects %j", (input) => {
    expect(parseEsCoNumber(input)).toBeNull();
  });
});

describe("formatNumberEsCo", () => {
  it("uses es-CO separators and the requested decimals", () => {
    expect(formatNumberEsCo(1234.5, 1)).toBe("1.234,5");
    expect(formatNumberEsCo(1234567.891, 2)).toBe("1.234.567,89");
    expect(formatNumberEsCo(1234, 0)).toBe("1.234");
    expect(formatNumberEsCo(0.5, 2)).toBe("0,50");
    expect(formatNumberEsCo(-12.34, 1)).toBe("-12,3");
  });

  it("shows up to six decimals when none are requested", () => {
    expect(formatNumberEsCo(76)).toBe("76");
    expect(formatNumberEsCo(1.2345678)).toBe("1,234568");
  });

  it("never shows a negative zero", () => {
    expect(formatNumberEsCo(-0.01, 1)).toBe("0,0");
    expect(formatNumberEsCo(-0, 0)).toBe("0");
  });

  it("reads back through parseEsCoNumber", () => {
    for (const value of [0, 1, 12.5, 1234, 1234.5, -98765.4321, 0.000123, 76000, 1.234]) {
      expect(parseEsCoNumber(formatNumberEsCo(value))).toBe(value);
    }
  });
});

describe("formatNumber", () => {
  it("formats es-CO by default and en-US in English", () => {
    expect(formatNumber(1234.5, 1)).toBe("1.234,5");
    expect(formatNumber(1234.5, 1, "es")).toBe("1.234,5");
    expect(formatNumber(1234.5, 1, "en")).toBe("1,234.5");
    expect(formatNumber(1234567.891, 2, "en")).toBe("1,234,567.89");
    expect(formatNumber(0.5, 2, "en")).toBe("0.50");
    expect(formatNumber(-12.34, 1, "en")).toBe("-12.3");
  });

  it("shows up to six decimals when none are requested, in either language", () => {
    expect(formatNumber(1.2345678, undefined, "en")).toBe("1.234568");
    expect(formatNumber(76, undefined, "en")).toBe("76");
  });

  it("never shows a negative zero in English either", () => {
    expect(formatNumber(-0.01, 1, "en")).toBe("0.0");
  });

  it("agrees with formatNumberEsCo in Spanish", () => {
    for (const value of [0, 1234.5, -98765.4321, 0.000123]) {
      expect(formatNumber(value)).toBe(formatNumberEsCo(value));
      expect(formatNumber(value, 2, "es")).toBe(formatNumberEsCo(value, 2));
    }
  });
});

describe("formatValue", () => {
  it("formats each unit", () => {
    expect(formatValue("PERCENTAGE", 45.3, 1)).toBe(`45,3${NBSP}%`);
    expect(formatValue("CURRENCY_COP", 1234567, 0)).toBe(`$${NBSP}1.234.567`);
    expect(formatValue("CURRENCY_COP", 1234.5, 2)).toBe(`$${NBSP}1.234,50`);
    expect(formatValue("COUNT", 76, 0)).toBe("76");
    expect(formatValue("INDEX_0_100", 62.48, 1)).toBe("62,5");
    expect(formatValue("RATIO", 0.75, 2)).toBe("0,75");
  });

  it("appends the free-text unit label, except where the unit has its own symbol", () => {
    expect(formatValue("COUNT", 1500, 0, "laboratorios")).toBe(`1.500${NBSP}laboratorios`);
    expect(formatValue("OTHER", 3.2, 1, " t CO₂ ")).toBe(`3,2${NBSP}t CO₂`);
    expect(formatValue("OTHER", 3.2, 1, null)).toBe("3,2");
    expect(formatValue("OTHER", 3.2, 1, "  ")).toBe("3,2");
    expect(formatValue("PERCENTAGE", 10, 0, "por ciento")).toBe(`10${NBSP}%`);
    expect(formatValue("CURRENCY_COP", 10, 0, "pesos")).toBe(`$${NBSP}10`);
  });

  it("formats each unit the en-US way in English", () => {
    expect(formatValue("PERCENTAGE", 45.3, 1, null, "en")).toBe("45.3%");
    expect(formatValue("PERCENTAGE", 10, 0, "por ciento", "en")).toBe("10%");
    // Intl's en-US currency form names the peso, so it is not read as US dollars.
    expect(formatValue("CURRENCY_COP", 1234567, 0, null, "en")).toBe(`COP${NBSP}1,234,567`);
    expect(formatValue("CURRENCY_COP", 1234.5, 2, "pesos", "en")).toBe(`COP${NBSP}1,234.50`);
    expect(formatValue("COUNT", 1500, 0, undefined, "en")).toBe("1,500");
    expect(formatValue("INDEX_0_100", 62.48, 1, null, "en")).toBe("62.5");
    expect(formatValue("RATIO", 0.75, 2, null, "en")).toBe("0.75");
  });

  it("keeps the unit label as given in English: it is content, not interface", () => {
    expect(formatValue("COUNT", 1500, 0, "laboratorios", "en")).toBe(`1,500${NBSP}laboratorios`);
    expect(formatValue("OTHER", 3.2, 1, " t CO₂ ", "en")).toBe(`3.2${NBSP}t CO₂`);
  });

  it('is Spanish when the locale is omitted or "es"', () => {
    expect(formatValue("PERCENTAGE", 45.3, 1, null, "es")).toBe(`45,3${NBSP}%`);
    expect(formatValue("CURRENCY_COP", 1234567, 0, null, "es")).toBe(`$${NBSP}1.234.567`);
  });
});
