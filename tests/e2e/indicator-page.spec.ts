import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

const DATASETS = "/indicadores/conjuntos-datos-abiertos";
const BY_COMUNA = "/indicadores/participacion-presupuestos-participativos";

test("tabs, range and comunas live in the URL, and a shared URL restores the view", async ({
  page,
}) => {
  await page.goto(BY_COMUNA);
  await expect(page.getByRole("link", { name: "Gráfico" })).toHaveAttribute("aria-current", "page");

  await page.getByText("Comparar con comunas y corregimientos").click();
  await page.getByLabel("Comuna 15 – Centro").check();
  await page.getByLabel("Desde").selectOption("2022");
  await page.getByLabel("Hasta").selectOption("2023");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/desde=2022&hasta=2023&comunas=comuna-15/);

  await page.getByRole("link", { name: "Tabla" }).click();
  await expect(page).toHaveURL(/vista=tabla&desde=2022&hasta=2023&comunas=comuna-15/);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Comuna 15 – Centro" })).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveText(["2023", "2022"]);

  // The same URL in a new page shows the same view.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole("link", { name: "Tabla" })).toHaveAttribute("aria-current", "page");
  await expect(other.getByRole("table").getByRole("rowheader")).toHaveText(["2023", "2022"]);
  await expect(other.getByRole("columnheader", { name: "Comuna 15 – Centro" })).toBeVisible();
});

test("nonsense in the URL is normalised to the nearest valid view", async ({ page }) => {
  const response = await page.goto(`${DATASETS}?vista=mapa&desde=2099&hasta=1900&comunas=zz`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Gráfico" })).toHaveAttribute("aria-current", "page");
  // The whole range: other specs (import.spec.ts) may add years before 2020.
  const first = await page.getByLabel("Desde").locator("option").first().getAttribute("value");
  await expect(page.getByLabel("Desde")).toHaveValue(first ?? "");
  await expect(page.getByLabel("Hasta")).toHaveValue("2024");
});

test("an unknown indicator gets a Spanish 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/indicadores/no-existe");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No encontramos esta página" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ver los indicadores" })).toHaveAttribute(
    "href",
    "/indicadores",
  );
});

test("the chart states its meaning in words, shows the target and marks provisional values", async ({
  page,
}) => {
  await page.goto("/indicadores/sedes-con-conectividad");
  await expect(page.locator("#chart-summary")).toContainText("Meta: 90");
  await expect(page.locator("#chart-summary")).toContainText("frente a 2024");
  await expect(page.getByText("valor provisional")).toBeVisible();
  // A horizontal line has no height, so Playwright never calls it "visible": check it is drawn.
  await expect(page.locator(".recharts-reference-line-line")).toHaveAttribute("stroke", "#069169");
  await expect(page.getByText("Meta 2027: 90,0 %")).toBeVisible();
  await expect(page.getByText("Los puntos huecos son valores provisionales")).toBeVisible();
  await page.getByRole("link", { name: "Tabla" }).click();
  await expect(page.getByRole("row", { name: /2025/ })).toContainText("provisional");
});

test("sources and methodology are on their own tab", async ({ page }) => {
  await page.goto(`${DATASETS}?vista=fuentes`);
  await expect(page.getByRole("heading", { name: "Fuentes y metodología" })).toBeVisible();
  await expect(page.getByText("Oficina TIC")).toBeVisible();
  // The methodology's Markdown is rendered (bold), not shown as asterisks.
  await expect(page.locator(".markdown strong")).toHaveText("Datos de demostración.");
});

test("the chart downloads as SVG and PNG with title, source and date drawn in", async ({
  page,
}) => {
  await page.goto(DATASETS);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Descargar imagen SVG" }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe("conjuntos-datos-abiertos.svg");
  const svg = readFileSync(await svgDownload.path(), "utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain("Conjuntos de datos abiertos publicados");
  expect(svg).toContain("Fuente: Datos de demostración");
  expect(svg).toMatch(/Consultado el \d{1,2} de \w+ de \d{4}/);

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Descargar imagen PNG" }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe("conjuntos-datos-abiertos.png");
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  // Width from the IHDR chunk: the image is drawn at twice the chart's size, not empty.
  expect(png.readUInt32BE(16)).toBeGreaterThan(500);
});

test("the embed shows the chart alone, can be framed by other sites, and links back", async ({
  page,
}) => {
  await page.goto(`${BY_COMUNA}?vista=grafico&comunas=comuna-15`);
  await page.getByText("Insertar el gráfico en otra página", { exact: true }).click();
  const code = await page.getByLabel("Código para insertar el gráfico en otra página").inputValue();
  expect(code).toMatch(new RegExp(`/embed${BY_COMUNA}\\?desde=2021&hasta=2024&comunas=comuna-15"`));
  const src = /src="([^"]+)"/.exec(code)?.[1];
  expect(src).toBeTruthy();

  const response = await page.request.get(src ?? "");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-frame-options"]).toBeUndefined();

  await page.setContent(`<iframe src="${src}" title="embed" width="800" height="600"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator(".recharts-surface").first()).toBeVisible();
  await expect(frame.locator(".recharts-legend-item-text")).toContainText([
    "Bucaramanga",
    "Comuna 15 – Centro",
  ]);
  await expect(frame.getByRole("link", { name: /Ver en el Laboratorio/ })).toHaveAttribute(
    "target",
    "_top",
  );
});

test("the chart can be read with the keyboard", async ({ page }) => {
  await page.goto("/indicadores/conjuntos-datos-abiertos");
  const chart = page.locator(".recharts-surface").first();
  await expect(chart).toBeVisible();
  // Recharts' accessibility layer: the chart is a tab stop and arrow keys walk the points.
  await chart.focus();
  await expect(chart).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const tooltip = page.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/20\d\d/);
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText(/\d/);
});
