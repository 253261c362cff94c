import { type APIRequestContext, expect, test } from "@playwright/test";

// The harvestable catalogs over real HTTP against the built app: the root routes, the rewrite
// of /datos/{slug}.jsonld|.ttl to their handler (beside the dataset's page), content types and
// headers. What the documents say, and their SHACL validity, is checked in
// tests/integration/dcat.test.ts and data-json.test.ts.

test("the DCAT-AP catalog answers in Turtle and JSON-LD at the site's root", async ({
  request,
}) => {
  const turtle = await request.get("/catalog.ttl");
  expect(turtle.status()).toBe(200);
  expect(turtle.headers()["content-type"]).toBe("text/turtle; charset=utf-8");
  expect(turtle.headers()["access-control-allow-origin"]).toBe("*");
  expect(turtle.headers()["cache-control"]).toBe("public, max-age=60");
  const text = await turtle.text();
  expect(text).toContain("a dcat:Catalog");
  expect(text).toContain("hydra:PartialCollectionView");

  const jsonld = await request.get("/catalog.jsonld?page=1");
  expect(jsonld.status()).toBe(200);
  expect(jsonld.headers()["content-type"]).toBe("application/ld+json");
  const document = await jsonld.json();
  expect(document["@context"].dcat).toBe("http://www.w3.org/ns/dcat#");

  const bad = await request.get("/catalog.ttl?page=cero");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/page debe ser un número entero de 1 a/);
});

test("/datos/{slug}.ttl and .jsonld reach the DCAT handler, not the dataset's page", async ({
  request,
}) => {
  for (const extension of ["ttl", "jsonld"]) {
    const response = await request.get(`/datos/no-existe.${extension}`);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect((await response.json()).error.message).toBe(
      "No existe un conjunto de datos publicado con esa dirección.",
    );
  }
  // Each published dataset of the catalog has its own document.
  const catalog = await (await request.get("/data.json")).json();
  for (const dataset of catalog.dataset as { landingPage: string }[]) {
    const path = new URL(dataset.landingPage).pathname;
    const turtle = await request.get(`${path}.ttl`);
    expect(turtle.status(), path).toBe(200);
    expect(turtle.headers()["content-type"]).toBe("text/turtle; charset=utf-8");
    expect(await turtle.text()).toContain("a dcat:Dataset");
    const jsonld = await request.get(`${path}.jsonld`);
    expect(jsonld.headers()["content-type"]).toBe("application/ld+json");
    expect((await jsonld.json())["@graph"][0]["@type"]).toBe("dcat:Dataset");
  }
});

test("/data.json is the Project Open Data catalog", async ({ request }) => {
  const response = await request.get("/data.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = await response.json();
  expect(body.conformsTo).toBe("https://project-open-data.cio.gov/v1.1/schema");
  expect(Array.isArray(body.dataset)).toBe(true);
});

/** The page's `<link rel="alternate" type=… href=…>` elements, by type. */
async function alternateLinks(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  // In the head, where harvesters look (not streamed into the body).
  const head = html.slice(0, html.indexOf("</head>"));
  const links = new Map<string, string>();
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const type = attribute("type");
    const href = attribute("href");
    if (attribute("rel") === "alternate" && type && href) {
      links.set(type, href.replaceAll("&amp;", "&"));
    }
  }
  return links;
}

test("the catalog and each dataset page link to their DCAT-AP documents", async ({
  request,
  baseURL,
}) => {
  const pages = [
    ["/datos", "/catalog"],
    [
      "/datos/actividades-laboratorio-innovacion-publica",
      "/datos/actividades-laboratorio-innovacion-publica",
    ],
  ] as const;
  for (const [path, document] of pages) {
    const links = await alternateLinks(request, path);
    for (const [type, extension, contentType] of [
      ["application/ld+json", "jsonld", "application/ld+json"],
      ["text/turtle", "ttl", "text/turtle; charset=utf-8"],
    ] as const) {
      const href = links.get(type);
      expect(href, `${path} ${type}`).toBeDefined();
      const url = new URL(href ?? "", baseURL);
      expect(url.pathname).toBe(`${document}.${extension}`);
      // A harvester follows it and gets the document.
      const followed = await request.get(url.toString());
      expect(followed.status(), url.pathname).toBe(200);
      expect(followed.headers()["content-type"]).toBe(contentType);
    }
  }
});
