import { expect, test } from "@playwright/test";

const PAGE = "/indicadores/proyectos-innovacion-publica?vista=tabla";

test("anonymous visitors get cached pages until an official records a change", async ({
  page,
  request,
}) => {
  await request.get(PAGE);
  const cached = await request.get(PAGE);
  expect(cached.headers()["x-page-cache"]).toBe("HIT");

  // A signed-in editor records a value; the next anonymous visit renders it afresh.
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill("editor@demo.bucaramanga.gov.co");
  await page.getByLabel("Contraseña").fill("demo-editor-2024");
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  // Pages seen while signed in never come from (or go into) the cache.
  const signedIn = await page.request.get(PAGE);
  expect(signedIn.headers()["x-page-cache"]).toBeUndefined();

  await page.goto("/admin/indicadores/proyectos-innovacion-publica");
  await page.getByLabel("Periodo", { exact: true }).fill("2026");
  await page.getByLabel("Valor", { exact: true }).fill("17");
  await page.getByRole("button", { name: "Guardar valor" }).click();
  await expect(page.getByRole("status")).toContainText("Valor guardado para el periodo 2026");

  const fresh = await request.get(PAGE);
  expect(fresh.headers()["x-page-cache"]).toBe("MISS");
  expect(await fresh.text()).toContain("2026");
});
