import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CAPACITY_TYPE_LABELS_ES,
  CAPACITY_TYPES,
  checkValueForUnit,
  DIMENSION_LABELS_ES,
  DIMENSIONS,
  DIRECTIONS,
  GEOGRAPHIC_BREAKDOWNS,
  PERIODICITIES,
  PERIODICITY_LABELS_ES,
  PUBLICATION_STATUSES,
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
