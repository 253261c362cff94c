import { saveObservation } from "@lab/api/services/indicator-drafts";
import { getIndicatorDocument, indicatorObservationsCsv } from "@lab/api/services/indicator-export";
import { publishDrafts } from "@lab/api/services/indicator-review";
import { getWorkspace } from "@lab/api/services/indicator-workspace";
import { applyImport, importTemplate, previewImport } from "@lab/api/services/observation-import";
import type { TSessionUser } from "@lab/api/trpc";
import { createBus, publishChange, type TBus } from "@lab/db/bus";
import type { PrismaClient } from "@lab/db/prisma";
import { seed } from "@lab/db/seed";
import { seedIndicators } from "@lab/db/seed/indicators";
import { isAppError } from "@lab/domain/errors";
import { ZImportPreview } from "@lab/domain/observation-import";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// Bulk import on a real, seeded database: what the preview promises is what apply writes,
// in one transaction, or nothing at all. Apply writes drafts, public once an admin publishes.

let db: TTestDatabase;
let bus: TBus;
let actorId: string;
let admin: TSessionUser;

// Seeded: annual percentages 2020–2024 = 4.5, 7.2, 11.8, 16.4, 21.3 (municipal total only).
const PERCENT_SLUG = "servidores-formados-innovacion";
// Seeded: annual percentages 2021–2024, municipal total and 17 comunas.
const COMUNAS_SLUG = "participacion-presupuestos-participativos";
const MONTHLY_SLUG = "atenciones-mensuales-prueba";

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  await seedIndicators(db.prisma, [
    {
      slug: MONTHLY_SLUG,
      code: "TST-IMP",
      name: "Atenciones mensuales (prueba)",
      description: "Indicador mensual de prueba para la carga masiva.",
      dimension: "PARTICIPACION_CIUDADANA",
      unit: "COUNT",
      decimals: 0,
      periodicity: "MONTHLY",
      sourceName: "Pruebas",
      isDemo: true,
      observations: [{ period: "2024-01", value: 100 }],
    },
  ]);
  actorId = (await createSessionUser(db.prisma, "EDITOR")).id;
  admin = await createSessionUser(db.prisma, "ADMIN");
  bus = createBus(db.config);
});

afterAll(async () => {
  await bus?.close();
  await db?.drop();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const windows1252 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const csv = (name: string, text: string) => ({ name, bytes: windows1252(text) });

const rowSelect = { period: true, geography: true, provisional: true, note: true } as const;

/** The published values: what the public site shows. */
async function values(slug: string) {
  const rows = await db.prisma.observation.findMany({
    where: { indicator: { slug } },
    orderBy: [{ period: "asc" }, { geography: "asc" }],
    select: { ...rowSelect, value: true },
  });
  return rows.map((o) => ({ ...o, value: o.value.toNumber() }));
}

/** The values waiting to be published. */
async function drafts(slug: string) {
  const rows = await db.prisma.observationDraft.findMany({
    where: { indicator: { slug } },
    orderBy: [{ period: "asc" }, { geography: "asc" }],
    select: { ...rowSelect, value: true },
  });
  return rows.map((o) => ({ ...o, value: o.value?.toNumber() ?? null }));
}

async function counts() {
  const [observations, drafts, audit] = await Promise.all([
    db.prisma.observation.count(),
    db.prisma.observationDraft.count(),
    db.prisma.auditEntry.count(),
  ]);
  return { observations, drafts, audit };
}

async function publish(slug: string) {
  const { revision } = await getWorkspace(db.prisma, admin, slug);
  return publishDrafts(db.prisma, admin, { indicatorSlug: slug, revision });
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error("expected the import to be refused");
    },
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw error;
  return error;
}

describe("preview", () => {
  it("classifies new, changed and unchanged rows against the stored values, writing nothing", async () => {
    const before = await counts();
    const result = await previewImport(
      db.prisma,
      PERCENT_SLUG,
      csv(
        "servidores.csv",
        "Año;Valor;Provisional;Nota\r\n2023;16,4;no;\r\n2024;21,5;no;\r\n2025;25,0;sí;Participación estimada\r\n",
      ),
    );
    expect(ZImportPreview.parse(result)).toEqual(result);
    expect(result.file).toEqual({
      name: "servidores.csv",
      format: "csv",
      encoding: "windows-1252",
      delimiter: ";",
    });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.period, r.value, r.status, r.previous])).toEqual([
      [2, "2023", 16.4, "unchanged", 16.4],
      [3, "2024", 21.5, "changed", 21.3],
      [4, "2025", 25, "new", undefined],
    ]);
    expect(result.rows[2]?.note).toBe("Participación estimada");
    expect(result.summary).toEqual({
      rows: 3,
      new: 1,
      changed: 1,
      unchanged: 1,
      errors: 0,
      warnings: 0,
    });
    expect(await counts()).toEqual(before);
  });

  it("lists row errors in Spanish with row, column and value", async () => {
    const result = await previewImport(
      db.prisma,
      COMUNAS_SLUG,
      csv(
        "comunas.csv",
        'periodo,valor,comuna\n2024,"7,5",Comuna 18\n2024,120,Comuna 2\n2024-Q1,5,\n',
      ),
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "comuna",
        value: "Comuna 18",
        message: expect.stringContaining("«Comuna 18» no es una comuna"),
      },
      { row: 3, column: "valor", value: "120", message: "Un porcentaje debe estar entre 0 y 100." },
      {
        row: 4,
        column: "periodo",
        value: "2024-Q1",
        message: expect.stringContaining("no corresponde a la periodicidad anual"),
      },
    ]);
    expect(result.summary.errors).toBe(3);
  });

  it("maps dates to the indicator's periodicity", async () => {
    const result = await previewImport(
      db.prisma,
      MONTHLY_SLUG,
      csv("mensual.csv", "fecha;valor\n16/01/2024;100\n2024-02-29;1.250\n03/2024;90\n"),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.period, r.value, r.status])).toEqual([
      ["2024-01", 100, "unchanged"],
      ["2024-02", 1250, "new"],
      ["2024-03", 90, "new"],
    ]);
  });

  it("reads back the public CSV download as unchanged", async () => {
    const download = indicatorObservationsCsv(await getIndicatorDocument(db.prisma, COMUNAS_SLUG));
    const result = await previewImport(db.prisma, COMUNAS_SLUG, {
      name: "descarga.csv",
      bytes: new TextEncoder().encode(download),
    });
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ rows: 4 + 4 * 17, unchanged: 4 + 4 * 17 });
  });

  it("refuses unknown indicators", async () => {
    const error = await refusal(
      previewImport(db.prisma, "no-existe", csv("x.csv", "periodo;valor\n")),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("apply", () => {
  it("writes every row in one transaction as drafts, with an audit entry per new or changed row", async () => {
    const heard: unknown[] = [];
    const sub = bus.subscribe("indicators", (payload) => heard.push(payload));
    await sub.ready;

    const bytes = await writeXlsxFile([
      ["Periodo", "Valor", "Comuna", "Nota"],
      [2024, 7, "Bucaramanga", null], // stored 7.0: unchanged
      [2024, 9.9, "Comuna 3", "Corregido por la Secretaría"], // changed
      [2025, 8.2, "García Rovira", null], // new
      [2025, 7.7, null, "=1+1"], // new municipal total, note kept as text
    ]).toBuffer();
    const file = { name: "presupuestos.xlsx", bytes: new Uint8Array(bytes) };
    const published = await values(COMUNAS_SLUG);
    const stored = published.find((o) => o.period === "2024" && o.geography === "comuna-03");
    const before = await counts();

    const result = await applyImport(db.prisma, actorId, COMUNAS_SLUG, file);

    expect(result).toEqual({ created: 2, updated: 1, unchanged: 1 });
    expect(await counts()).toEqual({
      observations: before.observations,
      drafts: before.drafts + 3,
      audit: before.audit + 3,
    });
    // Drafts: the public values are untouched until an admin publishes them.
    expect(await values(COMUNAS_SLUG)).toEqual(published);
    const written = [
      {
        period: "2024",
        geography: "comuna-03",
        value: 9.9,
        provisional: false,
        note: "Corregido por la Secretaría",
      },
      { period: "2025", geography: "bucaramanga", value: 7.7, provisional: false, note: "'=1+1" },
      { period: "2025", geography: "comuna-05", value: 8.2, provisional: false, note: null },
    ];
    expect(await drafts(COMUNAS_SLUG)).toEqual(written);
    // The next preview compares with the drafts: the same file changes nothing more.
    expect((await previewImport(db.prisma, COMUNAS_SLUG, file)).summary).toMatchObject({
      new: 0,
      changed: 0,
      unchanged: 4,
    });

    const indicator = await db.prisma.indicator.findUniqueOrThrow({
      where: { slug: COMUNAS_SLUG },
      select: { id: true },
    });
    const audit = await db.prisma.auditEntry.findMany({
      where: { action: { startsWith: "observation.import." } },
      orderBy: { action: "asc" },
      select: { actorId: true, action: true, entityType: true, indicatorId: true, details: true },
    });
    expect(audit).toHaveLength(3);
    expect(
      audit.every(
        (a) =>
          a.actorId === actorId && a.entityType === "Observation" && a.indicatorId === indicator.id,
      ),
    ).toBe(true);
    expect(audit.map((a) => a.action)).toEqual([
      "observation.import.create",
      "observation.import.create",
      "observation.import.update",
    ]);
    expect(audit[2]?.details).toEqual({
      indicator: COMUNAS_SLUG,
      period: "2024",
      geography: "comuna-03",
      before: { value: String(stored?.value), provisional: false, note: null },
      after: { value: "9.9", provisional: false, note: "Corregido por la Secretaría" },
      source: "import",
      file: "presupuestos.xlsx",
      row: 3,
    });

    // Drafts are announced to no one: a marker sent after the import is the first thing heard.
    await publishChange(db.prisma, "indicators", { marker: "after the import" });
    await expect.poll(() => heard).toEqual([{ marker: "after the import" }]);

    // Published: every row at once, in one announcement.
    await publish(COMUNAS_SLUG);
    expect(await values(COMUNAS_SLUG)).toEqual(expect.arrayContaining(written));
    expect(await counts()).toMatchObject({
      observations: before.observations + 2,
      drafts: before.drafts,
    });
    await expect
      .poll(() => heard)
      .toEqual([{ marker: "after the import" }, { slug: COMUNAS_SLUG }]);
    await sub.close();
  });

  it("writes nothing when anything fails mid-way: it is one transaction", async () => {
    const before = await counts();
    const snapshot = await values(PERCENT_SLUG);
    // A database that fails at the last step (the workflow row), after the drafts and their
    // audit entries were written.
    const failing = db.prisma.$extends({
      query: {
        indicatorDraft: {
          update: () => Promise.reject(new Error("disco lleno")),
        },
      },
    }) as unknown as PrismaClient;

    await expect(
      applyImport(
        failing,
        actorId,
        PERCENT_SLUG,
        csv("x.csv", "periodo;valor\n2019;1,5\n2024;30\n"),
      ),
    ).rejects.toThrow("disco lleno");
    expect(await counts()).toEqual(before);
    expect(await values(PERCENT_SLUG)).toEqual(snapshot);
  });

  it("writes nothing at all when one row has an error", async () => {
    const before = await counts();
    const file = csv("con-error.csv", "periodo;valor\n2018;3,5\n2019;4\n2017;cuatro\n2016;2\n");
    const preview = await previewImport(db.prisma, PERCENT_SLUG, file);
    expect(preview.summary).toMatchObject({ rows: 3, errors: 1 });

    const error = await refusal(applyImport(db.prisma, actorId, PERCENT_SLUG, file));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "El archivo tiene un error: corríjalo y cárguelo de nuevo. No se guardó ningún valor.",
    );
    // Confirming that preview is refused too: its error is part of it.
    expect((await refusal(applyImport(db.prisma, actorId, PERCENT_SLUG, preview))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await counts()).toEqual(before);
  });

  it("applies a confirmed preview, and refuses one that went stale", async () => {
    const file = csv("mensual.csv", "periodo;valor\n2024-04;40\n2024-05;50\n");
    const preview = await previewImport(db.prisma, MONTHLY_SLUG, file);
    expect(await applyImport(db.prisma, actorId, MONTHLY_SLUG, preview)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    // Confirming the same preview again: 2024-04 and 2024-05 are no longer new (as drafts).
    const again = await refusal(applyImport(db.prisma, actorId, MONTHLY_SLUG, preview));
    expect(again.code).toBe("CONFLICT");

    const next = await previewImport(
      db.prisma,
      MONTHLY_SLUG,
      csv("mensual.csv", "periodo;valor\n2024-04;41\n"),
    );
    expect(next.rows.map((r) => [r.period, r.status, r.previous])).toEqual([
      ["2024-04", "changed", 40],
    ]);
    // Someone corrects the value in the workspace between the preview and the confirmation.
    const row = (await getWorkspace(db.prisma, admin, MONTHLY_SLUG)).rows.find(
      (r) => r.period === "2024-04",
    );
    await saveObservation(db.prisma, admin, {
      indicatorSlug: MONTHLY_SLUG,
      period: "2024-04",
      geography: "bucaramanga",
      value: 44,
      provisional: false,
      note: undefined,
      version: row?.version ?? null,
    });
    const stale = await refusal(applyImport(db.prisma, actorId, MONTHLY_SLUG, next));
    expect(stale.code).toBe("CONFLICT");
    expect((await drafts(MONTHLY_SLUG)).find((o) => o.period === "2024-04")?.value).toBe(44);
    expect((await values(MONTHLY_SLUG)).map((o) => o.period)).toEqual(["2024-01"]);
  });

  it("writes nothing and announces nothing when every row is unchanged", async () => {
    const before = await counts();
    const result = await applyImport(
      db.prisma,
      actorId,
      PERCENT_SLUG,
      csv("igual.csv", "periodo;valor\n2020;4,5\n2021;7,2\n"),
    );
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
  });
});

describe("size limit", () => {
  it("refuses a file over 20 MB before reading it, with a Spanish 413", async () => {
    const before = await counts();
    const big = { name: "grande.csv", bytes: new Uint8Array(20 * 1024 * 1024 + 1).fill(0x31) };
    for (const call of [
      previewImport(db.prisma, PERCENT_SLUG, big),
      applyImport(db.prisma, actorId, PERCENT_SLUG, big),
    ]) {
      const error = await refusal(call);
      expect(error.code).toBe("PAYLOAD_TOO_LARGE");
      expect(error.message).toContain("el máximo es 20 MB");
    }
    expect(await counts()).toEqual(before);
  });

  it("follows IMPORT_MAX_BYTES", async () => {
    vi.stubEnv("IMPORT_MAX_BYTES", "100");
    const file = csv("x.csv", `periodo;valor\n${"2024;5\n".repeat(20)}`);
    const error = await refusal(previewImport(db.prisma, PERCENT_SLUG, file));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("templates", () => {
  it.each(["csv", "xlsx"] as const)(
    "%s: Spanish headers, the comuna column and an example row the import catches",
    async (format) => {
      const indicator = await db.prisma.indicator.findUniqueOrThrow({
        where: { slug: COMUNAS_SLUG },
        select: { slug: true, periodicity: true, unit: true, geographicBreakdown: true },
      });
      const template = await importTemplate(indicator, format);
      expect(template.fileName).toBe(`plantilla-${COMUNAS_SLUG}.${format}`);
      if (format === "csv") {
        const text = new TextDecoder().decode(template.bytes);
        expect(text).toBe(
          "periodo;valor;comuna;provisional;nota\r\n2024;45,3;Comuna 1;no;Fila de ejemplo: reemplácela con sus datos.\r\n",
        );
        expect([...template.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      }
      const preview = await previewImport(db.prisma, COMUNAS_SLUG, {
        name: template.fileName,
        bytes: template.bytes,
      });
      expect(preview.columns).toEqual({ geography: true, provisional: true, note: true });
      expect(preview.errors).toEqual([
        expect.objectContaining({
          row: 2,
          column: "nota",
          message: expect.stringContaining("ejemplo"),
        }),
      ]);
    },
  );

  it("uses the indicator's period format and leaves out the comuna column when there is none", async () => {
    const template = await importTemplate(
      { slug: "x", periodicity: "QUARTERLY", unit: "COUNT", geographicBreakdown: "MUNICIPALITY" },
      "csv",
    );
    expect(new TextDecoder().decode(template.bytes)).toBe(
      "periodo;valor;provisional;nota\r\n2024-T1;1.250;no;Fila de ejemplo: reemplácela con sus datos.\r\n",
    );
  });
});
