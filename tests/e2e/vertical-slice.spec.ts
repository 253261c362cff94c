import { expect, type Page, test } from "@playwright/test";

const EDITOR = { email: "editor@demo.bucaramanga.gov.co", password: "demo-editor-2024" };

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

test("an editor records a value and the public page shows it", async ({ page }) => {
  await page.goto("/indicadores/conjuntos-datos-abiertos");
  await expect(page.getByRole("row", { name: /2025/ })).toHaveCount(0);

  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Conjuntos de datos abiertos publicados" }).click();

  await page.getByLabel("Periodo", { exact: true }).fill("2025");
  await page.getByLabel("Valor", { exact: true }).fill("1.081");
  await page.getByLabel("Valor provisional (puede cambiar)").check();
  await page.getByRole("button", { name: "Guardar valor" }).click();
  await expect(page.getByRole("status")).toContainText("Valor guardado para el periodo 2025");

  await page.goto("/indicadores/conjuntos-datos-abiertos?vista=tabla");
  const row = page.getByRole("row", { name: /2025/ });
  await expect(row).toContainText("1.081");
  await expect(row).toContainText("provisional");

  await page.goto("/");
  const card = page.getByRole("article").filter({
    has: page.getByRole("link", { name: "Conjuntos de datos abiertos publicados" }),
  });
  await expect(card.getByTestId("latest-value")).toHaveText("1.081\u00a0conjuntos");
});

test("a wrong value or period gets Spanish messages beside the field, and nothing is saved", async ({
  page,
}) => {
  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/indicadores/servidores-formados-innovacion");
  await page.getByLabel("Periodo", { exact: true }).fill("2025-13");
  await page.getByLabel("Valor", { exact: true }).fill("150");
  await page.getByRole("button", { name: "Guardar valor" }).click();
  await expect(page.getByText(/Periodo inválido para periodicidad anual/)).toBeVisible();
  await expect(page.getByText("Un porcentaje debe estar entre 0 y 100.")).toBeVisible();
  await expect(page.getByLabel("Valor", { exact: true })).toHaveAttribute("aria-invalid", "true");

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

test("an editor records a comuna's value and the public comparison shows it", async ({ page }) => {
  await logIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/indicadores/participacion-presupuestos-participativos");
  await page.getByLabel("Lugar").selectOption({ label: "Comuna 3 – San Francisco" });
  await page.getByLabel("Periodo", { exact: true }).fill("2025");
  await page.getByLabel("Valor", { exact: true }).fill("12,5");
  await page.getByRole("button", { name: "Guardar valor" }).click();
  await expect(page.getByRole("status")).toContainText("Valor guardado para el periodo 2025");

  await page.goto(
    "/indicadores/participacion-presupuestos-participativos?vista=tabla&comunas=comuna-03",
  );
  const row = page.getByRole("row", { name: /2025/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText("12,5\u00a0%");
});
