import {
  handleImportTemplate,
  handleImportUpload,
  type TImportHttpContext,
} from "@lab/api/rest/import-handler";
import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createEditor, createSessionUser } from "./support/users";

// The officials' import route, in process on a real seeded database: who may upload, the
// same-origin and size rules, and that a bad file writes nothing. Imports write drafts.

// Seeded: annual counts 2020–2024 = 12, 25, 41, 58, 73; owned by Oficina TIC.
const SLUG = "conjuntos-datos-abiertos";
const ORIGIN = "http://lab.test";

let db: TTestDatabase;
let admin: TSessionUser;
let editor: TSessionUser;
let otherEditor: TSessionUser;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  admin = await createSessionUser(db.prisma, "ADMIN");
  editor = await createEditor(db.prisma, []);
  const office = await db.prisma.indicator.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { officeId: true },
  });
  await db.prisma.userOffice.create({
    data: { userId: editor.id, officeId: office.officeId as string },
  });
  otherEditor = await createEditor(db.prisma, ["Secretaría Jurídica"]);
});

afterAll(async () => {
  await db?.drop();
});

function upload(
  csv: string,
  mode: "preview" | "apply",
  headers: Record<string, string> = { origin: ORIGIN },
): Request {
  const form = new FormData();
  form.append("archivo", new File([Buffer.from(csv, "latin1")], "valores.csv"));
  return new Request(`${ORIGIN}/api/admin/indicators/${SLUG}/import?mode=${mode}`, {
    method: "POST",
    body: form,
    headers: { host: "lab.test", ...headers },
  });
}

function ctx(session: TSessionUser | null, extra: Partial<TImportHttpContext> = {}) {
  return { prisma: db.prisma, session, ...extra };
}

/** The published values (`observations`) and those waiting to be published (`drafts`). */
async function values(): Promise<{
  observations: Record<string, string>;
  drafts: Record<string, string>;
}> {
  const indicator = await db.prisma.indicator.findUniqueOrThrow({
    where: { slug: SLUG },
    select: {
      observations: { select: { period: true, value: true } },
      observationDrafts: { select: { period: true, value: true } },
    },
  });
  return {
    observations: Object.fromEntries(
      indicator.observations.map((o) => [o.period, o.value.toString()]),
    ),
    drafts: Object.fromEntries(indicator.observationDrafts.map((o) => [o.period, String(o.value)])),
  };
}

const GOOD = "periodo;valor;nota\r\n2017;5;Año base\r\n2020;13,0;Revisión\r\n";
const BAD = "periodo;valor\r\n2016;abc\r\n";

describe("POST /api/admin/indicators/[slug]/import", () => {
  it("previews as the owning office's editor without writing, then applies as drafts", async () => {
    const before = await values();
    const res = await handleImportUpload(upload(GOOD, "preview"), SLUG, ctx(editor));
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview.file.encoding).toBe("windows-1252");
    expect(preview.summary).toMatchObject({ new: 1, changed: 1, errors: 0 });
    expect(preview.rows.find((r: { period: string }) => r.period === "2020")).toMatchObject({
      status: "changed",
      previous: 12,
      value: 13,
    });
    expect(await values()).toEqual(before);

    const applied = await handleImportUpload(upload(GOOD, "apply"), SLUG, ctx(editor));
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await values()).toEqual({
      observations: before.observations,
      drafts: { "2017": "5", "2020": "13" },
    });
    const audit = await db.prisma.auditEntry.count({
      where: { actorId: editor.id, action: { startsWith: "observation.import" } },
    });
    expect(audit).toBe(2);

    // Public once an admin publishes them.
    const reviewer = createCaller({ session: admin, prisma: db.prisma });
    const { revision } = await reviewer.indicators.workspace({ slug: SLUG });
    await reviewer.indicators.publish({ indicatorSlug: SLUG, revision });
    expect(await values()).toEqual({
      observations: { ...before.observations, "2017": "5", "2020": "13" },
      drafts: {},
    });
  });

  it("lets an ADMIN import", async () => {
    const res = await handleImportUpload(upload(GOOD, "preview"), SLUG, ctx(admin));
    expect(res.status).toBe(200);
  });

  it("refuses an editor of another office (403), anonymous (401), another site (403)", async () => {
    const other = await handleImportUpload(upload(GOOD, "apply"), SLUG, ctx(otherEditor));
    expect(other.status).toBe(403);
    expect((await other.json()).error.message).toBe("Este indicador pertenece a otra dependencia.");

    const anonymous = await handleImportUpload(upload(GOOD, "apply"), SLUG, ctx(null));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("UNAUTHORIZED");

    const cross = await handleImportUpload(
      upload(GOOD, "apply", { origin: "https://evil.example" }),
      SLUG,
      ctx(admin),
    );
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.code).toBe("FORBIDDEN");
  });

  it("answers 413 from Content-Length before reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
          throw new Error("the body must not be read");
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(`${ORIGIN}/api/admin/indicators/${SLUG}/import?mode=preview`, {
      method: "POST",
      body,
      headers: { host: "lab.test", origin: ORIGIN, "content-length": "5000000" },
      duplex: "half",
    } as RequestInit);
    const res = await handleImportUpload(request, SLUG, ctx(editor, { maxBytes: 1024 }));
    expect(res.status).toBe(413);
    expect(pulled).toBe(false);
    expect((await res.json()).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("answers 413 for a streamed body over the limit", async () => {
    const big = `periodo;valor\r\n${"2018;1\r\n".repeat(1000)}`;
    const request = new Request(`${ORIGIN}/api/admin/indicators/${SLUG}/import?mode=preview`, {
      method: "POST",
      body: big,
      headers: { host: "lab.test", origin: ORIGIN, "content-type": "text/csv" },
    });
    const res = await handleImportUpload(request, SLUG, ctx(editor, { maxBytes: 1024 }));
    expect(res.status).toBe(413);
  });

  it("refuses a file with row errors with 400 and the issues, writing nothing", async () => {
    const before = await values();
    const preview = await handleImportUpload(upload(BAD, "preview"), SLUG, ctx(editor));
    expect(preview.status).toBe(200);
    expect((await preview.json()).errors[0]).toMatchObject({ row: 2, column: "valor" });

    const res = await handleImportUpload(upload(BAD, "apply"), SLUG, ctx(editor));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.issues[0]).toMatchObject({ row: 2, column: "valor", value: "abc" });
    expect(await values()).toEqual(before);

    const binary = await handleImportUpload(upload("%PDF\u0000\u0001", "apply"), SLUG, ctx(editor));
    expect(binary.status).toBe(400);
    expect(await values()).toEqual(before);
  });
});

describe("GET /api/admin/indicators/[slug]/import-template", () => {
  const get = (format: string) =>
    new Request(`${ORIGIN}/api/admin/indicators/${SLUG}/import-template?format=${format}`, {
      headers: { host: "lab.test" },
    });

  it("downloads the CSV and XLSX templates for the owning office", async () => {
    const csv = await handleImportTemplate(get("csv"), SLUG, ctx(editor));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="plantilla-${SLUG}.csv"`,
    );
    expect(await csv.text()).toContain("periodo;valor");
    const xlsx = await handleImportTemplate(get("xlsx"), SLUG, ctx(admin));
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("applies the same rules", async () => {
    expect((await handleImportTemplate(get("csv"), SLUG, ctx(null))).status).toBe(401);
    expect((await handleImportTemplate(get("csv"), SLUG, ctx(otherEditor))).status).toBe(403);
    expect((await handleImportTemplate(get("pdf"), SLUG, ctx(editor))).status).toBe(400);
  });
});
