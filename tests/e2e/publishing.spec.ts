import { expect, type Page, test } from "@playwright/test";
import {
  ADMIN,
  EDITOR,
  logIn,
  publicationPanel,
  recordValue,
  signedIn,
  submitForReview,
} from "./workspace";

// The publishing workflow end to end: an editor's changes are drafts until an admin publishes
// them; an admin can send them back with a reason; two people editing one value never
// overwrite each other silently. Indicators and periods no other spec uses: connectivity
// 2014–2015, projects 2019, trained servants 2012 (the last two are drafts, discarded at
// the end of their test, so the public pages never change).

const CONNECTIVITY = {
  slug: "sedes-con-conectividad",
  name: "Sedes de la Alcaldía con conectividad de alta velocidad (capacidad tecnológica)",
};
// (Participants in co-creation are computed from the workshops now: no values by hand.)
const PROJECTS = "proyectos-innovacion-publica";
const SERVANTS = "servidores-formados-innovacion";

function csv(lines: string[]) {
  return {
    name: "sedes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1"),
  };
}

const grid = (page: Page) => page.getByRole("table", { name: /con los cambios sin publicar/ });
const gridRow = (page: Page, period: string) =>
  grid(page).locator("tr", { has: page.getByRole("rowheader", { name: period, exact: true }) });

/** Discards a never-published value (cleanup, through the grid like an official would). */
async function discard(page: Page, period: string) {
  await grid(page)
    .getByRole("button", { name: `Eliminar el valor de ${period}` })
    .click();
  await grid(page).getByRole("button", { name: "Sí, eliminar" }).click();
  const values = page.getByRole("region", { name: "Valores", exact: true });
  await expect(values.getByRole("status")).toContainText(`Valor de ${period}`);
  await expect(gridRow(page, period)).toHaveCount(0);
}

test("an editor imports a fixed CSV and submits it; an admin publishes it; a citizen sees it", async ({
  page,
  browser,
  baseURL,
}) => {
  const citizen = await (await browser.newContext({ baseURL })).newPage();
  await citizen.goto(`/indicadores/${CONNECTIVITY.slug}?vista=tabla`);
  await expect(citizen.getByRole("row", { name: /2015/ })).toHaveCount(0);

  await logIn(page, EDITOR);
  await page.goto(`/admin/indicadores/${CONNECTIVITY.slug}`);
  const section = page.getByRole("region", { name: "Importar valores desde un archivo" });
  const input = section.getByLabel("Archivo (CSV o Excel)");
  const confirm = section.getByRole("button", { name: "Confirmar importación" });

  // One bad row: named by row, column and value; nothing can be imported.
  await input.setInputFiles(csv(["periodo;valor;nota", "2014;31,5;Línea base", "2015;ciento;"]));
  await section.getByRole("button", { name: "Ver qué cambiará" }).click();
  const errors = section.getByRole("table", { name: "Errores del archivo" });
  const bad = errors.getByRole("row").filter({ hasText: "ciento" });
  await expect(bad.getByRole("cell").nth(0)).toHaveText("3");
  await expect(bad.getByRole("cell").nth(1)).toHaveText("valor");
  await expect(confirm).toBeDisabled();

  // Fixed and imported: drafts, shown in the grid and the status, not on the public site.
  await input.setInputFiles(csv(["periodo;valor;nota", "2014;31,5;Línea base", "2015;34,2;"]));
  await section.getByRole("button", { name: "Ver qué cambiará" }).click();
  await expect(errors).toHaveCount(0);
  await confirm.click();
  await expect(section.getByRole("status")).toContainText("Importación completa: 2 nuevos");
  const panel = publicationPanel(page);
  await expect(panel).toContainText("Con cambios sin publicar");
  await expect(panel).toContainText("Cambios sin publicar: 2 valores");
  await expect(gridRow(page, "2015")).toContainText("34,2");
  await expect(gridRow(page, "2015")).toContainText("Nuevo");
  await citizen.reload();
  await expect(citizen.getByRole("row", { name: /2015/ })).toHaveCount(0);

  await submitForReview(page);
  await expect(panel).toContainText("Enviado a revisión por Funcionaria editora (demo)");

  // The admin finds it among those waiting for review, and publishes it.
  const admin = await signedIn(browser, baseURL, ADMIN);
  await admin.getByRole("link", { name: /^Por revisar/ }).click();
  const item = admin
    .getByRole("listitem")
    .filter({ has: admin.getByRole("link", { name: CONNECTIVITY.name }) });
  await expect(item).toContainText("Enviado a revisión");
  await expect(item).toContainText("Funcionaria editora (demo)");
  await item.getByRole("link", { name: CONNECTIVITY.name }).click();
  const review = publicationPanel(admin);
  await expect(review).toContainText("Enviado a revisión por Funcionaria editora (demo)");
  await review.getByRole("button", { name: "Publicar cambios" }).click();
  await review.getByRole("button", { name: "Confirmar publicación" }).click();
  await expect(review.getByRole("status")).toContainText("Cambios publicados");
  await expect(review).toContainText("No hay cambios sin publicar");
  await admin.context().close();

  await citizen.reload();
  await expect(citizen.getByRole("row", { name: /2015/ })).toContainText("34,2");
  await expect(citizen.getByRole("row", { name: /2014/ })).toContainText("31,5");
  await citizen.context().close();
});

test("an admin sends changes back with a reason, and the editor reads it", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, EDITOR);
  await page.goto(`/admin/indicadores/${PROJECTS}`);
  await recordValue(page, { year: "2019", value: "1.020" });
  await submitForReview(page);

  const admin = await signedIn(browser, baseURL, ADMIN);
  await admin.goto(`/admin/indicadores/${PROJECTS}`);
  const review = publicationPanel(admin);
  await expect(review).toContainText("Enviado a revisión");
  await review.getByRole("button", { name: "Devolver con observaciones" }).click();
  const reason = review.getByLabel("Motivo de la devolución");
  await expect(reason).toBeFocused();
  await reason.fill("Revisar");
  await review.getByRole("button", { name: "Devolver cambios" }).click();
  await expect(review.getByText(/Explique el motivo en al menos 10 caracteres/)).toBeVisible();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  const why = "El valor de 2019 no coincide con el informe de gestión: revise la fuente.";
  await reason.fill(why);
  await review.getByRole("button", { name: "Devolver cambios" }).click();
  await expect(review.getByRole("status")).toContainText("Cambios devueltos con observaciones");
  await admin.context().close();

  await page.reload();
  const panel = publicationPanel(page);
  await expect(panel).toContainText("Devuelto con observaciones");
  await expect(panel.getByRole("heading", { name: "Motivo de la devolución" })).toBeVisible();
  await expect(panel).toContainText(why);
  await expect(panel).toContainText("Devuelto por Administración (demo)");

  await discard(page, "2019");
});

test("two officials correct the same value: the second sees the first one's change", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, EDITOR);
  await page.goto(`/admin/indicadores/${SERVANTS}`);
  await recordValue(page, { year: "2012", value: "10" });

  const admin = await signedIn(browser, baseURL, ADMIN);
  await admin.goto(`/admin/indicadores/${SERVANTS}`);

  // Both open the same row; the editor types first, the admin saves first.
  await grid(page).getByRole("button", { name: "Editar el valor de 2012" }).click();
  const mine = grid(page).getByLabel("Nuevo valor");
  await expect(mine).toBeFocused();
  await mine.fill("11,5");
  await grid(admin).getByRole("button", { name: "Editar el valor de 2012" }).click();
  await grid(admin).getByLabel("Nuevo valor").fill("12,5");
  await grid(admin).getByRole("button", { name: "Guardar cambio" }).click();
  await expect(
    admin.getByRole("region", { name: "Valores", exact: true }).getByRole("status"),
  ).toContainText("Cambio guardado como borrador: 2012");
  await admin.context().close();

  await grid(page).getByRole("button", { name: "Guardar cambio" }).click();
  const conflict = grid(page).getByRole("alert");
  await expect(conflict).toContainText("Administración (demo) cambió el valor de 2012");
  await expect(conflict).toContainText("ahora es 12,5");
  // Their value is on screen, and what this official typed is still in the field.
  await expect(gridRow(page, "2012").first()).toContainText("12,5");
  await expect(mine).toHaveValue("11,5");

  // Having seen it, the official saves again on purpose.
  await grid(page).getByRole("button", { name: "Guardar cambio" }).click();
  await expect(
    page.getByRole("region", { name: "Valores", exact: true }).getByRole("status"),
  ).toContainText("Cambio guardado como borrador: 2012");
  await expect(gridRow(page, "2012")).toContainText("11,5");

  await discard(page, "2012");
});

test("the ficha checks each field as the official leaves it, and saves only what changed", async ({
  page,
}) => {
  await logIn(page, EDITOR);
  await page.goto(`/admin/indicadores/${PROJECTS}`);
  const ficha = page.getByRole("region", { name: "Ficha del indicador" });
  const link = ficha.getByLabel("Enlace a la fuente");
  const target = ficha.getByLabel("Meta", { exact: true });
  const unitLabel = ficha.getByLabel("Etiqueta de la unidad");

  // The domain's messages, beside the field, as soon as the official leaves it.
  await link.fill("www.bucaramanga.gov.co");
  await link.blur();
  await expect(
    ficha.getByText("Escriba una dirección web completa, que empiece por https://"),
  ).toBeVisible();
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await link.fill("https://www.bucaramanga.gov.co/participacion");
  await expect(link).not.toHaveAttribute("aria-invalid", "true");
  // A count cannot have a fractional target (the unit's rule).
  await target.fill("2.500,5");
  await target.blur();
  await expect(ficha.getByText("Un conteo debe ser un número entero no negativo.")).toBeVisible();
  await target.fill("20");
  await link.fill("");

  // Only the changed field is saved, as a draft, and marked as unpublished.
  await unitLabel.fill("participantes");
  await ficha.getByRole("button", { name: "Guardar ficha" }).click();
  await expect(ficha.getByRole("status")).toContainText(
    "Ficha guardada como borrador (Etiqueta de la unidad)",
  );
  await expect(publicationPanel(page)).toContainText("1 campo de la ficha (Etiqueta de la unidad)");
  await page.reload();
  await expect(unitLabel).toHaveValue("participantes");
  await expect(ficha.getByText("Cambio sin publicar")).toHaveCount(1);

  // Back to the published text: nothing pending any more.
  await unitLabel.fill("proyectos");
  await ficha.getByRole("button", { name: "Guardar ficha" }).click();
  await expect(ficha.getByRole("status")).toContainText("Ficha guardada como borrador");
  await expect(ficha.getByText("Cambio sin publicar")).toHaveCount(0);
});
