import { expect, type Page, test } from "@playwright/test";

// The home page's "latest datasets": the three published datasets changed most recently, the
// same first three the catalog lists when sorted by last update. Other specs may publish
// datasets in the same run, so the block is compared with the catalog, never with fixed titles.

const block = (page: Page, name: string) => page.getByRole("region", { name });

/** The first datasets of the catalog sorted by last update, as a visitor reads them. */
async function catalogByUpdate(page: Page): Promise<{ title: string; demo: boolean }[]> {
  await page.goto("/datos?orden=actualizacion");
  const articles = page.getByRole("region", { name: "Resultados" }).getByRole("article");
  const first = (await articles.all()).slice(0, 3);
  return Promise.all(
    first.map(async (article) => ({
      title: (
        (await article.getByRole("heading", { level: 3 }).getByRole("link").textContent()) ?? ""
      ).trim(),
      demo: (await article.getByText("Demo", { exact: true }).count()) > 0,
    })),
  );
}

test("the home page lists the latest datasets, with theme and date, as the catalog sorts them", async ({
  page,
}) => {
  const expected = await catalogByUpdate(page);
  // The seed publishes two datasets.
  expect(expected.length).toBeGreaterThanOrEqual(2);

  await page.goto("/");
  const latest = block(page, "Últimos conjuntos de datos");
  const items = latest.getByRole("listitem");
  await expect(items).toHaveCount(expected.length);
  const shown = await Promise.all(
    (await items.all()).map(async (item) => ({
      title: ((await item.getByRole("link").textContent()) ?? "").trim(),
      // Demo data says so here too.
      demo: (await item.getByText("Demo", { exact: true }).count()) > 0,
    })),
  );
  expect(shown).toEqual(expected);
  for (const item of await items.all()) {
    // "Theme · Actualizado: 16 de diciembre de 2024", the date also machine-readable.
    await expect(item).toContainText(/\S · Actualizado: \d{1,2} de [a-z]+ de \d{4}$/);
    await expect(item.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  }
  await expect(latest.getByRole("link", { name: "Ver todos los datos abiertos" })).toHaveAttribute(
    "href",
    "/datos?orden=actualizacion",
  );

  // A title opens the dataset's page.
  const first = items.first().getByRole("link");
  await first.click();
  await expect(page).toHaveURL(/\/datos\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(expected[0]?.title ?? "");
});

test("in English the block's texts and dates are translated; titles stay marked Spanish", async ({
  page,
}) => {
  await page.goto("/idioma?lang=en&volver=/");
  const latest = block(page, "Latest datasets");
  const first = latest.getByRole("listitem").first();
  await expect(first).toContainText(/\S · Updated: [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(first.getByRole("link")).toHaveAttribute("lang", "es");
  await expect(latest.getByRole("link", { name: "See all open data" })).toBeVisible();
});
