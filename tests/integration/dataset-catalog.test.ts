import { createPublicCache } from "@lab/api/public-cache";
import { createCaller } from "@lab/api/root";
import { createBus, publishChange } from "@lab/db/bus";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogDataset, ensureOffice } from "./support/ckan-fixtures";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The public catalog's procedures as /datos and /datos/{slug} call them: the page's facets,
// sort and paging mapped onto the search, published datasets only, and the public cache
// forgetting a search when "datasets" is announced.

let db: TTestDatabase;
const anonymous = () => createCaller({ session: null, prisma: db.prisma });

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureOffice(db.prisma, "oficina-tic", "Oficina TIC");
  await ensureOffice(db.prisma, "secretaria-de-planeacion", "Secretaría de Planeación");
  await createCatalogDataset(db.prisma, {
    slug: "asistencia-talleres",
    title: "Asistencia a los talleres de co-creación",
    theme: "gobierno-y-participacion",
    officeSlug: "oficina-tic",
    updateFrequency: "MONTHLY",
    modifiedAt: new Date("2025-01-10T00:00:00Z"),
  });
  await createCatalogDataset(db.prisma, {
    slug: "matricula-escolar",
    title: "Matrícula escolar por institución educativa",
    theme: "educacion-y-cultura",
    officeSlug: "secretaria-de-planeacion",
    updateFrequency: "ANNUAL",
    modifiedAt: new Date("2025-03-10T00:00:00Z"),
  });
  await createCatalogDataset(db.prisma, {
    slug: "talleres-borrador",
    title: "Talleres en borrador",
    draft: true,
  });
});

afterAll(async () => {
  await db?.drop();
});

describe("datasets.search", () => {
  it("lists published datasets only, with the page's facets and their counts", async () => {
    const result = await anonymous().datasets.search({});
    expect(result.results.map((d) => d.slug).sort()).toEqual([
      "asistencia-talleres",
      "matricula-escolar",
    ]);
    expect(result.count).toBe(2);
    expect(Object.keys(result.facets).sort()).toEqual([
      "format",
      "frequency",
      "office",
      "publisher",
      "theme",
    ]);
    expect(result.facets.office).toEqual([
      { value: "oficina-tic", label: "Oficina TIC", count: 1 },
      { value: "secretaria-de-planeacion", label: "Secretaría de Planeación", count: 1 },
    ]);
  });

  it("filters by a facet and sorts by last update", async () => {
    const byTheme = await anonymous().datasets.search({
      filters: { theme: ["educacion-y-cultura"] },
    });
    expect(byTheme.results.map((d) => d.slug)).toEqual(["matricula-escolar"]);
    const latest = await anonymous().datasets.search({ sort: "modified" });
    expect(latest.results.map((d) => d.slug)).toEqual(["matricula-escolar", "asistencia-talleres"]);
  });

  it("pages by page number and size, counting every match", async () => {
    const second = await anonymous().datasets.search({ sort: "modified", page: 2, pageSize: 1 });
    expect(second).toMatchObject({ count: 2, page: 2, pageSize: 1 });
    expect(second.results.map((d) => d.slug)).toEqual(["asistencia-talleres"]);
  });

  it("refuses bad input with a Spanish BAD_REQUEST, never a 500", async () => {
    await expect(anonymous().datasets.search({ q: "x".repeat(201) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anonymous().datasets.search({ page: 0 })).rejects.toBeInstanceOf(TRPCError);
  });
});

describe("datasets.bySlug", () => {
  it("gives a published dataset with its dictionary, and NOT_FOUND for a draft", async () => {
    const dataset = await anonymous().datasets.bySlug({ slug: "asistencia-talleres" });
    expect(dataset.columns.map((c) => c.field)).toEqual(["comuna", "total"]);
    await expect(anonymous().datasets.bySlug({ slug: "talleres-borrador" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No existe un conjunto de datos publicado con esa dirección.",
    });
  });
});

describe("the public cache", () => {
  it("serves a search from memory until a change to datasets is announced", async () => {
    const bus = createBus(db.config, { reconnectMs: [50, 200] });
    const cache = createPublicCache(bus);
    try {
      await expect.poll(() => cache.active).toBe(true);
      const caller = createCaller({ session: null, prisma: db.prisma, cache });
      const titles = async () =>
        (await caller.datasets.search({ q: "matricula" })).results.map((d) => d.title);
      expect(await titles()).toEqual(["Matrícula escolar por institución educativa"]);
      await db.prisma.dataset.update({
        where: { slug: "matricula-escolar" },
        data: { title: "Matrícula escolar (corregida)" },
      });
      // Without an announcement the cached answer stands…
      expect(await titles()).toEqual(["Matrícula escolar por institución educativa"]);
      // …and once "datasets" is announced, the next search reads the database.
      await publishChange(db.prisma, "datasets", { slug: "matricula-escolar" });
      await expect.poll(titles).toEqual(["Matrícula escolar (corregida)"]);
    } finally {
      await cache.close();
      await bus.close();
    }
  });
});
