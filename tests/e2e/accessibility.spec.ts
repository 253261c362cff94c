import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/indicadores",
  "/indicadores/conjuntos-datos-abiertos",
  "/indicadores/conjuntos-datos-abiertos?vista=tabla",
  "/indicadores/conjuntos-datos-abiertos?vista=fuentes",
  "/indicadores/participacion-presupuestos-participativos?comunas=comuna-01,comuna-15",
  "/talleres/bucaramanga-avanza-con-innovacion-2024",
];

for (const path of PAGES) {
  test(`${path} has no serious or critical accessibility violations (WCAG 2.1 AA)`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.locator("main").waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(blocking).toEqual([]);
  });
}

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of PAGES) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await page.locator("main").waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("an indicator's latest value, table and metadata are readable", async ({ page }) => {
    await page.goto("/indicadores/conjuntos-datos-abiertos");
    await expect(page.getByTestId("headline-value")).toHaveText("73\u00a0conjuntos");
    await expect(page.locator("#chart-summary")).toContainText(
      "pasó de 12 conjuntos a 73 conjuntos",
    );
    // The table is in the HTML (a native <details>, no script needed to open it).
    await page.getByText("Ver los datos del gráfico en una tabla").click();
    await expect(page.getByRole("row", { name: /2024/ })).toContainText("73");
    // Tabs and the range form are plain links and a GET form.
    await page.getByRole("link", { name: "Fuentes y metodología" }).click();
    await expect(page.getByText("Oficina TIC")).toBeVisible();
    await page.goto("/indicadores/conjuntos-datos-abiertos?vista=tabla");
    await page.getByLabel("Desde").selectOption("2023");
    await page.getByRole("button", { name: "Aplicar" }).click();
    await expect(page).toHaveURL(/vista=tabla&desde=2023&hasta=2024/);
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveText(["2024", "2023"]);
  });
});
