import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { databaseUrl, INSTANCE_A, INSTANCE_B } from "./instances";

const root = join(import.meta.dirname, "../..");
const SLUG = "proyectos-innovacion-publica";
const ADMIN = { email: "admin.e2e@bucaramanga.gov.co", password: "clave-de-prueba-e2e-1" };

/** A tRPC call over HTTP as the browser's client makes it (superjson envelope). */
async function trpc(
  request: APIRequestContext,
  path: string,
  input: unknown,
  method: "GET" | "POST",
): Promise<unknown> {
  const body = JSON.stringify({ json: input });
  const res =
    method === "GET"
      ? await request.get(`/api/trpc/${path}?input=${encodeURIComponent(body)}`)
      : await request.post(`/api/trpc/${path}`, {
          headers: { "content-type": "application/json" },
          data: body,
        });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

test("a value recorded and published on instance A appears on instance B's already cached public page", async ({
  browser,
}) => {
  // B renders the page once (which caches the indicator in B's memory) and again from memory.
  const onB = await (await browser.newContext({ baseURL: INSTANCE_B })).newPage();
  await onB.goto(`/indicadores/${SLUG}`);
  const headline = onB.getByTestId("headline-value");
  await expect(headline).toBeVisible();
  await expect(headline).not.toContainText("4.321");
  await onB.reload();
  await expect(headline).not.toContainText("4.321");

  // An admin account, made the way an operator makes one: editors' values are drafts until
  // an admin publishes them, so here the admin records and publishes.
  execFileSync(
    join(root, "node_modules/.bin/tsx"),
    [
      "packages/db/src/cli/create-user.ts",
      ...["--email", ADMIN.email, "--role", "ADMIN", "--password", ADMIN.password],
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl() }, stdio: "pipe" },
  );

  // The admin signs in on instance A; its tRPC calls carry the session cookie.
  const onA = await (await browser.newContext({ baseURL: INSTANCE_A })).newPage();
  await onA.goto("/ingresar");
  await onA.getByLabel("Correo electrónico").fill(ADMIN.email);
  await onA.getByLabel("Contraseña").fill(ADMIN.password);
  await onA.getByRole("button", { name: "Ingresar" }).click();
  await expect(onA).toHaveURL(/\/admin$/);
  await trpc(
    onA.request,
    "indicators.recordObservation",
    { indicatorSlug: SLUG, period: "2035", value: 4321 },
    "POST",
  );

  // A draft: B's page still does not show it, nor does B's public API, which reads the
  // database on every request.
  await onB.reload();
  await expect(headline).toBeVisible();
  await expect(headline).not.toContainText("4.321");
  const api = await onB.request.get(`/api/v1/indicators/${SLUG}/observations`);
  expect(api.status()).toBe(200);
  const { observations } = (await api.json()) as { observations: { period: string }[] };
  expect(observations.length).toBeGreaterThan(0);
  expect(observations.map((o) => o.period)).not.toContain("2035");

  const { revision } = (await trpc(onA.request, "indicators.workspace", { slug: SLUG }, "GET")) as {
    revision: number;
  };
  await trpc(onA.request, "indicators.publish", { indicatorSlug: SLUG, revision }, "POST");

  // B hears the publication on the bus and forgets its copy. The public cache also expires
  // entries after 60 s; this deadline is well below that, so only the bus can make it pass.
  await expect(async () => {
    await onB.reload();
    await expect(headline).toContainText("4.321", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
