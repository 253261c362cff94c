import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";

// Steps the workspace specs share: logging in, recording a value through the indicator
// editor, publishing as an admin in a browser of their own (a second person), and calling a
// tRPC mutation directly where the form is not what a spec is about.

export type TAccount = { email: string; password: string };

export const EDITOR: TAccount = {
  email: "editor@demo.bucaramanga.gov.co",
  password: "demo-editor-2024",
};
// account.spec.ts changes this account's password and sets it back; never change it here.
export const ADMIN: TAccount = {
  email: "admin@demo.bucaramanga.gov.co",
  password: "demo-admin-2024",
};

export async function logIn(page: Page, account: TAccount) {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(account.email);
  await page.getByLabel("Contraseña").fill(account.password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A new browser (cookies of its own) signed in as `account`. */
export async function signedIn(browser: Browser, baseURL: string | undefined, account: TAccount) {
  const context = await browser.newContext({ baseURL, locale: "es-CO" });
  const page = await context.newPage();
  await logIn(page, account);
  return page;
}

/** Records a value (saved as a draft) with the editor's "Registrar un valor" form. */
export async function recordValue(
  page: Page,
  value: { year: string; value: string; place?: string; provisional?: boolean },
) {
  const form = page.getByRole("region", { name: "Registrar un valor" });
  await form.getByLabel("Año").selectOption(value.year);
  if (value.place) await form.getByLabel("Lugar").selectOption({ label: value.place });
  await form.getByLabel("Valor", { exact: true }).fill(value.value);
  if (value.provisional) await form.getByLabel("Valor provisional (puede cambiar)").check();
  await form.getByRole("button", { name: "Guardar valor" }).click();
  await expect(form.getByRole("status")).toContainText(
    `Valor guardado como borrador para ${value.year}`,
  );
}

export function publicationPanel(page: Page) {
  return page.getByRole("region", { name: "Estado de publicación" });
}

/** The editor sends the indicator's pending changes for review. */
export async function submitForReview(page: Page) {
  const panel = publicationPanel(page);
  await panel.getByRole("button", { name: "Enviar a revisión" }).click();
  await expect(panel.getByRole("status")).toContainText("Cambios enviados a revisión");
}

/** An admin, in a browser of their own, publishes every pending change of the indicator. */
export async function publishAsAdmin(browser: Browser, baseURL: string | undefined, slug: string) {
  const page = await signedIn(browser, baseURL, ADMIN);
  try {
    await page.goto(`/admin/indicadores/${slug}`);
    const panel = publicationPanel(page);
    await panel.getByRole("button", { name: "Publicar cambios" }).click();
    await panel.getByRole("button", { name: "Confirmar publicación" }).click();
    await expect(panel.getByRole("status")).toContainText("Cambios publicados");
  } finally {
    await page.context().close();
  }
}

/**
 * A tRPC call over HTTP in `request`'s session (superjson envelope, plain JSON values), as the
 * app's forms make it; its answer. Fails the test on anything but a 200.
 */
export async function trpcCall<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
  method: "GET" | "POST" = "POST",
): Promise<T> {
  const response =
    method === "GET"
      ? await request.get(`/api/trpc/${path}`, {
          params: { input: JSON.stringify({ json: input }) },
        })
      : await request.post(`/api/trpc/${path}`, { data: { json: input } });
  const text = await response.text();
  expect(response.status(), `${path}: ${text}`).toBe(200);
  return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
}

/** A tRPC mutation as the workspace's forms send it (superjson), in the page's session. */
export async function mutate(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Fills and sends the "Crear un taller" form of the page (/admin/talleres/nuevo); returns the
 * new workshop's slug once its page is open.
 */
export async function createWorkshopHere(
  page: Page,
  workshop: { title: string; start: string; place: string; objective: string },
): Promise<string> {
  const create = page.getByRole("form", { name: "Crear un taller" });
  await create.getByLabel("Título del taller").fill(workshop.title);
  await create.getByLabel("Inicio (fecha y hora)").fill(workshop.start);
  await create.getByLabel("Lugar", { exact: true }).fill(workshop.place);
  await create.getByLabel("Objetivo del taller").fill(workshop.objective);
  await create.getByLabel("Propósito").fill("Co-crear el laboratorio con sus aliados.");
  await create
    .getByLabel("Objetivo general del proyecto al que sirve")
    .fill("Crear el Laboratorio de Innovación Pública.");
  await create.getByRole("button", { name: "Crear taller" }).click();
  await expect(page).toHaveURL(/\/admin\/talleres\/(?!nuevo$)[a-z0-9-]+$/);
  return new URL(page.url()).pathname.split("/").at(-1) as string;
}
