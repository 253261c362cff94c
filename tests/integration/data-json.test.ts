import { POD_CONFORMS_TO, type TPodDataset, ZPodCatalog } from "@lab/api/services/data-json-schema";
import { seed } from "@lab/db/seed";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  OPTIONS as dataJsonOptions,
  GET as dataJsonRoute,
} from "../../apps/web/src/app/data.json/route";
import { serveAppFrom, switchAppTo } from "./support/app-database";
import { createDatasetFixture } from "./support/dcat-datasets";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// /data.json, the Project Open Data (DCAT-US 1.1) catalog that data.gov-style harvesters
// read: every published dataset with the fields POD requires, broken ones left out.

const BASE = "https://datos.example.gov.co";
const FULL = "pod-completo";
const MINIMAL = "pod-minimo";
const BROKEN = "pod-frecuencia-rota";
const DRAFT = "pod-borrador";

let db: TTestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false, database: db.config });
  await createDatasetFixture(db.prisma, {
    slug: FULL,
    title: "Participación por tipo de institución",
    keywords: ["participación", "instituciones"],
    theme: "poblacion-y-sociedad",
    updateFrequency: "SEMIANNUAL",
    temporalStart: "2024-01-01",
    temporalEnd: "2024-12-16",
    documentationUrl: "https://www.bucaramanga.gov.co/datos/guia",
    isDemo: true,
    versions: [{ number: 1 }, { number: 2, byteSize: 10 }],
  });
  await createDatasetFixture(db.prisma, {
    slug: MINIMAL,
    license: "terminos-datos-abiertos-colombia",
    updateFrequency: "NEVER",
    temporalStart: "2020-01-01",
  });
  await createDatasetFixture(db.prisma, { slug: BROKEN, updateFrequency: "CADA-RATO" });
  await createDatasetFixture(db.prisma, {
    slug: DRAFT,
    status: "DRAFT",
    versions: [{ number: 1, published: false }],
  });
});
serveAppFrom(() => db);

afterAll(async () => {
  await db?.drop();
});

async function fetchCatalog() {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const response = await dataJsonRoute(new Request(`${BASE}/data.json`));
    return { response, body: await response.json(), logged: errors.mock.calls.map(String) };
  } finally {
    errors.mockRestore();
  }
}

const byLanding = (datasets: TPodDataset[], slug: string) =>
  datasets.find((d) => d.landingPage === `${BASE}/datos/${slug}`);

describe("/data.json", () => {
  it("is a POD 1.1 catalog with every published dataset but the broken one", async () => {
    const { response, body, logged } = await fetchCatalog();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");

    // The schema holds POD's required fields (title, description, keyword, modified,
    // publisher, contactPoint, identifier, accessLevel, distribution…) for every dataset.
    const catalog = ZPodCatalog.parse(body);
    expect(catalog.conformsTo).toBe(POD_CONFORMS_TO);
    const published = await db.prisma.dataset.findMany({
      where: { status: "PUBLISHED", publishedVersionId: { not: null }, slug: { not: BROKEN } },
      select: { id: true },
    });
    expect(catalog.dataset.map((d) => d.identifier).sort()).toEqual(
      published.map((d) => d.id).sort(),
    );
    expect(byLanding(catalog.dataset, DRAFT)).toBeUndefined();
    expect(byLanding(catalog.dataset, BROKEN)).toBeUndefined();
    expect(logged.some((l) => l.includes(BROKEN) && l.includes("CADA-RATO"))).toBe(true);
  });

  it("maps the metadata to POD's vocabulary", async () => {
    const catalog = ZPodCatalog.parse((await fetchCatalog()).body);
    const full = byLanding(catalog.dataset, FULL);
    expect(full).toMatchObject({
      keyword: ["participación", "instituciones"],
      accessLevel: "public",
      accrualPeriodicity: "R/P6M",
      temporal: "2024-01-01/2024-12-16",
      theme: ["Población y sociedad"],
      language: ["es"],
      license: "https://creativecommons.org/licenses/by/4.0/",
      publisher: { name: "Alcaldía de Bucaramanga" },
      contactPoint: { fn: "Oficina TIC", hasEmail: "mailto:datosabiertos@bucaramanga.gov.co" },
      references: ["https://www.bucaramanga.gov.co/datos/guia"],
    });
    expect(full?.description).toMatch(/demostración/);
    expect(full?.distribution.map((d) => d.downloadURL)).toEqual([
      `${BASE}/api/v1/datasets/${FULL}/download?format=csv&version=2`,
      `${BASE}/api/v1/datasets/${FULL}/download?format=csv&version=1`,
    ]);
    expect(full?.distribution.every((d) => d.mediaType === "text/csv" && d.format === "CSV")).toBe(
      true,
    );

    const minimal = byLanding(catalog.dataset, MINIMAL);
    // No keywords: the theme stands in, as POD needs one. Never updated: no periodicity.
    // Only a start date: no interval to state.
    expect(minimal?.keyword).toEqual(["Gobierno y participación ciudadana"]);
    expect(minimal).not.toHaveProperty("accrualPeriodicity");
    expect(minimal).not.toHaveProperty("temporal");
    expect(minimal).not.toHaveProperty("references");
    expect(minimal?.license).toBe(`${BASE}/datos/licencias#terminos-datos-abiertos-colombia`);
  });

  it("answers the CORS preflight, and an empty catalog with no datasets", async () => {
    expect(dataJsonOptions().status).toBe(204);
    const empty = await createTestDatabase();
    await switchAppTo(empty.config);
    try {
      const response = await dataJsonRoute(new Request(`${BASE}/data.json`));
      expect(response.status).toBe(200);
      expect(ZPodCatalog.parse(await response.json()).dataset).toEqual([]);
    } finally {
      await switchAppTo(db.config);
      await empty.drop();
    }
  });
});
