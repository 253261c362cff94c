import { expect, test } from "@playwright/test";
import { EDITOR, publishAsAdmin, submitForReview } from "./workspace";

// Bulk import from the officials' workspace: a CSV as Excel in Colombia saves it
// (Windows-1252, ";", decimal commas). Periods 2018–2019: no other spec uses them. Imported
// values are drafts: the public page shows them once an admin publishes them.

const SLUG = "conjuntos-datos-abiertos";
const ADMIN_PAGE = `/admin/indicadores/${SLUG}`;

function csv(lines: string[]) {
  return {
    name: "valores.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1"),
  };
}

test("an editor previews, fixes and imports a Windows-1252 CSV; it is public once published", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(EDITOR.email);
  await page.getByLabel("Contraseña").fill(EDITOR.password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(ADMIN_PAGE);

  const section = page.getByRole("region", { name: "Importar valores desde un archivo" });
  await expect(section.getByRole("link", { name: "CSV" })).toHaveAttribute(
    "href",
    /import-template\?format=csv$/,
  );
  const input = section.getByLabel("Archivo (CSV o Excel)");
  const preview = section.getByRole("button", { name: "Ver qué cambiará" });
  const confirm = section.getByRole("button", { name: "Confirmar importación" });

  // One bad row: the error names row, column, value and reason; nothing can be confirmed.
  await input.setInputFiles(csv(["periodo;valor;nota", "2018;7,0;Año base", "2019;nueve;"]));
  await preview.click();
  const errors = section.getByRole("table", { name: "Errores del archivo" });
  const errorRow = errors.getByRole("row").filter({ hasText: "nueve" });
  await expect(errorRow.getByRole("cell").nth(0)).toHaveText("3");
  await expect(errorRow.getByRole("cell").nth(1)).toHaveText("valor");
  await expect(confirm).toBeDisabled();

  // Fixed: two new rows and one unchanged, then confirmed.
  await input.setInputFiles(
    csv([
      "periodo;valor;nota",
      "2018;7,0;Año base",
      "2019;9;Revisión de la Oficina TIC",
      "2020;12;",
    ]),
  );
  await preview.click();
  const rows = section.getByRole("table", { name: "Filas del archivo y qué cambiará" });
  await expect(rows.getByRole("row").filter({ hasText: "2018" })).toContainText("nuevo");
  await expect(rows.getByRole("row").filter({ hasText: "2019" })).toContainText("nuevo");
  await expect(errors).toHaveCount(0);
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(section.getByRole("status")).toContainText(
    "Importación completa: 2 nuevos, 0 actualizados",
  );

  // A second file shows a change as previous → new; not confirmed.
  await input.setInputFiles(csv(["periodo;valor", "2018;8"]));
  await preview.click();
  await expect(rows.getByRole("row").filter({ hasText: "2018" })).toContainText("cambia");
  await expect(rows.getByRole("row").filter({ hasText: "2018" })).toContainText("7 → 8");

  // Not public until published: the editor submits, an admin publishes.
  const citizen = await (await browser.newContext({ baseURL })).newPage();
  await citizen.goto(`/indicadores/${SLUG}?vista=tabla`);
  await expect(citizen.getByRole("row", { name: /2019/ })).toHaveCount(0);
  await submitForReview(page);
  await publishAsAdmin(browser, baseURL, SLUG);

  await citizen.reload();
  await expect(citizen.getByRole("row", { name: /2019/ })).toContainText("9");
  await expect(citizen.getByRole("row", { name: /2018/ })).toContainText("7");
  await citizen.context().close();
});
