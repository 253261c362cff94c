import { createPublicCache, type TPublicCache } from "@lab/api/public-cache";
import { createCaller } from "@lab/api/root";
import { previewImport } from "@lab/api/services/observation-import";
import { getWorkshopFile } from "@lab/api/services/workshop-downloads";
import {
  forgetWorkshopCaches,
  refreshWorkshopIndicators,
} from "@lab/api/services/workshop-metrics";
import type { TSessionUser } from "@lab/api/trpc";
import { createBus, type TBus } from "@lab/db/bus";
import { seed } from "@lab/db/seed";
import { SEED_WORKSHOP } from "@lab/db/seed/workshop";
import { DEMO_ATTENDEES } from "@lab/db/seed/workshop-demo";
import { isAppError } from "@lab/domain/errors";
import { DERIVED_INDICATOR_MESSAGE, WORKSHOP_METRICS } from "@lab/domain/workshop-metrics";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadRoute } from "../../apps/web/src/app/api/v1/workshops/[slug]/[file]/route";
import { serveAppFrom } from "./support/app-database";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// The public side of the workshops (issue #6): the record and results citizens read, the
// downloads, and the participation indicators computed from the records. The tests share one
// seeded database (with the demo outcomes) and run in order.

const SLUG = SEED_WORKSHOP.slug;
let db: TTestDatabase;
let admin: TSessionUser;
let bus: TBus;
let cache: TPublicCache;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  admin = await createSessionUser(db.prisma, "ADMIN");
  bus = createBus(db.config, { reconnectMs: [50, 200] });
  cache = createPublicCache(bus);
  await vi.waitFor(() => {
    if (!cache.active) throw new Error("the cache is not listening yet");
  });
});
serveAppFrom(() => db);

afterAll(async () => {
  await cache?.close();
  await bus?.close();
  await db?.drop();
});

/** A citizen's reads, through this instance's public cache as the web app does. */
const citizen = () => createCaller({ session: null, prisma: db.prisma, cache });

async function valuesOf(slug: string) {
  const indicator = await citizen().indicators.bySlug({ slug });
  return Object.fromEntries(
    indicator.observations
      .filter((o) => o.geography === "bucaramanga")
      .map((o) => [o.period, o.value]),
  );
}

async function rejection(call: Promise<unknown>) {
  return call.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (e: unknown) => e,
  );
}

describe("the seed workshop's public record", () => {
  it("shows the deck's content, its guiding question and the demo results, without names", async () => {
    const record = await citizen().workshops.bySlug({ slug: SLUG });
    expect(record.status).toBe("RESULTS_PUBLISHED");
    expect(record.agenda).toHaveLength(6);
    expect(record.rules.map((r) => r.title)).toEqual([
      "Encender cámara",
      "Cumplir con los tiempos",
      "Participación",
      "Micrófono en silencio",
    ]);
    expect(record.specificObjectives).toHaveLength(5);
    expect(record.questions).toEqual([
      expect.objectContaining({ order: 1, secondsPerIntervention: 60 }),
    ]);
    expect(record.questions[0]?.text).toMatch(/^¿Qué capacidades físicas, humanas/);
    expect(record.facilitators.every((f) => f.personName === null)).toBe(true);

    const results = record.results;
    expect(results?.hasDemo).toBe(true);
    expect(results?.attendance).toMatchObject({ registered: 10, attended: 9, institutions: 6 });
    expect(results?.attendance.byType.filter((t) => t.count > 0)).toEqual([
      { type: "UNIVERSIDAD", count: 2 },
      { type: "CENTRO_PRODUCTIVIDAD", count: 2 },
      { type: "EMPRESA", count: 1 },
      { type: "SOCIEDAD_CIVIL", count: 1 },
    ]);
    expect(results?.contributions).toHaveLength(14);
    expect(results?.contributions.every((c) => c.questionOrder === 1 && c.institution)).toBe(true);
    // Every contributing institution is in the capacity map, with all five types.
    expect(results?.capacityMap).toHaveLength(6);
    expect(results?.capacityMap.every((r) => r.cells.length === 5)).toBe(true);
    const utn = results?.capacityMap.find((r) =>
      r.institution.name.startsWith("Universidad Tecnológica"),
    );
    // Staff wrote its human capacity; its social one is suggested by no contribution: none.
    expect(utn?.cells.find((c) => c.capacityType === "HUMANA")).toMatchObject({
      level: "STRONG",
      derived: false,
    });
    expect(results?.alliances.map((a) => [a.status, a.progress, a.milestones.length])).toEqual([
      ["ACTIVE", 80, 3],
      ["AGREED", 35, 2],
      ["POTENTIAL", 0, 0],
    ]);

    const text = JSON.stringify(record);
    for (const person of DEMO_ATTENDEES) {
      expect(text).not.toContain(person.email);
      expect(text).not.toContain(person.personName);
    }
  });

  it("lists workshops with their key numbers", async () => {
    const list = await citizen().workshops.list();
    expect(list.find((w) => w.slug === SLUG)?.numbers).toEqual({
      attended: 9,
      institutions: 6,
      contributions: 14,
      alliances: 3,
    });
  });

  it("answers an unknown workshop with a Spanish 404", async () => {
    const error = await rejection(citizen().workshops.bySlug({ slug: "no-existe" }));
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      message: "No existe un taller con esa dirección.",
    });
  });
});

describe("the participation indicators computed from the workshops", () => {
  it("are seeded from the records: attendees, institutions by type, commitments, alliances", async () => {
    expect(await valuesOf("talleres-realizados")).toEqual({ "2024": 1 });
    // The indicator that was typed in by hand is now the attendance register's count.
    expect(await valuesOf("participantes-cocreacion")).toEqual({ "2024": 9 });
    expect(await valuesOf("instituciones-participantes-talleres")).toEqual({ "2024": 6 });
    expect(await valuesOf("instituciones-talleres-universidades")).toEqual({ "2024": 2 });
    expect(await valuesOf("instituciones-talleres-empresas")).toEqual({ "2024": 1 });
    expect(await valuesOf("instituciones-talleres-otras")).toEqual({ "2024": 0 });
    expect(await valuesOf("aportes-talleres")).toEqual({ "2024": 14 });
    expect(await valuesOf("aportes-convertidos-compromisos")).toEqual({ "2024": 3 });
    expect(await valuesOf("alianzas-estrategicas-activas")).toEqual({ "2024": 1 });
    expect(await valuesOf("alianzas-estrategicas-en-conversacion")).toEqual({ "2024": 0 });

    const participants = await citizen().indicators.bySlug({ slug: "participantes-cocreacion" });
    // Demo attendees are counted, so the page says the figure is a demonstration.
    expect(participants.isDemo).toBe(true);
    expect(participants.methodology).toMatch(
      /Se calcula a partir de los registros de los talleres/,
    );
    // The real workshop was held: that count is not demo data.
    expect((await citizen().indicators.bySlug({ slug: "talleres-realizados" })).isDemo).toBe(false);
  });

  it("update when a workshop's results are published, inside the publishing transaction", async () => {
    // Cached before the publication, as a visitor's earlier page view leaves it.
    expect(await valuesOf("participantes-cocreacion")).toEqual({ "2024": 9 });
    const uni = await db.prisma.institution.create({
      data: { name: "Universidad de Prueba Pública", type: "UNIVERSIDAD" },
    });
    const workshop = await db.prisma.workshop.create({
      data: {
        slug: "segundo-taller-publico",
        title: "Segundo taller",
        startsAt: new Date("2025-03-12T14:00:00.000Z"),
        objective: "Probar",
        purpose: "Probar",
        projectObjective: "Probar",
        status: "CLOSED",
        questions: { create: [{ order: 1, text: "¿Qué aporta?" }] },
        attendees: {
          create: [
            {
              personName: "Asistente Uno",
              email: "uno@example.org",
              attended: true,
              institutionId: uni.id,
            },
            {
              personName: "Asistente Dos",
              email: "dos@example.org",
              attended: true,
              institutionId: uni.id,
            },
            { personName: "Ausente", email: "tres@example.org", attended: false },
          ],
        },
        contributions: {
          create: [
            {
              text: "Compromiso de prueba",
              status: "COMMITMENT",
              capacityTypes: ["HUMANA"],
              institutionId: uni.id,
            },
          ],
        },
      },
    });
    // Held but not published: nothing changes.
    await refreshWorkshopIndicators(db.prisma, { cache });
    expect(await valuesOf("participantes-cocreacion")).toEqual({ "2024": 9 });

    // The staff's publish action: status and the recomputation in one transaction.
    await db.prisma.$transaction(async (tx) => {
      await tx.workshop.update({
        where: { id: workshop.id },
        data: { status: "RESULTS_PUBLISHED", resultsPublishedAt: new Date() },
      });
      await refreshWorkshopIndicators(tx, { actorId: admin.id });
    });
    forgetWorkshopCaches(cache);

    expect(await valuesOf("participantes-cocreacion")).toEqual({ "2024": 9, "2025": 2 });
    expect(await valuesOf("talleres-realizados")).toEqual({ "2024": 1, "2025": 1 });
    expect(await valuesOf("instituciones-talleres-universidades")).toEqual({
      "2024": 2,
      "2025": 1,
    });
    expect(await valuesOf("aportes-convertidos-compromisos")).toEqual({ "2024": 3, "2025": 1 });
    const listed = (await citizen().workshops.list()).find((w) => w.slug === workshop.slug);
    expect(listed?.numbers).toEqual({
      attended: 2,
      institutions: 1,
      contributions: 1,
      alliances: 0,
    });

    // Each new value is in the audit trail, by the person who published, from the workshops.
    const audit = await db.prisma.auditEntry.findMany({
      where: { action: "observation.publish", actorId: admin.id },
      select: { details: true },
    });
    expect(audit.length).toBe(WORKSHOP_METRICS.length);
    expect(audit[0]?.details).toMatchObject({ period: "2025", source: "workshops" });
  });

  it("lose a year when its only workshop's results are withdrawn", async () => {
    await db.prisma.workshop.update({
      where: { slug: "segundo-taller-publico" },
      data: { status: "CLOSED", resultsPublishedAt: null },
    });
    const { changed } = await refreshWorkshopIndicators(db.prisma, { cache });
    expect(changed).toContain("participantes-cocreacion");
    expect(await valuesOf("participantes-cocreacion")).toEqual({ "2024": 9 });
    // Nothing left to change: a second run writes nothing.
    expect((await refreshWorkshopIndicators(db.prisma)).changed).toEqual([]);
  });

  it("refuse values recorded or imported by hand, with a Spanish explanation", async () => {
    const officials = createCaller({ session: admin, prisma: db.prisma });
    const recorded = await rejection(
      officials.indicators.recordObservation({
        indicatorSlug: "participantes-cocreacion",
        period: "2026",
        value: 40,
      }),
    );
    expect(recorded).toMatchObject({ code: "BAD_REQUEST", message: DERIVED_INDICATOR_MESSAGE });

    const imported = await rejection(
      previewImport(db.prisma, "aportes-talleres", {
        name: "valores.csv",
        bytes: new TextEncoder().encode("periodo;valor\n2026;12\n"),
      }),
    );
    expect(isAppError(imported) && imported.message).toBe(DERIVED_INDICATOR_MESSAGE);
    expect(await db.prisma.observationDraft.count()).toBe(0);
  });
});

describe("the downloads of the results", () => {
  it("give the contributions as CSV, neutralising spreadsheet formulas", async () => {
    const workshop = await db.prisma.workshop.findUniqueOrThrow({ where: { slug: SLUG } });
    await db.prisma.contribution.create({
      data: {
        workshopId: workshop.id,
        text: '=HYPERLINK("https://example.org","clic")',
        capacityTypes: ["SOCIAL"],
        votes: 1,
      },
    });
    forgetWorkshopCaches(cache);
    const response = await downloadRoute(
      new Request(`http://localhost/api/v1/workshops/${SLUG}/contributions.csv`),
      {
        params: Promise.resolve({ slug: SLUG, file: "contributions.csv" }),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${SLUG}-aportes.csv"`,
    );
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    expect(rows).toHaveLength(15);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "question_order",
      "question",
      "text",
      "institution",
      "institution_type",
      "capacity_types",
      "tags",
      "votes",
      "status",
      "is_demo",
    ]);
    expect(rows.at(-1)?.text).toBe(`'=HYPERLINK("https://example.org","clic")`);
    expect(rows[0]).toMatchObject({ question_order: "1", is_demo: "true" });
  });

  it("give the capacity map and alliances as CSV and JSON", async () => {
    const map = await getWorkshopFile(db.prisma, SLUG, "capacity-map.csv");
    const cells: Record<string, string>[] = parse(map.body, { columns: true });
    expect(cells).toHaveLength(6 * 5);
    const alliances = JSON.parse((await getWorkshopFile(db.prisma, SLUG, "alliances.json")).body);
    expect(alliances.workshop.slug).toBe(SLUG);
    expect(alliances.alliances.map((a: { progress: number }) => a.progress)).toEqual([80, 35, 0]);
    expect(alliances.license.name).toMatch(/CC BY 4\.0/);
  });

  it("answer 404 in Spanish for an unknown file or results not yet published", async () => {
    const unknown = await downloadRoute(new Request("http://localhost/x"), {
      params: Promise.resolve({ slug: SLUG, file: "asistentes.csv" }),
    });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toMatch(/^No existe esa descarga/);
    const unpublished = await downloadRoute(new Request("http://localhost/x"), {
      params: Promise.resolve({ slug: "segundo-taller-publico", file: "contributions.json" }),
    });
    expect(unpublished.status).toBe(404);
    expect((await unpublished.json()).error.message).toBe(
      "Los resultados de este taller aún no se han publicado.",
    );
  });
});

describe("npm run db:seed -- --no-demo", () => {
  it("removes the demo outcomes, unpublishes the seed workshop's results and recomputes", async () => {
    // The formula contribution above is not demo: remove it, as staff would.
    await db.prisma.contribution.deleteMany({ where: { isDemo: false } });
    await seed(db.prisma, { demoAccounts: false, demoWorkshopRecords: false });
    const demoRows = await Promise.all([
      db.prisma.institution.count({ where: { isDemo: true } }),
      db.prisma.workshopAttendee.count({ where: { isDemo: true } }),
      db.prisma.contribution.count({ where: { isDemo: true } }),
      db.prisma.capacityProfile.count({ where: { isDemo: true } }),
      db.prisma.alliance.count({ where: { isDemo: true } }),
    ]);
    expect(demoRows).toEqual([0, 0, 0, 0, 0]);
    forgetWorkshopCaches(cache);
    const record = await citizen().workshops.bySlug({ slug: SLUG });
    expect(record.status).toBe("CLOSED");
    expect(record.results).toBeNull();
    expect(record.questions).toHaveLength(1);
    expect(await valuesOf("participantes-cocreacion")).toEqual({});

    // And back: the demo outcomes return once, not twice.
    await seed(db.prisma, { demoAccounts: false });
    await seed(db.prisma, { demoAccounts: false });
    expect(await db.prisma.contribution.count({ where: { isDemo: true } })).toBe(14);
    expect(await valuesOf("participantes-cocreacion")).toEqual({ "2024": 9 });
  });
});
