import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";

// Account management by the demo ADMIN (/admin/usuarios). The admin's own password and role
// are never changed here (account.spec.ts and audit.spec.ts sign in with them). Emails carry a
// timestamp so that reruns on the same data folder never collide.
const ADMIN = { email: "admin@demo.bucaramanga.gov.co", password: "demo-admin-2024" };
const WRONG = "Correo o contraseña incorrectos.";
const PASSWORD_FORMAT = /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/;

// The server trusts X-Forwarded-For here (playwright.config.ts): the failed logins below count
// against an address of their own, never against 127.0.0.1, which the other specs log in from.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.40" } });

let count = 0;
function newPerson() {
  count += 1;
  const stamp = `${Date.now()}-${count}`;
  return { name: `Editora de prueba ${stamp}`, email: `editora-${stamp}@bucaramanga.gov.co` };
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Salir" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** The password the panel shows once: it takes the focus and warns that it will not be back. */
async function readPassword(panel: Locator): Promise<string> {
  await expect(panel).toBeFocused();
  await expect(panel).toContainText("No se volverá a mostrar.");
  const password = (await panel.getByTestId("generated-password").textContent()) ?? "";
  expect(password).toMatch(PASSWORD_FORMAT);
  return password;
}

async function hidePassword(page: Page, panel: Locator, password: string) {
  await panel.getByRole("button", { name: "Ya la entregué, ocultar" }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByText(password)).toHaveCount(0);
}

async function takePassword(page: Page, panel: Locator): Promise<string> {
  const password = await readPassword(panel);
  await hidePassword(page, panel, password);
  return password;
}

async function createEditor(page: Page, person: { name: string; email: string }) {
  const form = page.getByRole("form", { name: "Crear una cuenta" });
  await form.getByLabel("Nombre completo").fill(person.name);
  await form.getByLabel("Correo electrónico").fill(person.email);
  await expect(form.getByLabel("Rol", { exact: true })).toHaveValue("EDITOR");
  await form.getByLabel("Secretaría de Planeación").check();
  await form.getByRole("button", { name: "Crear cuenta" }).click();
  return takePassword(
    page,
    page.getByRole("region", { name: `Cuenta creada para ${person.name}.` }),
  );
}

function accountCard(page: Page, name: string): Locator {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: false }) });
}

test("an admin creates an editor, sees the password once, and the editor signs in with it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const person = newPerson();
  await logIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Usuarios y dependencias" }).click();
  await expect(page).toHaveURL(/\/admin\/usuarios$/);

  // An email that already has an account: said next to the field, which gets the focus.
  const form = page.getByRole("form", { name: "Crear una cuenta" });
  await form.getByLabel("Nombre completo").fill(person.name);
  await form.getByLabel("Correo electrónico").fill(ADMIN.email);
  await form.getByLabel("Secretaría de Planeación").check();
  await form.getByRole("button", { name: "Crear cuenta" }).click();
  const email = form.getByLabel("Correo electrónico");
  await expect(form.getByText(`Ya existe una cuenta con el correo ${ADMIN.email}.`)).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();

  await email.fill(person.email);
  await form.getByRole("button", { name: "Crear cuenta" }).click();
  const panel = page.getByRole("region", { name: `Cuenta creada para ${person.name}.` });
  const password = await readPassword(panel);
  await panel.getByRole("button", { name: "Copiar contraseña" }).click();
  await expect(panel.getByRole("status")).toHaveText("Contraseña copiada.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await hidePassword(page, panel, password);

  const card = accountCard(page, person.name);
  await expect(card).toContainText(person.email);
  await expect(card).toContainText("Editor (funcionario)");
  await expect(card).toContainText("Secretaría de Planeación");
  await expect(card).toContainText("Activa");
  // Never shown again, not even after a reload.
  await page.reload();
  await expect(accountCard(page, person.name)).toBeVisible();
  await expect(page.getByText(password)).toHaveCount(0);

  await logOut(page);
  await logIn(page, person.email, password);
  await expect(page).toHaveURL(/\/admin$/);
  // An editor of Planeación: its indicators, and no account management.
  await expect(
    page.getByRole("link", { name: "Proyectos de innovación pública en ejecución" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Usuarios y dependencias" })).toHaveCount(0);
  await page.goto("/admin/usuarios");
  await expect(page.getByText("Solo la administración gestiona las cuentas")).toBeVisible();
});

test("a reset password replaces the old one; a deactivated account cannot sign in", async ({
  page,
  browser,
}) => {
  const person = newPerson();
  await logIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/usuarios");
  const first = await createEditor(page, person);

  const card = accountCard(page, person.name);
  await card.getByRole("button", { name: "Restablecer contraseña" }).click();
  await expect(card.getByText(/¿Restablecer la contraseña de/)).toBeVisible();
  await card.getByRole("button", { name: "Sí, generar una nueva" }).click();
  const second = await takePassword(
    page,
    card.getByRole("region", { name: `Nueva contraseña de ${person.name}.` }),
  );
  expect(second).not.toBe(first);

  // The person, in a browser of their own.
  const theirs = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.41" },
  });
  const them = await theirs.newPage();
  await logIn(them, person.email, first);
  await expect(them.locator("form [role=alert]")).toHaveText(WRONG);
  await logIn(them, person.email, second);
  await expect(them).toHaveURL(/\/admin$/);
  await logOut(them);

  await card.getByRole("button", { name: "Desactivar cuenta" }).click();
  await card.getByRole("button", { name: "Sí, desactivar" }).click();
  await expect(card.getByRole("status")).toHaveText("Cuenta desactivada.");
  await expect(card.getByRole("heading")).toContainText("Desactivada");
  await expect(card.getByRole("button", { name: "Reactivar cuenta" })).toBeVisible();

  await logIn(them, person.email, second);
  await expect(them.locator("form [role=alert]")).toHaveText(WRONG);
  await expect(them).toHaveURL(/\/ingresar/);
  await theirs.close();
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the page fits the screen and has no serious accessibility violations", async ({ page }) => {
    const person = newPerson();
    await logIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/usuarios");
    await createEditor(page, person);
    // With a form and a confirmation open, the most crowded state of a card.
    const card = accountCard(page, person.name);
    await card.getByRole("button", { name: "Cambiar rol o dependencias" }).click();
    await expect(
      card.getByRole("form", { name: `Rol y dependencias de ${person.name}` }),
    ).toBeVisible();
    await expect(card.getByLabel("Secretaría de Planeación")).toBeChecked();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(blocking).toEqual([]);
  });
});
