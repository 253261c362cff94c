import { expect, test } from "@playwright/test";

// The public REST API over real HTTP against the built app: statuses, headers and shapes a
// client sees. What the documents contain is checked in tests/integration/rest-v1.test.ts.

const SLUG = "participacion-presupuestos-participativos";
const OBSERVATIONS = `/api/v1/indicators/${SLUG}/observations`;

test("the indicator list is open JSON, briefly cacheable", async ({ request }) => {
  const response = await request.get("/api/v1/indicators");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toMatch(/^application\/json/);
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cache-control"]).toBe("public, max-age=60");
  const { indicators } = await response.json();
  const indicator = indicators.find((i: { slug: string }) => i.slug === SLUG);
  expect(indicator.latest).toEqual({ period: "2024", value: 7, provisional: false });
});

test("an indicator reads inline, with its metadata and observations", async ({ request }) => {
  const response = await request.get(`/api/v1/indicators/${SLUG}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toBeUndefined();
  const body = await response.json();
  expect(body.indicator).toMatchObject({ slug: SLUG, code: "PAR-02", unit: "PERCENTAGE" });
  expect(body.indicator.license.name).toContain("CC BY 4.0");
  expect(body.observations.length).toBeGreaterThan(0);
});

test("an unknown slug is a 404 with the JSON error shape", async ({ request }) => {
  for (const path of [
    "/api/v1/indicators/no-existe",
    "/api/v1/indicators/no-existe/observations",
  ]) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No existe un indicador publicado con esa dirección." },
    });
  }
});

test("observations download as UTF-8 CSV without BOM, filtered like the page", async ({
  request,
}) => {
  const response = await request.get(`${OBSERVATIONS}?format=csv&desde=2023&comunas=5`);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect(headers["content-disposition"]).toBe(`attachment; filename="${SLUG}.csv"`);
  expect(headers["access-control-allow-origin"]).toBe("*");
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "indicator_code,indicator_slug,period,geography,geography_name,value,unit,provisional,note",
  );
  expect(lines.slice(1).map((line) => line.split(",").slice(2, 5).join(","))).toEqual([
    "2023,bucaramanga,Bucaramanga (total municipal)",
    "2024,bucaramanga,Bucaramanga (total municipal)",
    "2023,comuna-05,Comuna 5 – García Rovira",
    "2024,comuna-05,Comuna 5 – García Rovira",
  ]);
  expect(lines[1]).toContain(",6.3,");
});

test("observations are inline JSON by default and a file with format=json", async ({ request }) => {
  const inline = await request.get(`${OBSERVATIONS}?hasta=2022`);
  expect(inline.status()).toBe(200);
  expect(inline.headers()["content-disposition"]).toBeUndefined();
  const body = await inline.json();
  expect(body.view).toEqual({ from: "2021", to: "2022", geographies: [] });
  expect(body.observations.map((o: { period: string }) => o.period)).toEqual(["2021", "2022"]);

  const file = await request.get(`${OBSERVATIONS}?format=json&hasta=2022`);
  expect(file.headers()["content-type"]).toMatch(/^application\/json/);
  expect(file.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.json"`);
  expect(await file.json()).toEqual(body);
});

test("an unknown format is a 400 naming csv and json, in Spanish", async ({ request }) => {
  const response = await request.get(`${OBSERVATIONS}?format=xml`);
  expect(response.status()).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("BAD_REQUEST");
  expect(error.message).toMatch(/Formato no disponible.*csv.*json/);
});

test("openapi.json parses and describes every endpoint", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const document = JSON.parse(await response.text());
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths).sort()).toEqual([
    "/api/3/action/{name}",
    "/catalog.jsonld",
    "/catalog.ttl",
    "/data.json",
    "/datasets/{slug}/download",
    "/datasets/{slug}/rows",
    "/datos/{slug}.jsonld",
    "/datos/{slug}.ttl",
    "/indicators",
    "/indicators/{slug}",
    "/indicators/{slug}/observations",
    "/openapi.json",
    "/workshops/{slug}/{file}",
  ]);
  // The documented server plus a path is a working address.
  const listed = await request.get(`${document.servers[0].url}/indicators`);
  expect(listed.status()).toBe(200);
});
