import { createHash } from "node:crypto";
import { createPublicCache } from "@lab/api/public-cache";
import { openApiDocument } from "@lab/api/rest/openapi";
import { datastoreSearch } from "@lab/api/services/ckan/datastore-search";
import { downloadDataset, getDatasetRows } from "@lab/api/services/dataset-rows";
import { createBus, publishChange } from "@lab/db/bus";
import { getPool } from "@lab/db/driver";
import { ROWS_MAX_LIMIT, ZRowsDocument } from "@lab/domain/dataset-query";
import { isAppError } from "@lab/domain/errors";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as downloadRoute } from "../../apps/web/src/app/api/v1/datasets/[slug]/download/route";
import { GET as rowsRoute } from "../../apps/web/src/app/api/v1/datasets/[slug]/rows/route";
import { serveAppFrom } from "./support/app-database";
import { createVersionTable, FIXTURE_COLUMNS, NOTES } from "./support/datastore-query-fixture";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The public datastore over HTTP, through the route handlers, and CKAN's datastore_search:
// only published versions of published datasets, earlier versions by number, streamed
// downloads that record their size and checksum.

const SLUG = "actividades-prueba";
const DRAFT_SLUG = "borrador-prueba";
const V1_ROWS = 40;
const V2_ROWS = 2500;

let db: TTestDatabase;
const versions: Record<string, { id: string; tableName: string }> = {};

async function createDataset(
  slug: string,
  status: "DRAFT" | "PUBLISHED",
  list: { number: number; rows: number; published: boolean }[],
) {
  const dataset = await db.prisma.dataset.create({
    data: {
      slug,
      title: `Conjunto ${slug}`,
      description: "Datos de prueba del almacén de filas, generados por la prueba.",
      theme: "gobierno-y-participacion",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@example.org",
      updateFrequency: "MONTHLY",
      status,
    },
  });
  for (const { number, rows, published } of list) {
    const tableName = `v_${slug.replaceAll("-", "_")}_${number}`;
    await createVersionTable(db.driver, tableName, rows);
    const version = await db.prisma.datasetVersion.create({
      data: {
        datasetId: dataset.id,
        number,
        status: published ? "PUBLISHED" : "READY",
        fileName: `${slug}.csv`,
        sourceFormat: "csv",
        rowCount: rows,
        tableName,
        publishedAt: published ? new Date(Date.UTC(2024, number, 1)) : null,
        columns: {
          create: FIXTURE_COLUMNS.map((c, position) => ({
            position,
            name: c.name,
            field: c.field,
            type: c.type,
            description: `Descripción de ${c.field}`,
            nullCount: ["codigo", "activo", "comuna"].includes(c.field) ? 1 : 0,
          })),
        },
      },
    });
    versions[`${slug}@${number}`] = { id: version.id, tableName };
  }
  const publishedNumber = Math.max(...list.filter((v) => v.published).map((v) => v.number));
  await db.prisma.dataset.update({
    where: { id: dataset.id },
    data: { publishedVersionId: versions[`${slug}@${publishedNumber}`]?.id ?? null },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await createDataset(SLUG, "PUBLISHED", [
    { number: 1, rows: V1_ROWS, published: true },
    { number: 2, rows: V2_ROWS, published: true },
    { number: 3, rows: 10, published: false },
  ]);
  await createDataset(DRAFT_SLUG, "DRAFT", [{ number: 1, rows: 10, published: true }]);
});
serveAppFrom(() => db);

afterAll(async () => {
  await db?.drop();
});

const context = (slug: string) => ({ params: Promise.resolve({ slug }) });

function getRows(query: string, slug = SLUG) {
  return rowsRoute(
    new Request(`http://lab.test/api/v1/datasets/${slug}/rows${query}`),
    context(slug),
  );
}

function download(query: string, slug = SLUG) {
  return downloadRoute(
    new Request(`http://lab.test/api/v1/datasets/${slug}/download${query}`),
    context(slug),
  );
}

async function errorOf(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = await response.json();
  return body.error.message;
}

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

const csvRows = (buffer: Buffer) => {
  const text = buffer.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe("GET /api/v1/datasets/{slug}/rows", () => {
  it("answers the current version's first page with fields, total and a next link", async () => {
    const response = await getRows("");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const body = ZRowsDocument.parse(await response.json());
    expect(body.fields).toEqual([
      { id: "_row", type: "integer" },
      ...FIXTURE_COLUMNS.map((c) => ({ id: c.field, type: c.type })),
    ]);
    expect(body.records.length).toBe(100);
    expect(body.records[0]).toMatchObject({ _row: 1, codigo: 7, comuna: "Sur", nota: NOTES[1] });
    expect(body).toMatchObject({ total: V2_ROWS, total_is_estimate: false });
    const next = new URL(body.next as string);
    expect(next.origin + next.pathname).toBe(`http://lab.test/api/v1/datasets/${SLUG}/rows`);
    expect(next.searchParams.get("cursor")).toEqual(expect.any(String));
  });

  it("following next walks every row once, keeping filters and sort", async () => {
    const filters = encodeURIComponent(JSON.stringify({ comuna: ["Norte", "Centro"] }));
    let url: string | null =
      `http://lab.test/api/v1/datasets/${SLUG}/rows?filters=${filters}&sort=fecha%20desc&limit=150&offset=0`;
    const seen: number[] = [];
    let total = 0;
    while (url) {
      const response = await rowsRoute(new Request(url), context(SLUG));
      expect(response.status).toBe(200);
      const body = ZRowsDocument.parse(await response.json());
      total = body.total;
      for (const r of body.records) {
        expect(["Norte", "Centro"]).toContain(r.comuna);
        seen.push(r._row as number);
      }
      url = body.next;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const dates = await db.driver.query<{ r: number | string }>(
      `SELECT _row AS r FROM datastore."${versions[`${SLUG}@2`]?.tableName}" WHERE comuna IN ('Norte', 'Centro') ORDER BY fecha DESC, _row`,
    );
    expect(seen).toEqual(dates.map((d) => Number(d.r)));
  });

  it("searches with q and returns the chosen fields", async () => {
    const response = await getRows("?q=bucaramanga&fields=_row,nota&limit=5");
    const body = ZRowsDocument.parse(await response.json());
    expect(body.fields).toEqual([
      { id: "_row", type: "integer" },
      { id: "nota", type: "text" },
    ]);
    expect(body.records.every((r) => r.nota === NOTES[6])).toBe(true);
  });

  it("reads an earlier published version by number", async () => {
    const body = ZRowsDocument.parse(await (await getRows("?version=1&limit=1000")).json());
    expect(body.total).toBe(V1_ROWS);
    expect(body.records.length).toBe(V1_ROWS);
    expect(body.next).toBeNull();
  });

  it("refuses bad parameters with a Spanish 400", async () => {
    expect(await errorOf(await getRows(`?limit=${ROWS_MAX_LIMIT + 1}`), 400)).toBe(
      "Se pueden pedir como máximo 10.000 filas por página; para recorrer más, siga el enlace next (cursor).",
    );
    expect(await errorOf(await getRows("?limit=muchas"), 400)).toMatch(/limit debe ser un número/);
    expect(await errorOf(await getRows("?offset=-1"), 400)).toMatch(/offset/);
    expect(await errorOf(await getRows("?filters={comuna:Norte}"), 400)).toMatch(
      /filters debe ser un objeto JSON/,
    );
    expect(await errorOf(await getRows("?sort=barrio%20desc"), 400)).toMatch(
      /El campo «barrio» no existe/,
    );
    expect(await errorOf(await getRows("?sort=comuna%20arriba"), 400)).toMatch(
      /no es un orden válido/,
    );
    expect(await errorOf(await getRows("?cursor=abc&offset=10"), 400)).toMatch(/no los dos/);
    expect(await errorOf(await getRows("?limit=1&limit=2"), 400)).toMatch(/una sola vez/);
    const injected = encodeURIComponent('{"comuna\\"; DROP TABLE x; --": 1}');
    expect(await errorOf(await getRows(`?filters=${injected}`), 400)).toMatch(/no existe/);
  });

  it("knows nothing of drafts, unpublished versions or unknown datasets", async () => {
    expect(await errorOf(await getRows("", DRAFT_SLUG), 404)).toBe(
      "No existe un conjunto de datos publicado con esa dirección.",
    );
    expect(await errorOf(await getRows("?version=3"), 404)).toBe(
      "Este conjunto de datos no tiene una versión publicada número 3.",
    );
    expect(await errorOf(await getRows("", "no-existe"), 404)).toMatch(/No existe/);
  });
});

describe("GET /api/v1/datasets/{slug}/download", () => {
  it("a download cut short records nothing about the file", async () => {
    const response = await download("?version=1");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.cancel();
    const version = await db.prisma.datasetVersion.findUniqueOrThrow({
      where: { id: versions[`${SLUG}@1`]?.id },
    });
    expect(version.byteSize).toBeNull();
    expect(version.sha256).toBeNull();
  });

  it("a client that leaves, before or during the body, holds no database connection", async () => {
    // Connections the pool has lent out (Prisma's are back between queries); PGlite has none.
    const lent = () => {
      if (db.config.kind !== "postgres") return 0;
      const pool = getPool(db.config.url);
      return pool.totalCount - pool.idleCount;
    };
    // Large enough (about 2 MB) that the COPY is still running after the first chunk.
    const slug = "descarga-grande";
    await createDataset(slug, "PUBLISHED", [{ number: 1, rows: 20_000, published: true }]);
    const url = `http://lab.test/api/v1/datasets/${slug}/download`;
    // Gone before the first byte (or a HEAD): Next.js never reads the body nor cancels it.
    const early = new AbortController();
    const unread = await downloadRoute(new Request(url, { signal: early.signal }), context(slug));
    expect(unread.status).toBe(200);
    early.abort();
    // Gone half-way through.
    const late = new AbortController();
    const partial = await downloadRoute(new Request(url, { signal: late.signal }), context(slug));
    await (partial.body as ReadableStream<Uint8Array>).getReader().read();
    late.abort();
    await expect.poll(lent).toBe(0);
    // And the database still answers.
    expect((await getRows("?limit=1")).status).toBe(200);
  });

  it("streams the current version as CSV and then records its size and SHA-256", async () => {
    const response = await download("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${SLUG}-v2.csv"`,
    );
    const body = await bytes(response);
    const [header, ...data] = csvRows(body);
    expect(header).toEqual(
      FIXTURE_COLUMNS.map((c) => (c.name.startsWith("=") ? `'${c.name}` : c.name)),
    );
    expect(data.length).toBe(V2_ROWS);
    expect(data.map((r) => r[6])).toContain("'=SUMA(A1:A2)");
    expect(data[0]?.[1]).toBe("-24.75");

    const version = await db.prisma.datasetVersion.findUniqueOrThrow({
      where: { id: versions[`${SLUG}@2`]?.id },
    });
    expect(Number(version.byteSize)).toBe(body.byteLength);
    expect(version.sha256).toBe(createHash("sha256").update(body).digest("hex"));
    // The same bytes every time: the stored checksum describes every download.
    expect((await bytes(await download("?format=csv"))).equals(body)).toBe(true);
  });

  it("streams JSON: every record of the Row API without _row", async () => {
    const response = await download("?format=json");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${SLUG}-v2.json"`,
    );
    const records = JSON.parse((await bytes(response)).toString("utf8"));
    expect(records.length).toBe(V2_ROWS);
    const page = ZRowsDocument.parse(await (await getRows("?limit=2")).json());
    expect(records.slice(0, 2)).toEqual(page.records.map(({ _row, ...rest }) => rest));
  });

  it("serves an earlier published version by number", async () => {
    const response = await download("?version=1");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${SLUG}-v1.csv"`,
    );
    expect(csvRows(await bytes(response)).length).toBe(V1_ROWS + 1);
  });

  it("refuses unknown formats, drafts and unpublished versions before sending anything", async () => {
    expect(await errorOf(await download("?format=xlsx"), 400)).toBe(
      "Formato no disponible. Use format=csv o format=json.",
    );
    expect(await errorOf(await download("", DRAFT_SLUG), 404)).toMatch(/No existe/);
    expect(await errorOf(await download("?version=3"), 404)).toMatch(/número 3/);
    expect(await errorOf(await download("?version=cero"), 400)).toMatch(/version/);
  });
});

describe("CKAN datastore_search", () => {
  const ctx = () => ({ prisma: db.prisma, database: db.config });
  const resource = () => versions[`${SLUG}@2`]?.id as string;

  async function failure(params: Record<string, unknown>, code: string): Promise<string> {
    const error = await datastoreSearch(ctx(), params).then(
      () => {
        throw new Error("expected datastore_search to fail");
      },
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe(code);
    return (error as Error).message;
  }

  it("answers in CKAN's shape: fields with CKAN types and _id, records, links, total", async () => {
    const result = await datastoreSearch(ctx(), { resource_id: resource(), limit: "2" });
    expect(result).toMatchObject({
      include_total: true,
      resource_id: resource(),
      records_format: "objects",
      limit: 2,
      total: V2_ROWS,
      total_was_estimated: false,
      total_estimation_threshold: null,
      _links: {
        start: `/api/3/action/datastore_search?resource_id=${resource()}&limit=2`,
        next: `/api/3/action/datastore_search?resource_id=${resource()}&limit=2&offset=2`,
      },
    });
    expect(result.fields).toEqual([
      { id: "_id", type: "int" },
      { id: "codigo", type: "int8", info: { label: "Código", notes: "Descripción de codigo" } },
      { id: "valor", type: "numeric", info: { label: "Valor ($)", notes: "Descripción de valor" } },
      { id: "activo", type: "bool", info: { label: "¿Activo?", notes: "Descripción de activo" } },
      { id: "fecha", type: "date", info: { label: "Fecha", notes: "Descripción de fecha" } },
      {
        id: "registrado",
        type: "timestamp",
        info: { label: "Registrado", notes: "Descripción de registrado" },
      },
      { id: "comuna", type: "text", info: { label: "Comuna", notes: "Descripción de comuna" } },
      { id: "nota", type: "text", info: { label: "=Nota", notes: "Descripción de nota" } },
    ]);
    expect(result.records).toEqual([
      expect.objectContaining({ _id: 1, codigo: 7, activo: false }),
      expect.objectContaining({ _id: 2, codigo: 14 }),
    ]);
  });

  it("takes filters, q, sort on _id, fields, offset and a POST body's JSON types", async () => {
    const result = await datastoreSearch(ctx(), {
      resource_id: resource(),
      filters: { comuna: "Norte", activo: true },
      q: "bucaramanga",
      sort: "_id desc",
      fields: ["_id", "comuna", "nota"],
      limit: 3,
      offset: 1,
    });
    expect(result.fields.map((f) => f.id)).toEqual(["_id", "comuna", "nota"]);
    const records = result.records as Record<string, unknown>[];
    expect(records.length).toBe(3);
    expect(records.every((r) => r.comuna === "Norte" && r.nota === NOTES[6])).toBe(true);
    const ids = records.map((r) => r._id as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(result).toMatchObject({ offset: 1, sort: "_id desc", q: "bucaramanga" });
  });

  it("gives records as lists or CSV text, formulas neutralised", async () => {
    const lists = await datastoreSearch(ctx(), {
      resource_id: resource(),
      records_format: "lists",
      fields: "_id,valor,nota",
      limit: 2,
    });
    expect(lists.records).toEqual([
      [1, -24.75, NOTES[1]],
      [2, -24.5, NOTES[2]],
    ]);
    const csv = await datastoreSearch(ctx(), {
      resource_id: resource(),
      records_format: "csv",
      fields: "_id,valor,activo,nota",
      limit: 3,
    });
    expect(csv.records).toBe(
      "1,-24.75,false,'-resta\n2,-24.5,false,'+57 300\n3,-24.25,true,'@usuario\n",
    );
  });

  it("lowers limit to 32000 as CKAN does, and can leave the total out", async () => {
    const result = await datastoreSearch(ctx(), {
      resource_id: resource(),
      limit: 50_000,
      include_total: "false",
    });
    expect(result.limit).toBe(32_000);
    expect((result.records as unknown[]).length).toBe(V2_ROWS);
    expect(result).not.toHaveProperty("total");
  });

  it("estimates totals above total_estimation_threshold", async () => {
    const result = await datastoreSearch(ctx(), {
      resource_id: resource(),
      filters: { comuna: "Norte" },
      total_estimation_threshold: 10,
      limit: 0,
    });
    expect(result.total_was_estimated).toBe(true);
    expect(result.total).toBeGreaterThan(10);
  });

  it("Validation Error for bad parameters, Not Found for unpublished resources", async () => {
    expect(await failure({}, "BAD_REQUEST")).toMatch(/resource_id/);
    expect(await failure({ resource_id: resource(), fields: "barrio" }, "BAD_REQUEST")).toMatch(
      /«barrio» no existe/,
    );
    expect(
      await failure({ resource_id: resource(), records_format: "xml" }, "BAD_REQUEST"),
    ).toMatch(/records_format/);
    expect(await failure({ resource_id: "no-existe" }, "NOT_FOUND")).toMatch(/no-existe/);
    expect(await failure({ resource_id: versions[`${SLUG}@3`]?.id }, "NOT_FOUND")).toMatch(
      /No existe el recurso/,
    );
    expect(await failure({ resource_id: versions[`${DRAFT_SLUG}@1`]?.id }, "NOT_FOUND")).toMatch(
      /No existe el recurso/,
    );
  });

  it("serves earlier published versions as their own resources", async () => {
    const result = await datastoreSearch(ctx(), {
      resource_id: versions[`${SLUG}@1`]?.id,
      limit: 0,
    });
    expect(result.total).toBe(V1_ROWS);
  });
});

describe("with the public cache", () => {
  it("keeps serving from memory until the dataset is withdrawn, and announces checksums", async () => {
    const slug = "cache-prueba";
    await createDataset(slug, "PUBLISHED", [{ number: 1, rows: 30, published: true }]);
    const bus = createBus(db.config, { reconnectMs: [50, 200] });
    const cache = createPublicCache(bus);
    try {
      await expect.poll(() => cache.active).toBe(true);
      const ctx = { prisma: db.prisma, database: db.config, cache };
      const url = new URL(`http://lab.test/api/v1/datasets/${slug}/rows`);
      expect((await getDatasetRows(ctx, slug, url, {})).total).toBe(30);

      // A first complete CSV download stores the checksum and tells every instance.
      let heard = 0;
      const listening = bus.subscribe("datasets", () => {
        heard += 1;
      });
      await listening.ready;
      const file = await downloadDataset(ctx, slug, {});
      for await (const _ of file.body) {
        // Read to the end, as a client would.
      }
      await expect.poll(() => heard).toBe(1);
      await listening.close();

      // Withdrawn elsewhere: the announcement empties the cache, and the rows are gone.
      await db.prisma.$transaction(async (tx) => {
        await tx.dataset.update({ where: { slug }, data: { status: "DRAFT" } });
        await publishChange(tx, "datasets", { slug });
      });
      await expect
        .poll(() =>
          getDatasetRows(ctx, slug, url, {}).then(
            () => "served",
            (e: unknown) => (isAppError(e) ? e.code : "error"),
          ),
        )
        .toBe("NOT_FOUND");
    } finally {
      await cache.close();
      await bus.close();
    }
  });
});

describe("the OpenAPI document", () => {
  it("describes the Row API and the downloads", () => {
    const paths = openApiDocument().paths as Record<string, unknown>;
    expect(paths).toHaveProperty(["/datasets/{slug}/rows", "get", "operationId"], "getDatasetRows");
    expect(paths).toHaveProperty(
      ["/datasets/{slug}/download", "get", "operationId"],
      "downloadDataset",
    );
  });
});
