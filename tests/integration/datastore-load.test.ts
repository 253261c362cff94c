import { loadVersion, type TLoadFailure, type TLoadSuccess } from "@lab/db/datastore/load";
import { waitForIndexBuilds } from "@lab/db/datastore/load-indexes";
import { isAppError } from "@lab/domain/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chunked,
  columnTypes,
  datastoreTables,
  latin1,
  tableRows,
  utf8,
} from "./support/dataset-upload";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The datastore loader on a real database: the files Colombian offices produce, each loaded
// into a typed table (checked by querying it) or refused with a Spanish message, never
// leaving a table behind when it fails.

let db: TTestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await waitForIndexBuilds();
  await db?.drop();
});

const nextTable = () => `v_load_${++n}`;

async function load(bytes: Uint8Array, options: { textColumns?: string[]; chunk?: number } = {}) {
  const tableName = nextTable();
  const result = await loadVersion({
    database: db.config,
    tableName,
    source: chunked(bytes, options.chunk),
    textColumns: options.textColumns,
  });
  return { tableName, result };
}

async function loaded(bytes: Uint8Array, options: { textColumns?: string[]; chunk?: number } = {}) {
  const { tableName, result } = await load(bytes, options);
  if (!result.ok) throw new Error(`expected a load, got ${JSON.stringify(result.problems)}`);
  return { tableName, result: result as TLoadSuccess };
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const before = await datastoreTables(db.driver);
  const error = await load(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error), String(error)).toBe(true);
  expect(await datastoreTables(db.driver)).toEqual(before);
  return (error as Error).message;
}

describe("loading the files offices save", () => {
  it("reads Windows-1252 with ';', decimal commas and dd/mm/aaaa into typed columns", async () => {
    const csv = latin1(
      "Año;Municipio;Valor ($);Fecha de corte;¿Activo?;Registrado\r\n" +
        "2024;Girón;1.234,5;31/12/2024;Sí;31/12/2024 08:15\r\n" +
        "2023;Piedecuesta;-12,25;01/02/2023;no;01/02/2023 17:00:05\r\n" +
        "2022;Floridablanca;;;;\r\n",
    );
    const { tableName, result } = await loaded(csv);
    expect(result.file).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(result.columns.map((c) => [c.name, c.field, c.type])).toEqual([
      ["Año", "ano", "integer"],
      ["Municipio", "municipio", "text"],
      ["Valor ($)", "valor", "decimal"],
      ["Fecha de corte", "fecha_de_corte", "date"],
      ["¿Activo?", "activo", "boolean"],
      ["Registrado", "registrado", "datetime"],
    ]);
    expect(await columnTypes(db.driver, tableName)).toEqual({
      _row: "bigint",
      ano: "bigint",
      municipio: "text",
      valor: "numeric",
      fecha_de_corte: "date",
      activo: "boolean",
      registrado: "timestamp without time zone",
    });
    const rows = await tableRows(db.driver, tableName);
    expect(rows[0]).toEqual({
      _row: "1",
      ano: "2024",
      municipio: "Girón",
      valor: "1234.5",
      fecha_de_corte: "2024-12-31",
      activo: "true",
      registrado: "2024-12-31T08:15:00",
    });
    expect(rows[1]).toMatchObject({ valor: "-12.25", activo: "false" });
    expect(rows[2]).toMatchObject({ _row: "3", valor: null, fecha_de_corte: null, activo: null });
    // The dictionary's figures.
    const valor = result.columns[2];
    expect(valor).toMatchObject({ nullCount: 1, min: "-12.25", max: "1234.5", distinctCount: 2 });
    expect(result.columns[0]?.samples).toEqual(["2024", "2023", "2022"]);
  });

  it("drops a UTF-8 BOM and keeps quoted separators and line breaks inside values", async () => {
    const csv = utf8(
      '\uFEFFid,nota\n1,"Taller de co-creación, ""Bucaramanga"""\n2,"línea uno\nlínea dos"\n3,sin comillas\n',
    );
    const { tableName, result } = await loaded(csv, { chunk: 7 });
    expect(result.file.encoding).toBe("utf-8-bom");
    expect(result.columns.map((c) => c.name)).toEqual(["id", "nota"]);
    const notes = (await tableRows(db.driver, tableName)).map((r) => r.nota);
    expect(notes).toEqual([
      'Taller de co-creación, "Bucaramanga"',
      "línea uno\nlínea dos",
      "sin comillas",
    ]);
  });

  it("names duplicate and empty headers apart, and loads 1,000 columns", async () => {
    const dup = await loaded(utf8("valor,valor,,Valor\n1,2,3,4\n"));
    expect(dup.result.columns.map((c) => c.field)).toEqual([
      "valor",
      "valor_2",
      "columna_3",
      "valor_3",
    ]);
    expect(await tableRows(db.driver, dup.tableName)).toEqual([
      { _row: "1", valor: "1", valor_2: "2", columna_3: "3", valor_3: "4" },
    ]);

    const headers = Array.from({ length: 1000 }, (_, i) => `Indicador ${i + 1}`);
    const row = (r: number) => headers.map((_, i) => String((r * 7 + i) % 100)).join(";");
    const wide = await loaded(utf8(`${headers.join(";")}\r\n${row(1)}\r\n${row(2)}\r\n`));
    expect(wide.result.rowCount).toBe(2);
    expect(Object.keys(await columnTypes(db.driver, wide.tableName))).toHaveLength(1001);
    const [first] = await db.driver.query<{ v: string }>(
      `SELECT indicador_1000::text AS v FROM datastore."${wide.tableName}" WHERE _row = 2`,
    );
    expect(first?.v).toBe(String((2 * 7 + 999) % 100));
  });

  it("loads a 10 MB value, and refuses a 10 MB line with no line break as a header", async () => {
    const big = "x".repeat(10 * 1024 * 1024);
    const { tableName } = await loaded(utf8(`id,texto\n1,${big}\n`));
    const [row] = await db.driver.query<{ n: number }>(
      `SELECT length(texto)::int AS n FROM datastore."${tableName}"`,
    );
    expect(row?.n).toBe(big.length);
    expect(await refusal(utf8(big))).toMatch(/^El nombre de la columna 1 tiene más de 1\.000/);
  });

  it("numbers rows in file order across chunks, whether rewritten or passed through", async () => {
    // 60,000 rows in 64 kB pieces: many chunks after the sample of the first 10,000 rows.
    const lines = ["codigo,fecha,valor,nota"];
    for (let i = 1; i <= 60_000; i += 1) {
      const note = i % 1000 === 0 ? '"con, coma"' : i % 1001 === 0 ? "  espacios " : `n${i}`;
      const value = i % 5000 === 0 ? " 7.5 " : `${i}.25`;
      lines.push(`${i},2024-${String((i % 12) + 1).padStart(2, "0")}-15,${value},${note}`);
    }
    const { tableName, result } = await loaded(utf8(`${lines.join("\n")}\n`));
    expect(result.rowCount).toBe(60_000);
    const [check] = await db.driver.query<{ bad: number; n: number }>(
      `SELECT count(*) FILTER (WHERE _row <> codigo)::int AS bad, count(*)::int AS n FROM datastore."${tableName}"`,
    );
    expect(check).toEqual({ bad: 0, n: 60_000 });
    expect(await tableRows(db.driver, tableName, "_row IN (1000, 5000, 60000)")).toEqual([
      { _row: "1000", codigo: "1000", fecha: "2024-05-15", valor: "1000.25", nota: "con, coma" },
      { _row: "5000", codigo: "5000", fecha: "2024-09-15", valor: "7.5", nota: "con, coma" },
      { _row: "60000", codigo: "60000", fecha: "2024-01-15", valor: "7.5", nota: "con, coma" },
    ]);
    // The row API's indexes come after the load, in the background.
    await waitForIndexBuilds();
    const indexes = await db.driver.query<{ name: string }>(
      "SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'datastore' AND tablename = $1",
      [tableName],
    );
    expect(indexes.length).toBeGreaterThanOrEqual(4);
  });
});

describe("types decided from the first rows", () => {
  it("keeps a column that mixes types as text, with a Spanish note", async () => {
    const { result } = await loaded(utf8("comuna,habitantes\nNorte,1200\nSur,N/A\nCentro,800\n"));
    expect(result.columns[1]).toMatchObject({
      type: "text",
      note: "Se cargó como texto: 2 de 3 valores son números enteros, pero otros no, como «N/A» (fila 3).",
    });
  });

  it("reports a later value that does not fit, and loads it as text when asked", async () => {
    const lines = ["codigo;valor"];
    for (let i = 1; i <= 12_000; i += 1) lines.push(`${i};${i},5`);
    lines[11_000] = "11000;sin dato";
    lines[11_500] = "11500;1.5.5";
    const csv = latin1(`${lines.join("\r\n")}\r\n`);
    const before = await datastoreTables(db.driver);
    const { result } = await load(csv);
    expect(result.ok).toBe(false);
    const failure = result as TLoadFailure;
    expect(failure.problemCount).toBe(2);
    expect(failure.problems).toEqual([
      {
        row: 11_001,
        column: "valor",
        value: "sin dato",
        message: "No es un número (la columna los tiene con coma decimal, como 1.234,5).",
      },
      {
        row: 11_501,
        column: "valor",
        value: "1.5.5",
        message: "No es un número (la columna los tiene con coma decimal, como 1.234,5).",
      },
    ]);
    expect(await datastoreTables(db.driver)).toEqual(before);

    const retry = await loaded(csv, { textColumns: ["valor"] });
    expect(retry.result.columns[1]).toMatchObject({ type: "text", note: null });
    expect(await tableRows(db.driver, retry.tableName, "_row = 11000")).toEqual([
      { _row: "11000", codigo: "11000", valor: "sin dato" },
    ]);
  });

  it("reports ragged rows with the row number the file shows, and keeps nothing", async () => {
    const before = await datastoreTables(db.driver);
    const { result } = await load(utf8("a,b,c\n1,2,3\n4,5\n\n6,7,8,9\n10,11,12,,\n"));
    expect(result).toMatchObject({
      ok: false,
      problemCount: 2,
      problems: [
        {
          row: 3,
          column: null,
          value: "4,5",
          message: "La fila tiene 2 valores y el encabezado 3 columnas.",
        },
        {
          row: 5,
          column: null,
          value: "6,7,8,9",
          message: "La fila tiene 4 valores y el encabezado 3 columnas.",
        },
      ],
    });
    expect(await datastoreTables(db.driver)).toEqual(before);
  });

  it("refuses names of columns that are not in the file", async () => {
    const error = await load(utf8("a,b\n1,2\n"), { textColumns: ["c"] }).catch((e: Error) => e);
    expect((error as Error).message).toBe("La columna «c» no está en el archivo.");
  });
});

describe("files that are not tables", () => {
  it("refuses them with a Spanish message and leaves no table", async () => {
    expect(await refusal(new Uint8Array(0))).toBe("El archivo está vacío.");
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    expect(await refusal(png)).toMatch(/^El archivo es una imagen PNG, no una tabla CSV/);
    expect(await refusal(utf8('a,b\n1,2\n3,"sin cerrar\n4,5\n'))).toMatch(
      /comillas que se abren y no se cierran/,
    );
    expect(await refusal(utf8("a,b\n"))).toBe(
      "El archivo solo tiene la fila de encabezados: no tiene filas de datos.",
    );
    expect(await refusal(utf8("\n\n\n"))).toBe("El archivo no tiene filas: solo líneas vacías.");
  });
});
