import { describe, expect, it } from "vitest";
import type { TPeriodicity, TUnit } from "./indicator";
import {
  classifyImportRows,
  columnLetter,
  IMPORT_MAX_ROWS,
  importFieldOfHeader,
  parseImportGeography,
  parseImportPeriod,
  parseImportProvisional,
  parseImportValue,
  summarizeImport,
  TEMPLATE_EXAMPLE_NOTE,
  type TImportCell,
  type TImportIndicator,
  validateImportRows,
  ZImportPreview,
} from "./observation-import";

const ANNUAL_PERCENT: TImportIndicator = {
  periodicity: "ANNUAL",
  unit: "PERCENTAGE",
  geographicBreakdown: "MUNICIPALITY",
};
const ANNUAL_BY_COMUNA: TImportIndicator = { ...ANNUAL_PERCENT, geographicBreakdown: "COMUNAS" };

/** A sheet from rows of cells, numbered 1, 2, 3… as in a spreadsheet. */
function sheet(...rows: TImportCell[][]) {
  return { rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
}

function okPeriod(periodicity: TPeriodicity, text: string) {
  const result = parseImportPeriod(periodicity, text);
  return result.ok ? result.period : `ERROR: ${result.message}`;
}

describe("headers", () => {
  it.each([
    ["periodo", "period"],
    ["Period", "period"],
    ["PERÍODO", "period"],
    ["Año", "period"],
    ["ano", "period"],
    ["Fecha de corte", "period"],
    ["vigencia", "period"],
    ["Valor", "value"],
    ["VALUE", "value"],
    ["Valor (%)", "value"],
    ["valor*", "value"],
    ["comuna", "geography"],
    ["Lugar", "geography"],
    ["Geografía", "geography"],
    ["geography", "geography"],
    ["Provisional", "provisional"],
    ["Nota", "note"],
    ["note", "note"],
    ["Observaciones", "note"],
    ["indicador", null],
    ["geography_name", null],
  ])("%s → %s", (header, field) => {
    expect(importFieldOfHeader(header)).toBe(field);
  });

  it("names columns like a spreadsheet", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
  });

  it("reports missing required columns on the header row and reads no data", () => {
    const result = validateImportRows(ANNUAL_PERCENT, sheet(["Año", "Nota"], ["2024", "x"]));
    expect(result.observations).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: "valor",
        message: expect.stringContaining("«valor»"),
      }),
    ]);
  });

  it("refuses two columns for one field and warns about unknown ones", () => {
    const result = validateImportRows(
      ANNUAL_PERCENT,
      sheet(["periodo", "valor", "value", "indicador"], ["2024", "1", "2", "x"]),
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: "value",
        message: expect.stringContaining("B («valor») y C («value»)"),
      }),
    ]);
    expect(result.warnings[0]).toMatchObject({ column: "indicador", row: 1 });
  });

  it("finds the header under a title and keeps the spreadsheet's row numbers", () => {
    const result = validateImportRows(ANNUAL_PERCENT, {
      rows: [
        { row: 1, cells: ["Servidores formados en innovación", null] },
        { row: 3, cells: ["Periodo", "Valor"] },
        { row: 4, cells: ["2023", "16,4"] },
        { row: 7, cells: ["2024", "21,3"] },
      ],
    });
    expect(result.headerRow).toBe(3);
    expect(result.errors).toEqual([]);
    expect(result.observations.map((o) => [o.row, o.period, o.value])).toEqual([
      [4, "2023", 16.4],
      [7, "2024", 21.3],
    ]);
  });

  it("says so when there is nothing, or only headers", () => {
    expect(validateImportRows(ANNUAL_PERCENT, sheet()).errors[0]?.message).toContain(
      "no tiene datos",
    );
    expect(validateImportRows(ANNUAL_PERCENT, sheet(["periodo", "valor"])).errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining("no tiene filas de datos") }),
    ]);
  });
});

describe("periods", () => {
  // What each written form becomes for each periodicity of the indicator.
  const cases: [string, Record<TPeriodicity, string | null>][] = [
    [
      "16/03/2024",
      {
        MONTHLY: "2024-03",
        QUARTERLY: "2024-Q1",
        SEMIANNUAL: "2024-S1",
        ANNUAL: "2024",
        ONE_OFF: "2024-03-16",
      },
    ],
    [
      "2024-08-05",
      {
        MONTHLY: "2024-08",
        QUARTERLY: "2024-Q3",
        SEMIANNUAL: "2024-S2",
        ANNUAL: "2024",
        ONE_OFF: "2024-08-05",
      },
    ],
    [
      "16/03/2024 0:00",
      {
        MONTHLY: "2024-03",
        QUARTERLY: "2024-Q1",
        SEMIANNUAL: "2024-S1",
        ANNUAL: "2024",
        ONE_OFF: "2024-03-16",
      },
    ],
    [
      "2024-03",
      { MONTHLY: "2024-03", QUARTERLY: null, SEMIANNUAL: null, ANNUAL: null, ONE_OFF: null },
    ],
    [
      "2024-Q1",
      { MONTHLY: null, QUARTERLY: "2024-Q1", SEMIANNUAL: null, ANNUAL: null, ONE_OFF: null },
    ],
    [
      "2024-T4",
      { MONTHLY: null, QUARTERLY: "2024-Q4", SEMIANNUAL: null, ANNUAL: null, ONE_OFF: null },
    ],
    [
      "2024-S2",
      { MONTHLY: null, QUARTERLY: null, SEMIANNUAL: "2024-S2", ANNUAL: null, ONE_OFF: null },
    ],
    ["2024", { MONTHLY: null, QUARTERLY: null, SEMIANNUAL: null, ANNUAL: "2024", ONE_OFF: null }],
    [
      "mar-24",
      { MONTHLY: "2024-03", QUARTERLY: null, SEMIANNUAL: null, ANNUAL: null, ONE_OFF: null },
    ],
  ];
  for (const [text, expected] of cases) {
    for (const [periodicity, period] of Object.entries(expected) as [
      TPeriodicity,
      string | null,
    ][]) {
      it(`${text} for ${periodicity} → ${period ?? "error"}`, () => {
        const result = parseImportPeriod(periodicity, text);
        if (period === null) expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, period });
      });
    }
  }

  it("names the mismatch of periodicity", () => {
    expect(okPeriod("ANNUAL", "2024-Q1")).toBe(
      "ERROR: «2024-Q1» es un trimestre y no corresponde a la periodicidad anual del indicador: use el formato aaaa, por ejemplo 2024, o escriba una fecha (dd/mm/aaaa).",
    );
    expect(okPeriod("MONTHLY", "2024")).toContain(
      "es un año y no corresponde a la periodicidad mensual",
    );
    expect(okPeriod("ANNUAL", "2024-1")).toContain("es un semestre");
  });

  it("refuses dates that do not exist, blanks, formulas and nonsense", () => {
    expect(okPeriod("MONTHLY", "31/02/2024")).toBe(
      "ERROR: Periodo inválido: la fecha 31/02/2024 no existe.",
    );
    expect(okPeriod("ANNUAL", "")).toBe(
      "ERROR: Falta el periodo: use el formato aaaa, por ejemplo 2024.",
    );
    expect(okPeriod("ANNUAL", "=YEAR(A1)")).toContain("fórmula");
    expect(okPeriod("QUARTERLY", "pronto")).toContain(
      "Periodo inválido para periodicidad trimestral",
    );
  });
});

describe("values", () => {
  it.each<[TUnit, TImportCell, number]>([
    ["OTHER", "1.234,5", 1234.5],
    ["OTHER", "1,234.5", 1234.5],
    ["OTHER", "1234.5", 1234.5],
    ["OTHER", "1234,5", 1234.5],
    ["OTHER", "-12,5", -12.5],
    ["PERCENTAGE", " 45,3 % ", 45.3],
    ["PERCENTAGE", "45.3%", 45.3],
    ["OTHER", 1234.5, 1234.5],
    // A number cell is never read as es-CO text: 1.234 stays 1.234, not 1234.
    ["OTHER", 1.234, 1.234],
  ])("%s %j → %d", (unit, cell, value) => {
    expect(parseImportValue(unit, cell)).toEqual({ ok: true, value });
  });

  it("reads pesos as Excel shows them", () => {
    expect(parseImportValue("CURRENCY_COP", "$ 1.500.000")).toEqual({ ok: true, value: 1500000 });
    expect(parseImportValue("CURRENCY_COP", "1.500.000 COP")).toEqual({ ok: true, value: 1500000 });
  });

  it("refuses formulas, text, blanks and values outside the unit", () => {
    expect(parseImportValue("OTHER", "=1+1")).toEqual({
      ok: false,
      message: expect.stringContaining("fórmula"),
    });
    expect(parseImportValue("OTHER", "cuarenta")).toEqual({
      ok: false,
      message: expect.stringContaining("«cuarenta» no es un número"),
    });
    expect(parseImportValue("OTHER", "")).toEqual({ ok: false, message: "Falta el valor." });
    expect(parseImportValue("OTHER", true)).toMatchObject({ ok: false });
    expect(parseImportValue("PERCENTAGE", "120,5")).toEqual({
      ok: false,
      message: "Un porcentaje debe estar entre 0 y 100.",
    });
    expect(parseImportValue("COUNT", "2,5")).toEqual({
      ok: false,
      message: "Un conteo debe ser un número entero no negativo.",
    });
    expect(parseImportValue("OTHER", "45 %")).toMatchObject({ ok: false });
  });
});

describe("places", () => {
  it.each([
    ["", "bucaramanga"],
    ["Bucaramanga", "bucaramanga"],
    ["Total municipal", "bucaramanga"],
    ["Bucaramanga (total municipal)", "bucaramanga"],
    ["comuna-05", "comuna-05"],
    ["Comuna 5", "comuna-05"],
    ["COMUNA 05", "comuna-05"],
    ["5", "comuna-05"],
    ["C5", "comuna-05"],
    ["Comuna 5 – García Rovira", "comuna-05"],
    ["garcia rovira", "comuna-05"],
    ["Lagos del Cacique", "comuna-16"],
    ["Corregimiento 2", "corregimiento-2"],
    ["corregimiento-3", "corregimiento-3"],
  ])("%s → %s", (text, code) => {
    expect(parseImportGeography(text)).toEqual({ ok: true, code });
  });

  it.each(["Comuna 18", "0", "Corregimiento 4", "Comuna 5 – Norte", "Floridablanca"])(
    "refuses %s",
    (text) => {
      const result = parseImportGeography(text);
      expect(result).toEqual({
        ok: false,
        message: expect.stringContaining(`«${text}» no es una comuna`),
      });
    },
  );
});

describe("provisional", () => {
  it.each<[TImportCell, boolean]>([
    ["", false],
    [null, false],
    ["no", false],
    ["NO", false],
    ["0", false],
    ["Sí", true],
    ["si", true],
    ["x", true],
    ["VERDADERO", true],
    ["true", true],
    [true, true],
    [false, false],
  ])("%j → %s", (cell, provisional) => {
    expect(parseImportProvisional(cell)).toEqual({ ok: true, provisional });
  });

  it("refuses anything else", () => {
    expect(parseImportProvisional("quizá")).toMatchObject({ ok: false });
  });
});

describe("validateImportRows", () => {
  it("normalises every field of a good row", () => {
    const result = validateImportRows(
      ANNUAL_BY_COMUNA,
      sheet(
        ["Periodo", "Valor", "Comuna", "Provisional", "Nota"],
        ["31/12/2024", "45,3", "Comuna 5", "sí", "  Fuente: registraduría "],
        ["2024", 7, "", "", ""],
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.columns).toEqual({ geography: true, provisional: true, note: true });
    expect(result.observations).toEqual([
      {
        row: 2,
        period: "2024",
        geography: "comuna-05",
        value: 45.3,
        provisional: true,
        note: "Fuente: registraduría",
      },
      {
        row: 3,
        period: "2024",
        geography: "bucaramanga",
        value: 7,
        provisional: false,
        note: null,
      },
    ]);
  });

  it("reports each bad cell with row, column as written, value and a Spanish reason", () => {
    const result = validateImportRows(
      ANNUAL_BY_COMUNA,
      sheet(["Año", "Valor", "Lugar"], ["2024", "120", "Comuna 3"], ["2024-Q1", "10", "Comuna 18"]),
    );
    expect(result.observations).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: "Valor", value: "120", message: "Un porcentaje debe estar entre 0 y 100." },
      {
        row: 3,
        column: "Año",
        value: "2024-Q1",
        message: expect.stringContaining("no corresponde a la periodicidad anual"),
      },
      {
        row: 3,
        column: "Lugar",
        value: "Comuna 18",
        message: expect.stringContaining("«Comuna 18»"),
      },
    ]);
  });

  it("refuses comunas for an indicator of the municipal total only", () => {
    const result = validateImportRows(
      ANNUAL_PERCENT,
      sheet(["periodo", "valor", "comuna"], ["2024", "1", "Bucaramanga"], ["2023", "1", "3"]),
    );
    expect(result.observations.map((o) => o.row)).toEqual([2]);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: "comuna",
        value: "3",
        message: "Este indicador solo tiene valores para el total municipal.",
      },
    ]);
  });

  it("reports a repeated period and place on the later row", () => {
    const result = validateImportRows(
      ANNUAL_BY_COMUNA,
      sheet(
        ["periodo", "valor", "comuna"],
        ["2024", "5", "Comuna 1"],
        ["2024", "6", "Comuna 2"],
        ["31/12/2024", "7", "comuna-01"],
      ),
    );
    expect(result.observations.map((o) => o.row)).toEqual([2, 3]);
    expect(result.errors).toEqual([
      {
        row: 4,
        column: "periodo",
        value: "31/12/2024",
        message: expect.stringContaining("ya está en la fila 2"),
      },
    ]);
  });

  it("reports ragged rows instead of guessing which cell is which", () => {
    const result = validateImportRows(
      ANNUAL_PERCENT,
      sheet(
        ["periodo", "valor", "nota", ""],
        ["2021", "45", "3", ""], // "45,3" split by a comma separator
        ["2022", "5", "", "", "x"],
        ["2023"],
        ["2024", "6", "", "", ""], // blank trailing cells are fine
      ),
    );
    expect(result.observations.map((o) => o.row)).toEqual([2, 5]);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: "E",
        value: "x",
        message: expect.stringContaining(
          "La fila tiene 4 celdas con datos y el encabezado solo 3 columnas",
        ),
      },
      {
        row: 4,
        column: "valor",
        value: "",
        message: expect.stringContaining("La fila tiene 1 celdas y el encabezado 3 columnas"),
      },
    ]);
  });

  it("keeps a note that looks like a formula as text, and says so", () => {
    const result = validateImportRows(
      ANNUAL_PERCENT,
      sheet(["periodo", "valor", "nota"], ["2024", "5", "=1+1"], ["2023", "=1+1", ""]),
    );
    expect(result.observations).toEqual([expect.objectContaining({ row: 2, note: "'=1+1" })]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ row: 2, column: "nota", value: "=1+1" }),
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: "valor",
        message: expect.stringContaining("fórmula"),
      }),
    ]);
  });

  it("catches the template's example row and overlong notes", () => {
    const result = validateImportRows(
      ANNUAL_PERCENT,
      sheet(
        ["periodo", "valor", "nota"],
        ["2024", "45,3", TEMPLATE_EXAMPLE_NOTE],
        ["2023", "1", "x".repeat(501)],
      ),
    );
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "nota"],
      [3, "nota"],
    ]);
  });

  it("warns when every percentage looks like Excel's 0–1 percent format", () => {
    const result = validateImportRows(
      ANNUAL_PERCENT,
      sheet(["periodo", "valor"], ["2023", 0.164], ["2024", 0.213]),
    );
    expect(result.warnings).toEqual([
      expect.objectContaining({ row: 1, message: expect.stringContaining("entre 0 y 1") }),
    ]);
  });

  it("refuses files over the row limit", () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => [
      String(1900 + (i % 200)),
      "1",
    ]);
    const result = validateImportRows(ANNUAL_PERCENT, sheet(["periodo", "valor"], ...rows));
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining("divídalo en varios archivos") }),
    ]);
  });
});

describe("classifyImportRows", () => {
  const stored = [
    { period: "2023", geography: "bucaramanga", value: 16.4, provisional: false, note: null },
    {
      period: "2024",
      geography: "bucaramanga",
      value: 21.3,
      provisional: true,
      note: "Preliminar",
    },
  ];
  const all = { geography: false, provisional: true, note: true };
  const row = (period: string, value: number, provisional = false, note: string | null = null) => ({
    row: 2,
    period,
    geography: "bucaramanga",
    value,
    provisional,
    note,
  });

  it("tells new, changed and unchanged rows apart, comparing at the stored precision", () => {
    const rows = classifyImportRows(
      [row("2022", 11.8), row("2023", 16.4000000001), row("2024", 22, true, "Preliminar")],
      stored,
      all,
    );
    expect(rows.map((r) => [r.period, r.status, r.previous, r.changes])).toEqual([
      ["2022", "new", undefined, undefined],
      ["2023", "unchanged", 16.4, undefined],
      ["2024", "changed", 21.3, ["value"]],
    ]);
    expect(summarizeImport(rows, 0, 0)).toEqual({
      rows: 3,
      new: 1,
      changed: 1,
      unchanged: 1,
      errors: 0,
      warnings: 0,
    });
  });

  it("counts a change of flag or note, but never of a column the file lacks", () => {
    const flagged = classifyImportRows([row("2024", 21.3, false, "Preliminar")], stored, all);
    expect(flagged[0]).toMatchObject({ status: "changed", changes: ["provisional"] });

    const valuesOnly = classifyImportRows([row("2024", 21.3)], stored, {
      geography: false,
      provisional: false,
      note: false,
    });
    expect(valuesOnly[0]).toMatchObject({
      status: "unchanged",
      provisional: true,
      note: "Preliminar",
    });
  });

  it("produces rows the preview schema accepts", () => {
    const rows = classifyImportRows([row("2022", 1)], stored, all);
    expect(
      ZImportPreview.safeParse({
        indicator: { slug: "x", name: "X", ...ANNUAL_PERCENT },
        file: { name: "x.csv", format: "csv", encoding: "utf-8", delimiter: ";" },
        columns: all,
        rows,
        errors: [],
        warnings: [],
        summary: summarizeImport(rows, 0, 0),
      }).success,
    ).toBe(true);
  });
});
