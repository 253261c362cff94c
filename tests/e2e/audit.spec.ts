import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { recordValue } from "./workspace";

// The audit trail: a value recorded by the demo admin shows in the indicator's history, in
// the global history and in its CSV. Period 2016 of the European labs indicator: no other spec
// uses it.
const ADMIN = { email: "admin@demo.bucaramanga.gov.co", password: "demo-admin-2024" };
const SLUG = "laboratorios-innovacion-publica-europa";

test("an admin records a value and finds it in the history and its CSV", async ({ page }) => {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(ADMIN.email);
  await page.getByLabel("Contraseña").fill(ADMIN.password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto(`/admin/indicadores/${SLUG}`);
  await recordValue(page, { year: "2016", value: "17" });

  await page.reload();
  const history = page.getByRole("table", { name: /^Cambios de/ });
  const entry = history.getByRole("row").filter({ hasText: "2016" }).first();
  await expect(entry).toContainText("Administración (demo)");
  await expect(entry).toContainText("→ 17");
  await expect(entry).toContainText("Formulario");

  await page.goto("/admin");
  await page.getByRole("link", { name: "Historial de cambios de toda la plataforma" }).click();
  await page.getByLabel("Indicador (identificador)").fill(SLUG);
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(new RegExp(`indicador=${SLUG}`));
  const global = page.getByRole("table", { name: /^Cambios en la plataforma/ });
  await expect(global.getByRole("row").filter({ hasText: "2016" }).first()).toContainText("17");

  const link = page.getByRole("link", { name: "Descargar CSV con estos filtros" });
  await expect(link).toHaveAttribute("href", `/api/admin/audit.csv?indicador=${SLUG}`);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^historial-de-cambios-.+\.csv$/);
  const csv = await readFile((await download.path()) as string, "utf8");
  expect(csv).toContain("fecha,persona,correo,accion");
  expect(csv).toMatch(new RegExp(`${SLUG},2016,[^\\n]*,17,Formulario`));
});
