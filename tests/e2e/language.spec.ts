import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

// The language switch: Spanish by default, English for every interface text, content in
// Spanish (marked lang="es") where no translation exists. The choice lives in a cookie set
// by GET /idioma, which goes back to the page it came from. Each test starts without cookies.

const NBSP = "\u00a0";
// Hand-typed indicators with several years (participants in co-creation, computed from the
// workshops, has a single demo year): projects for the cards, trained servants for decimals.
const PROJECTS = "/indicadores/proyectos-innovacion-publica";
const SERVANTS = "/indicadores/servidores-formados-innovacion";
const DATASETS = "/indicadores/conjuntos-datos-abiertos";
const WORKSHOP = "/talleres/bucaramanga-avanza-con-innovacion-2024";

async function expectEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const nav = page.getByRole("navigation", { name: "Main sections" });
  await expect(nav.getByRole("link")).toHaveText([
    "Home",
    "Indicators",
    "Open data",
    "Workshops",
    "Lessons",
    "Developers",
  ]);
  await expect(page.getByRole("link", { name: "Español" })).toHaveAttribute("lang", "es");
}

async function expectSpanish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es-CO");
  const nav = page.getByRole("navigation", { name: "Secciones principales" });
  await expect(nav.getByRole("link")).toHaveText([
    "Inicio",
    "Indicadores",
    "Datos abiertos",
    "Talleres",
    "Lecciones",
    "Desarrolladores",
  ]);
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("lang", "en");
}

test("English from the home, through indicators and a workshop, and back to Spanish", async ({
  page,
}) => {
  await page.goto("/");
  await expectSpanish(page);
  const english = page.getByRole("link", { name: "English" });
  await expect(english).toHaveAttribute("hreflang", "en");
  await english.click();

  // Same page, now in English: interface, numbers (en-US) and translated indicator names.
  await expect(page).toHaveURL(/\/$/);
  await expectEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Bucaramanga Public Innovation Lab",
  );
  await expect(page.getByRole("heading", { name: "Indicators by dimension" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Citizen participation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  const projects = page.getByRole("article").filter({
    has: page.getByRole("link", { name: "Public innovation projects under way" }),
  });
  await expect(projects.getByTestId("latest-value")).toHaveText(`14${NBSP}proyectos`);
  await expect(projects.getByTestId("change")).toContainText("Up 3 (+27.3%) from 2023");
  await expect(projects.getByTestId("target")).toContainText("Target: 20");
  await expect(projects.getByRole("meter", { name: "Progress towards the target" })).toBeVisible();
  await expect(page.getByText("Phone:")).toBeVisible();

  // The indicator page: tabs, headline change and the summary in English.
  await projects.getByRole("link", { name: "Public innovation projects under way" }).click();
  await expect(page).toHaveURL(new RegExp(`${PROJECTS}$`));
  await expect(
    page.getByRole("navigation", { name: "Indicator views" }).getByRole("link"),
  ).toHaveText(["Chart", "Table", "Sources and methodology"]);
  await expect(page.getByRole("link", { name: "Chart", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.locator(".headline__change")).toHaveText("Up 3 (+27.3%) from 2023");
  await expect(page.locator("#chart-summary")).toContainText(
    "Series of “Public innovation projects under way” from 2020 to 2024",
  );
  await expect(page.getByRole("heading", { name: "Download and share" })).toBeVisible();

  // An English name where one is seeded; the table speaks English too.
  await page.goto(`${DATASETS}?vista=tabla`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open datasets published");
  await expect(page.getByRole("columnheader", { name: "Period" })).toBeVisible();
  await page.getByRole("link", { name: "Sources and methodology" }).click();
  // Dates in en-US; the methodology, written in Spanish only, is marked so.
  await expect(page.getByText(/by December 31, 2027/)).toBeVisible();
  await expect(page.locator(".markdown").locator("xpath=..")).toHaveAttribute("lang", "es");

  // A workshop: English headings, Spanish content marked lang="es".
  await page.goto(WORKSHOP);
  await expect(page.getByRole("heading", { name: "Workshop objective" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Workshop rules" })).toBeVisible();
  await expect(page.getByText("December 16, 2024").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "es");
  await expect(
    page
      .getByRole("heading", { name: "Workshop objective" })
      .locator("xpath=following-sibling::p[1]"),
  ).toHaveAttribute("lang", "es");
  // Mixed languages are declared correctly (axe's valid-lang and html-lang-valid rules).
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
  ).toEqual([]);

  // Back to Spanish, on the same page.
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSHOP}$`));
  await expectSpanish(page);
  await expect(page.getByRole("heading", { name: "Objetivo del taller" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", /.+/);
  await expect(page.getByText("16 de diciembre de 2024").first()).toBeVisible();
});

test("the switch keeps the page's query, and Spanish numbers come back", async ({ page }) => {
  await page.goto(`${SERVANTS}?vista=tabla&desde=2022`);
  await expect(page.getByRole("row", { name: /2024/ })).toContainText("21,3");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`${SERVANTS}\\?vista=tabla&desde=2022$`));
  await expectEnglish(page);
  await expect(page.getByRole("link", { name: "Table", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveText(["2024", "2023", "2022"]);
  await expect(page.getByRole("row", { name: /2024/ })).toContainText("21.3");

  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(new RegExp(`${SERVANTS}\\?vista=tabla&desde=2022$`));
  await expectSpanish(page);
  await expect(page.getByRole("row", { name: /2024/ })).toContainText("21,3");
});

test("the catalog in English finds indicators by their English names", async ({ page }) => {
  await page.goto("/idioma?lang=en&volver=/indicadores");
  await expect(page).toHaveURL(/\/indicadores$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indicators");
  await page.getByRole("searchbox", { name: "Search" }).fill("open datasets");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("result-count")).toHaveText(/^Showing 1 of \d+ indicators\.$/);
  await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText([
    "Open datasets published",
  ]);
  await expect(page.getByRole("article").getByText(/^Updated \w+ \d{1,2}, \d{4}$/)).toBeVisible();
});

test("an English embed says so in its URL, since other sites' iframes get no cookie", async ({
  page,
}) => {
  await page.goto("/idioma?lang=en&volver=/indicadores/participacion-presupuestos-participativos");
  await page.getByText("Embed the chart in another page", { exact: true }).click();
  const code = await page.getByLabel("Code to embed the chart in another page").inputValue();
  const src = /src="([^"]+)"/.exec(code)?.[1] ?? "";
  expect(src).toMatch(/&lang=en$/);

  // A visitor without our cookie (as inside another site's iframe) gets the English embed.
  const fresh = await page.context().browser()?.newContext({ locale: "es-CO" });
  const other = await fresh?.newPage();
  if (!other) throw new Error("no browser");
  await other.goto(src);
  await expect(other.locator(".embed")).toHaveAttribute("lang", "en");
  await expect(other.locator(".embed__summary")).toContainText("Series of");
  await expect(
    other.getByRole("link", { name: "See it at the Bucaramanga Public Innovation Lab" }),
  ).toHaveAttribute("href", /^\/idioma\?lang=en&volver=/);
  await fresh?.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switch is a plain link that comes back to the same page", async ({ page }) => {
    await page.goto("/indicadores?q=datos");
    const english = page.getByRole("link", { name: "English" });
    // The address to come back to is in the server's HTML, not added by a script.
    await expect(english).toHaveAttribute(
      "href",
      `/idioma?lang=en&volver=${encodeURIComponent("/indicadores?q=datos")}`,
    );
    await english.click();
    await expect(page).toHaveURL(/\/indicadores\?q=datos$/);
    await expectEnglish(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indicators");
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("datos");

    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/indicadores\?q=datos$/);
    await expectSpanish(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indicadores");
  });
});

test.describe("GET /idioma", () => {
  test("sets a year-long cookie and answers 303 to the page", async ({ request }) => {
    const response = await request.get(
      `/idioma?lang=en&volver=${encodeURIComponent("/talleres?a=1")}`,
      {
        maxRedirects: 0,
      },
    );
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/talleres?a=1");
    const cookie = response.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/^lang=en;/);
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain("Max-Age=31536000");
    expect(cookie).toMatch(/SameSite=lax/i);
  });

  test("never redirects off-site", async ({ request }) => {
    for (const volver of [
      "https://evil.example",
      "//evil.example/indicadores",
      "/\\evil.example",
      "/.//evil.example",
      "javascript:alert(1)",
    ]) {
      const response = await request.get(`/idioma?lang=en&volver=${encodeURIComponent(volver)}`, {
        maxRedirects: 0,
      });
      expect(response.status(), volver).toBe(303);
      expect(response.headers().location, volver).toBe("/");
    }
  });

  test("goes back to the Referer without `volver`, and to the home without either", async ({
    request,
    baseURL,
  }) => {
    const back = await request.get("/idioma?lang=en", {
      maxRedirects: 0,
      headers: { referer: `${baseURL}/indicadores?orden=actualizacion` },
    });
    expect(back.headers().location).toBe("/indicadores?orden=actualizacion");
    const offSite = await request.get("/idioma?lang=en", {
      maxRedirects: 0,
      headers: { referer: "https://evil.example/indicadores" },
    });
    expect(offSite.headers().location).toBe("/");
    // An unknown language is Spanish, the default.
    const unknown = await request.get("/idioma?lang=fr", { maxRedirects: 0 });
    expect(unknown.headers().location).toBe("/");
    expect(unknown.headers()["set-cookie"]).toMatch(/^lang=es;/);
  });
});
