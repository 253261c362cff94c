import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";

// What citizens do with the open-data catalog, on the seed's two datasets: search, facets,
// the dataset page's preview grid (sort, filter, paging), the quick chart, downloads, the API
// examples, and the same on a phone. Other specs may publish more datasets in the same run,
// so lists are checked for what they include and exclude, never for their length.

const DEMO = "/datos/actividades-laboratorio-innovacion-publica";
const DEMO_TITLE = "Actividades del Laboratorio de Innovación Pública por comuna (demostración)";
const WORKSHOP_TITLE = "Asistencia al taller del 16 de diciembre de 2024 por tipo de institución";
const DEMO_ROWS = 331;
// Rows of the seed's demo dataset in Comuna 15, and rows that mention "prototipado".
const CENTRO_ROWS = 17;
const PROTOTYPING_ROWS = 81;

const results = (page: Page) => page.getByRole("region", { name: "Resultados" });
const grid = (page: Page) => page.getByRole("table", { name: /^Filas de «Actividades/ });
const gridStatus = (page: Page) => page.locator(".rows-grid__status");

/** The text of every body cell of one column of the preview grid, by its header's name. */
async function columnValues(page: Page, header: string): Promise<string[]> {
  const headers = await grid(page).locator("thead tr").first().locator("th").allInnerTexts();
  const index = headers.findIndex((h) => h.replace(/[↕▲▼]/g, "").trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return grid(page)
    .locator("tbody tr")
    .evaluateAll(
      (rows, i) => rows.map((row) => (row.children[i]?.textContent ?? "").trim()),
      index,
    );
}

const number = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));

async function expectGridReady(page: Page, text: string | RegExp) {
  await expect(gridStatus(page)).toHaveText(text);
  await expect(grid(page)).toHaveAttribute("aria-busy", "false");
}

test("a citizen searches the catalog, narrows it with a facet and opens a dataset", async ({
  page,
}) => {
  await page.goto("/datos");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datos abiertos");
  await expect(results(page).getByRole("link", { name: DEMO_TITLE })).toBeVisible();
  await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toBeVisible();

  // Without accents, and the address keeps the search.
  await page.getByLabel("Buscar en los datos abiertos").fill("participacion");
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page).toHaveURL(/\/datos\?q=participacion&orden=relevancia$/);
  await expect(results(page).getByRole("link", { name: DEMO_TITLE })).toBeVisible();
  await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toHaveCount(0);
  await expect(page.getByTestId("result-count")).toContainText("Se encontr");

  // A facet with its count; choosing it keeps the search and is marked; choosing it again
  // removes it.
  await page.goto("/datos");
  const facets = page.getByRole("navigation", { name: "Filtrar resultados" });
  const monthly = facets.getByRole("link", { name: /^Mensual/ });
  await expect(monthly).toHaveAccessibleName(/^Mensual \(\d+ conjuntos?\)$/);
  await monthly.click();
  await expect(page).toHaveURL(/\/datos\?frecuencia=MONTHLY$/);
  await expect(results(page).getByRole("link", { name: DEMO_TITLE })).toBeVisible();
  await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toHaveCount(0);
  await expect(page.getByText("Filtros: frecuencia de actualización «Mensual».")).toBeVisible();
  const chosen = facets.getByRole("link", { name: /^Mensual/ });
  await expect(chosen).toHaveAttribute("aria-current", "true");
  await expect(chosen).toHaveAccessibleName(/quitar este filtro/);

  // The shared address shows the same list in a new page.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(results(other).getByRole("link", { name: WORKSHOP_TITLE })).toHaveCount(0);
  await other.close();

  await chosen.click();
  await expect(page).toHaveURL(/\/datos$/);
  await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toBeVisible();

  // Each result says theme, office, date and formats; demo data is marked.
  const card = results(page).getByRole("article").filter({ hasText: DEMO_TITLE });
  await expect(card.getByText("Demo", { exact: true })).toBeVisible();
  await expect(card).toContainText("Gobierno y participación ciudadana");
  await expect(card).toContainText("Oficina TIC");
  await expect(card).toContainText("CSV");
  await card.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page).toHaveURL(DEMO);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_TITLE);
  await expect(page.getByText("Este conjunto usa datos de demostración")).toBeVisible();
  await expect(page.getByTestId("row-count")).toHaveText("331");
});

test("the preview grid sorts, filters, searches and pages through the rows", async ({ page }) => {
  await page.goto(DEMO);
  await expectGridReady(page, `Filas 1 a 25 de ${DEMO_ROWS}.`);
  await expect(grid(page).locator("tbody tr")).toHaveCount(25);
  // The dictionary's names head the columns; decimals are written with a comma.
  expect((await columnValues(page, "Horas de trabajo"))[0]).toBe("7,5");

  // Sorting: ascending, then descending, announced with aria-sort.
  const participants = grid(page).getByRole("columnheader", { name: "Participantes" });
  await participants.getByRole("button").click();
  await expect(participants).toHaveAttribute("aria-sort", "ascending");
  await expectGridReady(page, `Filas 1 a 25 de ${DEMO_ROWS}.`);
  const ascending = (await columnValues(page, "Participantes")).map(number);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await participants.getByRole("button").click();
  await expect(participants).toHaveAttribute("aria-sort", "descending");
  await expectGridReady(page, `Filas 1 a 25 de ${DEMO_ROWS}.`);
  const descending = (await columnValues(page, "Participantes")).map(number);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(descending[0]).toBeGreaterThan(ascending[0] ?? 0);

  // A filter under one column (Enter applies it): only that comuna's rows, still sorted.
  await page.getByLabel("Filtrar Comuna").fill("Comuna 15 – Centro");
  await page.getByLabel("Filtrar Comuna").press("Enter");
  await expectGridReady(page, `Filas 1 a ${CENTRO_ROWS} de ${CENTRO_ROWS}.`);
  const comunas = await columnValues(page, "Comuna");
  expect(comunas.length).toBeGreaterThan(0);
  expect(new Set(comunas)).toEqual(new Set(["Comuna 15 – Centro"]));
  const filtered = (await columnValues(page, "Participantes")).map(number);
  expect(filtered).toEqual([...filtered].sort((a, b) => b - a));

  // A value the column cannot hold gets the API's Spanish message, and the rows stay.
  await page.getByLabel("Filtrar Participantes").fill("muchos");
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  const preview = page.getByRole("region", { name: "Vista previa de los datos" });
  await expect(preview.getByRole("alert")).toContainText(
    "no es un valor válido para «participantes»",
  );
  await page.getByRole("button", { name: "Quitar filtros y orden" }).click();
  await expectGridReady(page, `Filas 1 a 25 de ${DEMO_ROWS}.`);
  await expect(participants).not.toHaveAttribute("aria-sort");

  // Free text over every column.
  await page.getByLabel("Buscar en todas las columnas").fill("prototipado");
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expectGridReady(page, `Filas 1 a 25 de ${PROTOTYPING_ROWS}.`);
  expect(new Set(await columnValues(page, "Tipo de actividad"))).toEqual(
    new Set(["Laboratorio de prototipado"]),
  );
  await page.getByRole("button", { name: "Quitar filtros y orden" }).click();

  // Paging by cursor, forward and back, with a smaller page.
  await page.getByLabel("Filas por página").selectOption("10");
  await expectGridReady(page, `Filas 1 a 10 de ${DEMO_ROWS}.`);
  const firstPage = await columnValues(page, "Mes");
  await page.getByRole("button", { name: "Filas siguientes" }).click();
  await expectGridReady(page, `Filas 11 a 20 de ${DEMO_ROWS}.`);
  await page.getByRole("button", { name: "Filas siguientes" }).click();
  await expectGridReady(page, `Filas 21 a 30 de ${DEMO_ROWS}.`);
  await page.getByRole("button", { name: "Filas anteriores" }).click();
  await page.getByRole("button", { name: "Filas anteriores" }).click();
  await expectGridReady(page, `Filas 1 a 10 de ${DEMO_ROWS}.`);
  expect(await columnValues(page, "Mes")).toEqual(firstPage);
  await expect(page.getByRole("button", { name: "Filas anteriores" })).toBeDisabled();
});

test("the quick chart draws two chosen columns as bars, from the filtered rows", async ({
  page,
}) => {
  await page.goto(DEMO);
  await expectGridReady(page, `Filas 1 a 25 de ${DEMO_ROWS}.`);
  // Recharts is not part of the page until a chart is drawn.
  await expect(page.locator(".recharts-surface")).toHaveCount(0);

  await page.getByLabel("Filtrar Comuna").fill("Comuna 15 – Centro");
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expectGridReady(page, `Filas 1 a ${CENTRO_ROWS} de ${CENTRO_ROWS}.`);

  const chart = page.getByRole("region", { name: "Gráfico rápido" });
  await chart.getByLabel("Eje horizontal (X)").selectOption({ label: "Tipo de actividad" });
  await chart.getByLabel("Eje vertical (Y)").selectOption({ label: "Participantes" });
  await chart.getByLabel("Barras").check();
  await chart.getByRole("button", { name: "Dibujar gráfico" }).click();
  const summary = chart.getByRole("status");
  await expect(summary).toHaveText(
    /^Gráfico de barras: suma de Participantes según Tipo de actividad, [1-4] puntos\.$/,
  );
  const points = Number(/, (\d) puntos/.exec((await summary.textContent()) ?? "")?.[1]);
  await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(points);

  // Counting rows instead, as a line.
  await chart.getByLabel("Eje vertical (Y)").selectOption({ label: "Número de filas" });
  await expect(chart.getByLabel("Cómo combinar valores repetidos de X")).toBeDisabled();
  await chart.getByLabel("Líneas").check();
  await chart.getByRole("button", { name: "Dibujar gráfico" }).click();
  await expect(summary).toHaveText(
    /^Gráfico de líneas: Número de filas según Tipo de actividad, [1-4] puntos\.$/,
  );
  await expect(chart.locator(".recharts-line")).toHaveCount(1);
});

test("the CSV download is the whole dataset, and the API examples work as written", async ({
  page,
  request,
}) => {
  await page.goto(DEMO);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Descargar los datos en CSV" }).first().click(),
  ]);
  const text = readFileSync((await download.path()) ?? "", "utf8").replace(/^\uFEFF/, "");
  const lines = text.trimEnd().split(/\r?\n/);
  expect(lines[0]).toBe(
    "Mes,Tipo de actividad,Comuna,Actividades,Participantes,Horas de trabajo,Aliado",
  );
  expect(lines).toHaveLength(DEMO_ROWS + 1);
  expect(lines[1]).toBe(
    "2024-01-01,Taller de co-creación,Comuna 3 – San Francisco,3,63,7.5,Secretaría de Planeación",
  );

  // Each version keeps its own downloads.
  const versions = page.getByRole("table", { name: "Versiones publicadas" });
  await expect(versions.getByRole("link", { name: "CSV de la versión 1" })).toHaveAttribute(
    "href",
    /download\?format=csv&version=1$/,
  );

  // The examples carry this site's real address; the curl one answers as it says.
  const api = page.getByRole("region", { name: "Cómo usar estos datos con la API" });
  for (const heading of ["curl", "Python", "R"]) {
    await expect(api.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  const curl =
    (await api.getByRole("region", { name: "curl", exact: true }).locator("code").textContent()) ??
    "";
  const url = /curl "([^"]+\/rows\?limit=5)"/.exec(curl)?.[1] ?? "";
  expect(url).toMatch(
    /^http:\/\/localhost:\d+\/api\/v1\/datasets\/actividades-laboratorio-innovacion-publica\/rows\?limit=5$/,
  );
  const answer = await request.get(url);
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body.records).toHaveLength(5);
  expect(body.total).toBe(DEMO_ROWS);
  await expect(api.getByRole("region", { name: "Python", exact: true })).toContainText(
    "pd.read_csv(",
  );

  // Machine-readable metadata sits beside the page.
  await expect(page.getByRole("link", { name: "DCAT-AP en JSON-LD" })).toHaveAttribute(
    "href",
    `${DEMO}.jsonld`,
  );
  await expect(page.getByRole("link", { name: "Ficha CKAN (package_show)" })).toHaveAttribute(
    "href",
    "/api/3/action/package_show?id=actividades-laboratorio-innovacion-publica",
  );
});

test("the metadata, the entity block and the column dictionary are on the page", async ({
  page,
}) => {
  await page.goto(DEMO);
  const about = page.getByRole("region", { name: "Información del conjunto" });
  await expect(
    about.getByRole("link", { name: /Creative Commons Atribución 4\.0/ }),
  ).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(about).toContainText("Del 1 de enero de 2024 al 31 de diciembre de 2025");
  await expect(about).toContainText("Alcaldía de Bucaramanga");
  await expect(about).toContainText("Santander");
  await expect(
    about.getByRole("link", { name: "Proyectos de innovación pública en ejecución" }),
  ).toHaveAttribute("href", "/indicadores/proyectos-innovacion-publica");
  const dictionary = page.getByRole("table", { name: "Columnas de la versión 1" });
  const hours = dictionary.getByRole("row", { name: /Horas de trabajo/ });
  await expect(hours).toContainText("horas_de_trabajo");
  await expect(hours).toContainText("Número decimal");
  await expect(hours).toContainText("Horas de trabajo con la ciudadanía");
});

test("an unknown dataset gets a Spanish 404 page that offers the search", async ({ page }) => {
  const response = await page.goto("/datos/no-existe-este-conjunto");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { name: "No encontramos ese conjunto de datos" }),
  ).toBeVisible();
  await page.getByLabel("Buscar en los datos abiertos").fill("taller");
  await page.getByLabel("Buscar en los datos abiertos").press("Enter");
  await expect(page).toHaveURL(/\/datos\?q=taller$/);
  await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toBeVisible();
});

test("the developer guide shows real addresses and the CKAN, DCAT and REST entry points", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Secciones principales" })
    .getByRole("link", { name: "Desarrolladores" })
    .click();
  await expect(page).toHaveURL(/\/desarrolladores$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Datos abiertos para desarrolladores",
  );
  await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toBeVisible();
  for (const text of ["/api/3/action/{acción}", "/catalog.jsonld, /catalog.ttl", "/data.json"]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  const python =
    (await page
      .getByRole("region", { name: "Python", exact: true })
      .locator("code")
      .textContent()) ?? "";
  const base = /BASE = "([^"]+)"/.exec(python)?.[1] ?? "";
  expect(base).toMatch(/^http:\/\/localhost:\d+$/);
  expect((await request.get(`${base}/api/v1/openapi.json`)).status()).toBe(200);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the catalog searches and filters with plain links and a GET form", async ({ page }) => {
    await page.goto("/datos");
    await page.getByLabel("Buscar en los datos abiertos").fill("taller");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/\/datos\?q=taller&orden=relevancia$/);
    await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toBeVisible();
    // The facets are a native disclosure.
    await page.locator("summary", { hasText: "Filtrar resultados" }).click();
    await page.getByRole("link", { name: /^No se actualiza/ }).click();
    await expect(page).toHaveURL(/\/datos\?q=taller&frecuencia=NEVER$/);
    await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toBeVisible();
    // A page past the end (an old link) says so and leads back to the first.
    await page.goto("/datos?q=taller&pagina=40");
    await expect(page.getByText("Esta página no tiene resultados")).toBeVisible();
    await page.getByRole("link", { name: "Ir a la primera página" }).click();
    await expect(page).toHaveURL(/\/datos\?q=taller$/);
    await expect(results(page).getByRole("link", { name: WORKSHOP_TITLE })).toBeVisible();
  });

  test("a dataset page shows its first rows, metadata, dictionary and downloads", async ({
    page,
  }) => {
    await page.goto(DEMO);
    // The first page of rows is in the HTML, with its count.
    await expect(gridStatus(page)).toHaveText(`Filas 1 a 25 de ${DEMO_ROWS}.`);
    await expect(grid(page).locator("tbody tr")).toHaveCount(25);
    await expect(grid(page).locator("tbody tr").first()).toContainText("Comuna 3 – San Francisco");
    // What needs a script says so: browsers show <noscript> when scripts are off (the
    // browser here only has them switched off for the page, so read the HTML itself).
    const html = await (await page.request.get(DEMO)).text();
    expect(html).toMatch(/<noscript><p class="notice">Active JavaScript para explorar/);
    await expect(page.getByRole("table", { name: "Columnas de la versión 1" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Descargar los datos en CSV" }).first(),
    ).toHaveAttribute("href", /download\?format=csv$/);
  });
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  test("the catalog and a dataset fit the screen; the grid scrolls inside its frame", async ({
    page,
  }) => {
    await page.goto("/datos");
    // Results first: the facets wait behind their disclosure.
    const facets = page.getByRole("navigation", { name: "Filtrar resultados" });
    await expect(facets).toBeHidden();
    await page.locator("summary", { hasText: "Filtrar resultados" }).tap();
    await facets.getByRole("link", { name: /^Mensual/ }).tap();
    await expect(page).toHaveURL(/frecuencia=MONTHLY/);
    expect(await overflow(page)).toBe(0);

    await page.goto(DEMO);
    await expectGridReady(page, `Filas 1 a 25 de ${DEMO_ROWS}.`);
    expect(await overflow(page)).toBe(0);
    const frame: Locator = page.locator(".rows-grid__scroll");
    const wide = await frame.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(wide).toBe(true);
    // The first column stays put while the frame scrolls sideways.
    const firstCell = grid(page).locator("tbody tr").first().locator("th");
    const before = await firstCell.boundingBox();
    await frame.evaluate((el) => {
      el.scrollLeft = 400;
    });
    const after = await firstCell.boundingBox();
    expect(after?.x).toBe(before?.x);
    expect(await overflow(page)).toBe(0);
  });
});
