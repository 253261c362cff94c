import { assertCanEditIndicator, OTHER_OFFICE_MESSAGE } from "@lab/api/authorization";
import { saveObservation } from "@lab/api/services/indicator-drafts";
import { publishDrafts } from "@lab/api/services/indicator-review";
import { getWorkspace } from "@lab/api/services/indicator-workspace";
import { databaseIsEmpty, seed } from "@lab/db/seed";
import { SEED_INDICATORS } from "@lab/db/seed/indicators";
import { DEMO_ACCOUNTS } from "@lab/db/seed/users";
import { verifyPassword } from "@lab/db/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createEditor, createSessionUser } from "./support/users";

// One database for the whole file. The tests run in order and build on each other: an
// empty database first, then seeded without demo accounts, then with them.
let db: TTestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

async function valuesOf(slug: string): Promise<Record<string, number>> {
  const indicator = await db.prisma.indicator.findUniqueOrThrow({
    where: { slug },
    select: { observations: { select: { period: true, value: true } } },
  });
  return Object.fromEntries(indicator.observations.map((o) => [o.period, o.value.toNumber()]));
}

async function counts() {
  const [indicators, observations, users] = await Promise.all([
    db.prisma.indicator.count(),
    // Values typed in (the seed's); derived ones are computed from the workshops' records.
    db.prisma.observation.count({ where: { indicator: { derivedMetric: null } } }),
    db.prisma.user.count(),
  ]);
  return { indicators, observations, users };
}

const OTHER_DIMENSIONS = [
  "INNOVACION_PUBLICA",
  "PARTICIPACION_CIUDADANA",
  "CAPACIDADES_INSTITUCIONALES",
  "CULTURA_DEL_DATO",
] as const;

describe("seed", () => {
  it("databaseIsEmpty is true only while there are neither indicators nor users", async () => {
    expect(await databaseIsEmpty(db.prisma)).toBe(true);

    // A database holding only an account is not empty: `npm start` must not seed over it.
    const user = await createSessionUser(db.prisma, "ADMIN");
    expect(await databaseIsEmpty(db.prisma)).toBe(false);
    await db.prisma.user.delete({ where: { id: user.id } });
    expect(await databaseIsEmpty(db.prisma)).toBe(true);
  });

  it("loads the real context figures of the workshop deck, not marked as demo", async () => {
    const result = await seed(db.prisma, { demoAccounts: false });
    expect(result.demoAccounts).toEqual([]);
    expect(await databaseIsEmpty(db.prisma)).toBe(false);

    const context = await db.prisma.indicator.findMany({
      where: { dimension: "CONTEXTO" },
      orderBy: { code: "asc" },
      select: { slug: true, isDemo: true, status: true, unit: true },
    });
    expect(context).toEqual([
      {
        slug: "laboratorios-innovacion-publica-america",
        isDemo: false,
        status: "PUBLISHED",
        unit: "COUNT",
      },
      {
        slug: "laboratorios-innovacion-publica-europa",
        isDemo: false,
        status: "PUBLISHED",
        unit: "COUNT",
      },
      {
        slug: "laboratorios-innovacion-publica-total",
        isDemo: false,
        status: "PUBLISHED",
        unit: "COUNT",
      },
    ]);
    expect(await valuesOf("laboratorios-innovacion-publica-america")).toEqual({ "2024": 36 });
    expect(await valuesOf("laboratorios-innovacion-publica-europa")).toEqual({ "2024": 40 });
    expect(await valuesOf("laboratorios-innovacion-publica-total")).toEqual({ "2024": 76 });
  });

  it("loads demo indicators, flagged isDemo, with several years for every other dimension", async () => {
    await seed(db.prisma, { demoAccounts: false });
    for (const dimension of OTHER_DIMENSIONS) {
      const indicators = await db.prisma.indicator.findMany({
        // Those computed from the workshops have their own test (workshops-public.test.ts).
        where: { dimension, derivedMetric: null },
        select: {
          slug: true,
          isDemo: true,
          status: true,
          sourceName: true,
          observations: { select: { period: true, value: true } },
        },
      });
      expect(indicators.length, dimension).toBeGreaterThan(0);
      for (const indicator of indicators) {
        expect(indicator.isDemo, indicator.slug).toBe(true);
        expect(indicator.status, indicator.slug).toBe("PUBLISHED");
        // The public pages show the source: demo data must say it is not official.
        expect(indicator.sourceName, indicator.slug).toMatch(/demostración.*no oficiales/);
        const years = indicator.observations.map((o) => o.period);
        expect(new Set(years).size, indicator.slug).toBeGreaterThanOrEqual(3);
        for (const year of years) expect(year).toMatch(/^20\d\d$/);
      }
    }
    // Decimals survive the Decimal(20, 6) column exactly.
    expect(await valuesOf("servidores-formados-innovacion")).toEqual({
      "2020": 4.5,
      "2021": 7.2,
      "2022": 11.8,
      "2023": 16.4,
      "2024": 21.3,
    });
  });

  it("creates no duplicates when run again", async () => {
    await seed(db.prisma, { demoAccounts: false });
    const before = await counts();
    expect(before).toEqual({
      indicators: SEED_INDICATORS.length,
      observations: SEED_INDICATORS.reduce((sum, i) => sum + i.observations.length, 0),
      users: 0,
    });

    await seed(db.prisma, { demoAccounts: false });
    await seed(db.prisma, { demoAccounts: false });
    expect(await counts()).toEqual(before);
  });

  it("never overwrites a value or a description an official changed", async () => {
    await seed(db.prisma, { demoAccounts: false });
    const slug = "laboratorios-innovacion-publica-total";
    const editor = await createEditor(db.prisma, ["Secretaría Jurídica"]);
    const admin = await createSessionUser(db.prisma, "ADMIN");
    // The editor corrects the seeded 76 (from the version it saw) and an admin publishes it.
    const seen = (await getWorkspace(db.prisma, editor, slug)).rows.find(
      (r) => r.period === "2024",
    );
    await saveObservation(db.prisma, editor, {
      indicatorSlug: slug,
      period: "2024",
      geography: "bucaramanga",
      value: 77,
      provisional: true,
      note: undefined,
      version: seen?.version ?? null,
    });
    await publishDrafts(db.prisma, admin, {
      indicatorSlug: slug,
      revision: (await getWorkspace(db.prisma, admin, slug)).revision,
    });
    // And a further correction waits, unpublished.
    await saveObservation(db.prisma, editor, {
      indicatorSlug: slug,
      period: "2024",
      geography: "bucaramanga",
      value: 78,
      provisional: false,
      note: undefined,
      version: (await getWorkspace(db.prisma, editor, slug)).rows[0]?.version ?? null,
    });
    await db.prisma.indicator.update({
      where: { slug: "laboratorios-innovacion-publica-total" },
      data: { name: "Laboratorios de innovación pública (total revisado)" },
    });
    const before = await counts();

    await seed(db.prisma, { demoAccounts: false });

    expect(await valuesOf("laboratorios-innovacion-publica-total")).toEqual({ "2024": 77 });
    const pending = await getWorkspace(db.prisma, editor, slug);
    expect(pending.rows.map((r) => [r.period, r.value, r.change, r.publishedValue])).toEqual([
      ["2024", 78, "changed", 77],
    ]);
    const indicator = await db.prisma.indicator.findUniqueOrThrow({
      where: { slug: "laboratorios-innovacion-publica-total" },
      select: { name: true, observations: { select: { provisional: true, createdById: true } } },
    });
    expect(indicator.name).toBe("Laboratorios de innovación pública (total revisado)");
    expect(indicator.observations).toEqual([{ provisional: true, createdById: editor.id }]);
    expect(await counts()).toEqual(before);
  });

  it("creates the demo accounts only when asked to, once, with working passwords", async () => {
    await seed(db.prisma, { demoAccounts: false });
    const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);
    expect(await db.prisma.user.count({ where: { email: { in: demoEmails } } })).toBe(0);

    const first = await seed(db.prisma, { demoAccounts: true });
    expect(first.demoAccounts.map((a) => [a.email, a.role])).toEqual([
      ["admin@demo.bucaramanga.gov.co", "ADMIN"],
      ["editor@demo.bucaramanga.gov.co", "EDITOR"],
      ["tic@demo.bucaramanga.gov.co", "PUBLISHER"],
    ]);
    const stored = await db.prisma.user.findMany({
      where: { email: { in: demoEmails } },
      select: { email: true, role: true, active: true, passwordHash: true },
    });
    expect(stored).toHaveLength(DEMO_ACCOUNTS.length);
    for (const account of DEMO_ACCOUNTS) {
      const user = stored.find((u) => u.email === account.email);
      expect(user?.role).toBe(account.role);
      expect(user?.active).toBe(true);
      expect(user?.passwordHash).not.toContain(account.password);
      expect(await verifyPassword(user?.passwordHash ?? "", account.password)).toBe(true);
    }

    // Run again: nothing new, so `npm start` has no accounts to print a second time.
    const second = await seed(db.prisma, { demoAccounts: true });
    expect(second.demoAccounts).toEqual([]);
    expect(await db.prisma.user.count({ where: { email: { in: demoEmails } } })).toBe(
      DEMO_ACCOUNTS.length,
    );
  });

  it("puts the demo editor in the offices the demo edits, not the Secretaría Jurídica", async () => {
    const officesOf = async () =>
      (
        await db.prisma.userOffice.findMany({
          where: { user: { email: "editor@demo.bucaramanga.gov.co" } },
          select: { office: { select: { name: true } } },
        })
      )
        .map((m) => m.office.name)
        .sort();
    const expected = [
      "Oficina TIC",
      "Secretaría Administrativa",
      "Secretaría de Desarrollo Social",
      "Secretaría de Planeación",
    ];
    expect(await officesOf()).toEqual(expected);
    // Idempotent; and a membership lost is given back.
    await db.prisma.userOffice.deleteMany({
      where: { user: { email: "editor@demo.bucaramanga.gov.co" }, office: { name: "Oficina TIC" } },
    });
    await seed(db.prisma, { demoAccounts: true });
    await seed(db.prisma, { demoAccounts: true });
    expect(await officesOf()).toEqual(expected);
    const otherDemoAccounts = DEMO_ACCOUNTS.filter((a) => a.role !== "EDITOR").map((a) => a.email);
    expect(
      await db.prisma.userOffice.count({ where: { user: { email: { in: otherDemoAccounts } } } }),
    ).toBe(0);

    // So it edits every seeded indicator but the context figures.
    const demoEditor = await db.prisma.user.findUniqueOrThrow({
      where: { email: "editor@demo.bucaramanga.gov.co" },
      select: { id: true, role: true },
    });
    for (const indicator of SEED_INDICATORS) {
      const check = assertCanEditIndicator(
        { prisma: db.prisma, session: demoEditor },
        indicator.slug,
      );
      if (indicator.derivedMetric) {
        // Computed from the workshops: no office, so no editor edits them.
        await expect(check, indicator.slug).rejects.toMatchObject({ code: "FORBIDDEN" });
      } else if (indicator.responsibleOffice === "Secretaría Jurídica") {
        await expect(check, indicator.slug).rejects.toMatchObject({
          code: "FORBIDDEN",
          message: OTHER_OFFICE_MESSAGE,
        });
      } else {
        await expect(check, indicator.slug).resolves.toBeUndefined();
      }
    }
  });
});
