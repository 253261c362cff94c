import { createHash } from "node:crypto";
import { exportRows } from "@lab/db/datastore/export";
import { queryRows, type TRowsQuery } from "@lab/db/datastore/query";
import type { TSortKey } from "@lab/domain/dataset-query";
import { isAppError } from "@lab/domain/errors";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVersionTable, FIXTURE_COLUMNS, NOTES } from "./support/datastore-query-fixture";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The datastore's reading side on a real database: typed filters, search, sort, keyset
// paging, totals, and the streamed downloads, on version tables made with SQL.

const SMALL = "v_query_small";
const INDEXED = "v_query_indexed";
const LARGE = "v_query_large";
const SMALL_ROWS = 3000;
const LARGE_ROWS = 200_000;

let db: TTestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await createVersionTable(db.driver, SMALL, SMALL_ROWS);
  await createVersionTable(db.driver, INDEXED, SMALL_ROWS, {
    searchIndex: true,
    indexes: ["comuna", "fecha"],
  });
  await createVersionTable(db.driver, LARGE, LARGE_ROWS, { analyze: true });
});

afterAll(async () => {
  await db?.drop();
});

const base: TRowsQuery = {
  filters: {},
  q: null,
  sort: [],
  limit: 100,
  offset: 0,
  cursor: null,
  fields: null,
};

const SIZES: Record<string, number> = {
  [SMALL]: SMALL_ROWS,
  [INDEXED]: SMALL_ROWS,
  [LARGE]: LARGE_ROWS,
};
/** Rows of `table`, with its row count known, as the service passes it. */
const rows = (query: Partial<TRowsQuery>, table = SMALL) =>
  queryRows(db.driver, table, FIXTURE_COLUMNS, {
    ...base,
    knownTotal: SIZES[table] ?? null,
    ...query,
  });

async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to be rejected, but it succeeded");
    },
    (e: unknown) => e,
  );
}

async function badRequest(call: Promise<unknown>): Promise<string> {
  const error = await rejection(call);
  expect(isAppError(error) && error.code).toBe("BAD_REQUEST");
  return (error as Error).message;
}

/** `_row`s of the table in an order, straight from SQL: the oracle for paging. */
async function orderedRows(table: string, orderBy: string, where = "TRUE"): Promise<number[]> {
  const result = await db.driver.query<{ r: string | number }>(
    `SELECT _row AS r FROM datastore."${table}" t WHERE ${where} ORDER BY ${orderBy}`,
  );
  return result.map((x) => Number(x.r));
}

async function count(table: string, where: string): Promise<number> {
  const [row] = await db.driver.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM datastore."${table}" t WHERE ${where}`,
  );
  return row?.n ?? -1;
}

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let out = "";
  for await (const chunk of chunks) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

describe("a page of rows", () => {
  it("starts at the file's first row, typed as JSON, with every field", async () => {
    const page = await rows({ limit: 3 });
    expect(page.fields.map((f) => f.field)).toEqual([
      "_row",
      ...FIXTURE_COLUMNS.map((c) => c.field),
    ]);
    expect(page.records).toEqual([
      {
        _row: 1,
        codigo: 7,
        valor: -24.75,
        activo: false,
        fecha: "2024-01-02",
        registrado: "2024-01-01T08:37:00",
        comuna: "Sur",
        nota: NOTES[1],
      },
      {
        _row: 2,
        codigo: 14,
        valor: -24.5,
        activo: false,
        fecha: "2024-01-03",
        registrado: "2024-01-01T09:14:00",
        comuna: "Oriental",
        nota: NOTES[2],
      },
      {
        _row: 3,
        codigo: 21,
        valor: -24.25,
        activo: true,
        fecha: "2024-01-04",
        registrado: "2024-01-01T09:51:00",
        comuna: "Occidental",
        nota: NOTES[3],
      },
    ]);
    expect(page.total).toBe(SMALL_ROWS);
    expect(page.totalIsEstimate).toBe(false);
    expect(page.next).toEqual(expect.any(String));
  });

  it("returns only the chosen fields, in the order asked", async () => {
    const page = await rows({ fields: ["comuna", "codigo"], limit: 1 });
    expect(page.records).toEqual([{ comuna: "Sur", codigo: 7 }]);
  });

  it("pages with offset, in either direction", async () => {
    const page = await rows({ offset: 2995, limit: 10 });
    expect(page.records.map((r) => r._row)).toEqual([2996, 2997, 2998, 2999, 3000]);
    expect(page.next).toBeNull();
    const back = await rows({ offset: 10, limit: 3, sort: [{ field: "_row", direction: "desc" }] });
    expect(back.records.map((r) => r._row)).toEqual([2990, 2989, 2988]);
    const filtered = await rows({ offset: 3, limit: 2, filters: { comuna: "Centro" } });
    const expected = await orderedRows(SMALL, "_row", "comuna = 'Centro'");
    expect(filtered.records.map((r) => r._row)).toEqual(expected.slice(3, 5));
  });

  it("pages with offset when rows are numbered with gaps", async () => {
    await db.driver.query(
      `CREATE TABLE datastore."v_query_gaps" AS SELECT g * 2 AS _row, g::text AS comuna FROM generate_series(1, 100) g`,
    );
    const columns = [{ field: "comuna", type: "text" as const }];
    const page = await queryRows(db.driver, "v_query_gaps", columns, {
      ...base,
      knownTotal: 100,
      offset: 10,
      limit: 2,
    });
    expect(page.records).toEqual([
      { _row: 22, comuna: "11" },
      { _row: 24, comuna: "12" },
    ]);
  });

  it("limit 0 gives the total and no rows", async () => {
    const page = await rows({ limit: 0, filters: { comuna: "Norte" } });
    expect(page.records).toEqual([]);
    expect(page.total).toBe(await count(SMALL, "comuna = 'Norte'"));
    expect(page.next).toBeNull();
  });
});

describe("filters compare in the column's type", () => {
  it("text equals exactly, and a list matches any of its values", async () => {
    const page = await rows({ filters: { comuna: ["Norte", "Sur"] }, limit: 10_000 });
    expect(page.records.length).toBe(await count(SMALL, "comuna IN ('Norte', 'Sur')"));
    expect(new Set(page.records.map((r) => r.comuna))).toEqual(new Set(["Norte", "Sur"]));
    const none = await rows({ filters: { comuna: "norte" } });
    expect(none.records).toEqual([]);
  });

  it("numbers given as text or JSON numbers, with a decimal comma", async () => {
    const asText = await rows({ filters: { codigo: "7" }, limit: 10_000 });
    const asNumber = await rows({ filters: { codigo: 7 }, limit: 10_000 });
    expect(asText.records.length).toBe(await count(SMALL, "codigo = 7"));
    expect(asNumber.records).toEqual(asText.records);
    const negative = await rows({ filters: { valor: "-24,75" }, limit: 10_000 });
    expect(negative.records.length).toBe(await count(SMALL, "valor = -24.75"));
    expect(negative.records.every((r) => r.valor === -24.75)).toBe(true);
  });

  it("booleans as true/false or sí/no, dates as AAAA-MM-DD or dd/mm/aaaa", async () => {
    const yes = await rows({ filters: { activo: "sí" }, limit: 10_000 });
    expect(yes.records.length).toBe(await count(SMALL, "activo"));
    const iso = await rows({ filters: { fecha: "2024-03-01" }, limit: 10_000 });
    const co = await rows({ filters: { fecha: "01/03/2024" }, limit: 10_000 });
    expect(iso.records.length).toBe(await count(SMALL, "fecha = '2024-03-01'"));
    expect(co.records).toEqual(iso.records);
    const at = await rows({ filters: { registrado: "2024-01-01 08:37" } });
    expect(at.records.map((r) => r._row)).toEqual([1]);
  });

  it("null matches empty cells, alone or in a list", async () => {
    const empty = await rows({ filters: { comuna: null }, limit: 10_000 });
    expect(empty.records.length).toBe(await count(SMALL, "comuna IS NULL"));
    const either = await rows({ filters: { comuna: [null, "Centro"] }, limit: 10_000 });
    expect(either.records.length).toBe(await count(SMALL, "comuna IS NULL OR comuna = 'Centro'"));
  });

  it("several filters must all hold", async () => {
    const page = await rows({ filters: { comuna: "Norte", activo: true }, limit: 10_000 });
    expect(page.records.length).toBe(await count(SMALL, "comuna = 'Norte' AND activo"));
    expect(page.total).toBe(page.records.length);
  });

  it("a value that does not fit the type is a Spanish 400, not a database error", async () => {
    expect(await badRequest(rows({ filters: { codigo: "siete" } }))).toMatch(
      /«siete» no es un valor válido para «codigo»/,
    );
    expect(await badRequest(rows({ filters: { codigo: "99999999999999999999" } }))).toMatch(
      /demasiado grande/,
    );
    expect(await badRequest(rows({ filters: { fecha: "31/02/2024" } }))).toMatch(/AAAA-MM-DD/);
    expect(await badRequest(rows({ filters: { activo: "quizás" } }))).toMatch(/true o false/);
  });
});

describe("fields are checked against the version's columns", () => {
  it("an unknown field in filters, sort or fields is a 400 listing the real ones", async () => {
    for (const query of [
      { filters: { barrio: "x" } },
      { sort: [{ field: "barrio", direction: "asc" }] satisfies TSortKey[] },
      { fields: ["barrio"] },
    ]) {
      expect(await badRequest(rows(query))).toBe(
        "El campo «barrio» no existe en este conjunto de datos. Campos disponibles: codigo, valor, activo, fecha, registrado, comuna, nota.",
      );
    }
  });

  it("SQL in field names is refused and SQL in values is only data", async () => {
    const injected = 'comuna" = comuna; DROP TABLE datastore."v_query_small"; --';
    await badRequest(rows({ filters: { [injected]: "x" } }));
    await badRequest(rows({ sort: [{ field: injected, direction: "asc" }] }));
    await badRequest(rows({ fields: [injected] }));
    const values = await rows({
      filters: { comuna: "x' OR '1'='1", nota: ["'; DROP TABLE x; --", "\\"] },
      q: "'); DROP TABLE x; -- :* & | !",
    });
    expect(values.records).toEqual([]);
    expect(await count(SMALL, "TRUE")).toBe(SMALL_ROWS);
  });
});

describe("q searches the text columns", () => {
  it("without the search index, every word as a substring in any text column", async () => {
    const page = await rows({ q: "bucaramanga TALLER", limit: 10_000 });
    expect(page.records.length).toBe(await count(SMALL, "nota ILIKE '%taller%'"));
    expect(page.records.every((r) => r.nota === NOTES[6])).toBe(true);
    const comuna = await rows({ q: "occidental", limit: 10_000 });
    expect(comuna.records.length).toBe(await count(SMALL, "comuna = 'Occidental'"));
    const percent = await rows({ q: "100%" });
    expect(percent.records).toEqual([]);
  });

  it("with the search index, whole words in Spanish, phrases and exclusions", async () => {
    const page = await rows({ q: "TALLER bucaramanga", limit: 10_000 }, INDEXED);
    expect(page.records.length).toBe(await count(INDEXED, `nota = $$${NOTES[6]}$$`));
    const phrase = await rows({ q: '"co-creación" -norte', limit: 10_000 }, INDEXED);
    expect(phrase.records.length).toBeGreaterThan(0);
    expect(phrase.records.every((r) => r.comuna !== "Norte" && r.nota === NOTES[6])).toBe(true);
  });
});

describe("sort and keyset paging", () => {
  const walks: [string, TSortKey[], string][] = [
    ["file order", [], "_row"],
    ["_row descending", [{ field: "_row", direction: "desc" }], "_row DESC"],
    [
      "text with empty cells, then a number descending",
      [
        { field: "comuna", direction: "asc" },
        { field: "valor", direction: "desc" },
      ],
      "comuna ASC NULLS LAST, valor DESC NULLS FIRST, _row",
    ],
    [
      "a nullable number descending",
      [{ field: "codigo", direction: "desc" }],
      "codigo DESC NULLS FIRST, _row",
    ],
    [
      "boolean with empty cells, then date",
      [
        { field: "activo", direction: "asc" },
        { field: "fecha", direction: "desc" },
      ],
      "activo ASC NULLS LAST, fecha DESC, _row",
    ],
    ["datetime descending", [{ field: "registrado", direction: "desc" }], "registrado DESC, _row"],
  ];

  for (const [name, sort, orderBy] of walks) {
    it(`the next cursor visits every row exactly once: ${name}`, async () => {
      const expected = await orderedRows(SMALL, orderBy);
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await rows({ sort, cursor, limit: 700 });
        seen.push(...page.records.map((r) => r._row as number));
        cursor = page.next;
        pages += 1;
      } while (cursor && pages < 20);
      expect(seen).toEqual(expected);
    });
  }

  it("the cursor walks a filtered and sorted result too", async () => {
    const sort: TSortKey[] = [{ field: "fecha", direction: "desc" }];
    const expected = await orderedRows(INDEXED, "fecha DESC, _row", "comuna = 'Norte'");
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await rows({ sort, cursor, limit: 50, filters: { comuna: "Norte" } }, INDEXED);
      seen.push(...page.records.map((r) => r._row as number));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it("a cursor from another sort, or edited by hand, is a Spanish 400", async () => {
    const first = await rows({ sort: [{ field: "comuna", direction: "asc" }] });
    expect(
      await badRequest(rows({ sort: [{ field: "fecha", direction: "asc" }], cursor: first.next })),
    ).toMatch(/otro orden/);
    const forged = Buffer.from(
      JSON.stringify(["comuna:asc", ["x'; DROP TABLE t; --"], "1 OR 1=1"]),
    ).toString("base64url");
    expect(
      await badRequest(rows({ sort: [{ field: "comuna", direction: "asc" }], cursor: forged })),
    ).toMatch(/cursor no es válido/);
    expect(await badRequest(rows({ cursor: "not base64 json" }))).toMatch(/cursor no es válido/);
    const badType = Buffer.from(JSON.stringify(["codigo:asc", ["siete"], "3"])).toString(
      "base64url",
    );
    expect(
      await badRequest(rows({ sort: [{ field: "codigo", direction: "asc" }], cursor: badType })),
    ).toMatch(/cursor no es válido/);
  });
});

describe("totals", () => {
  it("are exact on a small table, whatever the result's size", async () => {
    const filtered = await rows({ filters: { comuna: ["Norte", "Sur", "Centro"] } });
    expect(filtered).toMatchObject({
      total: await count(SMALL, "comuna IN ('Norte', 'Sur', 'Centro')"),
      totalIsEstimate: false,
    });
    expect(filtered.total).toBeGreaterThan(1000);
  });

  it("are exact on a large table for the whole table and for a small result", async () => {
    expect(await rows({}, LARGE)).toMatchObject({ total: LARGE_ROWS, totalIsEstimate: false });
    expect(await rows({ filters: { codigo: 7 } }, LARGE)).toMatchObject({
      total: await count(LARGE, "codigo = 7"),
      totalIsEstimate: false,
    });
  });

  it("are the planner's estimate, flagged, when a large result would need a full count", async () => {
    const exact = await count(LARGE, "comuna = 'Norte'");
    const filtered = await rows({ filters: { comuna: "Norte" } }, LARGE);
    expect(filtered.totalIsEstimate).toBe(true);
    expect(filtered.total).toBeGreaterThan(exact * 0.8);
    expect(filtered.total).toBeLessThan(exact * 1.2);

    // Without the dictionary's row count, the table's statistics give the whole's size.
    const unknownSize = await rows({ knownTotal: null }, LARGE);
    expect(unknownSize.totalIsEstimate).toBe(true);
    expect(unknownSize.total).toBeGreaterThan(LARGE_ROWS * 0.9);
    expect(unknownSize.total).toBeLessThan(LARGE_ROWS * 1.1);
  });

  it("are skipped when not wanted", async () => {
    const page = await rows({ includeTotal: false, limit: 1 });
    expect(page.total).toBeNull();
  });
});

describe("downloads", () => {
  it("CSV: BOM, the file's headers, every row in order, formulas neutralised, numbers kept", async () => {
    const csv = await text(exportRows(db.config, SMALL, FIXTURE_COLUMNS, "csv"));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...data] = parsed.data;
    expect(header).toEqual([
      "Código",
      "Valor ($)",
      "¿Activo?",
      "Fecha",
      "Registrado",
      "Comuna",
      "'=Nota",
    ]);
    expect(data.length).toBe(SMALL_ROWS);
    expect(data[0]).toEqual([
      "7",
      "-24.75",
      "false",
      "2024-01-02",
      "2024-01-01 08:37:00",
      "Sur",
      "'-resta",
    ]);
    // Row 96 (96 % 8 = 0): "=SUMA(…)"; row 97: codigo empty; row 99 (99 % 11 = 0): activo empty.
    expect(data[95]?.[6]).toBe("'=SUMA(A1:A2)");
    expect(data[96]?.[0]).toBe("");
    expect(data[98]?.[2]).toBe("");
    const notes = new Set(data.map((row) => row[6]));
    expect(notes).toEqual(
      new Set([
        "'=SUMA(A1:A2)",
        "'-resta",
        "'+57 300",
        "'@usuario",
        "'\tindentado",
        "'\rretorno",
        NOTES[6],
        NOTES[7],
      ]),
    );
    expect(data.some((row) => row[1]?.startsWith("-") && !row[1].startsWith("'"))).toBe(true);
  });

  it("CSV and JSON are the same bytes on PGlite and PostgreSQL (a stable checksum)", async () => {
    const sha = async (format: "csv" | "json") => {
      const hash = createHash("sha256");
      for await (const chunk of exportRows(db.config, SMALL, FIXTURE_COLUMNS, format)) {
        hash.update(chunk);
      }
      return hash.digest("hex");
    };
    // Measured on both databases; a change here changes every published checksum.
    expect(await sha("csv")).toBe(
      "caad326e343bda295a67a8432768ca56d5361c3d29f16c2c641db653feeced37",
    );
    expect(await sha("json")).toBe(
      "cbffdc027c63ddff0748a71aac9a0d7f36fad8209777daa5d5708db137889b5d",
    );
  });

  it("JSON: the records of the Row API, every row, in file order", async () => {
    const json = JSON.parse(await text(exportRows(db.config, SMALL, FIXTURE_COLUMNS, "json")));
    expect(json.length).toBe(SMALL_ROWS);
    const page = await rows({ limit: 5, offset: 1000 });
    expect(json.slice(1000, 1005)).toEqual(page.records.map(({ _row, ...record }) => record));
  });

  it("streams a large table in pieces and can be abandoned half-way", async () => {
    const chunks = exportRows(db.config, LARGE, FIXTURE_COLUMNS, "csv");
    let pieces = 0;
    let bytes = 0;
    let largest = 0;
    for await (const chunk of chunks) {
      pieces += 1;
      bytes += chunk.byteLength;
      largest = Math.max(largest, chunk.byteLength);
      if (bytes > 5_000_000) break;
    }
    // About 19 MB in all, handed over a few hundred KB (PostgreSQL) or a batch (PGlite) at a time.
    expect(pieces).toBeGreaterThanOrEqual(3);
    expect(largest).toBeLessThan(4_000_000);
    // The database is still usable afterwards (the abandoned COPY's connection was dropped).
    expect(await count(LARGE, "TRUE")).toBe(LARGE_ROWS);
    const again = await text(exportRows(db.config, LARGE, FIXTURE_COLUMNS, "csv"));
    expect(again.split("\n").length).toBeGreaterThan(LARGE_ROWS);
  });

  it("an empty table is a header and nothing else", async () => {
    await db.driver.query(
      `CREATE TABLE datastore."v_query_empty" (_row bigint PRIMARY KEY, comuna text)`,
    );
    const columns = [{ field: "comuna", name: "Comuna", type: "text" as const }];
    expect(await text(exportRows(db.config, "v_query_empty", columns, "csv"))).toBe(
      "\uFEFFComuna\n",
    );
    expect(JSON.parse(await text(exportRows(db.config, "v_query_empty", columns, "json")))).toEqual(
      [],
    );
  });
});
