import { openApiDocument } from "@lab/api/rest/openapi";
import { handleCkanRequest } from "@lab/api/services/ckan/handler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OPTIONS as optionsRoute,
  POST as postRoute,
  GET as route,
} from "../../apps/web/src/app/api/3/action/[name]/route";
import { serveAppFrom } from "./support/app-database";
import {
  createCatalogDataset,
  createManyCatalogDatasets,
  ensureOffice,
} from "./support/ckan-fixtures";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The CKAN-compatible Action API as a CKAN harvester and CKAN clients use it: CKAN's
// envelope, field names and error types, over published datasets only.

const SITE = "https://datos.example.gov.co";
const CKAN_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let db: TTestDatabase;
const named: Record<string, { id: string; versionIds: string[] }> = {};
let paging: string[] = [];
/** The harvester's last run: datasets changed at or after it are harvested again. */
const SINCE = new Date("2025-06-01T00:00:00.000Z");

type TEnvelope = {
  help: string;
  success: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: CKAN results are checked field by field.
  result?: any;
  error?: { __type: string; message: string } & Record<string, unknown>;
};

async function call(
  action: string,
  params: Record<string, string | number> = {},
  init: { method?: "GET" | "POST"; body?: string; headers?: Record<string, string> } = {},
) {
  const url = new URL(`http://localhost:3460/api/3/action/${action}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  const request = new Request(url, {
    method: init.method ?? "GET",
    ...(init.body !== undefined ? { body: init.body } : {}),
    headers: init.headers ?? {},
  });
  const response = await handleCkanRequest(request, action, {
    prisma: db.prisma,
    database: db.config,
    publicUrl: SITE,
  });
  const body = (await response.json()) as TEnvelope;
  return { status: response.status, body, response };
}

async function ok(action: string, params: Record<string, string | number> = {}) {
  const { status, body } = await call(action, params);
  expect(status, JSON.stringify(body.error)).toBe(200);
  expect(body.success).toBe(true);
  expect(body.help).toBe(`${SITE}/api/3/action/help_show?name=${action}`);
  return body.result;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureOffice(db.prisma, "oficina-tic", "Oficina TIC");
  named.presupuestos = await createCatalogDataset(db.prisma, {
    slug: "presupuestos-participativos",
    title: "Participación ciudadana en presupuestos participativos",
    description: "Votos por comuna en la consulta de presupuestos participativos.",
    theme: "gobierno-y-participacion",
    keywords: ["participación", "presupuesto participativo", "comunas/barrios"],
    officeSlug: "oficina-tic",
    createdAt: new Date("2024-11-02T09:30:00.250Z"),
    modifiedAt: new Date("2025-02-01T00:00:00Z"),
    versions: [new Date("2025-01-10T12:00:00Z"), new Date("2025-07-01T15:45:10.500Z")],
    temporalStart: new Date("2024-01-01"),
    temporalEnd: new Date("2024-12-31"),
  });
  named.arboles = await createCatalogDataset(db.prisma, {
    slug: "arboles-urbanos",
    title: "Árboles urbanos del inventario",
    theme: "ambiente-y-desarrollo-sostenible",
    keywords: ["ambiente"],
    license: "CC0-1.0",
    entityName: "Área Metropolitana de Bucaramanga",
    modifiedAt: new Date("2024-06-01T00:00:00Z"),
  });
  named.wifi = await createCatalogDataset(db.prisma, {
    slug: "zonas-wifi",
    title: "Zonas wifi gratuitas",
    theme: "ciencia-tecnologia-e-innovacion",
    keywords: ["conectividad"],
    license: "terminos-datos-abiertos-colombia",
    modifiedAt: new Date("2025-08-15T00:00:00Z"),
  });
  named.borrador = await createCatalogDataset(db.prisma, {
    slug: "borrador-secreto",
    title: "Borrador sin publicar",
    draft: true,
  });
  // 230 more, half changed before the harvester's last run and half after.
  paging = await createManyCatalogDatasets(db.prisma, 230, {
    prefix: "pagina",
    modifiedAt: (i) => new Date(SINCE.getTime() + (i % 2 === 0 ? -1 : 1) * (i + 1) * 3_600_000),
  });
});
serveAppFrom(() => db);

afterAll(async () => {
  await db?.drop();
});

describe("a CKAN harvester's run", () => {
  it("pages through package_search sorted by id since the last run, then reads organizations and groups", async () => {
    // As ckanext-harvest's CKAN harvester asks: its last run's time with microseconds and Z.
    const fq = `metadata_modified:[${SINCE.toISOString().replace("Z", "")}123Z TO *]`;
    const seen: string[] = [];
    const counts = new Set<number>();
    for (let start = 0; ; start += 100) {
      const result = await ok("package_search", { rows: 100, start, sort: "id asc", fq });
      counts.add(result.count);
      if (result.results.length === 0) break;
      seen.push(...result.results.map((p: { id: string }) => p.id));
    }
    const expected = [
      ...paging.filter((_, i) => i % 2 === 1),
      named.presupuestos?.id, // its second version was published after the run
      named.wifi?.id,
    ].sort();
    expect(seen).toEqual(expected);
    expect([...counts]).toEqual([expected.length]);

    const page = await ok("package_search", { rows: 100, sort: "id asc", fq });
    const orgIds = new Set<string>(page.results.map((p: { owner_org: string }) => p.owner_org));
    for (const id of orgIds) {
      const org = await ok("organization_show", { id });
      expect(org).toMatchObject({
        id,
        is_organization: true,
        type: "organization",
        state: "active",
      });
    }
    const groupIds = new Set<string>(
      page.results.flatMap((p: { groups: { id: string }[] }) => p.groups.map((g) => g.id)),
    );
    for (const id of groupIds) {
      const group = await ok("group_show", { id });
      expect(group).toMatchObject({ id, is_organization: false, type: "group", state: "active" });
    }
  });

  it("finds nothing changed after the newest dataset", async () => {
    const result = await ok("package_search", {
      fq: "metadata_modified:[2030-01-01T00:00:00Z TO *]",
      sort: "id asc",
      rows: 100,
    });
    expect(result).toMatchObject({ count: 0, results: [] });
  });
});

describe("package_show", () => {
  it("answers with CKAN's package fields, by name or by id", async () => {
    const byName = await ok("package_show", { id: "presupuestos-participativos" });
    const byId = await ok("package_show", { id: named.presupuestos?.id as string });
    expect(byId).toEqual(byName);
    expect(byName).toMatchObject({
      id: named.presupuestos?.id,
      name: "presupuestos-participativos",
      title: "Participación ciudadana en presupuestos participativos",
      notes: "Votos por comuna en la consulta de presupuestos participativos.",
      url: `${SITE}/datos/presupuestos-participativos`,
      version: "2",
      license_id: "CC-BY-4.0",
      license_title: "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)",
      license_url: "https://creativecommons.org/licenses/by/4.0/",
      isopen: true,
      maintainer: "Oficina TIC",
      maintainer_email: "datosabiertos@bucaramanga.gov.co",
      author: "Oficina TIC",
      state: "active",
      type: "dataset",
      private: false,
      metadata_created: "2024-11-02T09:30:00.250000",
      // The newer of the metadata change and the last published version.
      metadata_modified: "2025-07-01T15:45:10.500000",
      num_resources: 2,
      num_tags: 3,
      relationships_as_object: [],
      relationships_as_subject: [],
    });
    expect(byName.organization).toEqual({
      id: byName.owner_org,
      name: "alcaldia-de-bucaramanga",
      title: "Alcaldía de Bucaramanga",
      type: "organization",
      description: expect.stringContaining("Alcaldía de Bucaramanga"),
      image_url: "",
      created: expect.stringMatching(CKAN_TIME),
      is_organization: true,
      approval_status: "approved",
      state: "active",
    });
    expect(byName.owner_org).toMatch(UUID);
    expect(byName.groups).toEqual([
      {
        id: expect.stringMatching(UUID),
        name: "gobierno-y-participacion",
        title: "Gobierno y participación ciudadana",
        display_name: "Gobierno y participación ciudadana",
        description: expect.any(String),
        image_display_url: "",
      },
    ]);
    // CKAN refuses tag names with "/": the keyword is cleaned so a harvesting CKAN accepts it.
    expect(byName.tags.map((t: { name: string }) => t.name)).toEqual([
      "participación",
      "presupuesto participativo",
      "comunas barrios",
    ]);
    expect(byName.tags[0]).toEqual({
      id: expect.stringMatching(UUID),
      name: "participación",
      display_name: "participación",
      state: "active",
      vocabulary_id: null,
    });
    const extras = Object.fromEntries(
      byName.extras.map((e: { key: string; value: string }) => [e.key, e.value]),
    );
    expect(extras).toMatchObject({
      frequency: "http://publications.europa.eu/resource/authority/frequency/MONTHLY",
      temporal_start: "2024-01-01",
      temporal_end: "2024-12-31",
      spatial_text: "Bucaramanga, Santander",
      language: "es",
      theme: "http://publications.europa.eu/resource/authority/data-theme/GOVE",
      "Nombre de la Entidad": "Alcaldía de Bucaramanga",
      Sector: "Tecnologías de la Información y las Comunicaciones",
      Orden: "Territorial",
      Departamento: "Santander",
      Municipio: "Bucaramanga",
      "Área o dependencia": "Oficina TIC",
    });
    const keys = byName.extras.map((e: { key: string }) => e.key);
    expect(keys).toEqual([...keys].sort());
  });

  it("describes every published version's CSV download as a resource, newest first", async () => {
    const pkg = await ok("package_show", { id: "presupuestos-participativos" });
    const [newest, older] = pkg.resources;
    expect(newest).toEqual({
      id: named.presupuestos?.versionIds[1],
      package_id: named.presupuestos?.id,
      name: "Datos completos, versión 2 (CSV)",
      description: expect.stringContaining("Versión 2, publicada el 01/07/2025"),
      format: "CSV",
      mimetype: "text/csv",
      mimetype_inner: null,
      url: `${SITE}/api/v1/datasets/presupuestos-participativos/download?format=csv&version=2`,
      url_type: null,
      resource_type: null,
      size: 1001,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash_algorithm: "http://spdx.org/rdf/terms#checksumAlgorithm_sha256",
      created: "2025-07-01T15:45:10.500000",
      last_modified: "2025-07-01T15:45:10.500000",
      metadata_modified: "2025-07-01T15:45:10.500000",
      cache_url: null,
      cache_last_updated: null,
      datastore_active: true,
      position: 0,
      state: "active",
    });
    expect(older).toMatchObject({ position: 1, url: expect.stringContaining("version=1") });
  });

  it("makes the Colombian licence's address absolute", async () => {
    const pkg = await ok("package_show", { id: "zonas-wifi" });
    expect(pkg.license_url).toBe(`${SITE}/datos/licencias#terminos-datos-abiertos-colombia`);
  });

  it("never shows a draft", async () => {
    for (const id of ["borrador-secreto", named.borrador?.id as string]) {
      const { status, body } = await call("package_show", { id });
      expect(status).toBe(404);
      expect(body.error?.__type).toBe("Not Found Error");
    }
    const search = await ok("package_search", { q: "Borrador sin publicar" });
    expect(search.count).toBe(0);
    expect(await ok("package_list")).not.toContain("borrador-secreto");
  });
});

describe("package_search", () => {
  it("searches Spanish text and filters with fq as CKAN clients write it", async () => {
    const text = await ok("package_search", { q: "presupuesto participativo" });
    expect(text.results[0].name).toBe("presupuestos-participativos");

    const byOrg = await ok("package_search", {
      fq: "organization:area-metropolitana-de-bucaramanga",
    });
    expect(byOrg.results.map((p: { name: string }) => p.name)).toEqual(["arboles-urbanos"]);

    const byOrgId = await ok("package_search", { fq: `owner_org:"${byOrg.results[0].owner_org}"` });
    expect(byOrgId.count).toBe(1);

    const byGroup = await ok("package_search", { fq: 'groups:"ciencia-tecnologia-e-innovacion"' });
    expect(byGroup.results.map((p: { name: string }) => p.name)).toEqual(["zonas-wifi"]);

    const byTag = await ok("package_search", { fq: 'tags:"comunas barrios"' });
    expect(byTag.results.map((p: { name: string }) => p.name)).toEqual([
      "presupuestos-participativos",
    ]);

    const combined = await ok("package_search", {
      fq: "res_format:CSV +license_id:(CC0-1.0 OR terminos-datos-abiertos-colombia) -groups:poblacion-y-sociedad",
      sort: "name asc",
    });
    expect(combined.results.map((p: { name: string }) => p.name)).toEqual([
      "arboles-urbanos",
      "zonas-wifi",
    ]);

    const qFielded = await ok("package_search", { q: "name:zonas-wifi" });
    expect(qFielded.count).toBe(1);
    expect((await ok("package_search", { q: "*:*", rows: 0 })).count).toBe(233);
  });

  it("sorts as asked and echoes the sort", async () => {
    const base = { fq: "-groups:poblacion-y-sociedad" };
    const names = async (sort: string) => {
      const r = await ok("package_search", { ...base, sort });
      expect(r.sort).toBe(sort);
      return r.results.map((p: { name: string }) => p.name);
    };
    expect(await names("metadata_modified desc")).toEqual([
      "zonas-wifi",
      "presupuestos-participativos",
      "arboles-urbanos",
    ]);
    expect(await names("title_string asc")).toEqual([
      "arboles-urbanos",
      "presupuestos-participativos",
      "zonas-wifi",
    ]);
    expect(await names("score desc, metadata_modified desc")).toEqual(
      await names("metadata_modified desc"),
    );
    expect((await ok("package_search", base)).sort).toBe("score desc, metadata_modified desc");
  });

  it("returns facets and search_facets for the fields asked", async () => {
    const result = await ok("package_search", {
      rows: 0,
      "facet.field": JSON.stringify(["organization", "groups", "tags", "res_format", "license_id"]),
      "facet.limit": 2,
    });
    expect(result.results).toEqual([]);
    expect(result.facets.organization).toEqual({
      "alcaldia-de-bucaramanga": 232,
      "area-metropolitana-de-bucaramanga": 1,
    });
    expect(result.facets.res_format).toEqual({ CSV: 233 });
    expect(Object.keys(result.facets.groups)).toHaveLength(2);
    expect(result.search_facets.organization).toEqual({
      title: "organization",
      items: [
        {
          name: "area-metropolitana-de-bucaramanga",
          display_name: "Área Metropolitana de Bucaramanga",
          count: 1,
        },
        { name: "alcaldia-de-bucaramanga", display_name: "Alcaldía de Bucaramanga", count: 232 },
      ],
    });
    expect(result.search_facets.license_id.items).toContainEqual({
      name: "CC-BY-4.0",
      display_name: "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)",
      count: 231,
    });
    const none = await ok("package_search", { rows: 0 });
    expect(none.facets).toEqual({});
    expect(none.search_facets).toEqual({});
  });

  it("returns only the fields named in fl", async () => {
    const result = await ok("package_search", { fl: "id,name", q: "wifi" });
    expect(result.results).toEqual([{ id: named.wifi?.id, name: "zonas-wifi" }]);
  });
});

describe("lists and single items", () => {
  it("package_list: every published name, sorted, with limit and offset", async () => {
    const all: string[] = await ok("package_list");
    expect(all).toHaveLength(233);
    expect(all).toEqual([...all].sort());
    expect(await ok("package_list", { limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
  });

  it("current_package_list_with_resources: most recently modified first, paged", async () => {
    const first = await ok("current_package_list_with_resources", { limit: 2 });
    expect(first.map((p: { name: string }) => p.name)).toEqual([
      "zonas-wifi",
      "presupuestos-participativos",
    ]);
    expect(first[1].resources).toHaveLength(2);
    const next = await ok("current_package_list_with_resources", { limit: 2, offset: 2 });
    expect(next.map((p: { name: string }) => p.name)).toEqual(["pagina-229", "pagina-227"]);
  });

  it("organization_list and organization_show", async () => {
    expect(await ok("organization_list")).toEqual([
      "alcaldia-de-bucaramanga",
      "area-metropolitana-de-bucaramanga",
    ]);
    const full = await ok("organization_list", { all_fields: "true", sort: "package_count desc" });
    expect(full[0]).toMatchObject({
      name: "alcaldia-de-bucaramanga",
      title: "Alcaldía de Bucaramanga",
      display_name: "Alcaldía de Bucaramanga",
      package_count: 232,
      is_organization: true,
      type: "organization",
      created: "2024-11-02T09:30:00.250000",
    });
    const org = await ok("organization_show", {
      id: "area-metropolitana-de-bucaramanga",
      include_datasets: "true",
    });
    expect(org.package_count).toBe(1);
    expect(org.packages.map((p: { name: string }) => p.name)).toEqual(["arboles-urbanos"]);
    expect(org.extras).toContainEqual({ key: "Orden", value: "Territorial" });
  });

  it("group_list and group_show: every theme of the list is a group", async () => {
    const names: string[] = await ok("group_list", { sort: "name asc" });
    expect(names).toHaveLength(10);
    expect(names).toEqual([...names].sort());
    const full = await ok("group_list", { all_fields: "true", groups: '["poblacion-y-sociedad"]' });
    expect(full).toEqual([
      expect.objectContaining({ name: "poblacion-y-sociedad", package_count: 230, type: "group" }),
    ]);
    const group = await ok("group_show", { id: "ambiente-y-desarrollo-sostenible" });
    expect(group).toMatchObject({
      title: "Ambiente y desarrollo sostenible",
      package_count: 1,
      extras: [
        {
          key: "dcat_theme",
          value: "http://publications.europa.eu/resource/authority/data-theme/ENVI",
        },
      ],
    });
    expect(group.created).toMatch(CKAN_TIME);
    expect(group.packages).toBeUndefined();
  });

  it("resource_show: a published version, by its id", async () => {
    const resource = await ok("resource_show", { id: named.presupuestos?.versionIds[0] as string });
    expect(resource).toMatchObject({
      package_id: named.presupuestos?.id,
      position: 1,
      format: "CSV",
      url: `${SITE}/api/v1/datasets/presupuestos-participativos/download?format=csv&version=1`,
    });
    const draft = await call("resource_show", { id: named.borrador?.versionIds[0] as string });
    expect(draft.status).toBe(404);
  });

  it("license_list, tag_list, status_show and help_show", async () => {
    const licenses = await ok("license_list");
    expect(licenses.map((l: { id: string }) => l.id)).toEqual([
      "CC-BY-4.0",
      "CC0-1.0",
      "terminos-datos-abiertos-colombia",
    ]);
    expect(licenses[0]).toMatchObject({
      title: expect.any(String),
      url: expect.any(String),
      status: "active",
    });

    expect(await ok("tag_list", { query: "PARTICIPA" })).toEqual([
      "participación",
      "presupuesto participativo",
    ]);
    expect(await ok("tag_list", { query: "paginacion", all_fields: "true" })).toEqual([
      expect.objectContaining({ name: "paginación", vocabulary_id: null }),
    ]);

    expect(await ok("status_show")).toEqual({
      site_title: expect.any(String),
      site_description: expect.any(String),
      site_url: SITE,
      ckan_version: expect.stringMatching(/^2\.\d+\.\d+$/),
      error_emails_to: null,
      locale_default: "es",
      extensions: ["datastore", "dcat"],
    });
    expect(await ok("help_show", { name: "package_search" })).toContain("fq");
  });
});

describe("errors, as CKAN reports them", () => {
  it("an unknown action is a 400 'Bad request - Action name not known'", async () => {
    const { status, body } = await call("package_delete");
    expect(status).toBe(400);
    expect(typeof body).toBe("string");
    expect(body as unknown as string).toMatch(
      /^Bad request - Action name not known: package_delete/,
    );
  });

  it("bad parameters are a 409 Validation Error naming the parameter, in Spanish", async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{ rows: 5000 }, "rows"],
      [{ rows: "diez" }, "rows"],
      [{ start: -1 }, "start"],
      [{ fq: "metadata_modified:[ayer TO *]" }, "fq"],
      [{ fq: "metadata_modified:[2024-02-31T00:00:00Z TO *]" }, "fq"],
      [{ fq: "organization:(alcaldia" }, "fq"],
      [{ fq: "color:rojo" }, "fq"],
      [{ fq: 'tags:"sin cerrar' }, "fq"],
      [{ sort: "popularidad desc" }, "sort"],
      [{ "facet.field": "organization" }, "facet.field"],
      [{ "facet.field": '["colores"]' }, "facet.field"],
    ];
    for (const [params, field] of cases) {
      const { status, body } = await call("package_search", params);
      expect(status, JSON.stringify(params)).toBe(409);
      expect(body.success).toBe(false);
      expect(body.error?.__type).toBe("Validation Error");
      expect(body.error?.[field]).toEqual([expect.any(String)]);
      expect(body.error?.message).toMatch(new RegExp(`^${field.replace(".", "\\.")}: `));
    }
    const missing = await call("package_show");
    expect(missing.status).toBe(409);
    expect(missing.body.error?.id).toEqual(["Falta el valor."]);
  });

  it("an unknown search parameter is a Search Query Error", async () => {
    const { status, body } = await call("package_search", { row: 5 });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      __type: "Search Query Error",
      message: expect.stringContaining("row"),
    });
  });

  it("an unknown id is a 404 Not Found Error", async () => {
    for (const action of ["package_show", "organization_show", "group_show", "resource_show"]) {
      const { status, body } = await call(action, { id: "no-existe" });
      expect(status, action).toBe(404);
      expect(body).toMatchObject({ success: false, error: { __type: "Not Found Error" } });
      expect(body.error?.message).toMatch(/^No encontrado: /);
    }
  });

  it("datastore_search answers through the same envelope", async () => {
    const missing = await call("datastore_search");
    expect(missing.status).toBe(409);
    expect(missing.body.error).toMatchObject({
      __type: "Validation Error",
      resource_id: [expect.any(String)],
    });
    const unknown = await call("datastore_search", { resource_id: "no-existe" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.__type).toBe("Not Found Error");
  });

  it("odd input never gives a 500", async () => {
    const odd: Record<string, string>[] = [
      { q: "((((((((((((((((((((a))))))))))))))))))))" },
      { q: "\\" },
      { q: '"' },
      { q: "AND OR NOT" },
      { fq: "-" },
      { fq: "metadata_modified:[* TO NOW-1DAY]" },
      { fq: "metadata_modified:{NOW/DAY TO *}" },
      { q: "a".repeat(5000) },
      { q: "título:x" },
      { "facet.limit": "-1", "facet.field": '["tags"]' },
    ];
    for (const params of odd) {
      const { status } = await call("package_search", params);
      expect(status, JSON.stringify(params).slice(0, 80)).toBeLessThan(500);
    }
  });
});

describe("POST", () => {
  it("a JSON body works like the query string", async () => {
    const params = { fq: "organization:alcaldia-de-bucaramanga", rows: 3, sort: "id asc" };
    const get = await call("package_search", params);
    const post = await call(
      "package_search",
      {},
      {
        method: "POST",
        body: JSON.stringify({ ...params, "facet.field": ["groups"] }),
        headers: { "content-type": "application/json" },
      },
    );
    expect(post.status).toBe(200);
    expect(post.body.result.results).toEqual(get.body.result.results);
    expect(post.body.result.facets.groups).toBeDefined();
    expect(post.response.headers.get("cache-control")).toBe("no-store");
    expect(get.response.headers.get("cache-control")).toBe("public, max-age=60");
  });

  it("a body that is not a JSON object is a 400", async () => {
    for (const body of ["{no es json", "[1, 2]"]) {
      const { status, body: answer } = await call("package_search", {}, { method: "POST", body });
      expect(status).toBe(400);
      expect(answer as unknown as string).toMatch(/^Bad request - /);
    }
  });
});

describe("the route", () => {
  it("serves /api/3/action/{name} with open CORS, GET and POST", async () => {
    const context = { params: Promise.resolve({ name: "package_show" }) };
    const get = await route(
      new Request("http://localhost:3460/api/3/action/package_show?id=zonas-wifi"),
      context,
    );
    expect(get.status).toBe(200);
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("content-type")).toContain("application/json");
    const body = (await get.json()) as TEnvelope;
    expect(body.result.name).toBe("zonas-wifi");

    const post = await postRoute(
      new Request("http://localhost:3460/api/3/action/package_show", {
        method: "POST",
        body: JSON.stringify({ id: "zonas-wifi" }),
      }),
      { params: Promise.resolve({ name: "package_show" }) },
    );
    expect(((await post.json()) as TEnvelope).result.id).toBe(body.result.id);
    const preflight = optionsRoute();
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("is described in the OpenAPI document", () => {
    const doc = openApiDocument() as { paths: Record<string, unknown> };
    expect(doc.paths["/api/3/action/{name}"]).toBeDefined();
  });
});
