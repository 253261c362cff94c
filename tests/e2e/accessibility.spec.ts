import { expect, type Page } from "@playwright/test";
import { blockingViolations } from "./axe";
import { test } from "./signed-in";
import { ADMIN, EDITOR, type TAccount } from "./workspace";

const PAGES = [
  "/",
  "/indicadores",
  "/indicadores/conjuntos-datos-abiertos",
  "/indicadores/conjuntos-datos-abiertos?vista=tabla",
  "/indicadores/conjuntos-datos-abiertos?vista=fuentes",
  "/indicadores/participacion-presupuestos-participativos?comunas=comuna-01,comuna-15",
  "/talleres/bucaramanga-avanza-con-innovacion-2024",
  "/datos",
  "/datos?frecuencia=MONTHLY",
  "/datos/actividades-laboratorio-innovacion-publica",
  "/datos/licencias",
  "/desarrolladores",
  "/lecciones",
  "/lecciones/laboratorios-de-innovacion-publica",
];

// The officials' workspace (signed in as the demo editor): the indicator list and editor.
const WORKSPACE_PAGES = [
  "/admin",
  "/admin/indicadores/conjuntos-datos-abiertos",
  "/admin/indicadores/participacion-presupuestos-participativos",
];

// Pages only admins see (signed in as the demo admin).
const ADMIN_PAGES = ["/admin/indicadores/nuevo"];

// The open-data publisher's pages (signed in as the demo TIC office account, a PUBLISHER).
const TIC = { email: "tic@demo.bucaramanga.gov.co", password: "demo-tic-2024" };
const PUBLISHER_PAGES = ["/admin/datos", "/admin/datos/actividades-laboratorio-innovacion-publica"];

for (const path of PAGES) {
  test(`${path} has no serious or critical accessibility violations (WCAG 2.1 AA)`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.locator("main").waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });
}

// Signed-in pages: each worker logs in once per account (signed-in.ts).
const SIGNED_IN: { label: string; account: TAccount; pages: string[] }[] = [
  { label: "signed in", account: EDITOR, pages: WORKSPACE_PAGES },
  { label: "signed in as admin", account: ADMIN, pages: ADMIN_PAGES },
  { label: "signed in as publisher", account: TIC, pages: PUBLISHER_PAGES },
];

for (const { label, account, pages } of SIGNED_IN) {
  test.describe(label, () => {
    test.use({ account });
    for (const path of pages) {
      test(`${path} (${label}) has no serious or critical accessibility violations`, async ({
        page,
      }) => {
        await page.goto(path);
        await page.locator("main").waitFor();
        expect(await blockingViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe(() => {
  test.use({ account: TIC });
  test("the new-dataset form with its messages and a publication to confirm stays accessible", async ({
    page,
  }) => {
    await page.goto("/admin/datos");
    const form = page.getByRole("form", { name: "Crear un conjunto de datos" });
    await form.getByRole("button", { name: "Crear conjunto de datos" }).click();
    await expect(form.getByRole("alert")).toContainText("Revise los campos marcados.");
    await expect(form.getByLabel("Título")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Título")).toBeFocused();
    expect(await blockingViolations(page)).toEqual([]);
    await page.goto("/admin/datos/actividades-laboratorio-innovacion-publica");
    await page.getByRole("button", { name: "Retirar del sitio público" }).click();
    await expect(page.getByRole("group", { name: "Confirme" })).toBeFocused();
    expect(await blockingViolations(page)).toEqual([]);
  });
});

test.describe(() => {
  test.use({ account: ADMIN });
  test("the new-indicator form with its messages beside the fields stays accessible", async ({
    page,
  }) => {
    await page.goto("/admin/indicadores/nuevo");
    const form = page.getByRole("form", { name: "Crear un indicador" });
    await form.getByRole("button", { name: "Crear indicador" }).click();
    await expect(form.getByRole("alert")).toContainText("Revise los campos marcados.");
    const name = form.getByLabel("Nombre", { exact: true });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toBeFocused();
    expect(await blockingViolations(page)).toEqual([]);
  });
});

test.describe(() => {
  test.use({ account: EDITOR });
  test("the indicator editor with a value being corrected and a ficha error stays accessible", async ({
    page,
  }) => {
    await page.goto("/admin/indicadores/conjuntos-datos-abiertos");
    await page.getByRole("button", { name: "Editar el valor de 2024" }).click();
    await expect(page.getByLabel("Nuevo valor")).toBeFocused();
    const name = page.getByLabel("Nombre", { exact: true });
    await name.fill("Co");
    await name.blur();
    await expect(page.getByText("Escriba el nombre (al menos 3 caracteres).")).toBeVisible();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    expect(await blockingViolations(page)).toEqual([]);
  });
});

test("a dataset page with a sorted, filtered grid and a drawn chart stays accessible", async ({
  page,
}) => {
  await page.goto("/datos/actividades-laboratorio-innovacion-publica");
  await page.getByRole("columnheader", { name: "Participantes" }).getByRole("button").click();
  await page.getByLabel("Filtrar Comuna").fill("Comuna 15 – Centro");
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expect(page.locator(".rows-grid__status")).toHaveText("Filas 1 a 17 de 17.");
  await page.getByRole("button", { name: "Dibujar gráfico" }).click();
  await expect(page.locator(".recharts-surface")).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  for (const path of PAGES) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await page.locator("main").waitFor();
      expect(await overflow(page)).toBe(0);
    });
  }

  for (const { label, account, pages } of SIGNED_IN) {
    test.describe(label, () => {
      test.use({ account });
      for (const path of pages) {
        test(`${path} (${label}) needs no horizontal scrolling`, async ({ page }) => {
          await page.goto(path);
          await page.locator("main").waitFor();
          expect(await overflow(page)).toBe(0);
        });
      }
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
