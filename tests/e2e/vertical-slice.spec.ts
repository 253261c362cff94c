import { expect, type Page, test } from "@playwright/test";
import { EDITOR, publishAsAdmin, recordValue, submitForReview } from "./workspace";

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

test("the home page shows the seeded indicators in Spanish, with the GOV.CO bar", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es-CO");
  await expect(page.getByRole("link", { name: "Ir al portal GOV.CO" })).toHaveAttribute(
    "href",
    "https://www.gov.co",
  );
  const total = page.getByRole("article").filter({
    has: page.getByRole("link", {
      name: "Laboratorios con enfoque a la innovación pública (total)",
    }),
  });
  await expect(total.getByTestId("latest-value")).toHaveText("76\u00a0laboratorios");
  await expect(page.getByRole("heading", { name: "Contexto" })).toBeVisible();
  // Demo figures say so.
  const demo = page.getByRole("article").filter({
    has: page.getByRole("link", { name: "Conjuntos de datos abiertos publicados" }),
  });
  await expect(demo.getByText("Demo", { exact: true })).toBeVisible();
  // The small chart is drawn by Recharts in the browser.
  await expect(demo.locator(".sparkline svg")).toBeVisible();
});

test("an editor records a value, an admin publishes it and the public page shows it", async ({
  page,
  browser,
  baseURL,
}) => {
  const citizen = await (await browser.newContext({ baseURL })).newPage();
  await citizen.goto("/indicadores/conjuntos-datos-abiertos?vista=tabla");
  await expect(citizen.getByRole("row", { name: /2025/ })).toHaveCount(0);

  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Conjuntos de datos abiertos publicados" }).click();
  await recordValue(page, { year: "2025", value: "1.081", provisional: true });

  // A draft: the public page does not show it until an admin publishes it.
  await citizen.reload();
  await expect(citizen.getByRole("row", { name: /2025/ })).toHaveCount(0);
  await submitForReview(page);
  await publishAsAdmin(browser, baseURL, "conjuntos-datos-abiertos");

  await citizen.reload();
  const row = citizen.getByRole("row", { name: /2025/ });
  await expect(row).toContainText("1.081");
  await expect(row).toContainText("provisional");

  await citizen.goto("/");
  const card = citizen.getByRole("article").filter({
    has: citizen.getByRole("link", { name: "Conjuntos de datos abiertos publicados" }),
  });
  await expect(card.getByTestId("latest-value")).toHaveText("1.081\u00a0conjuntos");
  await citizen.context().close();
});

test("a missing period or a wrong value gets Spanish messages beside the field, and nothing is saved", async ({
  page,
}) => {
  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/indicadores/servidores-formados-innovacion");
  const form = page.getByRole("region", { name: "Registrar un valor" });
  const value = form.getByLabel("Valor", { exact: true });
  // The period is picked, never typed: only a missing one can be wrong.
  await value.fill("15");
  await form.getByRole("button", { name: "Guardar valor" }).click();
  await expect(form.getByText("Elija el año.")).toBeVisible();
  await expect(form.getByLabel("Año")).toBeFocused();

  await form.getByLabel("Año").selectOption("2025");
  await value.fill("150");
  await form.getByRole("button", { name: "Guardar valor" }).click();
  await expect(form.getByText("Un porcentaje debe estar entre 0 y 100.")).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toBeFocused();

  await page.goto("/indicadores/servidores-formados-innovacion");
  await expect(page.getByRole("row", { name: /150/ })).toHaveCount(0);
});

test("an editor sees only its offices' indicators, and may not record another office's", async ({
  page,
}) => {
  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  const open = page.getByRole("link", { name: "Conjuntos de datos abiertos publicados" });
  await expect(open).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: open })).toContainText("Oficina TIC");
  // The context figures belong to the Secretaría Jurídica, which the demo editor is not in.
  const total = "Laboratorios con enfoque a la innovación pública (total)";
  await expect(page.getByRole("link", { name: total })).toHaveCount(0);

  await page.goto("/admin/indicadores/laboratorios-innovacion-publica-total");
  await expect(page.getByText(/Este indicador pertenece a otra dependencia/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Guardar valor" })).toHaveCount(0);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await logIn(page, EDITOR.email, "not-the-password");
  const message = page.locator("form [role=alert]");
  await expect(message).toBeVisible();
  const wrongPassword = await message.textContent();
  expect(wrongPassword).toBe("Correo o contraseña incorrectos.");

  await logIn(page, "nadie@bucaramanga.gov.co", "whatever-password");
  await expect(message).toHaveText(wrongPassword ?? "");
  await expect(page).toHaveURL(/\/ingresar/);
});

test("the workspace asks anonymous visitors to log in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/ingresar\?callbackUrl=%2Fadmin|\/ingresar\?callbackUrl=\/admin/);
  await expect(page.getByRole("heading", { name: "Ingresar" })).toBeVisible();
});

test("health answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("an editor records a comuna's value, an admin publishes it and the public comparison shows it", async ({
  page,
  browser,
  baseURL,
}) => {
  const slug = "participacion-presupuestos-participativos";
  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/indicadores/${slug}`);
  await recordValue(page, { year: "2025", value: "12,5", place: "Comuna 3 – San Francisco" });
  const grid = page.getByRole("table", { name: /con los cambios sin publicar/ });
  await expect(
    grid
      .getByRole("row")
      .filter({ hasText: "Comuna 3 – San Francisco" })
      .filter({ hasText: "Nuevo" }),
  ).toContainText("12,5");
  await submitForReview(page);
  await publishAsAdmin(browser, baseURL, slug);

  await page.goto(
    "/indicadores/participacion-presupuestos-participativos?vista=tabla&comunas=comuna-03",
  );
  const row = page.getByRole("row", { name: /2025/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText("12,5\u00a0%");
});
