import { describe, expect, it } from "vitest";
import { ZObservationView, ZRecordObservationInput } from "./observation";

const valid = { indicatorSlug: "labs-americas", period: "2024", value: 36 };

function fieldMessages(input: unknown): Record<string, string | undefined> {
  const issues = ZRecordObservationInput.safeParse(input).error?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("ZRecordObservationInput", () => {
  it("fills defaults and trims", () => {
    expect(
      ZRecordObservationInput.parse({ ...valid, period: " 2024-T1 ", note: "  Fuente: DANE " }),
    ).toEqual({
      indicatorSlug: "labs-americas",
      period: "2024-T1",
      value: 36,
      geography: "bucaramanga",
      provisional: false,
      note: "Fuente: DANE",
    });
  });

  it("takes a comuna and refuses an unknown place", () => {
    expect(ZRecordObservationInput.parse({ ...valid, geography: "comuna-15" }).geography).toBe(
      "comuna-15",
    );
    expect(ZRecordObservationInput.safeParse({ ...valid, geography: "comuna-99" }).success).toBe(
      false,
    );
  });

  it.each([
    ["1.234,5", 1234.5],
    [" 76 ", 76],
    ["-12,3", -12.3],
    ["1.234", 1234],
    [45.3, 45.3],
    [0, 0],
  ])("reads the value %j as %d", (value, expected) => {
    expect(ZRecordObservationInput.parse({ ...valid, value }).value).toBe(expected);
  });

  it("asks for a number in Spanish when the value is not one", () => {
    for (const value of ["abc", "1,2,3", "12e3", Number.NaN, Number.POSITIVE_INFINITY, true]) {
      expect(fieldMessages({ ...valid, value }).value).toBe(
        "Escriba un valor numérico, por ejemplo 1.234,5.",
      );
    }
    for (const value of [undefined, null, "", "   "]) {
      expect(fieldMessages({ ...valid, value }).value).toBe("Escriba el valor.");
    }
  });

  it("explains each invalid field in Spanish", () => {
    const messages = fieldMessages({
      indicatorSlug: "Labs Américas",
      period: "   ",
      value: "x",
      provisional: "sí",
      note: "n".repeat(501),
    });
    expect(messages).toEqual({
      indicatorSlug: expect.stringMatching(/letras minúsculas sin tildes/),
      period: "Escriba el periodo.",
      value: "Escriba un valor numérico, por ejemplo 1.234,5.",
      provisional: "Indique si el valor es provisional (sí o no).",
      note: "La nota no puede tener más de 500 caracteres.",
    });
    expect(fieldMessages({ ...valid, period: "x".repeat(21) }).period).toBe(
      "El periodo no puede tener más de 20 caracteres.",
    );
  });

  it("treats a missing, null or blank note as no note", () => {
    for (const note of [undefined, null, "", "   "]) {
      expect(ZRecordObservationInput.parse({ ...valid, note }).note).toBeUndefined();
    }
    // 500 characters after trimming is still within the limit.
    const long = ` ${"n".repeat(500)} `;
    expect(ZRecordObservationInput.parse({ ...valid, note: long }).note).toHaveLength(500);
  });
});

describe("ZObservationView", () => {
  it("accepts the output shape and rejects a Decimal-like value", () => {
    const row = {
      period: "2024-Q1",
      geography: "bucaramanga",
      value: 45.3,
      provisional: true,
      note: null,
      sourceOverride: null,
      updatedAt: new Date("2025-01-15T12:00:00Z"),
    };
    expect(ZObservationView.parse(row)).toEqual(row);
    expect(ZObservationView.safeParse({ ...row, value: "45.3" }).success).toBe(false);
    expect(ZObservationView.safeParse({ ...row, note: undefined }).success).toBe(false);
  });
});
