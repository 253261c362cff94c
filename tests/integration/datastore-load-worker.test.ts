import { loadVersion, type TLoadInput, type TLoadSuccess } from "@lab/db/datastore/load";
import { waitForIndexBuilds } from "@lab/db/datastore/load-indexes";
import { isAppError } from "@lab/domain/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunked, datastoreTables, latin1, tableRows, utf8 } from "./support/dataset-upload";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// A large upload is parsed in a worker thread while the database copies (load-thread.ts): the
// same files must give the same table, dictionary and problems as a parse on the request's
// thread, and a failure on either side must leave no table behind.

let db: TTestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await waitForIndexBuilds();
  await db?.drop();
});

type TParseIn = NonNullable<TLoadInput["parseIn"]>;

function load(bytes: Uint8Array, parseIn: TParseIn, extra: Partial<TLoadInput> = {}) {
  const tableName = `v_worker_${++n}`;
  return {
    tableName,
    result: loadVersion({
      database: db.config,
      tableName,
      source: chunked(bytes),
      parseIn,
      secondaryIndexes: "none",
      ...extra,
    }),
  };
}

async function loadedBothWays(bytes: Uint8Array) {
  const out: { result: TLoadSuccess; rows: Record<string, string | null>[] }[] = [];
  for (const parseIn of ["thread", "worker"] as const) {
    const { tableName, result } = load(bytes, parseIn);
    const loaded = await result;
    if (!loaded.ok) throw new Error(`expected a load, got ${JSON.stringify(loaded.problems)}`);
    out.push({ result: loaded, rows: await tableRows(db.driver, tableName) });
  }
  return out as [(typeof out)[0], (typeof out)[0]];
}

/** A register of 30,000 rows: more chunks than the sample, some rewritten, some passed on. */
function register(): Uint8Array {
  const lines = ["Código;Fecha;Valor;Nota"];
  for (let i = 1; i <= 30_000; i += 1) {
    const note = i % 997 === 0 ? '"con; punto y coma"' : `Atención ${i}`;
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`${i};${day}/03/2024;${i % 7 === 0 ? "1.234,5" : `${i},25`};${note}`);
  }
  return latin1(`${lines.join("\r\n")}\r\n`);
}

describe("a large upload parsed in a worker thread", () => {
  it("gives the same table, dictionary and file figures as a parse on the request's thread", async () => {
    const [thread, worker] = await loadedBothWays(register());
    expect(worker.result.rowCount).toBe(30_000);
    expect(worker.result.file).toEqual(thread.result.file);
    expect(worker.result.file).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    // Distinct counts are ANALYZE's estimates from a random sample: alike, not equal.
    const exact = (r: TLoadSuccess) => r.columns.map(({ distinctCount: _, ...column }) => column);
    expect(exact(worker.result)).toEqual(exact(thread.result));
    expect(worker.result.columns.map((c) => c.type)).toEqual([
      "integer",
      "date",
      "decimal",
      "text",
    ]);
    expect(worker.rows).toEqual(thread.rows);
    expect(worker.rows[6]).toEqual({
      _row: "7",
      codigo: "7",
      fecha: "2024-03-08",
      valor: "1234.5",
      nota: "Atención 7",
    });
    expect(worker.rows[996]).toMatchObject({ _row: "997", nota: "con; punto y coma" });
  });

  it("reports the same row problems, with the file's row numbers, and keeps no table", async () => {
    const lines = ["id,valor"];
    for (let i = 1; i <= 20_000; i += 1) lines.push(`${i},${i}.5`);
    lines[15_000] = "15000,quince mil";
    lines[18_000] = "18000";
    const bytes = utf8(`${lines.join("\n")}\n`);
    const before = await datastoreTables(db.driver);
    const outcomes = [];
    for (const parseIn of ["thread", "worker"] as const)
      outcomes.push(await load(bytes, parseIn).result);
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[1]).toMatchObject({
      ok: false,
      problemCount: 2,
      problems: [
        { row: 15_001, column: "valor", value: "quince mil" },
        { row: 18_001, column: null, value: "18000" },
      ],
    });
    expect(await datastoreTables(db.driver)).toEqual(before);
  });

  it("passes the parse's Spanish refusals on as they are, and keeps no table", async () => {
    const before = await datastoreTables(db.driver);
    const refusal = (bytes: Uint8Array) =>
      load(bytes, "worker").result.then(
        () => null,
        (error: unknown) => error,
      );
    const unclosed = await refusal(utf8('a,b\n1,2\n3,"sin cerrar\n4,5\n'));
    expect(isAppError(unclosed), String(unclosed)).toBe(true);
    expect((unclosed as Error).message).toMatch(/comillas que se abren y no se cierran/);
    const headerOnly = await refusal(utf8("a,b\n"));
    expect((headerOnly as Error).message).toBe(
      "El archivo solo tiene la fila de encabezados: no tiene filas de datos.",
    );
    expect(await datastoreTables(db.driver)).toEqual(before);
  });

  // More than the worker may hold at once (1.5 chunks of 8 MB): the buffers that carry the
  // file to the worker, and those of rewritten rows, come back and are filled again.
  it("keeps every row of a file larger than its buffers whole and in order, as it is or rewritten", async () => {
    const rows = 240_000;
    const lines = (spanish: boolean) => {
      const out = [spanish ? "Código;Fecha;Valor;Nota" : "codigo,fecha,valor,nota"];
      for (let i = 1; i <= rows; i += 1) {
        const day = new Date(Date.UTC(2024, 0, 1 + (i % 366)));
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
        const pad = (n: number) => String(n).padStart(2, "0");
        const units = i % 100_000;
        const note = `Atención ${i} ${"x".repeat(i % 40)}`;
        out.push(
          spanish
            ? `${i};${pad(d)}/${pad(m)}/${y};${units.toLocaleString("de-DE")},25;${note}`
            : `${i},${y}-${pad(m)}-${pad(d)},${units}.25,${note}`,
        );
      }
      const newline = spanish ? "\r\n" : "\n";
      return `${out.join(newline)}${newline}`;
    };
    // UTF-8 with canonical values goes to COPY as the bytes received; Windows-1252 with
    // decimal commas and dd/mm/aaaa is rewritten.
    for (const [bytes, encoding] of [
      [utf8(lines(false)), "utf-8"],
      [latin1(lines(true)), "windows-1252"],
    ] as const) {
      expect(bytes.length).toBeGreaterThan(14 * 1024 * 1024);
      const { tableName, result } = load(bytes, "worker");
      const loaded = await result;
      expect(loaded.ok && loaded.file.encoding).toBe(encoding);
      const [check] = await db.driver.query<{ rows: string; wrong: string }>(
        `SELECT count(*)::text AS rows, count(*) FILTER (WHERE codigo <> _row
           OR fecha <> DATE '2024-01-01' + (codigo % 366)::int
           OR valor <> (codigo % 100000) + 0.25
           OR nota <> 'Atención ' || codigo || ' ' || repeat('x', (codigo % 40)::int))::text AS wrong
         FROM datastore."${tableName}"`,
      );
      expect(check).toEqual({ rows: String(rows), wrong: "0" });
    }
  });

  it("leaves no table when the upload is cut off in the middle", async () => {
    const bytes = register();
    async function* cut(): AsyncGenerator<Uint8Array> {
      let sent = 0;
      for await (const piece of chunked(bytes)) {
        if (sent > bytes.length / 2) throw new Error("conexión interrumpida");
        sent += piece.length;
        yield piece;
      }
    }
    const before = await datastoreTables(db.driver);
    const { result } = load(new Uint8Array(0), "worker", { source: cut() });
    await expect(result).rejects.toThrow("conexión interrumpida");
    expect(await datastoreTables(db.driver)).toEqual(before);
  });
});
