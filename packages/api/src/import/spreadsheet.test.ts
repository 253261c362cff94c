import { isAppError } from "@lab/domain/errors";
import { type TImportIndicator, validateImportRows } from "@lab/domain/observation-import";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import {
  decodeText,
  detectDelimiter,
  IMPORT_MAX_BYTES_DEFAULT,
  importMaxBytes,
  readSpreadsheet,
} from "./spreadsheet";

// A corpus of awkward files, written here byte by byte, as Colombian offices' Excel and
// other tools save them; each goes through the reader and the domain's validator.

const ANNUAL_PERCENT: TImportIndicator = {
  periodicity: "ANNUAL",
  unit: "PERCENTAGE",
  geographicBreakdown: "COMUNAS",
};
const MONTHLY_COUNT: TImportIndicator = {
  periodicity: "MONTHLY",
  unit: "COUNT",
  geographicBreakdown: "MUNICIPALITY",
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
// Windows-1252 equals Latin-1 for every character used here (á, é, í, ó, ú, ñ).
const windows1252 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);

async function read(bytes: Uint8Array, name = "datos.csv") {
  return readSpreadsheet({ name, bytes });
}

async function check(indicator: TImportIndicator, bytes: Uint8Array, name?: string) {
  const { file, sheet } = await read(bytes, name);
  return { file, sheet, ...validateImportRows(indicator, sheet) };
}

/** The AppError the call was refused with. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error("expected the file to be refused");
    },
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw error;
  return error;
}

const WITH_ACCENTS = [
  "Año;Valor;Comuna;Nota",
  "2023;45,3;García Rovira;Participación alta",
  "2024;1.234,5;Comuna 1;",
].join("\r\n");

describe("encodings", () => {
  it.each([
    ["UTF-8", utf8(WITH_ACCENTS), "utf-8"],
    ["UTF-8 with BOM", utf8Bom(WITH_ACCENTS), "utf-8-bom"],
    ["Windows-1252", windows1252(WITH_ACCENTS), "windows-1252"],
    ["UTF-16 (Excel's Unicode text)", utf16le(WITH_ACCENTS), "utf-16"],
  ])("%s: accents and headers survive", async (_, bytes, encoding) => {
    const result = await check({ ...ANNUAL_PERCENT, unit: "OTHER" }, bytes);
    expect(result.file).toMatchObject({ format: "csv", encoding, delimiter: ";" });
    expect(result.sheet.rows[0]?.cells).toEqual(["Año", "Valor", "Comuna", "Nota"]);
    expect(result.errors).toEqual([]);
    expect(result.observations).toEqual([
      {
        row: 2,
        period: "2023",
        geography: "comuna-05",
        value: 45.3,
        provisional: false,
        note: "Participación alta",
      },
      {
        row: 3,
        period: "2024",
        geography: "comuna-01",
        value: 1234.5,
        provisional: false,
        note: null,
      },
    ]);
  });

  it("decodes invalid UTF-8 as Windows-1252, including its own characters", () => {
    // 0x96 is the en dash and 0x80 the euro sign in Windows-1252, not in Latin-1.
    const bytes = new Uint8Array([0x41, 0xf1, 0x6f, 0x20, 0x96, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: "Año – €", encoding: "windows-1252" });
  });
});

describe("separators and decimals", () => {
  it.each([
    ["semicolon, decimal comma", "periodo;valor\n2023;1.234,5\n2024;45,3\n", ";"],
    ["comma, decimal point", "periodo,valor\n2023,1234.5\n2024,45.3\n", ","],
    ["comma, quoted thousands", 'periodo,valor\n2023,"1,234.5"\n2024,"45,3"\n', ","],
    ["tab", "periodo\tvalor\n2023\t1.234,5\n2024\t45,3\n", "\t"],
    ["semicolon, decimal point", "periodo;valor\n2023;1234.5\n2024;45.3\n", ";"],
  ])("%s", async (_, text, delimiter) => {
    const result = await check({ ...ANNUAL_PERCENT, unit: "OTHER" }, utf8(text));
    expect(result.file.delimiter).toBe(delimiter);
    expect(result.errors).toEqual([]);
    expect(result.observations.map((o) => o.value)).toEqual([1234.5, 45.3]);
  });

  it("is not fooled by decimal commas or quoted separators in the data", () => {
    // Many commas in the rows, one ";" per line: the headers decide.
    expect(detectDelimiter('periodo;valor;nota\n2024;1,5;"a, b, c"\n2023;2,5;"d, e"\n')).toBe(";");
    // More ";" than "," in the quoted notes, yet the file is comma-separated.
    expect(detectDelimiter('periodo,valor,nota\n2024,1.5,"a; b; c; d"\n')).toBe(",");
    // Unknown headers: the separator that splits every line alike wins.
    expect(detectDelimiter("a;b;c\n1,5;2;3\n4;5,5;6\n")).toBe(";");
  });

  it("follows Excel's sep= line and does not count it as a row", async () => {
    const result = await check(
      { ...ANNUAL_PERCENT, unit: "OTHER" },
      utf8("sep=,\nperiodo,valor\n2024,5\n2023,x\n"),
    );
    expect(result.file.delimiter).toBe(",");
    expect(result.observations.map((o) => o.row)).toEqual([2]);
    expect(result.errors.map((e) => e.row)).toEqual([3]);
  });
});

describe("awkward CSV content", () => {
  it("keeps quoted separators and line breaks in a cell, and numbers rows as Excel does", async () => {
    const text = [
      "periodo;valor;nota",
      '2022;10;"Fuente: DANE; revisado"',
      '2023;11;"Primera línea',
      'segunda línea"',
      "",
      "   ",
      ";;",
      "2024;12;",
      "",
    ].join("\r\n");
    const result = await check({ ...ANNUAL_PERCENT, unit: "OTHER" }, utf8(text));
    expect(result.errors).toEqual([]);
    expect(result.observations.map((o) => [o.row, o.period, o.note])).toEqual([
      [2, "2022", "Fuente: DANE; revisado"],
      [3, "2023", "Primera línea\r\nsegunda línea"],
      // Rows 4–6 are the empty line, the spaces and ";;": skipped but counted.
      [7, "2024", null],
    ]);
  });

  it("reports a ragged row and goes on with the others", async () => {
    // The classic failure: a comma-separated file with an unquoted decimal comma.
    const text = "periodo,valor,nota\n2022,45,3,revisado\n2023,46.1,\n";
    const result = await check(ANNUAL_PERCENT, utf8(text));
    expect(result.file.delimiter).toBe(",");
    expect(result.observations.map((o) => o.row)).toEqual([3]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: "D",
        value: "revisado",
        message: expect.stringContaining("entre comillas"),
      }),
    ]);
  });

  it("never evaluates =1+1: an error as a value, neutralised text as a note", async () => {
    const text = "periodo;valor;nota\n2022;=1+1;\n2023;5;=1+1\n2024;6;@SUM(A1)\n";
    const result = await check(ANNUAL_PERCENT, utf8(text));
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 2, column: "valor", value: "=1+1" }),
    ]);
    expect(result.observations.map((o) => o.note)).toEqual(["'=1+1", "'@SUM(A1)"]);
    expect(result.warnings.map((w) => w.row)).toEqual([3, 4]);
  });

  it("accepts the date styles offices use, for a monthly indicator", async () => {
    const text = [
      "fecha,valor",
      "16/01/2024,1",
      "2024-02-29,2",
      "2024-03,3",
      "04/2024,4",
      "mayo 2024,5",
      "jun-24,6",
      "2024-07-31 00:00:00,7",
      "2024,8",
      "2024-Q3,9",
    ].join("\n");
    const result = await check(MONTHLY_COUNT, utf8(text));
    expect(result.observations.map((o) => o.period)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
    ]);
    expect(result.errors.map((e) => [e.row, e.message.includes("periodicidad mensual")])).toEqual([
      [9, true],
      [10, true],
    ]);
  });

  it("refuses an unclosed quote with the line where it starts", async () => {
    const error = await refusal(read(utf8('periodo;valor;nota\n2024;5;"sin cerrar\n2023;4;x\n')));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("comillas que se abren y no se cierran");
  });
});

describe("XLSX", () => {
  it("reads numbers, dates and text from the first sheet with headers", async () => {
    const bytes = await writeXlsxFile([
      {
        sheet: "Instrucciones",
        data: [["Llene la hoja Datos"], ["periodo: aaaa"]],
      },
      {
        sheet: "Datos",
        data: [
          ["Participación por comuna", null, null, null],
          [null, null, null, null],
          ["Año", "Valor (%)", "Comuna", "Nota"],
          [2022, 45.3, "García Rovira", "=1+1"],
          [
            { value: new Date(Date.UTC(2023, 11, 31)), type: Date, format: "dd/mm/yyyy" },
            "46,1",
            5,
            null,
          ],
          [null, null, null, null],
          ["2024-Q1", 1.234, "Comuna 18", null],
          [2024, 47, { value: "=1+1", type: "Formula" }, null],
          [2024, 48, "comuna-05", null],
        ],
      },
    ]).toBuffer();
    // The file's name says CSV: the bytes say XLSX.
    const result = await check(ANNUAL_PERCENT, new Uint8Array(bytes), "datos.csv");
    expect(result.file).toEqual({ name: "datos.csv", format: "xlsx", sheet: "Datos" });
    expect(result.headerRow).toBe(3);
    expect(result.observations).toEqual([
      {
        row: 4,
        period: "2022",
        geography: "comuna-05",
        value: 45.3,
        provisional: false,
        note: "'=1+1",
      },
      {
        row: 5,
        period: "2023",
        geography: "comuna-05",
        value: 46.1,
        provisional: false,
        note: null,
      },
      // The formula cell has no saved result: read as empty, the municipal total.
      {
        row: 8,
        period: "2024",
        geography: "bucaramanga",
        value: 47,
        provisional: false,
        note: null,
      },
      { row: 9, period: "2024", geography: "comuna-05", value: 48, provisional: false, note: null },
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [7, "Año"],
      [7, "Comuna"],
    ]);
  });

  it("refuses an OpenDocument spreadsheet, another ZIP and a damaged one", async () => {
    const ods = zipSync({
      mimetype: utf8("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": utf8("<x/>"),
    });
    expect((await refusal(read(ods))).message).toContain(".ods");
    const docx = zipSync({ "word/document.xml": utf8("<x/>") });
    expect((await refusal(read(docx))).message).toContain("no es un libro de Excel");
    const truncated = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await refusal(read(truncated))).message).toContain("dañado");
  });

  it("refuses a workbook that would unpack to far more than the limit", async () => {
    const bomb = zipSync(
      { "xl/workbook.xml": utf8("<x/>"), "xl/worksheets/sheet1.xml": new Uint8Array(2_000_000) },
      { level: 9 },
    );
    const error = await refusal(
      readSpreadsheet({ name: "x.xlsx", bytes: bomb }, { maxBytes: 100_000 }),
    );
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("what is not a spreadsheet", () => {
  it("refuses empty files, binaries and old .xls workbooks, whatever their name", async () => {
    expect((await refusal(read(new Uint8Array(), "datos.csv"))).message).toBe(
      "El archivo está vacío.",
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await refusal(read(png, "datos.csv"))).message).toContain("no es una hoja de cálculo");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal(read(xls, "datos.xlsx"))).message).toContain(".xls");
  });

  it("refuses files over the size limit, in MB and in Spanish", async () => {
    expect(importMaxBytes({})).toBe(IMPORT_MAX_BYTES_DEFAULT);
    expect(importMaxBytes({ IMPORT_MAX_BYTES: "1048576" })).toBe(1048576);
    expect(importMaxBytes({ IMPORT_MAX_BYTES: "mucho" })).toBe(IMPORT_MAX_BYTES_DEFAULT);

    const big = new Uint8Array(IMPORT_MAX_BYTES_DEFAULT + 1).fill(0x31);
    const error = await refusal(read(big));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(
      "El archivo pesa 20,1 MB y el máximo es 20 MB: divídalo en varios archivos.",
    );
  });
});
