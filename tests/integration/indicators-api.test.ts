import { OTHER_OFFICE_MESSAGE } from "@lab/api/authorization";
import { appRouter, createCaller } from "@lab/api/root";
import { createContext, type TSessionUser } from "@lab/api/trpc";
import { createPrismaClient } from "@lab/db/client";
import type { TDatabaseConfig } from "@lab/db/config";
import { closeShared } from "@lab/db/driver";
import type { PrismaClient } from "@lab/db/prisma";
import { seed } from "@lab/db/seed";
import { SEED_INDICATORS, seedIndicators } from "@lab/db/seed/indicators";
import { isAppError } from "@lab/domain/errors";
import { flattenFieldErrors } from "@lab/domain/zod-es";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson, { type SuperJSONResult } from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createEditor, createSessionUser } from "./support/users";

// One seeded database for the file; every test writes its own indicator/period pairs.
let db: TTestDatabase;
let editor: TSessionUser;
/** An editor of the Secretaría Jurídica only, which owns the context figures. */
let lawyer: TSessionUser;
let admin: TSessionUser;
let participant: TSessionUser;
let publisher: TSessionUser;

const DRAFT_SLUG = "borrador-presupuesto-participativo";
const RATIO_SLUG = "razon-de-prueba";
const PERCENTAGE_SLUG = "servidores-formados-innovacion";
// The offices owning the indicators `editor` records (RATIO_SLUG is given to the TIC office).
const EDITOR_OFFICES = [
  "Oficina TIC",
  "Secretaría de Desarrollo Social",
  "Secretaría de Planeación",
  "Secretaría Administrativa",
];
const ANNUAL_PERIOD_MESSAGE =
  "Periodo inválido para periodicidad anual: use el formato aaaa, por ejemplo 2024.";

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  await seedIndicators(db.prisma, [
    {
      slug: RATIO_SLUG,
      code: "TST-01",
      name: "Razón de prueba",
      description: "Indicador de prueba con unidad razón.",
      dimension: "CULTURA_DEL_DATO",
      unit: "RATIO",
      decimals: 1,
      periodicity: "ANNUAL",
      sourceName: "Pruebas",
      responsibleOffice: "Oficina TIC",
      isDemo: true,
      observations: [],
    },
  ]);
  const draft = await db.prisma.indicator.create({
    data: {
      slug: DRAFT_SLUG,
      code: "BRR-01",
      name: "Presupuesto participativo (borrador)",
      description: "Aún no revisado por la Oficina TIC.",
      dimension: "PARTICIPACION_CIUDADANA",
      unit: "COUNT",
      periodicity: "ANNUAL",
      sourceName: "Borrador interno",
      status: "DRAFT",
    },
  });
  await db.prisma.observation.create({
    data: { indicatorId: draft.id, period: "2024", value: 9 },
  });
  editor = await createEditor(db.prisma, EDITOR_OFFICES);
  lawyer = await createEditor(db.prisma, ["Secretaría Jurídica"]);
  admin = await createSessionUser(db.prisma, "ADMIN");
  participant = await createSessionUser(db.prisma, "PARTICIPANT");
  publisher = await createSessionUser(db.prisma, "PUBLISHER");
});

afterAll(async () => {
  await db?.drop();
});

function as(session: TSessionUser | null, prisma: PrismaClient = db.prisma) {
  return createCaller({ session, prisma });
}

/** The TRPCError the call was rejected with; fails the test if it succeeded. */
async function rejection(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to be rejected, but it succeeded");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The per-field messages a form would show: from an AppError or from input validation. */
function fieldErrorsOf(error: TRPCError): Record<string, string[]> | undefined {
  if (isAppError(error.cause)) return error.cause.fieldErrors;
  if (error.cause instanceof ZodError) return flattenFieldErrors(error.cause);
  return undefined;
}

/** What a refused call must leave as it was: published values, drafts, workflow, audit. */
async function written() {
  const [observations, drafts, workflows, audit] = await Promise.all([
    db.prisma.observation.count(),
    db.prisma.observationDraft.count(),
    db.prisma.indicatorDraft.findMany({
      orderBy: { indicatorId: "asc" },
      select: { indicatorId: true, revision: true },
    }),
    db.prisma.auditEntry.count(),
  ]);
  return { observations, drafts, workflows, audit };
}

async function publicValues(slug: string): Promise<Record<string, number>> {
  const indicator = await as(null).indicators.bySlug({ slug });
  return Object.fromEntries(indicator.observations.map((o) => [o.period, o.value]));
}

/** An admin publishes every pending change of the indicator, as reviewed in the workspace. */
async function publish(slug: string) {
  const { revision } = await as(admin).indicators.workspace({ slug });
  return as(admin).indicators.publish({ indicatorSlug: slug, revision });
}

/** The row's version token as the workspace grid shows it (needed to correct a value). */
async function versionOf(slug: string, period: string, who: TSessionUser = admin) {
  const { rows } = await as(who).indicators.workspace({ slug });
  const row = rows.find((r) => r.period === period && r.geography === "bucaramanga");
  if (!row) throw new Error(`no row ${slug} ${period} in the workspace`);
  return row.version;
}

describe("public reading", () => {
  it("lists every published indicator with its values, in order, and never a draft", async () => {
    const list = await as(null).indicators.list();
    const slugs = list.map((i) => i.slug);
    for (const seeded of SEED_INDICATORS) expect(slugs).toContain(seeded.slug);
    expect(slugs).toContain(RATIO_SLUG);
    expect(slugs).not.toContain(DRAFT_SLUG);

    const total = list.find((i) => i.slug === "laboratorios-innovacion-publica-total");
    expect(total?.observations.map((o) => [o.period, o.value])).toEqual([["2024", 76]]);
    const projects = list.find((i) => i.slug === "proyectos-innovacion-publica");
    const periods = projects?.observations.map((o) => o.period) ?? [];
    expect(periods.slice(0, 5)).toEqual(["2020", "2021", "2022", "2023", "2024"]);

    // Signed-in staff see the same public list: drafts are not leaked by a session either.
    const staffSlugs = (await as(admin).indicators.list()).map((i) => i.slug);
    expect(staffSlugs).not.toContain(DRAFT_SLUG);
  });

  it("answers NOT_FOUND in Spanish for a draft and for an unknown slug alike", async () => {
    for (const slug of [DRAFT_SLUG, "indicador-que-no-existe"]) {
      const error = await rejection(as(null).indicators.bySlug({ slug }));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("No existe un indicador publicado con esa dirección.");
    }
  });

  it("rejects a malformed slug as BAD_REQUEST with a Spanish field message", async () => {
    const error = await rejection(as(null).indicators.bySlug({ slug: "Con Espacios" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)?.slug?.[0]).toMatch(/^El identificador solo puede tener/);
  });
});

describe("recording a value", () => {
  const input = { indicatorSlug: "proyectos-innovacion-publica", period: "2030", value: 20 };

  it("asks anonymous visitors to sign in, and writes nothing", async () => {
    const before = await written();
    const error = await rejection(as(null).indicators.recordObservation(input));
    expect(error.code).toBe("UNAUTHORIZED");
    expect(error.message).toBe("Inicie sesión para continuar.");
    expect(await written()).toEqual(before);
  });

  it("forbids participants and the TIC office (publishers), and writes nothing", async () => {
    const before = await written();
    for (const session of [participant, publisher]) {
      const error = await rejection(as(session).indicators.recordObservation(input));
      expect(error.code, session.role).toBe("FORBIDDEN");
      expect(error.message).toBe("No tiene permiso para realizar esta acción.");
    }
    expect(await written()).toEqual(before);
    expect(await publicValues("proyectos-innovacion-publica")).not.toHaveProperty("2030");
  });

  it("lets editors and admins record values, which the public page shows once an admin publishes them", async () => {
    const saved = await as(editor).indicators.recordObservation({
      indicatorSlug: "proyectos-innovacion-publica",
      period: "2025",
      value: 17,
      provisional: true,
      note: "Dato preliminar de la Secretaría de Planeación",
    });
    expect(saved).toMatchObject({ period: "2025", value: 17, provisional: true });
    expect(saved.version).toEqual(expect.any(String));
    await as(admin).indicators.recordObservation({
      indicatorSlug: "conjuntos-datos-abiertos",
      period: "2025",
      value: 88,
    });

    // Drafts: the public page does not show them yet.
    expect(await publicValues("proyectos-innovacion-publica")).not.toHaveProperty("2025");
    expect(await publicValues("conjuntos-datos-abiertos")).not.toHaveProperty("2025");

    await publish("proyectos-innovacion-publica");
    await publish("conjuntos-datos-abiertos");
    const projects = await as(null).indicators.bySlug({ slug: "proyectos-innovacion-publica" });
    expect(projects.observations.at(-1)).toMatchObject({
      period: "2025",
      value: 17,
      provisional: true,
      note: "Dato preliminar de la Secretaría de Planeación",
    });
    expect(await publicValues("conjuntos-datos-abiertos")).toMatchObject({ "2025": 88 });

    // Who recorded it, and who published it.
    const indicatorId = (
      await db.prisma.indicator.findUniqueOrThrow({
        where: { slug: "proyectos-innovacion-publica" },
        select: { id: true },
      })
    ).id;
    const audit = await db.prisma.auditEntry.findMany({
      where: { indicatorId, details: { path: ["period"], equals: "2025" } },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, action: true, entityType: true, details: true },
    });
    expect(audit).toEqual([
      {
        actorId: editor.id,
        action: "observation.create",
        entityType: "Observation",
        details: {
          indicator: "proyectos-innovacion-publica",
          period: "2025",
          geography: "bucaramanga",
          before: null,
          after: {
            value: "17",
            provisional: true,
            note: "Dato preliminar de la Secretaría de Planeación",
          },
          source: "app",
        },
      },
      {
        actorId: admin.id,
        action: "observation.publish",
        entityType: "Observation",
        details: expect.objectContaining({ before: null, editedBy: editor.id }),
      },
    ]);
  });

  it("refuses a period recorded again as new, corrects it with its version, and audits both", async () => {
    const slug = "proyectos-innovacion-publica";
    await as(editor).indicators.recordObservation({
      indicatorSlug: slug,
      period: "2026",
      value: 1700,
    });

    // Recorded again as if it were new: refused, never a second row.
    const before = await written();
    const duplicate = await rejection(
      as(admin).indicators.recordObservation({
        indicatorSlug: slug,
        period: " 2026 ",
        value: 1750,
      }),
    );
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.message).toMatch(
      /^Ya hay un valor para 2026, Bucaramanga \(total municipal\): 1\.700\./,
    );
    expect(await written()).toEqual(before);

    // Corrected from the version the admin saw: the same draft row changes.
    const draftBefore = await db.prisma.observationDraft.findFirstOrThrow({
      where: { indicator: { slug }, period: "2026" },
    });
    await as(admin).indicators.recordObservation({
      indicatorSlug: slug,
      period: " 2026 ",
      value: 1750,
      version: await versionOf(slug, "2026"),
    });
    const drafts = await db.prisma.observationDraft.findMany({
      where: { indicator: { slug }, period: "2026" },
    });
    expect(drafts.map((d) => [d.id, d.value?.toString()])).toEqual([[draftBefore.id, "1750"]]);
    expect(await publicValues(slug)).not.toHaveProperty("2026");

    await publish(slug);
    expect(await db.prisma.observation.count({ where: { period: "2026" } })).toBe(1);
    expect((await publicValues(slug))["2026"]).toBe(1750);

    const audit = await db.prisma.auditEntry.findMany({
      where: { entityType: "Observation", entityId: draftBefore.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, details: true },
    });
    const snapshot = (value: string) => ({ value, provisional: false, note: null });
    expect(audit).toEqual([
      {
        action: "observation.create",
        actorId: editor.id,
        details: {
          indicator: slug,
          period: "2026",
          geography: "bucaramanga",
          before: null,
          after: snapshot("1700"),
          source: "app",
        },
      },
      {
        action: "observation.update",
        actorId: admin.id,
        details: {
          indicator: slug,
          period: "2026",
          geography: "bucaramanga",
          before: snapshot("1700"),
          after: snapshot("1750"),
          source: "app",
        },
      },
      {
        action: "observation.publish",
        actorId: admin.id,
        details: {
          indicator: slug,
          period: "2026",
          geography: "bucaramanga",
          before: null,
          after: snapshot("1750"),
          editedBy: admin.id,
        },
      },
    ]);
  });

  it("reads values as officials type them in es-CO", async () => {
    const ratio = await as(editor).indicators.recordObservation({
      indicatorSlug: RATIO_SLUG,
      period: "2024",
      value: "1.234,5",
    });
    expect(ratio.value).toBe(1234.5);
    await as(editor).indicators.recordObservation({
      indicatorSlug: PERCENTAGE_SLUG,
      period: "2025",
      value: "45,3",
    });

    const draft = await db.prisma.observationDraft.findFirstOrThrow({
      where: { indicator: { slug: RATIO_SLUG }, period: "2024" },
    });
    expect(draft.value?.toNumber()).toBe(1234.5);
    expect(await publicValues(RATIO_SLUG)).toEqual({});

    await publish(RATIO_SLUG);
    await publish(PERCENTAGE_SLUG);
    const stored = await db.prisma.observation.findFirstOrThrow({
      where: { indicator: { slug: RATIO_SLUG }, period: "2024" },
    });
    expect(stored.value.toNumber()).toBe(1234.5);
    expect(await publicValues(RATIO_SLUG)).toEqual({ "2024": 1234.5 });
    expect((await publicValues(PERCENTAGE_SLUG))["2025"]).toBe(45.3);
  });

  it("refuses a deactivated account at once, even while its session is still valid", async () => {
    const leaving = await createEditor(db.prisma, ["Oficina TIC"]);
    const call = () =>
      as(leaving).indicators.recordObservation({ ...input, indicatorSlug: RATIO_SLUG });
    await db.prisma.user.update({ where: { id: leaving.id }, data: { active: false } });

    const before = await written();
    const error = await rejection(call());
    expect(error.code).toBe("UNAUTHORIZED");
    expect(error.message).toBe("Su sesión ya no es válida. Ingrese de nuevo.");
    expect(await written()).toEqual(before);
  });

  it("applies a role taken away at once, whatever the session token still says", async () => {
    const demoted = await createEditor(db.prisma, ["Secretaría de Planeación"]);
    await db.prisma.user.update({ where: { id: demoted.id }, data: { role: "PARTICIPANT" } });
    const error = await rejection(as(demoted).indicators.recordObservation(input));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("forbids an EDITOR of another office, in Spanish, and writes nothing", async () => {
    const before = await written();
    const error = await rejection(as(lawyer).indicators.recordObservation(input));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(OTHER_OFFICE_MESSAGE);
    expect(await written()).toEqual(before);
    expect(await publicValues("proyectos-innovacion-publica")).not.toHaveProperty("2030");

    // The same editor records the indicators of its own office.
    const own = await as(lawyer).indicators.recordObservation({
      indicatorSlug: "laboratorios-innovacion-publica-america",
      period: "2025",
      value: 37,
    });
    expect(own).toMatchObject({ period: "2025", value: 37 });
  });

  it("forbids an EDITOR of no office, and any editor an indicator without an office", async () => {
    const before = await written();
    const loose = await createEditor(db.prisma, []);
    const error = await rejection(as(loose).indicators.recordObservation(input));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(OTHER_OFFICE_MESSAGE);

    const orphan = await rejection(
      as(editor).indicators.recordObservation({ ...input, indicatorSlug: DRAFT_SLUG }),
    );
    expect(orphan.code).toBe("FORBIDDEN");
    expect(orphan.message).toMatch(/solo la administración puede editarlo/);
    expect(await written()).toEqual(before);
  });

  it("applies an office membership taken away at once", async () => {
    const moving = await createEditor(db.prisma, ["Secretaría de Planeación"]);
    await as(moving).indicators.recordObservation({ ...input, period: "2031" });
    await db.prisma.userOffice.deleteMany({ where: { userId: moving.id } });

    const before = await written();
    const error = await rejection(
      as(moving).indicators.recordObservation({ ...input, period: "2032" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await written()).toEqual(before);
  });

  it("answers NOT_FOUND for an indicator that does not exist, writing nothing", async () => {
    const before = await written();
    const error = await rejection(
      as(editor).indicators.recordObservation({ ...input, indicatorSlug: "no-existe" }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("El indicador no existe.");
    expect(await written()).toEqual(before);
  });

  const invalid: [string, Record<string, unknown>, Record<string, string[]>][] = [
    [
      "a month for an annual indicator",
      { indicatorSlug: PERCENTAGE_SLUG, period: "2024-13", value: 10 },
      { period: [ANNUAL_PERIOD_MESSAGE] },
    ],
    [
      "a period that is not a date",
      { indicatorSlug: PERCENTAGE_SLUG, period: "abc", value: 10 },
      { period: [ANNUAL_PERIOD_MESSAGE] },
    ],
    [
      "a percentage above 100",
      { indicatorSlug: PERCENTAGE_SLUG, period: "2027", value: 150 },
      { value: ["Un porcentaje debe estar entre 0 y 100."] },
    ],
    [
      "a value that is not a number",
      { indicatorSlug: PERCENTAGE_SLUG, period: "2027", value: "abc" },
      { value: ["Escriba un valor numérico, por ejemplo 1.234,5."] },
    ],
    [
      "a missing period",
      { indicatorSlug: PERCENTAGE_SLUG, value: 10 },
      { period: ["Escriba el periodo."] },
    ],
    [
      "a value too large to store",
      { indicatorSlug: RATIO_SLUG, period: "2027", value: "1.000.000.000.000.000" },
      {
        value: [
          "El valor es demasiado grande: use como máximo 14 cifras antes de la coma decimal.",
        ],
      },
    ],
    [
      "a bad period and a bad value together",
      { indicatorSlug: PERCENTAGE_SLUG, period: "abc", value: 150 },
      { period: [ANNUAL_PERIOD_MESSAGE], value: ["Un porcentaje debe estar entre 0 y 100."] },
    ],
  ];

  it.each(invalid)(
    "rejects %s as BAD_REQUEST with Spanish field messages, writing nothing",
    async (_, bad, expected) => {
      const before = await written();
      const error = await rejection(
        // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input, as a raw client could send
        as(editor).indicators.recordObservation(bad as any),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(error)).toEqual(expected);
      expect(await written()).toEqual(before);
    },
  );

  it("keeps one row and a truthful audit trail when several officials record the same period at once", async () => {
    const slug = "conjuntos-datos-abiertos";
    const values = [101, 102, 103, 104, 105, 106];
    const results = await Promise.allSettled(
      values.map((value, i) =>
        as(i % 2 ? admin : editor).indicators.recordObservation({
          indicatorSlug: slug,
          period: "2028",
          value,
        }),
      ),
    );
    // One of them created the row; every other one was told so, and overwrote nothing.
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === "fulfilled") continue;
      expect((r.reason as TRPCError).code).toBe("CONFLICT");
      expect((r.reason as TRPCError).message).toMatch(/^Ya hay un valor para 2028/);
    }
    const winner = won[0]?.value;

    const drafts = await db.prisma.observationDraft.findMany({
      where: { indicator: { slug }, period: "2028" },
    });
    expect(drafts.map((d) => d.value?.toNumber())).toEqual([winner]);
    const audit = await db.prisma.auditEntry.findMany({
      where: { entityId: drafts[0]?.id },
      select: { action: true, details: true },
    });
    expect(audit).toEqual([
      {
        action: "observation.create",
        details: expect.objectContaining({
          before: null,
          after: { value: String(winner), provisional: false, note: null },
        }),
      },
    ]);

    await publish(slug);
    expect((await publicValues(slug))["2028"]).toBe(winner);
    expect(
      await db.prisma.observation.count({ where: { indicator: { slug }, period: "2028" } }),
    ).toBe(1);
  });
});

describe("the workspace's list of indicators to edit", () => {
  it("shows an editor only the indicators of its offices, with the office", async () => {
    const mine = await as(lawyer).indicators.editable();
    expect(mine.map((i) => i.slug).sort()).toEqual([
      "laboratorios-innovacion-publica-america",
      "laboratorios-innovacion-publica-europa",
      "laboratorios-innovacion-publica-total",
    ]);
    expect(new Set(mine.map((i) => i.office))).toEqual(new Set(["Secretaría Jurídica"]));

    const editorList = await as(editor).indicators.editable();
    expect(editorList.map((i) => i.slug)).toContain(RATIO_SLUG);
    for (const i of editorList) expect(EDITOR_OFFICES).toContain(i.office);
    // Exactly the indicators of its offices (all published here), in the public order.
    const published = await as(null).indicators.list();
    expect(editorList.map((i) => i.slug)).toEqual(
      published.filter((i) => EDITOR_OFFICES.includes(i.responsibleOffice)).map((i) => i.slug),
    );
  });

  it("shows an admin every indicator, published or not, an editor of no office none", async () => {
    const all = await as(admin).indicators.editable();
    const published = await as(null).indicators.list();
    expect(all.filter((i) => i.everPublished).map((i) => i.slug)).toEqual(
      published.map((i) => i.slug),
    );
    // The one never published is there too, for the admin to publish; it has no office.
    expect(all.filter((i) => !i.everPublished)).toEqual([
      expect.objectContaining({ slug: DRAFT_SLUG, office: null }),
    ]);

    expect(await as(await createEditor(db.prisma, [])).indicators.editable()).toEqual([]);
  });

  it("is not for anonymous visitors, participants or publishers", async () => {
    expect((await rejection(as(null).indicators.editable())).code).toBe("UNAUTHORIZED");
    for (const session of [participant, publisher]) {
      expect((await rejection(as(session).indicators.editable())).code).toBe("FORBIDDEN");
    }
  });
});

describe("over HTTP, as the browser sees it", () => {
  async function request(
    path: string,
    session: TSessionUser | null,
    init: { input: unknown; method: "GET" | "POST" },
    prisma: PrismaClient = db.prisma,
  ) {
    const body = JSON.stringify({ json: init.input });
    const url = `http://localhost/api/trpc/${path}`;
    const req =
      init.method === "GET"
        ? new Request(`${url}?input=${encodeURIComponent(body)}`)
        : new Request(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
          });
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: () => createContext({ session, prisma }),
    });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) as Record<string, unknown> };
  }

  type TErrorShape = {
    message: string;
    data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null };
  };

  function errorShape(json: Record<string, unknown>): TErrorShape {
    return superjson.deserialize(json.error as SuperJSONResult);
  }

  function expectNoInternals(text: string) {
    expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|Prisma|ZodError/);
    expect(JSON.parse(text).error.json.data.stack ?? undefined).toBeUndefined();
  }

  it("answers invalid input with 400 and Spanish field messages, without a stack", async () => {
    for (const [input, fieldErrors] of [
      [
        { indicatorSlug: PERCENTAGE_SLUG, period: "abc", value: 150 },
        { period: [ANNUAL_PERIOD_MESSAGE], value: ["Un porcentaje debe estar entre 0 y 100."] },
      ],
      [
        { indicatorSlug: PERCENTAGE_SLUG, period: "2027", value: "abc" },
        { value: ["Escriba un valor numérico, por ejemplo 1.234,5."] },
      ],
    ] as const) {
      const before = await written();
      const res = await request("indicators.recordObservation", editor, { method: "POST", input });
      expect(res.status).toBe(400);
      const shape = errorShape(res.json);
      expect(shape.message).toBe("Revise los campos marcados.");
      expect(shape.data.code).toBe("BAD_REQUEST");
      expect(shape.data.fieldErrors).toEqual(fieldErrors);
      expectNoInternals(res.text);
      expect(await written()).toEqual(before);
    }
  });

  it("answers 401, 403 and 404 with Spanish messages", async () => {
    const input = { indicatorSlug: PERCENTAGE_SLUG, period: "2027", value: 10 };
    const cases = [
      [null, "indicators.recordObservation", 401, "Inicie sesión para continuar."],
      [
        participant,
        "indicators.recordObservation",
        403,
        "No tiene permiso para realizar esta acción.",
      ],
      [lawyer, "indicators.recordObservation", 403, OTHER_OFFICE_MESSAGE],
    ] as const;
    for (const [session, path, status, message] of cases) {
      const res = await request(path, session, { method: "POST", input });
      expect(res.status).toBe(status);
      expect(errorShape(res.json).message).toBe(message);
      expect(errorShape(res.json).data.fieldErrors).toBeNull();
      expectNoInternals(res.text);
    }
    const missing = await request("indicators.bySlug", null, {
      method: "GET",
      input: { slug: DRAFT_SLUG },
    });
    expect(missing.status).toBe(404);
    expect(errorShape(missing.json).message).toBe(
      "No existe un indicador publicado con esa dirección.",
    );
  });

  it("saves a value typed in es-CO, publishes it, and serves it back as a number with real dates", async () => {
    const saved = await request("indicators.recordObservation", editor, {
      method: "POST",
      input: { indicatorSlug: RATIO_SLUG, period: "2029", value: "2.500,75" },
    });
    expect(saved.status).toBe(200);
    const read = async () => {
      const res = await request("indicators.bySlug", null, {
        method: "GET",
        input: { slug: RATIO_SLUG },
      });
      expect(res.status).toBe(200);
      return superjson.deserialize<{
        updatedAt: Date;
        observations: { period: string; value: number }[];
      }>((res.json.result as { data: SuperJSONResult }).data);
    };
    expect((await read()).observations.some((o) => o.period === "2029")).toBe(false);

    // The admin reviews the workspace and publishes what it saw.
    const workspace = await request("indicators.workspace", admin, {
      method: "GET",
      input: { slug: RATIO_SLUG },
    });
    expect(workspace.status).toBe(200);
    const { revision, rows } = superjson.deserialize<{
      revision: number;
      rows: { period: string; value: number; change: string }[];
    }>((workspace.json.result as { data: SuperJSONResult }).data);
    expect(rows.find((r) => r.period === "2029")).toMatchObject({ value: 2500.75, change: "new" });
    const published = await request("indicators.publish", admin, {
      method: "POST",
      input: { indicatorSlug: RATIO_SLUG, revision },
    });
    expect(published.status).toBe(200);

    const indicator = await read();
    expect(indicator.updatedAt).toBeInstanceOf(Date);
    expect(indicator.observations.find((o) => o.period === "2029")?.value).toBe(2500.75);
  });

  it("answers 500 with a generic Spanish message when the database is down, and logs it", async () => {
    const down: TDatabaseConfig = {
      kind: "postgres",
      url: "postgresql://postgres@127.0.0.1:1/nada",
      host: "127.0.0.1",
      port: 1,
      database: "nada",
    };
    const prisma = createPrismaClient(down);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const res = await request(
        "indicators.list",
        null,
        { method: "GET", input: undefined },
        prisma,
      );
      expect(res.status).toBe(500);
      expect(errorShape(res.json).message).toBe(
        "Ocurrió un error inesperado. Intente de nuevo en unos minutos.",
      );
      expect(res.text).not.toContain("127.0.0.1");
      expectNoInternals(res.text);
      // The operator, unlike the visitor, gets the real cause in the server log.
      expect(log).toHaveBeenCalledWith("tRPC indicators.list failed:", expect.anything());
    } finally {
      log.mockRestore();
      await prisma.$disconnect();
      await closeShared(down);
    }
  });
});
