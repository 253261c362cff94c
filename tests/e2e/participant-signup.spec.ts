import { expect, type Page, test } from "@playwright/test";
import { blockingViolations } from "./axe";

// A workshop participant on a phone: from the login page to a new account (institution,
// consent), signed in and back on the page they came from; the refusals in Spanish; logging
// in again later with that account.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const PASSWORD = "arepa de choclo con queso";
// The page itself, not a page whose address merely ends with it (…?callbackUrl=/lecciones).
const LECCIONES = /^[^?]*\/lecciones$/;
const HOME = /^https?:\/\/[^/]+\/$/;
let counter = 0;

function newEmail(): string {
  counter += 1;
  return `participante-${counter}-${Date.now()}@example.org`;
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function session(page: Page) {
  const response = await page.request.get("/api/auth/session");
  return (await response.json()) as { user?: { email: string; name: string; role: string } };
}

async function fillAccount(page: Page, account: { name: string; email: string }) {
  await page.getByLabel("Nombre completo").fill(account.name);
  await page.getByLabel("Correo electrónico").fill(account.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
}

test("a participant creates an account from the login page and lands back, signed in", async ({
  page,
}) => {
  await page.goto("/ingresar?callbackUrl=/lecciones");
  await page.getByRole("link", { name: "Cree su cuenta de participante" }).click();
  await expect(page).toHaveURL(/\/registro\?callbackUrl=%2Flecciones$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Cree su cuenta de participante",
  );

  // Nothing filled in: every field says what it needs, in Spanish, and the first one has focus.
  await page.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(page.getByText("Revise los campos marcados.")).toBeVisible();
  await expect(page.getByText("Escriba su nombre.")).toBeVisible();
  await expect(page.getByText("Escriba un correo electrónico válido.")).toBeVisible();
  await expect(page.getByText("La contraseña debe tener al menos 10 caracteres.")).toBeVisible();
  await expect(
    page.getByText(
      "Elija su institución de la lista, o marque «Mi institución no está en la lista».",
    ),
  ).toBeVisible();
  await expect(
    page.getByText("Para crear la cuenta debe autorizar el tratamiento de sus datos personales."),
  ).toBeVisible();
  await expect(page.getByLabel("Nombre completo")).toBeFocused();
  await expect(page.getByLabel("Nombre completo")).toHaveAttribute("aria-invalid", "true");
  expect(await overflow(page)).toBe(0);
  expect(await blockingViolations(page)).toEqual([]);

  // Autofill knows each field; the consent's whole text is on the page.
  await expect(page.getByLabel("Nombre completo")).toHaveAttribute("autocomplete", "name");
  await expect(page.getByLabel("Correo electrónico")).toHaveAttribute("autocomplete", "email");
  await expect(page.getByLabel("Contraseña", { exact: true })).toHaveAttribute(
    "autocomplete",
    "new-password",
  );
  await expect(page.getByLabel("Institución", { exact: true })).toHaveAttribute(
    "autocomplete",
    "organization",
  );
  const consent = page.getByRole("region", {
    name: "Autorización para el tratamiento de datos personales",
  });
  await expect(consent).toContainText("Ley 1581 de 2012");
  await expect(consent).toContainText("Lo único que se publica es el nombre de mi institución");

  // A common password is refused beside its field.
  const email = newEmail();
  await fillAccount(page, { name: "Laura Gómez", email });
  await page.getByLabel("Contraseña", { exact: true }).fill("Colombia123");
  await page
    .getByLabel("Institución", { exact: true })
    .fill("Universidad Industrial de Santander (UIS)");
  await page.getByLabel("Autorizo el tratamiento de mis datos personales").check();
  await page.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(page.getByText(/de las más usadas/)).toBeVisible();
  await expect(page.getByLabel("Contraseña", { exact: true })).toBeFocused();

  await page.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(page).toHaveURL(LECCIONES);
  expect((await session(page)).user).toMatchObject({
    email,
    name: "Laura Gómez",
    role: "PARTICIPANT",
  });
  // The lessons keep the reader's progress in the account now.
  await page.goto("/lecciones/laboratorios-de-innovacion-publica");
  await expect(page.getByText("Su avance queda guardado en su cuenta.")).toBeVisible();
});

test("a new institution is registered with its type; an email in use is refused", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = newEmail();
  await page.goto("/registro?callbackUrl=/lecciones");
  await fillAccount(page, { name: "Carlos Rueda", email });
  await page.getByLabel("Institución", { exact: true }).fill("Colectivo Cerros Orientales");
  await page.getByLabel("Mi institución no está en la lista").check();
  await expect(page.getByText("Escriba el nombre completo de su institución.")).toBeVisible();
  await page.getByLabel("Autorizo el tratamiento de mis datos personales").check();
  await page.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(page.getByText("Elija el tipo de su institución.")).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
  expect(await overflow(page)).toBe(0);
  await page.getByLabel("Tipo de institución").selectOption({ label: "Sociedad civil" });
  await page.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(page).toHaveURL(LECCIONES);
  expect((await session(page)).user).toMatchObject({ email, role: "PARTICIPANT" });

  // Someone else, in another browser, tries the same email: told to log in instead.
  const context = await browser.newContext({ baseURL, locale: "es-CO" });
  const other = await context.newPage();
  await other.goto("/registro?callbackUrl=/lecciones");
  await fillAccount(other, { name: "Otra persona", email: email.toUpperCase() });
  // The institution just created is now in the list.
  await other.getByLabel("Institución", { exact: true }).fill("colectivo cerros orientales");
  await other.getByLabel("Autorizo el tratamiento de mis datos personales").check();
  await other.getByRole("button", { name: "Crear mi cuenta" }).click();
  const message = `Ya existe una cuenta con el correo ${email}. Si es suya, ingrese con su contraseña.`;
  await expect(other.locator(".field-error", { hasText: message })).toBeVisible();
  await expect(other.getByLabel("Correo electrónico")).toHaveAttribute("aria-invalid", "true");
  await expect(other.getByRole("link", { name: "Ingresar con ese correo" })).toHaveAttribute(
    "href",
    "/ingresar?callbackUrl=%2Flecciones",
  );
  await expect(other).toHaveURL(/\/registro/);
  expect((await session(other)).user).toBeUndefined();
  await context.close();
});

test("a participant logs in later and lands where they were going, never in the workspace", async ({
  page,
}) => {
  const email = newEmail();
  const created = await page.request.post("/api/trpc/participants.register", {
    data: {
      json: {
        name: "Marta Díaz",
        email,
        password: PASSWORD,
        institution: {
          kind: "new",
          name: "Junta de Acción Comunal Provenza",
          type: "SOCIEDAD_CIVIL",
        },
        consent: true,
        consentVersion: "1",
      },
    },
  });
  expect(created.status(), await created.text()).toBe(200);

  await page.goto("/ingresar?callbackUrl=/lecciones");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(LECCIONES);
  expect((await session(page)).user).toMatchObject({ email, role: "PARTICIPANT" });

  // Without a page to return to: the home page, not the workspace that would refuse them.
  await page.context().clearCookies();
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(HOME);
});

test("only paths on this site are kept as the page to return to", async ({ page }) => {
  await page.goto("/ingresar?callbackUrl=https://ejemplo.invalid/robar");
  await expect(page.getByRole("link", { name: "Cree su cuenta de participante" })).toHaveAttribute(
    "href",
    "/registro?callbackUrl=%2F",
  );
  await page.goto("/ingresar?callbackUrl=/.//ejemplo.invalid");
  await expect(page.getByRole("link", { name: "Cree su cuenta de participante" })).toHaveAttribute(
    "href",
    "/registro?callbackUrl=%2F",
  );
  await page.goto("/registro?callbackUrl=//ejemplo.invalid/robar");
  await expect(page.getByRole("link", { name: "Ingrese" })).toHaveAttribute(
    "href",
    "/ingresar?callbackUrl=%2F",
  );
});

test("the sign-up and login buttons wait for the page's script, so an early tap loses nothing", async ({
  request,
}) => {
  // As a slow phone gets the pages before their script runs: the buttons come disabled, so the
  // browser cannot submit the form itself (reloading the page and emptying what was typed).
  for (const [path, label] of [
    ["/registro", "Crear mi cuenta"],
    ["/ingresar", "Ingresar"],
  ] as const) {
    const html = await (await request.get(path)).text();
    const button = new RegExp(`<button type="submit"[^>]*>${label}</button>`).exec(html)?.[0];
    expect(button, path).toBeDefined();
    expect(button, path).toMatch(/\sdisabled(=""|\s|>)/);
  }
});
