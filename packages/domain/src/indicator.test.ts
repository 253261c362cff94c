import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CAPACITY_TYPE_LABELS,
  CAPACITY_TYPE_LABELS_EN,
  CAPACITY_TYPE_LABELS_ES,
  CAPACITY_TYPES,
  checkValueForUnit,
  DIMENSION_LABELS,
  DIMENSION_LABELS_EN,
  DIMENSION_LABELS_ES,
  DIMENSIONS,
  DIRECTION_LABELS,
  DIRECTION_LABELS_EN,
  DIRECTIONS,
  GEOGRAPHIC_BREAKDOWN_LABELS,
  GEOGRAPHIC_BREAKDOWN_LABELS_EN,
  GEOGRAPHIC_BREAKDOWNS,
  PERIODICITIES,
  PERIODICITY_LABELS,
  PERIODICITY_LABELS_EN,
  PERIODICITY_LABELS_ES,
  PUBLICATION_STATUS_LABELS,
  PUBLICATION_STATUS_LABELS_EN,
  PUBLICATION_STATUSES,
  UNIT_LABELS,
  UNIT_LABELS_EN,
  UNIT_LABELS_ES,
  UNITS,
  valueBoundsForUnit,
  ZDimension,
  ZUnit,
} from "./indicator";
import { ROLES } from "./role";

// Reads the Prisma schema so a renamed or reordered enum value fails here, not in production.
function prismaEnum(name: string): string[] {
  const schema = readFileSync(new URL("../../../prisma/schema.prisma", import.meta.url), "utf8");
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (body === undefined) throw new Error(`enum ${name} not found in schema.prisma`);
  return body
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}

describe("indicator enums", () => {
  it("match the Prisma schema exactly", () => {
    expect([...DIMENSIONS]).toEqual(prismaEnum("Dimension"));
    expect([...PERIODICITIES]).toEqual(prismaEnum("Periodicity"));
    expect([...UNITS]).toEqual(prismaEnum("Unit"));
    expect([...PUBLICATION_STATUSES]).toEqual(prismaEnum("PublicationStatus"));
    expect([...ROLES]).toEqual(prismaEnum("Role"));
    expect([...CAPACITY_TYPES]).toEqual(prismaEnum("CapacityType"));
    expect([...DIRECTIONS]).toEqual(prismaEnum("Direction"));
    expect([...GEOGRAPHIC_BREAKDOWNS]).toEqual(prismaEnum("GeographicBreakdown"));
  });

  it("have Spanish labels", () => {
    expect(DIMENSION_LABELS_ES.CULTURA_DEL_DATO).toBe("Cultura del dato");
    expect(PERIODICITY_LABELS_ES.ONE_OFF).toBe("Única vez");
    expect(UNIT_LABELS_ES.CURRENCY_COP).toBe("Pesos colombianos (COP)");
    expect(UNIT_LABELS_ES.INDEX_0_100).toBe("Índice 0–100");
    expect(Object.values(CAPACITY_TYPE_LABELS_ES)).toEqual([
      "Física",
      "Humana",
      "Tecnológica",
      "Económica",
      "Social",
    ]);
  });

  it("have English labels, in enum order", () => {
    expect(DIMENSIONS.map((d) => DIMENSION_LABELS_EN[d])).toEqual([
      "Public innovation",
      "Citizen participation",
      "Institutional capacities",
      "Data culture",
      "Context",
    ]);
    expect(PERIODICITIES.map((p) => PERIODICITY_LABELS_EN[p])).toEqual([
      "Monthly",
      "Quarterly",
      "Semiannual",
      "Annual",
      "One-off",
    ]);
    expect(UNITS.map((u) => UNIT_LABELS_EN[u])).toEqual([
      "Percentage",
      "Count",
      "Colombian pesos (COP)",
      "Index 0–100",
      "Ratio",
      "Other unit",
    ]);
    expect(CAPACITY_TYPES.map((c) => CAPACITY_TYPE_LABELS_EN[c])).toEqual([
      "Physical",
      "Human",
      "Technological",
      "Economic",
      "Social",
    ]);
    expect(PUBLICATION_STATUSES.map((s) => PUBLICATION_STATUS_LABELS_EN[s])).toEqual([
      "Draft",
      "Published",
    ]);
    expect(DIRECTIONS.map((d) => DIRECTION_LABELS_EN[d])).toEqual([
      "Higher is better",
      "Lower is better",
      "Neutral",
    ]);
    expect(GEOGRAPHIC_BREAKDOWNS.map((g) => GEOGRAPHIC_BREAKDOWN_LABELS_EN[g])).toEqual([
      "Municipality of Bucaramanga",
      "By comunas and corregimientos",
    ]);
  });

  it("pick the labels by locale, Spanish and English for every value", () => {
    expect(DIMENSION_LABELS.es).toBe(DIMENSION_LABELS_ES);
    expect(DIMENSION_LABELS.en.CULTURA_DEL_DATO).toBe("Data culture");
    expect(PERIODICITY_LABELS.es.ONE_OFF).toBe("Única vez");
    expect(UNIT_LABELS.en.CURRENCY_COP).toBe("Colombian pesos (COP)");
    expect(CAPACITY_TYPE_LABELS.en.FISICA).toBe("Physical");
    expect(PUBLICATION_STATUS_LABELS.es.DRAFT).toBe("Borrador");
    expect(DIRECTION_LABELS.es.HIGHER_IS_BETTER).toBe("Más es mejor");
    expect(GEOGRAPHIC_BREAKDOWN_LABELS.en.COMUNAS).toBe("By comunas and corregimientos");
    const maps: [readonly string[], Record<"es" | "en", Record<string, string>>][] = [
      [DIMENSIONS, DIMENSION_LABELS],
      [PERIODICITIES, PERIODICITY_LABELS],
      [UNITS, UNIT_LABELS],
      [CAPACITY_TYPES, CAPACITY_TYPE_LABELS],
      [PUBLICATION_STATUSES, PUBLICATION_STATUS_LABELS],
      [DIRECTIONS, DIRECTION_LABELS],
      [GEOGRAPHIC_BREAKDOWNS, GEOGRAPHIC_BREAKDOWN_LABELS],
    ];
    for (const [values, labels] of maps) {
      for (const locale of ["es", "en"] as const) {
        expect(Object.keys(labels[locale])).toEqual([...values]);
        for (const value of values) expect(labels[locale][value]?.trim()).toBeTruthy();
      }
    }
  });

  it("reject values outside the enum with a Spanish message", () => {
    expect(ZDimension.safeParse("Innovación pública").error?.issues[0]?.message).toBe(
      "Elija una dimensión válida.",
    );
    expect(ZUnit.parse("RATIO")).toBe("RATIO");
  });
});

describe("valueBoundsForUnit", () => {
  it("bounds each unit", () => {
    expect(valueBoundsForUnit("PERCENTAGE")).toEqual({ min: 0, max: 100 });
    expect(valueBoundsForUnit("INDEX_0_100")).toEqual({ min: 0, max: 100 });
    expect(valueBoundsForUnit("COUNT")).toEqual({ min: 0, integer: true });
    expect(valueBoundsForUnit("CURRENCY_COP")).toEqual({ min: 0 });
    expect(valueBoundsForUnit("RATIO")).toEqual({ min: 0 });
    expect(valueBoundsForUnit("OTHER")).toEqual({});
  });
});

describe("checkValueForUnit", () => {
  it("accepts values inside the bounds, including the edges", () => {
    expect(checkValueForUnit("PERCENTAGE", 0)).toBeNull();
    expect(checkValueForUnit("PERCENTAGE", 100)).toBeNull();
    expect(checkValueForUnit("PERCENTAGE", 45.3)).toBeNull();
    expect(checkValueForUnit("COUNT", 76)).toBeNull();
    expect(checkValueForUnit("CURRENCY_COP", 1_234_567.5)).toBeNull();
    expect(checkValueForUnit("RATIO", 0.25)).toBeNull();
    expect(checkValueForUnit("OTHER", -1e9)).toBeNull();
  });

  it("explains in Spanish what is wrong", () => {
    expect(checkValueForUnit("PERCENTAGE", 100.1)).toBe("Un porcentaje debe estar entre 0 y 100.");
    expect(checkValueForUnit("PERCENTAGE", -1)).toBe("Un porcentaje debe estar entre 0 y 100.");
    expect(checkValueForUnit("INDEX_0_100", 101)).toMatch(/entre 0 y 100/);
    expect(checkValueForUnit("COUNT", 2.5)).toBe(
      "Un conteo debe ser un número entero no negativo.",
    );
    expect(checkValueForUnit("COUNT", -3)).toBe("Un conteo debe ser un número entero no negativo.");
    expect(checkValueForUnit("CURRENCY_COP", -1)).toMatch(/negativo/);
    expect(checkValueForUnit("RATIO", -0.1)).toMatch(/negativa/);
  });

  it("rejects values too large for the Decimal(20, 6) column, for every unit", () => {
    for (const unit of ["CURRENCY_COP", "RATIO", "OTHER"] as const) {
      expect(checkValueForUnit(unit, 99_999_999_999_999)).toBeNull();
    }
    for (const unit of UNITS) {
      expect(checkValueForUnit(unit, 1e14)).toMatch(/demasiado grande/);
      expect(checkValueForUnit(unit, -1e15)).toMatch(/demasiado grande/);
    }
  });

  it("rejects non-finite numbers for every unit", () => {
    for (const unit of UNITS) {
      expect(checkValueForUnit(unit, Number.NaN)).not.toBeNull();
      expect(checkValueForUnit(unit, Number.POSITIVE_INFINITY)).not.toBeNull();
    }
  });
});
