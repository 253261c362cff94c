import {
  handleDatasetUpload,
  type TDatasetUploadHttpContext,
} from "@lab/api/rest/dataset-upload-handler";
import type { TSessionUser } from "@lab/api/trpc";
import { waitForIndexBuilds } from "@lab/db/datastore/load-indexes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { createDataset, datastoreTables, latin1, tableRows, utf8 } from "./support/dataset-upload";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// POST /api/admin/datasets/{slug}/versions, in process on a real database: who may upload,
// the same-origin and size rules, a loaded version (READY, with its dictionary) or a failed
// one (FAILED, with its row problems and no rows kept), and files that are not tables.

const ORIGIN = "http://lab.test";

let db: TTestDatabase;
let publisher: TSessionUser;
let admin: TSessionUser;
let editor: TSessionUser;
let dataset: { id: string; slug: string };

beforeAll(async () => {
  db = await createTestDatabase();
  publisher = await createSessionUser(db.prisma, "PUBLISHER");
  admin = await createSessionUser(db.prisma, "ADMIN");
  editor = await createSessionUser(db.prisma, "EDITOR");
  dataset = await createDataset(db.prisma);
});

afterAll(async () => {
  await waitForIndexBuilds();
  await db?.drop();
});

type TBody = Uint8Array | ReadableStream<Uint8Array>;

function upload(
  body: TBody,
  options: { slug?: string; query?: string; headers?: Record<string, string> } = {},
): Request {
  const query = options.query ? `?${options.query}` : "";
  const init = {
    method: "POST",
    body,
    headers: {
      host: "lab.test",
      origin: ORIGIN,
      "content-type": "text/csv",
      "x-file-name": encodeURIComponent("Actividades año 2024.csv"),
      ...options.headers,
    },
    // A streamed body (ReadableStream) needs it; harmless for bytes.
    duplex: "half",
  };
  return new Request(
    `${ORIGIN}/api/admin/datasets/${options.slug ?? dataset.slug}/versions${query}`,
    init as RequestInit,
  );
}

const ctx = (session: TSessionUser | null, extra: Partial<TDatasetUploadHttpContext> = {}) => ({
  prisma: db.prisma,
  session,
  database: db.config,
  ...extra,
});

/** The dataset's versions, oldest first, with what the dictionary and datastore hold. */
async function versions() {
  const rows = await db.prisma.datasetVersion.findMany({
    where: { datasetId: dataset.id },
    orderBy: { number: "asc" },
    select: {
      number: true,
      status: true,
      tableName: true,
      problems: true,
      fileName: true,
      rowCount: true,
      _count: { select: { columns: true } },
    },
  });
  const tables = await datastoreTables(db.driver);
  return rows.map((v) => ({ ...v, hasTable: tables.includes(v.tableName) }));
}

const GOOD = latin1("Año;Comuna;Participantes;Horas\r\n2024;Norte;12;2,5\r\n2024;Sur;N/A;1,5\r\n");

describe("who may upload", () => {
  it("refuses anonymous visitors, editors, inactive accounts and other sites", async () => {
    expect((await handleDatasetUpload(upload(GOOD), dataset.slug, ctx(null))).status).toBe(401);
    expect((await handleDatasetUpload(upload(GOOD), dataset.slug, ctx(editor))).status).toBe(403);
    const gone = await createSessionUser(db.prisma, "PUBLISHER");
    await db.prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    expect((await handleDatasetUpload(upload(GOOD), dataset.slug, ctx(gone))).status).toBe(401);
    const foreign = upload(GOOD, { headers: { origin: "https://otro.example" } });
    expect((await handleDatasetUpload(foreign, dataset.slug, ctx(publisher))).status).toBe(403);
    const unknown = await handleDatasetUpload(
      upload(GOOD, { slug: "no-existe" }),
      "no-existe",
      ctx(publisher),
    );
    expect(unknown.status).toBe(404);
    expect(await versions()).toEqual([]);
  });
});

describe("loading a version", () => {
  it("answers 201 with the version and its dictionary, waiting to be published", async () => {
    const res = await handleDatasetUpload(upload(GOOD), dataset.slug, ctx(publisher));
    expect(res.status).toBe(201);
    const { version } = await res.json();
    expect(version).toMatchObject({
      number: 1,
      status: "READY",
      rowCount: 2,
      sourceFormat: "csv",
      encoding: "windows-1252",
      delimiter: ";",
    });
    expect(version.columns.map((c: { field: string; type: string }) => [c.field, c.type])).toEqual([
      ["ano", "integer"],
      ["comuna", "text"],
      ["participantes", "text"],
      ["horas", "decimal"],
    ]);
    expect(version.columns[2].typeNote).toMatch(/^Se cargó como texto: 1 de 2 valores/);
    expect(version.columns[2].description).toBe("");
    const [stored] = await versions();
    expect(stored).toMatchObject({
      number: 1,
      status: "READY",
      fileName: "Actividades año 2024.csv",
      rowCount: 2,
      hasTable: true,
      _count: { columns: 4 },
    });
    const dataset1 = await db.prisma.dataset.findUniqueOrThrow({ where: { id: dataset.id } });
    expect(dataset1.publishedVersionId).toBeNull();
    const audit = await db.prisma.auditEntry.findFirst({
      where: { action: "dataset.version.upload", entityId: dataset.id },
    });
    expect(audit).toMatchObject({ actorId: publisher.id });
  });

  it("reports row problems with 400, keeps the version FAILED and no rows, then loads as text", async () => {
    const lines = ["codigo,valor"];
    for (let i = 1; i <= 10_050; i += 1) lines.push(`${i},${i}.5`);
    lines[10_020] = "10020,pendiente";
    const csv = utf8(`${lines.join("\n")}\n`);
    const res = await handleDatasetUpload(upload(csv), dataset.slug, ctx(admin));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({
      error: { code: "BAD_REQUEST" },
      version: { number: 2, status: "FAILED" },
      problemCount: 1,
      problems: [{ row: 10_021, column: "valor", value: "pendiente" }],
    });
    expect(body.error.message).toMatch(/^El archivo tiene un problema/);
    const failed = (await versions())[1];
    expect(failed).toMatchObject({ status: "FAILED", hasTable: false, _count: { columns: 0 } });
    expect(failed?.problems).toMatchObject({ problemCount: 1, problems: [{ row: 10_021 }] });

    const retry = await handleDatasetUpload(
      upload(csv, { query: "textColumns=valor" }),
      dataset.slug,
      ctx(admin),
    );
    expect(retry.status).toBe(201);
    const { version } = await retry.json();
    expect(version).toMatchObject({ number: 3, rowCount: 10_050 });
    const third = (await versions())[2];
    expect(await tableRows(db.driver, third?.tableName as string, "_row = 10020")).toEqual([
      { _row: "10020", codigo: "10020", valor: "pendiente" },
    ]);
  });

  it("converts an XLSX workbook's first sheet", async () => {
    const sheet = [
      [{ value: "Fecha" }, { value: "Valor" }, { value: "Institución" }],
      [
        { value: new Date(Date.UTC(2024, 11, 16)), type: Date, format: "dd/mm/yyyy" },
        { value: 0.1, type: Number },
        { value: "Universidad Industrial de Santander, UIS" },
      ],
      [
        { value: new Date(Date.UTC(2025, 0, 31)), type: Date, format: "dd/mm/yyyy" },
        { value: 1234.5, type: Number },
        null,
      ],
    ];
    const bytes = new Uint8Array(await writeXlsxFile(sheet).toBuffer());
    const res = await handleDatasetUpload(
      upload(bytes, { headers: { "x-file-name": "libro.xlsx" } }),
      dataset.slug,
      ctx(publisher),
    );
    expect(res.status).toBe(201);
    const { version } = await res.json();
    expect(version.sourceFormat).toBe("xlsx");
    expect(version.columns.map((c: { type: string }) => c.type)).toEqual([
      "date",
      "decimal",
      "text",
    ]);
    const latest = (await versions()).at(-1);
    expect(await tableRows(db.driver, latest?.tableName as string)).toEqual([
      {
        _row: "1",
        fecha: "2024-12-16",
        valor: "0.1",
        institucion: "Universidad Industrial de Santander, UIS",
      },
      { _row: "2", fecha: "2025-01-31", valor: "1234.5", institucion: null },
    ]);
  });
});

describe("files that cannot be loaded", () => {
  async function refused(request: Request, status: number, message: RegExp) {
    const before = await versions();
    const res = await handleDatasetUpload(request, dataset.slug, ctx(publisher));
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
    return { before, after: await versions() };
  }

  it("refuses an empty file and a PNG renamed .csv before creating any version", async () => {
    const empty = await refused(upload(new Uint8Array(0)), 400, /^El archivo está vacío\.$/);
    expect(empty.after).toEqual(empty.before);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(2048, 3),
    ]);
    const image = await refused(upload(png), 400, /^El archivo es una imagen PNG/);
    expect(image.after).toEqual(image.before);
    const zip = await refused(
      upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])),
      400,
      /comprimido está dañado/,
    );
    expect(zip.after).toEqual(zip.before);
  });

  it("refuses a form upload with 415", async () => {
    const form = upload(GOOD, { headers: { "content-type": "multipart/form-data; boundary=x" } });
    await refused(form, 415, /cuerpo de la petición/);
  });

  it("answers 413 from Content-Length before reading, and while streaming past the limit", async () => {
    const declared = upload(GOOD, { headers: { "content-length": "5000000" } });
    const before = await versions();
    const res = await handleDatasetUpload(
      declared,
      dataset.slug,
      ctx(publisher, { maxBytes: 4096 }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toMatch(
      /^El archivo supera el máximo de 4 KB por versión/,
    );
    expect(await versions()).toEqual(before);

    // No Content-Length (a chunked upload): refused once the bytes pass the limit.
    const line = "2024;Norte;12;2,5\r\n";
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(latin1("Año;Comuna;Participantes;Horas\r\n"));
        for (let i = 0; i < 2000; i += 1) controller.enqueue(latin1(line));
        controller.close();
      },
    });
    const streamed = await handleDatasetUpload(
      upload(stream),
      dataset.slug,
      ctx(publisher, { maxBytes: 16 * 1024 }),
    );
    expect(streamed.status).toBe(413);
    const cut = (await versions()).at(-1);
    expect(cut).toMatchObject({ status: "FAILED", hasTable: false });
    expect(cut?.problems).toMatchObject({
      problems: [{ message: expect.stringMatching(/^El archivo supera el máximo/) }],
    });
  });

  it("answers the whole bad-input corpus with 201 or a Spanish 4xx, never a 500", async () => {
    const header = Array.from({ length: 1000 }, (_, i) => `c${i + 1}`).join(";");
    const wide = Array.from({ length: 1000 }, (_, i) => String(i % 10)).join(";");
    const corpus: [string, Uint8Array, number][] = [
      ["Windows-1252", latin1("Municipio;Año\r\nGirón;2024\r\nSan Gil;2023\r\n"), 201],
      ["decimal commas", latin1("valor;fecha\r\n1.234,5;31/12/2024\r\n2,25;01/01/2025\r\n"), 201],
      ["BOM", utf8("\uFEFFa,b\n1,2\n"), 201],
      ["quoted line breaks", utf8('a,b\n1,"uno\ndos"\n'), 201],
      ["ragged rows", utf8("a,b\n1,2\n3\n"), 400],
      ["empty", new Uint8Array(0), 400],
      ["PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 400],
      ["duplicate and empty headers", utf8("x,x,\n1,2,3\n"), 201],
      ["1,000 columns", utf8(`${header}\n${wide}\n`), 201],
      ["a 10 MB single line", utf8("z".repeat(10 * 1024 * 1024)), 400],
      ["an unclosed quote", utf8('a,b\n1,"dos\n'), 400],
    ];
    for (const [what, bytes, status] of corpus) {
      const res = await handleDatasetUpload(upload(bytes), dataset.slug, ctx(publisher));
      expect(res.status, what).toBe(status);
      const body = await res.json();
      if (status !== 201) expect(body.error.message, what).toMatch(/^[A-ZÁÉÍÓÚ¿]/);
      for (const v of await versions())
        expect(v.hasTable, `${what}: v${v.number}`).toBe(v.status === "READY");
    }
  });

  it("never leaves a table of a version that is not loaded", async () => {
    const all = await versions();
    for (const v of all) expect(v.hasTable, `version ${v.number}`).toBe(v.status === "READY");
  });
});
