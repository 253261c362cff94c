import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";

// The public dashboard: headline cards on the home page and the indicator catalog, whose
// search and filters live in the URL. Values come from packages/db/src/seed/indicators.ts.

const NBSP = "\u00a0";

function card(page: Page, name: string): Locator {
  return page.getByRole("article").filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** The names of the cards listed, in order. */
async function listedNames(page: Page): Promise<string[]> {
  return page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** No WCAG 2.1 A/AA violation that axe can detect in the page's main content. */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include("main")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

async function expectTapTargets(locator: Locator) {
  for (const target of await locator.all()) {
    const box = await target.boundingBox();
    expect(box, await target.evaluate((e) => e.outerHTML.slice(0, 80))).not.toBeNull();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
}

test.describe("home headline cards", () => {
  test("say the change in words and the way to the target", async ({ page }) => {
    await page.goto("/");
    // Seeded 3, 5, 8, 11, 14 projects from 2020 to 2024, target 20 by 2027.
    const projects = card(page, "Proyectos de innovación pública en ejecución");
    await expect(projects.getByTestId("latest-value")).toHaveText(`14${NBSP}proyectos`);
    await expect(projects.getByTestId("change")).toContainText("Subió 3 (+27,3 %) frente a 2023");
    // Higher is better here, so the rise is good news, said in words (not only in green).
    await expect(projects.getByTestId("change")).toContainText("Mejora");
    // The arrow is decoration; the sentence is what assistive technology reads.
    await expect(projects.getByTestId("change").locator("svg")).toHaveAttribute(
      "aria-hidden",
      "true",
    );
    // (14 − 3) / (20 − 3) of the way from the first value.
    await expect(projects.getByTestId("target")).toContainText(
      `Meta: 20${NBSP}proyectos a 2027 — 65${NBSP}% del camino`,
    );
    const meter = projects.getByRole("meter", { name: "Avance hacia la meta" });
    await expect(meter).toHaveAttribute("value", "65");
    await expect(meter).toHaveAttribute("aria-valuetext", `65${NBSP}% del camino`);
    await expect(projects.getByTestId("target")).toContainText(
      `Punto de partida: 3${NBSP}proyectos en 2020`,
    );

    // Open datasets: 58 → 73 and a target of 120 (another suite may record a 2025 value, so
    // only what stays true either way is checked here).
    const datasets = card(page, "Conjuntos de datos abiertos publicados");
    await expect(datasets.getByTestId("change")).toContainText(/^Subió .+ frente a 20\d\d/);
    await expect(datasets.getByTestId("target")).toContainText(`Meta: 120${NBSP}conjuntos a 2027`);
    await expect(datasets.getByRole("meter")).toBeAttached();

    // Context figures have a single value, no target and a neutral direction: no change line.
    const americas = card(page, "Laboratorios de innovación pública en el continente americano");
    await expect(americas.getByTestId("latest-value")).toHaveText(`36${NBSP}laboratorios`);
    await expect(americas.getByTestId("change")).toHaveCount(0);
    await expect(americas.getByTestId("target")).toHaveCount(0);
  });

  test("link every dimension to the catalog filtered to it", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Indicadores por dimensión" });
    for (const [label, code] of [
      ["Innovación pública", "INNOVACION_PUBLICA"],
      ["Participación ciudadana", "PARTICIPACION_CIUDADANA"],
      ["Capacidades institucionales", "CAPACIDADES_INSTITUCIONALES"],
      ["Cultura del dato", "CULTURA_DEL_DATO"],
      ["Contexto", "CONTEXTO"],
    ] as const) {
      await expect(nav.getByRole("link", { name: new RegExp(`^${label} \\(`) })).toHaveAttribute(
        "href",
        `/indicadores?dimension=${code}`,
      );
      await expect(
        page.getByRole("link", { name: `Ver todos los indicadores de ${label}` }),
      ).toHaveAttribute("href", `/indicadores?dimension=${code}`);
    }

    await page
      .getByRole("link", { name: "Ver todos los indicadores de Capacidades institucionales" })
      .click();
    await expect(page).toHaveURL(/\/indicadores\?dimension=CAPACIDADES_INSTITUCIONALES$/);
    await expect(page.getByLabel("Dimensión")).toHaveValue("CAPACIDADES_INSTITUCIONALES");
    await expect(page.getByTestId("result-count")).toHaveText(
      /^Se muestran 2 indicadores de \d+\.$/,
    );
    expect((await listedNames(page)).sort()).toEqual([
      "Sedes de la Alcaldía con conectividad de alta velocidad (capacidad tecnológica)",
      "Servidores públicos formados en innovación (capacidad humana)",
    ]);
    await expect(page).toHaveTitle(/Indicadores de Capacidades institucionales/);
  });
});

test.describe("indicator catalog", () => {
  test("search ignores accents and case", async ({ page }) => {
    await page.goto("/indicadores");
    await expect(page.getByTestId("result-count")).toHaveText(
      /^Se muestran los \d+ indicadores\.$/,
    );
    await page.getByRole("searchbox", { name: "Buscar" }).fill("participacion");
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(page).toHaveURL(/[?&]q=participacion(&|$)/);
    // The count is a polite live region, so screen readers hear the new total.
    const count = page.getByRole("status");
    await expect(count).toHaveAttribute("aria-live", "polite");
    // The dimension's name matches too: all of Participación ciudadana, the 16 indicators
    // computed from the workshops included.
    await expect(count).toHaveText(/^Se muestran 17 indicadores de \d+\.$/);
    expect(await listedNames(page)).toEqual(
      expect.arrayContaining([
        "Participación en presupuestos participativos por comuna",
        "Personas participantes en ejercicios de co-creación",
        "Talleres de co-creación realizados",
      ]),
    );
    // JavaScript swapped the results in place: focus stayed on the button.
    await expect(page.getByRole("button", { name: "Aplicar" })).toBeFocused();

    // A code finds its indicator too.
    await page.getByRole("searchbox", { name: "Buscar" }).fill("dat-01");
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(count).toHaveText(/^Se muestra 1 indicador de \d+\.$/);
    expect(await listedNames(page)).toEqual(["Conjuntos de datos abiertos publicados"]);
  });

  test("filters by capacity type", async ({ page }) => {
    await page.goto("/indicadores");
    await page.getByLabel("Tipo de capacidad").selectOption({ label: "Humana" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(page).toHaveURL(/[?&]capacidad=HUMANA(&|$)/);
    expect(await listedNames(page)).toEqual([
      "Servidores públicos formados en innovación (capacidad humana)",
    ]);

    await page.getByLabel("Tipo de capacidad").selectOption({ label: "Tecnológica" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(page).toHaveURL(/[?&]capacidad=TECNOLOGICA(&|$)/);
    expect(await listedNames(page)).toEqual([
      "Sedes de la Alcaldía con conectividad de alta velocidad (capacidad tecnológica)",
    ]);
    await expect(page.getByTestId("result-count")).toHaveText(/^Se muestra 1 indicador de \d+\.$/);

    // Going back shows the previous results and puts the form back as it was for them.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]capacidad=HUMANA(&|$)/);
    await expect(page.getByLabel("Tipo de capacidad")).toHaveValue("HUMANA");
    expect(await listedNames(page)).toEqual([
      "Servidores públicos formados en innovación (capacidad humana)",
    ]);
  });

  test("sorts by name alphabetically, the Spanish way", async ({ page }) => {
    await page.goto("/indicadores?orden=actualizacion");
    await expect(page.getByLabel("Ordenar por")).toHaveValue("actualizacion");
    await page.getByLabel("Ordenar por").selectOption({ label: "Nombre (A–Z)" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(page).toHaveURL(/[?&]orden=nombre(&|$)/);
    const names = await listedNames(page);
    expect(names.length).toBeGreaterThanOrEqual(9);
    const collator = new Intl.Collator("es-CO", { sensitivity: "base", numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
  });

  test("keeps its state through a reload and a copied link", async ({ page, browser }) => {
    await page.goto("/indicadores");
    await page.getByRole("searchbox", { name: "Buscar" }).fill("Alcaldía");
    await page.getByLabel("Dimensión").selectOption({ label: "Capacidades institucionales" });
    await page.getByLabel("Ordenar por").selectOption({ label: "Última actualización" });
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(page).toHaveURL(/dimension=CAPACIDADES_INSTITUCIONALES/);
    const expected = await listedNames(page);
    expect(expected).toHaveLength(2);

    const checkState = async (p: Page) => {
      await expect(p.getByRole("searchbox", { name: "Buscar" })).toHaveValue("Alcaldía");
      await expect(p.getByLabel("Dimensión")).toHaveValue("CAPACIDADES_INSTITUCIONALES");
      await expect(p.getByLabel("Ordenar por")).toHaveValue("actualizacion");
      expect(await listedNames(p)).toEqual(expected);
    };
    await page.reload();
    await checkState(page);

    // A fresh visitor (no history, no storage) opening the shared link sees the same.
    const context = await browser.newContext({ locale: "es-CO" });
    const other = await context.newPage();
    await other.goto(page.url());
    await checkState(other);
    await context.close();
  });

  test("ignores nonsense in the URL and offers a way out of an empty result", async ({ page }) => {
    const response = await page.goto(
      "/indicadores?dimension=NADA&capacidad=%00&orden=%F0%9F%92%A5&pagina=-1&q=",
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("result-count")).toHaveText(
      /^Se muestran los \d+ indicadores\.$/,
    );
    const all = await page.getByRole("article").count();
    expect(all).toBeGreaterThanOrEqual(9);
    await expect(page.getByLabel("Dimensión")).toHaveValue("");
    await expect(page.getByLabel("Ordenar por")).toHaveValue("nombre");

    await page.goto("/indicadores?q=xyzzy&dimension=contexto");
    await expect(page.getByRole("status")).toHaveText(
      "Ningún indicador coincide con la búsqueda y los filtros.",
    );
    await expect(page.getByRole("article")).toHaveCount(0);
    await page.getByRole("link", { name: "Ver todos los indicadores" }).click();
    await expect(page).toHaveURL(/\/indicadores$/);
    await expect(page.getByRole("searchbox", { name: "Buscar" })).toHaveValue("");
    await expect(page.getByRole("article")).toHaveCount(all);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the GET form still searches and filters", async ({ page }) => {
      await page.goto("/indicadores");
      const all = await page.getByRole("article").count();
      await page.getByRole("searchbox", { name: "Buscar" }).fill("PARTICIPACIÓN");
      await page.getByLabel("Dimensión").selectOption({ label: "Participación ciudadana" });
      await page.getByRole("button", { name: "Aplicar" }).click();
      await expect(page).toHaveURL(/q=PARTICIPACI%C3%93N&dimension=PARTICIPACION_CIUDADANA/);
      await expect(page.getByTestId("result-count")).toHaveText(
        /^Se muestran 17 indicadores de \d+\.$/,
      );
      await expect(page.getByRole("searchbox", { name: "Buscar" })).toHaveValue("PARTICIPACIÓN");

      await page.getByLabel("Tipo de capacidad").selectOption({ label: "Humana" });
      await page.getByRole("button", { name: "Aplicar" }).click();
      await expect(page.getByRole("article")).toHaveCount(0);
      await page.getByRole("link", { name: "Quitar filtros" }).click();
      await expect(page.getByRole("article")).toHaveCount(all);
    });
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("home and catalog fit without horizontal scrolling, with large tap targets", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("article").first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectTapTargets(page.locator("main .dimension-nav a, main .dimension__more a"));
    await expectTapTargets(page.locator("main .indicator-card__title a"));
    await expectNoAxeViolations(page);

    await page.goto("/indicadores?q=capacidad&capacidad=HUMANA");
    await expect(page.getByRole("article")).toHaveCount(1);
    await expectNoHorizontalScroll(page);
    // Every form control has a label, and is easy to tap.
    for (const control of await page.locator("main form").locator("input, select").all()) {
      await expect(control).toHaveAccessibleName(/.+/);
    }
    await expectTapTargets(page.locator("main form").locator("input, select, button"));
    await expectTapTargets(page.getByRole("link", { name: "Quitar filtros" }));
    await expectNoAxeViolations(page);
  });
});
