import { ZRestError } from "@lab/api/rest/http";
import { openApiDocument } from "@lab/api/rest/openapi";
import { renderCatalog } from "@lab/api/services/dcat/catalog";
import { siteBaseUrl } from "@lab/api/services/dcat/site";
import { seed } from "@lab/db/seed";
import type { Store, Term } from "n3";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from "vitest";
import {
  OPTIONS as datasetOptions,
  GET as datasetRoute,
} from "../../apps/web/src/app/api/dcat/datasets/[slug]/[format]/route";
import { GET as catalogJsonLdRoute } from "../../apps/web/src/app/catalog.jsonld/route";
import { GET as catalogTurtleRoute } from "../../apps/web/src/app/catalog.ttl/route";
import { serveAppFrom } from "./support/app-database";
import { createDatasetFixture, sha256Of } from "./support/dcat-datasets";
import { parseJsonLd, parseTurtle, validateDcatAp, violations } from "./support/shacl";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The catalog as linked data: the whole of it (seed plus datasets covering every optional
// field present and absent) must pass DCAT-AP 3.0.1's official SHACL shapes in both formats,
// a dataset with broken stored data is left out (and logged) without breaking the rest, and
// harvesters can page and filter it as ckanext-dcat's catalog endpoint allows.

const BASE = "https://datos.example.gov.co";
const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  spdx: "http://spdx.org/rdf/terms#",
  hydra: "http://www.w3.org/ns/hydra/core#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};
const datasetIri = (slug: string) => `${BASE}/datos/${slug}#dataset`;
const distributionIri = (slug: string, n: number) => `${BASE}/datos/${slug}#distribution-${n}`;

const FULL = "dcat-completo";
const MINIMAL = "dcat-minimo";
const START_ONLY = "dcat-solo-inicio";
const END_ONLY = "dcat-solo-fin";
const DRAFT = "dcat-borrador";
const BROKEN_THEME = "dcat-tema-roto";
const BROKEN_LICENSE = "dcat-licencia-rota";
const FIXTURE_SLUGS = [FULL, MINIMAL, START_ONLY, END_ONLY];

let db: TTestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false, database: db.config });
  const office = await db.prisma.office.findFirstOrThrow();
  const indicator = await db.prisma.indicator.findFirstOrThrow({ where: { status: "PUBLISHED" } });
  await createDatasetFixture(db.prisma, {
    slug: FULL,
    title: "Actividades del laboratorio 2024",
    description: 'Registro de actividades con "comillas", saltos\nde línea y tildes: ñandú.',
    theme: "ciencia-tecnologia-e-innovacion",
    keywords: ["innovación", "laboratorio", "talleres"],
    license: "CC0-1.0",
    updateFrequency: "QUARTERLY",
    temporalStart: "2024-01-01",
    temporalEnd: "2024-12-31",
    spatialCoverage: "Comunas 1 a 17 de Bucaramanga",
    documentationUrl: "https://www.bucaramanga.gov.co/datos/guia actividades?v={1}|x",
    entityOrder: "Nacional",
    officeSlug: office.slug,
    relatedIndicators: [indicator.slug],
    isDemo: true,
    createdAt: new Date("2024-01-10T10:00:00Z"),
    modifiedAt: new Date("2025-03-01T12:00:00Z"),
    versions: [
      {
        number: 1,
        byteSize: 1234,
        sha256: sha256Of("v1"),
        publishedAt: new Date("2024-02-01T00:00:00Z"),
      },
      {
        number: 2,
        byteSize: 0,
        sha256: sha256Of("v2").toUpperCase(),
        publishedAt: new Date("2024-06-01T00:00:00Z"),
      },
      { number: 3, rowCount: null, publishedAt: new Date("2025-03-01T12:00:00Z") },
      { number: 4, published: false },
    ],
  });
  await createDatasetFixture(db.prisma, {
    slug: MINIMAL,
    license: "terminos-datos-abiertos-colombia",
    updateFrequency: "NEVER",
    language: "en",
    modifiedAt: new Date("2023-05-05T00:00:00Z"),
  });
  await createDatasetFixture(db.prisma, {
    slug: START_ONLY,
    updateFrequency: "IRREGULAR",
    temporalStart: "2020-01-01",
    modifiedAt: new Date("2024-08-01T00:00:00Z"),
  });
  await createDatasetFixture(db.prisma, {
    slug: END_ONLY,
    temporalEnd: "2021-12-31",
    modifiedAt: new Date("2024-09-01T00:00:00Z"),
    versions: [{ number: 1, byteSize: 99, sha256: sha256Of("fin") }],
  });
  await createDatasetFixture(db.prisma, {
    slug: DRAFT,
    status: "DRAFT",
    versions: [{ number: 1, published: false }],
  });
  // Stored values outside the controlled lists: the builder cannot describe them truthfully.
  await createDatasetFixture(db.prisma, { slug: BROKEN_THEME, theme: "tema-inexistente" });
  await createDatasetFixture(db.prisma, { slug: BROKEN_LICENSE, license: "licencia-rara" });
});
serveAppFrom(() => db);

afterAll(async () => {
  await db?.drop();
});

// Broken fixtures are logged on every catalog build; tests that care read the calls.
let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function publishedSlugs(): Promise<string[]> {
  const rows = await db.prisma.dataset.findMany({
    where: { status: "PUBLISHED", publishedVersionId: { not: null } },
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

const objects = (store: Store, subject: string | Term, predicate: string) =>
  store.getObjects(subject, predicate, null);
const values = (store: Store, subject: string | Term, predicate: string) =>
  objects(store, subject, predicate).map((o) => o.value);
const datasetsIn = (store: Store) =>
  store.getSubjects(`${NS.rdf}type`, `${NS.dcat}Dataset`, null).map((s) => s.value);

async function wholeCatalog(format: "jsonld" | "ttl"): Promise<Store> {
  const { body } = await renderCatalog(db.prisma, {
    base: BASE,
    format,
    params: new URLSearchParams(),
    pageSize: 1000,
  });
  return format === "ttl" ? parseTurtle(body) : parseJsonLd(JSON.parse(body));
}

function expectConforms(results: Awaited<ReturnType<typeof validateDcatAp>>) {
  // Printed in full so a failure says which node broke which rule.
  expect(violations(results), violations(results).join("\n")).toEqual([]);
}

describe("the whole catalog against the DCAT-AP 3.0.1 SHACL shapes", () => {
  it("has no violation in Turtle nor in JSON-LD, and both say the same", async () => {
    const turtle = await wholeCatalog("ttl");
    const json = await wholeCatalog("jsonld");
    expectConforms(await validateDcatAp(turtle));
    expectConforms(await validateDcatAp(json));

    // Same statements (blank nodes aside, whose labels differ).
    const named = (store: Store) =>
      store
        .getQuads(null, null, null, null)
        .filter((q) => q.subject.termType !== "BlankNode" && q.object.termType !== "BlankNode")
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id}`)
        // The paging links name the document they are in.
        .map((line) => line.replaceAll("catalog.jsonld", "catalog.ttl"))
        .sort();
    expect(named(json)).toEqual(named(turtle));
    expect(json.size).toBe(turtle.size);
  });

  it("would catch a graph without publisher names or theme types (the check is real)", async () => {
    const nameless = await wholeCatalog("ttl");
    nameless.removeQuads(nameless.getQuads(null, "http://xmlns.com/foaf/0.1/name", null, null));
    expect(violations(await validateDcatAp(nameless)).join("\n")).toMatch(/foaf\/0\.1\/name/);

    const untyped = await wholeCatalog("ttl");
    untyped.removeQuads(
      untyped.getQuads(null, `${NS.rdf}type`, "http://www.w3.org/2004/02/skos/core#Concept", null),
    );
    expect(violations(await validateDcatAp(untyped)).join("\n")).toMatch(/dcat#theme/);
  });

  it("lists every published dataset but the broken ones, and no draft", async () => {
    const store = await wholeCatalog("ttl");
    const expected = (await publishedSlugs())
      .filter((s) => s !== BROKEN_THEME && s !== BROKEN_LICENSE)
      .map(datasetIri)
      .sort();
    expect(expected).toEqual(expect.arrayContaining(FIXTURE_SLUGS.map(datasetIri)));
    // The seed's datasets (loaded through the datastore loader) are part of it too.
    expect(expected.length).toBeGreaterThan(FIXTURE_SLUGS.length);
    expect(datasetsIn(store).sort()).toEqual(expected);
    expect(values(store, `${BASE}/datos#catalog`, `${NS.dcat}dataset`).sort()).toEqual(expected);
    expect(datasetsIn(store)).not.toContain(datasetIri(DRAFT));

    // Each broken dataset is named in the log with the reason.
    const logged = errors.mock.calls.map((call) => call.join(" "));
    expect(logged.some((l) => l.includes(BROKEN_THEME) && l.includes("tema-inexistente"))).toBe(
      true,
    );
    expect(logged.some((l) => l.includes(BROKEN_LICENSE) && l.includes("licencia-rara"))).toBe(
      true,
    );
  });

  it("describes a dataset with every optional field, one distribution per published version", async () => {
    const store = await wholeCatalog("jsonld");
    const ds = datasetIri(FULL);
    expect(values(store, ds, `${NS.dcat}distribution`).sort()).toEqual(
      [1, 2, 3].map((n) => distributionIri(FULL, n)),
    );
    expect(values(store, ds, `${NS.dcat}theme`)).toEqual([
      "http://publications.europa.eu/resource/authority/data-theme/TECH",
    ]);
    expect(values(store, ds, `${NS.dct}accrualPeriodicity`)).toEqual([
      "http://publications.europa.eu/resource/authority/frequency/QUARTERLY",
    ]);
    expect(values(store, ds, `${NS.dct}language`)).toEqual([
      "http://publications.europa.eu/resource/authority/language/SPA",
    ]);
    expect(values(store, ds, `${NS.dcat}landingPage`)).toEqual([`${BASE}/datos/${FULL}`]);
    expect(values(store, ds, `${NS.dcat}keyword`).sort()).toEqual([
      "innovación",
      "laboratorio",
      "talleres",
    ]);
    expect(values(store, ds, `${NS.dcat}version`)).toEqual(["3"]);
    // The demo mark travels with the data; quotes and line breaks survive both formats.
    const [description] = values(store, ds, `${NS.dct}description`);
    expect(description).toContain('"comillas", saltos\nde línea');
    expect(description).toContain("demostración");
    // An address with spaces and braces still becomes a valid IRI.
    expect(values(store, ds, "http://xmlns.com/foaf/0.1/page")).toEqual([
      "https://www.bucaramanga.gov.co/datos/guia%20actividades?v=%7B1%7D%7Cx",
    ]);

    const [temporal] = objects(store, ds, `${NS.dct}temporal`);
    expect(temporal && objects(store, temporal, `${NS.dcat}startDate`)[0]?.id).toBe(
      `"2024-01-01"^^${NS.xsd}date`,
    );
    const [contact] = objects(store, ds, `${NS.dcat}contactPoint`);
    expect(contact && values(store, contact, `${NS.vcard}hasEmail`)).toEqual([
      "mailto:datosabiertos@bucaramanga.gov.co",
    ]);

    const v1 = distributionIri(FULL, 1);
    expect(values(store, v1, `${NS.dcat}downloadURL`)).toEqual([
      `${BASE}/api/v1/datasets/${FULL}/download?format=csv&version=1`,
    ]);
    expect(values(store, v1, `${NS.dcat}accessURL`)).toEqual(
      values(store, v1, `${NS.dcat}downloadURL`),
    );
    expect(values(store, v1, `${NS.dcat}mediaType`)).toEqual([
      "https://www.iana.org/assignments/media-types/text/csv",
    ]);
    expect(values(store, v1, `${NS.dct}license`)).toEqual([
      "https://creativecommons.org/publicdomain/zero/1.0/",
    ]);
    expect(objects(store, v1, `${NS.dcat}byteSize`)[0]?.id).toBe(
      `"1234"^^${NS.xsd}nonNegativeInteger`,
    );
    const [checksum] = objects(store, v1, `${NS.spdx}checksum`);
    expect(checksum && values(store, checksum, `${NS.spdx}checksumValue`)).toEqual([
      sha256Of("v1"),
    ]);
    expect(checksum && values(store, checksum, `${NS.spdx}algorithm`)).toEqual([
      `${NS.spdx}checksumAlgorithm_sha256`,
    ]);
    // Stored in upper case, written as the lower-case hexBinary harvesters compare.
    const [checksum2] = objects(store, distributionIri(FULL, 2), `${NS.spdx}checksum`);
    expect(checksum2 && values(store, checksum2, `${NS.spdx}checksumValue`)).toEqual([
      sha256Of("v2"),
    ]);
    expect(values(store, distributionIri(FULL, 2), `${NS.dcat}byteSize`)).toEqual(["0"]);
    // Size and checksum not computed yet: simply absent.
    expect(objects(store, distributionIri(FULL, 3), `${NS.dcat}byteSize`)).toEqual([]);
    expect(objects(store, distributionIri(FULL, 3), `${NS.spdx}checksum`)).toEqual([]);
    // The unpublished upload is nowhere.
    expect(store.getQuads(distributionIri(FULL, 4), null, null, null)).toEqual([]);
  });

  it("describes a dataset without optional fields, and relative license addresses as absolute", async () => {
    const store = await wholeCatalog("ttl");
    const ds = datasetIri(MINIMAL);
    expect(objects(store, ds, `${NS.dct}temporal`)).toEqual([]);
    expect(objects(store, ds, `${NS.dcat}keyword`)).toEqual([]);
    expect(objects(store, ds, "http://xmlns.com/foaf/0.1/page")).toEqual([]);
    expect(objects(store, ds, `${NS.dct}creator`)).toEqual([]);
    expect(values(store, ds, `${NS.dct}language`)).toEqual([
      "http://publications.europa.eu/resource/authority/language/ENG",
    ]);
    expect(values(store, distributionIri(MINIMAL, 1), `${NS.dct}license`)).toEqual([
      `${BASE}/datos/licencias#terminos-datos-abiertos-colombia`,
    ]);
    const [startOnly] = objects(store, datasetIri(START_ONLY), `${NS.dct}temporal`);
    expect(startOnly && objects(store, startOnly, `${NS.dcat}endDate`)).toEqual([]);
    const [endOnly] = objects(store, datasetIri(END_ONLY), `${NS.dct}temporal`);
    expect(endOnly && objects(store, endOnly, `${NS.dcat}startDate`)).toEqual([]);
  });
});

describe("paging and modified_since", () => {
  async function page(params: Record<string, string>, pageSize: number) {
    const { body } = await renderCatalog(db.prisma, {
      base: BASE,
      format: "ttl",
      params: new URLSearchParams(params),
      pageSize,
    });
    return parseTurtle(body);
  }
  const view = (store: Store) =>
    store.getSubjects(`${NS.rdf}type`, `${NS.hydra}PartialCollectionView`, null)[0]?.value ?? "";

  it("walks every dataset once through hydra next links", async () => {
    const total = (await publishedSlugs()).length;
    const seen: string[] = [];
    let params: Record<string, string> = {};
    for (let i = 0; i < total + 1; i += 1) {
      const store = await page(params, 2);
      const v = view(store);
      expect(values(store, v, `${NS.hydra}totalItems`)).toEqual([String(total)]);
      expect(values(store, v, `${NS.hydra}itemsPerPage`)).toEqual(["2"]);
      expect(values(store, v, `${NS.hydra}first`)).toEqual([`${BASE}/catalog.ttl?page=1`]);
      expect(values(store, v, `${NS.hydra}last`)).toEqual([
        `${BASE}/catalog.ttl?page=${Math.ceil(total / 2)}`,
      ]);
      // Older ckanext-dcat harvesters read the literal hydra:nextPage.
      expect(values(store, v, `${NS.hydra}nextPage`)).toEqual(values(store, v, `${NS.hydra}next`));
      seen.push(...datasetsIn(store));
      const next = values(store, v, `${NS.hydra}next`)[0];
      if (!next) break;
      params = Object.fromEntries(new URL(next).searchParams);
    }
    const broken = [BROKEN_THEME, BROKEN_LICENSE].map(datasetIri);
    expect(seen.sort()).toEqual(
      (await publishedSlugs())
        .map(datasetIri)
        .filter((iri) => !broken.includes(iri))
        .sort(),
    );
  });

  it("keeps modified_since in the paging links and lists only datasets changed since then", async () => {
    const store = await page({ modified_since: "2024-08-01", page: "1" }, 1);
    const v = view(store);
    const recent = await db.prisma.dataset.count({
      where: {
        status: "PUBLISHED",
        publishedVersionId: { not: null },
        modifiedAt: { gte: new Date("2024-08-01T00:00:00Z") },
      },
    });
    expect(values(store, v, `${NS.hydra}totalItems`)).toEqual([String(recent)]);
    expect(values(store, v, `${NS.hydra}next`)).toEqual([
      `${BASE}/catalog.ttl?modified_since=2024-08-01&page=2`,
    ]);
    expect(values(store, v, `${NS.hydra}previous`)).toEqual([]);

    const all = await page({ modified_since: "2024-08-01" }, 1000);
    const listed = datasetsIn(all);
    expect(listed).toEqual(expect.arrayContaining([START_ONLY, END_ONLY, FULL].map(datasetIri)));
    expect(listed).not.toContain(datasetIri(MINIMAL));
    // A time without a zone is UTC; a later instant on the same day leaves START_ONLY out.
    const later = datasetsIn(await page({ modified_since: "2024-08-01T00:00:01" }, 1000));
    expect(later).not.toContain(datasetIri(START_ONLY));
    expect(later).toContain(datasetIri(END_ONLY));
    const offset = datasetsIn(await page({ modified_since: "2024-07-31T19:00:00-05:00" }, 1000));
    expect(offset).toContain(datasetIri(START_ONLY));
  });

  it("answers a page past the end with no datasets and links back", async () => {
    const store = await page({ page: "99" }, 2);
    expect(datasetsIn(store)).toEqual([]);
    const v = view(store);
    expect(values(store, v, `${NS.hydra}next`)).toEqual([]);
    expect(values(store, v, `${NS.hydra}previous`)).toEqual(values(store, v, `${NS.hydra}last`));
  });
});

describe("HTTP: /catalog.jsonld, /catalog.ttl, /datos/{slug}.jsonld|.ttl", () => {
  const request = (path: string) => new Request(`${BASE}${path}`);
  /** /datos/{slug}.{format}, as the rewrite hands it to the route: both as path parameters. */
  const datasetDocument = (slug: string, format: string, origin = BASE) =>
    datasetRoute(new Request(`${origin}/datos/${slug}.${format}`), {
      params: Promise.resolve({ slug, format }),
    });

  async function expectError(response: Response, status: number, text: RegExp) {
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = ZRestError.parse(await response.json());
    expect(body.error.message).toMatch(text);
  }

  it("serves the catalog in both formats with open-data headers", async () => {
    const ttl = await catalogTurtleRoute(request("/catalog.ttl"));
    expect(ttl.status).toBe(200);
    expect(ttl.headers.get("content-type")).toBe("text/turtle; charset=utf-8");
    expect(ttl.headers.get("access-control-allow-origin")).toBe("*");
    expect(ttl.headers.get("cache-control")).toBe("public, max-age=60");
    const turtle = parseTurtle(await ttl.text());
    expect(datasetsIn(turtle)).toContain(datasetIri(FULL));

    const json = await catalogJsonLdRoute(request("/catalog.jsonld?page=1"));
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/ld+json");
    const document = await json.json();
    expect(typeof document["@context"]).toBe("object");
    expect(datasetsIn(await parseJsonLd(document)).sort()).toEqual(datasetsIn(turtle).sort());
  });

  it("refuses a bad page or date with a Spanish 400", async () => {
    for (const page of ["0", "-1", "dos", "1.5"]) {
      await expectError(
        await catalogTurtleRoute(request(`/catalog.ttl?page=${page}`)),
        400,
        /page debe ser un número entero de 1 a/,
      );
    }
    for (const since of ["ayer", "2024-02-31", "2024-13-01", "2024-01-01T25:00"]) {
      await expectError(
        await catalogJsonLdRoute(request(`/catalog.jsonld?modified_since=${since}`)),
        400,
        /modified_since debe ser una fecha ISO 8601/,
      );
    }
  });

  it("serves one dataset in both formats, valid on its own", async () => {
    for (const format of ["ttl", "jsonld"] as const) {
      const response = await datasetDocument(FULL, format);
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const text = await response.text();
      const store = format === "ttl" ? parseTurtle(text) : await parseJsonLd(JSON.parse(text));
      expect(datasetsIn(store)).toEqual([datasetIri(FULL)]);
      expectConforms(await validateDcatAp(store));
    }
    expect(datasetOptions().status).toBe(204);
  });

  it("answers 404 in Spanish for drafts, unknown and broken datasets, 400 for a bad format", async () => {
    for (const slug of [DRAFT, "no-existe"]) {
      await expectError(
        await datasetDocument(slug, "ttl"),
        404,
        /No existe un conjunto de datos publicado/,
      );
    }
    await expectError(
      await datasetDocument(BROKEN_THEME, "jsonld"),
      404,
      /no tiene metadatos DCAT disponibles/,
    );
    await expectError(await datasetDocument(FULL, "xml"), 400, /Formato desconocido/);
  });

  it("names everything under the configured public address, whatever Host was used", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://datos.bucaramanga.gov.co/");
    expect(siteBaseUrl("http://10.0.0.5:3000/catalog.ttl")).toBe(
      "https://datos.bucaramanga.gov.co",
    );
    const response = await datasetDocument(MINIMAL, "ttl", "http://10.0.0.5:3000");
    const store = parseTurtle(await response.text());
    expect(datasetsIn(store)).toEqual([
      `https://datos.bucaramanga.gov.co/datos/${MINIMAL}#dataset`,
    ]);
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(siteBaseUrl("http://localhost:3480/catalog.ttl")).toBe("http://localhost:3480");
  });
});

describe("the OpenAPI document", () => {
  it("describes the catalogs at the site's root", () => {
    const { paths } = openApiDocument() as { paths: Record<string, { servers?: unknown }> };
    for (const path of [
      "/catalog.jsonld",
      "/catalog.ttl",
      "/datos/{slug}.jsonld",
      "/datos/{slug}.ttl",
      "/data.json",
    ]) {
      expect(paths[path]?.servers, path).toEqual([{ url: "/", description: "Raíz del sitio" }]);
    }
  });
});
