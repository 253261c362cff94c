import { expect, test } from "@playwright/test";
import { ADMIN, EDITOR, logIn, publicationPanel, recordValue } from "./workspace";

// An admin creates an indicator: the form checks fields as they are left, the server refuses
// a code already in use beside the field, and the new indicator stays off the public site
// until an admin publishes it for the first time. Code and address are new on every run.

test("an admin creates an indicator, which is public only after its first publication", async ({
  page,
  browser,
  baseURL,
}) => {
  const stamp = Date.now();
  const code = `NV-${String(stamp).slice(-3)}`;
  const slug = `retos-resueltos-${stamp}`;
  const name = `Retos públicos resueltos con la ciudadanía ${stamp}`;

  await logIn(page, ADMIN);
  await page.getByRole("link", { name: "Nuevo indicador" }).click();
  await expect(page).toHaveURL(/\/admin\/indicadores\/nuevo$/);
  await expect(page.getByText("no se podrán cambiar después")).toBeVisible();
  const form = page.getByRole("form", { name: "Crear un indicador" });
  const nameField = form.getByLabel("Nombre", { exact: true });
  const address = form.getByLabel("Dirección web (slug)");
  const codeField = form.getByLabel("Código");

  // The address follows the name until the admin types one of their own.
  await nameField.fill("Retos públicos");
  await expect(address).toHaveValue("retos-publicos");
  await address.fill(slug);
  await nameField.fill(name);
  await expect(address).toHaveValue(slug);

  // The domain's rule, beside the field, once the admin leaves it; fixed as they type.
  await codeField.fill("NV4");
  await codeField.blur();
  await expect(form.getByText("Use un código como INN-04")).toBeVisible();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await codeField.fill("INN-01");
  await expect(codeField).not.toHaveAttribute("aria-invalid", "true");

  await form
    .getByLabel("Descripción", { exact: true })
    .fill("Retos planteados por la ciudadanía que el laboratorio resolvió en el año.");
  await form.getByLabel("Fuente", { exact: true }).fill("Laboratorio de innovación");
  await form.getByLabel("Dimensión").selectOption({ label: "Innovación pública" });
  await form.getByLabel("Dependencia responsable").selectOption({ label: "Oficina TIC" });
  await form.getByLabel("Unidad de medida").selectOption({ label: "Conteo" });
  await form.getByLabel("Periodicidad").selectOption({ label: "Anual" });
  await form
    .getByLabel("Desagregación geográfica")
    .selectOption({ label: "Municipio de Bucaramanga" });
  const create = form.getByRole("button", { name: "Crear indicador" });

  // INN-01 is taken (the seed's): only the server knows; its message is beside the field.
  await create.click();
  await expect(form.getByText(/Ese código ya lo usa/)).toBeVisible();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(codeField).toBeFocused();
  await expect(form.getByRole("alert")).toContainText("Revise los campos marcados.");
  await expect(page).toHaveURL(/\/admin\/indicadores\/nuevo$/);

  await codeField.fill(code);
  await create.click();
  await expect(page).toHaveURL(new RegExp(`/admin/indicadores/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const panel = publicationPanel(page);
  await expect(panel).toContainText("Aún no publicado");

  // Not on the public site yet.
  const citizen = await (await browser.newContext({ baseURL })).newPage();
  expect((await citizen.goto(`/indicadores/${slug}`))?.status()).toBe(404);

  // Its first value and its first publication.
  await recordValue(page, { year: "2023", value: "12" });
  // Publishing names the revision on screen: wait until it includes the value just saved.
  await expect(panel).toContainText("Cambios sin publicar: 1 valor");
  await panel.getByRole("button", { name: "Publicar cambios" }).click();
  await panel.getByRole("button", { name: "Confirmar publicación" }).click();
  await expect(panel.getByRole("status")).toContainText("Cambios publicados");

  const response = await citizen.goto(`/indicadores/${slug}?vista=tabla`);
  expect(response?.status()).toBe(200);
  await expect(citizen.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(citizen.getByRole("row", { name: /2023/ })).toContainText("12");
  await citizen.context().close();
});

test("an editor cannot create indicators and is told so", async ({ page }) => {
  await logIn(page, EDITOR);
  await expect(page.getByRole("link", { name: "Nuevo indicador" })).toHaveCount(0);
  await page.goto("/admin/indicadores/nuevo");
  await expect(page.getByRole("note")).toHaveText(
    "Solo la administración puede crear indicadores.",
  );
  await expect(page.getByRole("form")).toHaveCount(0);
});
