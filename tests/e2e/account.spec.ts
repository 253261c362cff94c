import { expect, type Page, test } from "@playwright/test";

// audit.spec.ts signs in as the demo ADMIN too (workers: 1): the password is set back at the end.
const ADMIN = { email: "admin@demo.bucaramanga.gov.co", password: "demo-admin-2024" };
const NEW_PASSWORD = "Cerro del Santísimo al amanecer 9";

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

async function changePassword(page: Page, current: string, next: string, confirmation = next) {
  await page.getByLabel("Contraseña actual").fill(current);
  await page.getByLabel("Nueva contraseña", { exact: true }).fill(next);
  await page.getByLabel("Confirme la nueva contraseña").fill(confirmation);
  await page.getByRole("button", { name: "Cambiar contraseña" }).click();
}

test("an official changes the password, logs out and logs in with the new one", async ({
  page,
}) => {
  await logIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Mi cuenta" }).click();
  await expect(page).toHaveURL(/\/admin\/cuenta$/);
  await expect(page.getByRole("heading", { name: "Cambiar contraseña" })).toBeVisible();

  // Checked in the browser: nothing is sent.
  await changePassword(page, ADMIN.password, NEW_PASSWORD, "otra cosa distinta");
  await expect(
    page.getByText("La confirmación no coincide con la nueva contraseña."),
  ).toBeVisible();

  // Checked by the server, beside the fields.
  await changePassword(page, "no-es-mi-contraseña", NEW_PASSWORD);
  await expect(page.getByText("La contraseña actual no es correcta.")).toBeVisible();
  await expect(page.getByLabel("Contraseña actual")).toHaveAttribute("aria-invalid", "true");
  await changePassword(page, ADMIN.password, "Colombia123");
  await expect(page.getByText(/de las más usadas/)).toBeVisible();

  await changePassword(page, ADMIN.password, NEW_PASSWORD);
  await expect(page.getByRole("status")).toContainText("Contraseña cambiada");

  await page.getByRole("button", { name: "Salir" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/admin/cuenta");
  await expect(page).toHaveURL(/\/ingresar/);

  // The old password no longer works; the new one does.
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(ADMIN.email);
  await page.getByLabel("Contraseña").fill(ADMIN.password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/ingresar/);
  await logIn(page, ADMIN.email, NEW_PASSWORD);

  // Set it back so every spec finds the demo password.
  await page.goto("/admin/cuenta");
  await changePassword(page, NEW_PASSWORD, ADMIN.password);
  await expect(page.getByRole("status")).toContainText("Contraseña cambiada");
});
