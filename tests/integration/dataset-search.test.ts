import { searchDatasets } from "@lab/api/services/dataset-search";
import { isAppError } from "@lab/domain/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogDataset, ensureOffice, type TFixtureDataset } from "./support/ckan-fixtures";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The catalog search as /datos and CKAN's package_search use it, on a real database.

let db: TTestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureOffice(db.prisma, "secretaria-de-planeacion", "Secretaría de Planeación");
  await ensureOffice(db.prisma, "oficina-tic", "Oficina TIC");
  const fixtures: (TFixtureDataset & { keywords: string[] })[] = [
    {
      slug: "presupuestos-participativos",
      title: "Participación ciudadana en presupuestos participativos",
      description: "Votos por comuna en la consulta de presupuestos participativos de 2024.",
      theme: "gobierno-y-participacion",
      keywords: ["Participación", "presupuesto participativo"],
      officeSlug: "secretaria-de-planeacion",
      modifiedAt: new Date("2025-02-01T00:00:00Z"),
    },
    {
      slug: "matricula-escolar",
      title: "Matrícula escolar por institución educativa",
      description: "Estudiantes matriculados en colegios oficiales; sin tildes: educacion basica.",
      theme: "educacion-y-cultura",
      keywords: ["educación", "colegios"],
      officeSlug: "secretaria-de-planeacion",
      updateFrequency: "ANNUAL",
      modifiedAt: new Date("2025-03-01T00:00:00Z"),
    },
    {
      slug: "arboles-urbanos",
      title: "Árboles urbanos del inventario municipal",
      description: "Inventario de árboles en parques y separadores viales de la ciudad.",
      theme: "ambiente-y-desarrollo-sostenible",
      keywords: ["ambiente", "PRESUPUESTO-PARTICIPATIVO"],
      license: "CC0-1.0",
      entityName: "Área Metropolitana de Bucaramanga",
      modifiedAt: new Date("2024-06-01T00:00:00Z"),
      columns: [
        { name: "Especie", field: "especie", description: "Nombre científico del árbol" },
        { name: "Altura", field: "altura", type: "decimal", description: "Altura en metros" },
      ],
    },
    {
      slug: "bicicletas-publicas",
      title: "Bicicletas públicas: préstamos diarios",
      description: "Préstamos del sistema de bicicletas, con la participación de cada estación.",
      theme: "movilidad-y-transporte",
      keywords: ["movilidad"],
      officeSlug: "oficina-tic",
      updateFrequency: "DAILY",
      modifiedAt: new Date("2024-01-15T00:00:00Z"),
      versions: [new Date("2024-01-15T00:00:00Z"), new Date("2025-04-10T12:00:00Z")],
    },
    {
      slug: "conectividad-wifi",
      title: "Zonas wifi gratuitas",
      description: "Puntos de conexión gratuita a internet instalados por la Oficina TIC.",
      theme: "ciencia-tecnologia-e-innovacion",
      keywords: ["conectividad"],
      officeSlug: "oficina-tic",
      license: "terminos-datos-abiertos-colombia",
      modifiedAt: new Date("2025-01-20T00:00:00Z"),
    },
  ];
  for (const f of fixtures) ids[f.slug] = (await createCatalogDataset(db.prisma, f)).id;
  await createCatalogDataset(db.prisma, {
    slug: "borrador-participacion",
    title: "Borrador de participación ciudadana sin publicar",
    keywords: ["Participación"],
    draft: true,
  });
});

afterAll(async () => {
  await db?.drop();
});

const slugs = (r: { results: { slug: string }[] }) => r.results.map((d) => d.slug);

describe("free text", () => {
  it("finds Spanish words by their stem, with or without accents", async () => {
    const stem = await searchDatasets(db.prisma, { q: "presupuesto" });
    expect(slugs(stem)).toEqual(["presupuestos-participativos", "arboles-urbanos"]);

    const noAccent = await searchDatasets(db.prisma, { q: "participacion" });
    // The word itself, written with its accent in the title and in the bicycles' description.
    expect(slugs(noAccent)).toEqual(["presupuestos-participativos", "bicicletas-publicas"]);

    const accentOnQuery = await searchDatasets(db.prisma, { q: "educación básica" });
    expect(slugs(accentOnQuery)).toEqual(["matricula-escolar"]);

    const upper = await searchDatasets(db.prisma, { q: "ÁRBOLES" });
    expect(slugs(upper)).toEqual(["arboles-urbanos"]);
  });

  it("ranks a match in the title above the keywords, and those above the description", async () => {
    const r = await searchDatasets(db.prisma, { q: "participación" });
    expect(slugs(r)).toEqual([
      "presupuestos-participativos",
      "arboles-urbanos",
      "bicicletas-publicas",
    ]);
  });

  it("searches the column dictionary and the office", async () => {
    expect(slugs(await searchDatasets(db.prisma, { q: "científico" }))).toEqual([
      "arboles-urbanos",
    ]);
    expect((await searchDatasets(db.prisma, { q: "planeación" })).count).toBe(2);
  });

  it("never shows drafts, even by their exact title", async () => {
    const r = await searchDatasets(db.prisma, { q: "Borrador sin publicar" });
    expect(r.count).toBe(0);
    expect(r.results).toEqual([]);
  });

  it("needs every word of a short query and most words of a long one", async () => {
    expect((await searchDatasets(db.prisma, { q: "bicicletas colegios" })).count).toBe(0);
    const long = await searchDatasets(db.prisma, {
      q: "bicicletas préstamos estación zzzinexistente",
    });
    expect(slugs(long)).toEqual(["bicicletas-publicas"]);
  });

  it("treats a query of stop words as no query", async () => {
    expect((await searchDatasets(db.prisma, { q: "de la" })).count).toBe(5);
  });

  it("sees a changed description at once", async () => {
    expect((await searchDatasets(db.prisma, { q: "hotspot" })).count).toBe(0);
    await db.prisma.dataset.update({
      where: { id: ids["conectividad-wifi"] },
      data: { description: "Puntos wifi (hotspot) gratuitos instalados por la Oficina TIC." },
    });
    expect(slugs(await searchDatasets(db.prisma, { q: "hotspot" }))).toEqual(["conectividad-wifi"]);
  });
});

describe("facets and filters", () => {
  it("counts every facet over the matching datasets, with Spanish labels", async () => {
    const { facets, count } = await searchDatasets(db.prisma, { limit: 0 });
    expect(count).toBe(5);
    expect(facets.theme).toContainEqual({
      value: "educacion-y-cultura",
      label: "Educación y cultura",
      count: 1,
    });
    expect(facets.publisher).toEqual([
      { value: "alcaldia-de-bucaramanga", label: "Alcaldía de Bucaramanga", count: 4 },
      {
        value: "area-metropolitana-de-bucaramanga",
        label: "Área Metropolitana de Bucaramanga",
        count: 1,
      },
    ]);
    expect(facets.office).toEqual([
      { value: "oficina-tic", label: "Oficina TIC", count: 2 },
      { value: "secretaria-de-planeacion", label: "Secretaría de Planeación", count: 2 },
    ]);
    expect(facets.format).toEqual([{ value: "CSV", label: "CSV", count: 5 }]);
    expect(facets.frequency[0]).toEqual({ value: "MONTHLY", label: "Mensual", count: 3 });
    expect(facets.license).toContainEqual({
      value: "CC0-1.0",
      label: "Creative Commons CC0 1.0 Universal (dominio público)",
      count: 1,
    });
    // Spelt two ways, counted once under the first dataset's spelling.
    expect(facets.keywords[0]).toEqual({
      value: "presupuesto participativo",
      label: "presupuesto participativo",
      count: 2,
    });
  });

  it("filters by any of the values of a facet, and by every facet at once", async () => {
    const themes = await searchDatasets(db.prisma, {
      filters: { theme: ["educacion-y-cultura", "movilidad-y-transporte"] },
      sort: [{ by: "slug", direction: "asc" }],
    });
    expect(slugs(themes)).toEqual(["bicicletas-publicas", "matricula-escolar"]);
    expect(themes.facets.theme).toHaveLength(2);

    const both = await searchDatasets(db.prisma, {
      filters: { office: ["oficina-tic"], frequency: ["daily"] },
    });
    expect(slugs(both)).toEqual(["bicicletas-publicas"]);

    const keyword = await searchDatasets(db.prisma, {
      filters: { keywords: ["presupuesto participativo"] },
    });
    expect(keyword.count).toBe(2);
    expect((await searchDatasets(db.prisma, { filters: { theme: [] } })).count).toBe(0);
  });

  it("filters by last modification, counting a newly published version", async () => {
    const r = await searchDatasets(db.prisma, {
      filters: { modifiedSince: new Date("2025-04-01T00:00:00Z") },
    });
    expect(slugs(r)).toEqual(["bicicletas-publicas"]);
  });

  it("limits facet values and drops rare ones on request", async () => {
    const r = await searchDatasets(db.prisma, { limit: 0, facetLimit: 1, facetMinCount: 2 });
    expect(r.facets.theme).toEqual([]);
    expect(r.facets.publisher).toHaveLength(1);
  });
});

describe("order and paging", () => {
  it("sorts by title the Spanish way, by last change, and by id", async () => {
    const title = await searchDatasets(db.prisma, { sort: [{ by: "title", direction: "asc" }] });
    expect(slugs(title)).toEqual([
      "arboles-urbanos",
      "bicicletas-publicas",
      "matricula-escolar",
      "presupuestos-participativos",
      "conectividad-wifi",
    ]);
    const modified = await searchDatasets(db.prisma, {});
    expect(slugs(modified)[0]).toBe("bicicletas-publicas");
    const byId = await searchDatasets(db.prisma, { sort: [{ by: "id", direction: "asc" }] });
    expect(byId.results.map((d) => d.id)).toEqual(Object.values(ids).sort());
  });

  it("pages through the results with a stable total", async () => {
    const sort = [{ by: "id", direction: "asc" }] as const;
    const first = await searchDatasets(db.prisma, { sort, limit: 2 });
    const second = await searchDatasets(db.prisma, { sort, limit: 2, offset: 2 });
    const last = await searchDatasets(db.prisma, { sort, limit: 2, offset: 4 });
    expect([first.count, second.count, last.count]).toEqual([5, 5, 5]);
    expect([...first.results, ...second.results, ...last.results].map((d) => d.id)).toEqual(
      Object.values(ids).sort(),
    );
  });

  it("returns the public shape, with the published version and its columns", async () => {
    const [bikes] = (await searchDatasets(db.prisma, { q: "bicicletas" })).results;
    expect(bikes?.version.number).toBe(2);
    expect(bikes?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(bikes?.columns.map((c) => c.field)).toEqual(["comuna", "total"]);
  });

  it("refuses pages larger than 1,000 and overlong queries with a Spanish message", async () => {
    for (const params of [{ limit: 5000 }, { offset: -1 }, { q: "a".repeat(501) }]) {
      const error = await searchDatasets(db.prisma, params).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe("BAD_REQUEST");
    }
  });
});
