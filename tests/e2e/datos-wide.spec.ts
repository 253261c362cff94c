import { expect, type Page, test } from "@playwright/test";
import { logIn, mutate, type TAccount } from "./workspace";

// A dataset of 1,000 columns (as the upload corpus has): its page shows 50 columns in the
// preview grid with a note saying so, lets the visitor choose which (a block of 50, or one by
// one), and lists the dictionary's first 50 columns with the rest behind a disclosure. The
// TIC office publishes it through the same HTTP endpoints its pages use; the address is new
// on every run.

const TIC: TAccount = { email: "tic@demo.bucaramanga.gov.co", password: "demo-tic-2024" };
const COLUMNS = 1000;
const ROWS = 30;

/** Cell (row r, column c) holds r·10000 + c, so every cell says where it is. */
function wideCsv(): Buffer {
  const lines = [Array.from({ length: COLUMNS }, (_, c) => `Medida ${c + 1}`).join(",")];
  for (let r = 1; r <= ROWS; r += 1) {
    lines.push(Array.from({ length: COLUMNS }, (_, c) => String(r * 10000 + c + 1)).join(","));
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

async function publishWideDataset(page: Page, slug: string, title: string) {
  await logIn(page, TIC);
  await mutate(page, "datasets.create", {
    slug,
    title,
    description: "Una encuesta de prueba con mil columnas numéricas y treinta filas.",
    theme: "ciencia-tecnologia-e-innovacion",
    keywords: ["encuesta"],
    contactName: "Oficina TIC",
    contactEmail: "datosabiertos@bucaramanga.gov.co",
    updateFrequency: "ANNUAL",
  });
  const upload = await page.request.post(`/api/admin/datasets/${slug}/versions`, {
    data: wideCsv(),
    headers: { "content-type": "text/csv", "x-file-name": "encuesta.csv" },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  await mutate(page, "datasets.publishVersion", { slug, number: 1 });
}

test("a 1,000-column dataset shows 50 columns at a time, chosen by the visitor", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Encuesta de mil columnas ${stamp}`;
  const slug = `encuesta-de-mil-columnas-${stamp}`;
  await publishWideDataset(page, slug, title);

  const visitor = await (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
  await visitor.goto(`/datos/${slug}`);
  const preview = visitor.getByRole("region", { name: "Vista previa de los datos" });
  const grid = visitor.getByRole("table", { name: `Filas de «${title}»` });
  const headers = grid.locator("thead tr").first().locator("th");
  const firstRow = grid.locator("tbody tr").first();
  const ready = async (status: string) => {
    await expect(preview.locator(".rows-grid__status")).toHaveText(status);
    await expect(grid).toHaveAttribute("aria-busy", "false");
  };

  // The first 50 columns, and a note that says so.
  await expect(preview.getByText("Se muestran 50 de 1.000 columnas.")).toBeVisible();
  await ready(`Filas 1 a 25 de ${ROWS}.`);
  await expect(headers).toHaveCount(50);
  await expect(headers.first()).toContainText("Medida 1");
  await expect(headers.last()).toContainText("Medida 50");
  await expect(firstRow.locator("th, td")).toHaveCount(50);
  await expect(firstRow.locator("td").last()).toHaveText("10050");

  // The last block of 50.
  await preview.getByText("Elegir columnas").click();
  await preview.getByLabel("Bloque de columnas").selectOption({ label: "Columnas 951 a 1.000" });
  await ready(`Filas 1 a 25 de ${ROWS}.`);
  await expect(headers).toHaveCount(50);
  await expect(headers.first()).toContainText("Medida 951");
  await expect(firstRow.locator("th")).toHaveText("10951");
  await expect(firstRow.locator("td").last()).toHaveText("11000");

  // A filter on a column, then that column hidden: the filter goes with it.
  await visitor.getByLabel("Filtrar Medida 952").fill("20952");
  await visitor.getByLabel("Filtrar Medida 952").press("Enter");
  await ready("Filas 1 a 1 de 1.");
  await preview.getByLabel("Buscar una columna").fill("952");
  await preview.getByLabel("Medida 952", { exact: true }).uncheck();
  await ready(`Filas 1 a 25 de ${ROWS}.`);
  await expect(headers).toHaveCount(49);
  await expect(preview.getByText("Se muestran 49 de 1.000 columnas.")).toBeVisible();
  await expect(preview.getByLabel("Bloque de columnas")).toHaveValue("");

  // One column added by name, shown in the file's order; at 50, no more can be added.
  await preview.getByLabel("Buscar una columna").fill("medida 7");
  await preview.getByLabel("Medida 7", { exact: true }).check();
  await ready(`Filas 1 a 25 de ${ROWS}.`);
  await expect(headers).toHaveCount(50);
  await expect(headers.first()).toContainText("Medida 7");
  await expect(firstRow.locator("th")).toHaveText("10007");
  await expect(preview.getByLabel("Medida 70", { exact: true })).toBeDisabled();

  // The quick chart reads only the two columns it draws.
  const chart = visitor.getByRole("region", { name: "Gráfico rápido" });
  await chart.getByLabel("Eje horizontal (X)").selectOption({ label: "Medida 1" });
  await chart.getByLabel("Eje vertical (Y)").selectOption({ label: "Medida 2" });
  await chart.getByRole("button", { name: "Dibujar gráfico" }).click();
  await expect(chart.getByRole("status")).toContainText(`${ROWS} puntos`);

  // The dictionary: 50 columns, the other 950 behind a disclosure.
  const first = visitor.getByRole("table", { name: "Columnas 1 a 50 de la versión 1" });
  await expect(first.locator("tbody tr")).toHaveCount(50);
  const rest = visitor.getByRole("table", { name: "Columnas 51 a 1.000 de la versión 1" });
  await expect(rest).toBeHidden();
  await visitor.getByText("Ver las otras 950 columnas").click();
  await expect(rest).toBeVisible();
  await expect(rest.locator("tbody tr")).toHaveCount(950);
  await expect(rest.getByRole("row", { name: /^Medida 1000 / })).toContainText("medida_1000");
  await visitor.context().close();

  // Without JavaScript the HTML already holds only the first 50 columns.
  const plain = await (
    await browser.newContext({ baseURL, locale: "es-CO", javaScriptEnabled: false })
  ).newPage();
  await plain.goto(`/datos/${slug}`);
  const html = plain.getByRole("table", { name: `Filas de «${title}»` });
  await expect(html.locator("tbody tr")).toHaveCount(25);
  await expect(html.locator("thead tr").first().locator("th")).toHaveCount(50);
  await expect(plain.getByText("Se muestran 50 de 1.000 columnas.")).toBeVisible();
  await plain.context().close();
});
