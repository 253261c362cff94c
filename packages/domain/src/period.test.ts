import { describe, expect, it } from "vitest";
import { PERIODICITIES, type TPeriodicity } from "./indicator";
import { INTL_LOCALE } from "./locale";
import {
  comparePeriods,
  detectPeriodicity,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodBounds,
  periodFromParts,
  periodPartOptionsEs,
  previousPeriod,
  ZPeriod,
} from "./period";

function parsed(periodicity: TPeriodicity, input: string): string | null {
  const result = parsePeriod(periodicity, input);
  return result.ok ? result.period : null;
}

function message(periodicity: TPeriodicity, input: string): string | null {
  const result = parsePeriod(periodicity, input);
  return result.ok ? null : result.message;
}

describe("parsePeriod", () => {
  it.each<[TPeriodicity, string, string]>([
    ["ANNUAL", "2024", "2024"],
    ["ANNUAL", " 2024 ", "2024"],
    ["ANNUAL", "Año 2024", "2024"],
    ["SEMIANNUAL", "2024-S1", "2024-S1"],
    ["SEMIANNUAL", "2024-s2", "2024-S2"],
    ["SEMIANNUAL", "2024 S1", "2024-S1"],
    ["SEMIANNUAL", "S2 2024", "2024-S2"],
    ["SEMIANNUAL", "2024-I", "2024-S1"],
    ["SEMIANNUAL", "2024-II", "2024-S2"],
    ["SEMIANNUAL", "II 2024", "2024-S2"],
    ["SEMIANNUAL", "2024-1", "2024-S1"],
    ["SEMIANNUAL", "2024-2", "2024-S2"],
    ["SEMIANNUAL", "H2 2024", "2024-S2"],
    ["SEMIANNUAL", "1.er semestre 2024", "2024-S1"],
    ["SEMIANNUAL", "Segundo semestre de 2024", "2024-S2"],
    ["QUARTERLY", "2024-Q1", "2024-Q1"],
    ["QUARTERLY", "2024-q1", "2024-Q1"],
    ["QUARTERLY", "2024T1", "2024-Q1"],
    ["QUARTERLY", "2024-T3", "2024-Q3"],
    ["QUARTERLY", "T1 2024", "2024-Q1"],
    ["QUARTERLY", "t4-2024", "2024-Q4"],
    ["QUARTERLY", "Q2 2024", "2024-Q2"],
    ["QUARTERLY", "1er trimestre de 2024", "2024-Q1"],
    ["QUARTERLY", "tercer trimestre 2024", "2024-Q3"],
    ["QUARTERLY", "4th quarter 2024", "2024-Q4"],
    ["MONTHLY", "2024-03", "2024-03"],
    ["MONTHLY", "2024-3", "2024-03"],
    ["MONTHLY", "03/2024", "2024-03"],
    ["MONTHLY", "3/2024", "2024-03"],
    ["MONTHLY", "12-2024", "2024-12"],
    ["MONTHLY", "marzo de 2024", "2024-03"],
    ["MONTHLY", "Mar 2024", "2024-03"],
    ["MONTHLY", "sept. 2024", "2024-09"],
    ["MONTHLY", "dic-2024", "2024-12"],
    ["MONTHLY", "March 2024", "2024-03"],
    ["ONE_OFF", "2024-12-16", "2024-12-16"],
    ["ONE_OFF", "16/12/2024", "2024-12-16"],
    ["ONE_OFF", "6/1/2025", "2025-01-06"],
    ["ONE_OFF", "16-12-2024", "2024-12-16"],
    ["ONE_OFF", "16 de diciembre de 2024", "2024-12-16"],
    ["ONE_OFF", "16 dic 2024", "2024-12-16"],
    ["ONE_OFF", "December 16, 2024", "2024-12-16"],
    ["ONE_OFF", "29/02/2024", "2024-02-29"],
  ])("%s reads %j as %j", (periodicity, input, expected) => {
    expect(parsed(periodicity, input)).toBe(expected);
  });

  it("names the expected format when the form is wrong", () => {
    expect(message("QUARTERLY", "2024-Q5")).toBe(
      "Periodo inválido para periodicidad trimestral: use el formato aaaa-Tn, por ejemplo 2024-T1.",
    );
    // A month typed for a quarterly indicator is not silently read as a quarter.
    expect(message("QUARTERLY", "2024-03")).toMatch(/aaaa-Tn/);
    expect(message("MONTHLY", "2024-13")).toBe(
      "Periodo inválido para periodicidad mensual: use el formato mm/aaaa, por ejemplo 03/2024.",
    );
    expect(message("MONTHLY", "00/2024")).toMatch(/mm\/aaaa/);
    expect(message("MONTHLY", "marzu 2024")).toMatch(/mm\/aaaa/);
    expect(message("SEMIANNUAL", "2024-S3")).toBe(
      "Periodo inválido para periodicidad semestral: use el formato aaaa-Sn, por ejemplo 2024-S1.",
    );
    expect(message("SEMIANNUAL", "2024-III")).toMatch(/aaaa-Sn/);
    expect(message("ANNUAL", "24")).toBe(
      "Periodo inválido para periodicidad anual: use el formato aaaa, por ejemplo 2024.",
    );
    expect(message("ANNUAL", "2024-Q1")).toMatch(/formato aaaa,/);
    expect(message("ONE_OFF", "2024")).toBe(
      "Periodo inválido para periodicidad de única vez: use el formato dd/mm/aaaa, por ejemplo 16/12/2024.",
    );
    for (const periodicity of PERIODICITIES) {
      expect(message(periodicity, "")).toMatch(/^Periodo inválido para periodicidad/);
      expect(message(periodicity, "abc")).toMatch(/^Periodo inválido para periodicidad/);
    }
  });

  it("rejects dates that do not exist", () => {
    expect(message("ONE_OFF", "31/02/2024")).toBe(
      "Periodo inválido: la fecha 31/02/2024 no existe.",
    );
    expect(message("ONE_OFF", "29/02/2023")).toMatch(/29\/02\/2023 no existe/);
    expect(message("ONE_OFF", "29/02/1900")).toMatch(/no existe/);
    expect(message("ONE_OFF", "2024-13-01")).toMatch(/01\/13\/2024 no existe/);
    expect(message("ONE_OFF", "0/12/2024")).toMatch(/no existe/);
    expect(message("ONE_OFF", "31 de abril de 2024")).toMatch(/no existe/);
  });

  it("rejects years outside 1900–2100", () => {
    const outOfRange = "Periodo inválido: el año debe estar entre 1900 y 2100.";
    expect(message("ANNUAL", "1899")).toBe(outOfRange);
    expect(message("ANNUAL", "2101")).toBe(outOfRange);
    expect(message("QUARTERLY", "T1 0024")).toBe(outOfRange);
    expect(message("ONE_OFF", "01/01/2101")).toBe(outOfRange);
    expect(parsed("ANNUAL", "1900")).toBe("1900");
    expect(parsed("ANNUAL", "2100")).toBe("2100");
  });

  it("reads back every display form it produces, in both languages", () => {
    const samples: Record<TPeriodicity, string[]> = {
      ANNUAL: ["1900", "2024", "2100"],
      SEMIANNUAL: ["2024-S1", "2024-S2"],
      QUARTERLY: ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"],
      MONTHLY: Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`),
      ONE_OFF: ["2024-12-16", "2025-01-01", "2024-02-29", "2024-09-30"],
    };
    for (const periodicity of PERIODICITIES) {
      for (const period of samples[periodicity]) {
        expect(parsed(periodicity, period)).toBe(period);
        for (const locale of ["es", "en"] as const) {
          const shown = formatPeriod(periodicity, period, locale);
          expect(parsed(periodicity, shown), `${locale}: ${shown}`).toBe(period);
        }
      }
    }
  });
});

describe("ZPeriod", () => {
  it("normalizes valid input and reports the Spanish message otherwise", () => {
    const schema = ZPeriod("QUARTERLY");
    expect(schema.parse("T2 2024")).toBe("2024-Q2");
    expect(schema.safeParse("2024-Q9").error?.issues[0]?.message).toMatch(/aaaa-Tn/);
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe("Escriba el periodo.");
  });
});

describe("formatPeriod", () => {
  it.each<[TPeriodicity, string, string, string]>([
    ["ANNUAL", "2024", "2024", "2024"],
    ["SEMIANNUAL", "2024-S1", "1.er semestre 2024", "H1 2024"],
    ["SEMIANNUAL", "2024-S2", "2.º semestre 2024", "H2 2024"],
    ["QUARTERLY", "2024-Q1", "T1 2024", "Q1 2024"],
    ["MONTHLY", "2024-03", "marzo de 2024", "March 2024"],
    ["ONE_OFF", "2024-12-16", "16 de diciembre de 2024", "December 16, 2024"],
    ["ONE_OFF", "2025-01-05", "5 de enero de 2025", "January 5, 2025"],
  ])("%s %s → %j / %j", (periodicity, period, es, en) => {
    expect(formatPeriod(periodicity, period)).toBe(es);
    expect(formatPeriod(periodicity, period, "en")).toBe(en);
  });

  it("writes dates and months as Intl does for es-CO and en-US", () => {
    const date = new Date(Date.UTC(2024, 11, 16));
    for (const locale of ["es", "en"] as const) {
      const intl = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: "UTC", ...options }).format(date);
      expect(formatPeriod("ONE_OFF", "2024-12-16", locale)).toBe(intl({ dateStyle: "long" }));
      expect(formatPeriod("MONTHLY", "2024-12", locale)).toBe(
        intl({ month: "long", year: "numeric" }),
      );
    }
  });

  it("returns strings it cannot read unchanged", () => {
    expect(formatPeriod("QUARTERLY", "2024-T1")).toBe("2024-T1");
    expect(formatPeriod("MONTHLY", "2024-Q1")).toBe("2024-Q1");
    expect(formatPeriod("ONE_OFF", "2024-02-30")).toBe("2024-02-30");
  });
});

describe("comparePeriods", () => {
  it("sorts chronologically within a periodicity", () => {
    expect(["2024-Q3", "2023-Q4", "2024-Q1", "2024-Q2"].sort(comparePeriods)).toEqual([
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
    ]);
    expect(["2024-10", "2024-02", "2023-12"].sort(comparePeriods)).toEqual([
      "2023-12",
      "2024-02",
      "2024-10",
    ]);
    expect(["2025-01-06", "2024-12-16"].sort(comparePeriods)).toEqual(["2024-12-16", "2025-01-06"]);
    expect(comparePeriods("2024-S1", "2024-S1")).toBe(0);
  });

  it("orders mixed periodicities by start, then by end, and invalid strings last", () => {
    expect(["2024-04", "2024-Q2", "2024", "xyz", "2024-S1", "2023"].sort(comparePeriods)).toEqual([
      "2023",
      "2024-S1",
      "2024",
      "2024-04",
      "2024-Q2",
      "xyz",
    ]);
  });
});

describe("periodBounds and detectPeriodicity", () => {
  it("give each canonical period its periodicity and first and last day", () => {
    expect(detectPeriodicity("2024-Q1")).toBe("QUARTERLY");
    expect(detectPeriodicity("2024-12-16")).toBe("ONE_OFF");
    expect(detectPeriodicity("2024-T1")).toBeNull();
    expect(periodBounds("2024")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(periodBounds("2024-S2")).toEqual({ start: "2024-07-01", end: "2024-12-31" });
    expect(periodBounds("2024-Q1")).toEqual({ start: "2024-01-01", end: "2024-03-31" });
    expect(periodBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(periodBounds("2023-02")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(periodBounds("2024-12-16")).toEqual({ start: "2024-12-16", end: "2024-12-16" });
    expect(periodBounds("2024-13")).toBeNull();
  });
});

describe("previousPeriod and nextPeriod", () => {
  it("step across year boundaries", () => {
    expect(previousPeriod("ANNUAL", "2024")).toBe("2023");
    expect(previousPeriod("SEMIANNUAL", "2024-S1")).toBe("2023-S2");
    expect(previousPeriod("SEMIANNUAL", "2024-S2")).toBe("2024-S1");
    expect(previousPeriod("QUARTERLY", "2024-Q1")).toBe("2023-Q4");
    expect(previousPeriod("MONTHLY", "2024-01")).toBe("2023-12");
    expect(previousPeriod("MONTHLY", "2024-11")).toBe("2024-10");
    expect(nextPeriod("QUARTERLY", "2024-Q4")).toBe("2025-Q1");
    expect(nextPeriod("MONTHLY", "2024-12")).toBe("2025-01");
  });

  it("return null where there is no neighbour", () => {
    expect(previousPeriod("ONE_OFF", "2024-12-16")).toBeNull();
    expect(previousPeriod("ANNUAL", "1900")).toBeNull();
    expect(previousPeriod("QUARTERLY", "1900-Q1")).toBeNull();
    expect(nextPeriod("MONTHLY", "2100-12")).toBeNull();
    // The periodicity must match the stored form.
    expect(previousPeriod("MONTHLY", "2024-Q1")).toBeNull();
    expect(previousPeriod("QUARTERLY", "2024-T1")).toBeNull();
  });
});

describe("periodFromParts and periodPartOptionsEs", () => {
  it("give the canonical period of a picker's choice, which parsePeriod accepts as is", () => {
    expect(periodFromParts("ANNUAL", { year: 2024 })).toBe("2024");
    expect(periodFromParts("SEMIANNUAL", { year: 2024, part: 2 })).toBe("2024-S2");
    expect(periodFromParts("QUARTERLY", { year: 2024, part: 1 })).toBe("2024-Q1");
    expect(periodFromParts("MONTHLY", { year: 2024, part: 3 })).toBe("2024-03");
    expect(periodFromParts("ONE_OFF", { date: "2024-12-16" })).toBe("2024-12-16");
    for (const [periodicity, period] of [
      ["SEMIANNUAL", "2024-S2"],
      ["QUARTERLY", "2024-Q1"],
      ["MONTHLY", "2024-03"],
      ["ONE_OFF", "2024-12-16"],
    ] as const) {
      expect(parsed(periodicity, period)).toBe(period);
    }
  });

  it("return null for an incomplete or impossible choice", () => {
    expect(periodFromParts("QUARTERLY", { year: 2024 })).toBeNull();
    expect(periodFromParts("QUARTERLY", { year: 2024, part: 5 })).toBeNull();
    expect(periodFromParts("MONTHLY", { part: 3 })).toBeNull();
    expect(periodFromParts("ANNUAL", { year: 1800 })).toBeNull();
    expect(periodFromParts("ONE_OFF", { date: "2023-02-29" })).toBeNull();
    expect(periodFromParts("ONE_OFF", { date: "" })).toBeNull();
  });

  it("offer one option per semester, quarter or month, and none for years and dates", () => {
    expect(periodPartOptionsEs("SEMIANNUAL")).toHaveLength(2);
    expect(periodPartOptionsEs("QUARTERLY")[0]).toEqual({ value: 1, label: "T1 (enero a marzo)" });
    expect(periodPartOptionsEs("MONTHLY")[11]).toEqual({ value: 12, label: "Diciembre" });
    expect(periodPartOptionsEs("ANNUAL")).toEqual([]);
    expect(periodPartOptionsEs("ONE_OFF")).toEqual([]);
  });
});
