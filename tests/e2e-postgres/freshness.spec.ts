import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { databaseUrl, INSTANCE_A, INSTANCE_B } from "./instances";

const root = join(import.meta.dirname, "../..");
const SLUG = "proyectos-innovacion-publica";
const EDITOR = { email: "editora.e2e@bucaramanga.gov.co", password: "clave-de-prueba-e2e-1" };

test("a value recorded on instance A appears on instance B's already cached public page", async ({
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

  // An editor account, made the way an operator makes one.
  execFileSync(
    join(root, "node_modules/.bin/tsx"),
    [
      "packages/db/src/cli/create-user.ts",
      ...["--email", EDITOR.email, "--role", "EDITOR", "--password", EDITOR.password],
      // The office owning SLUG: an editor edits only its offices' indicators.
      ...["--office", "Secretaría de Planeación"],
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl() }, stdio: "pipe" },
  );

  // The editor works on instance A.
  const onA = await (await browser.newContext({ baseURL: INSTANCE_A })).newPage();
  await onA.goto("/ingresar");
  await onA.getByLabel("Correo electrónico").fill(EDITOR.email);
  await onA.getByLabel("Contraseña").fill(EDITOR.password);
  await onA.getByRole("button", { name: "Ingresar" }).click();
  await expect(onA).toHaveURL(/\/admin$/);
  await onA.goto(`/admin/indicadores/${SLUG}`);
  await onA.getByLabel("Periodo", { exact: true }).fill("2035");
  await onA.getByLabel("Valor", { exact: true }).fill("4.321");
  await onA.getByRole("button", { name: "Guardar valor" }).click();
  await expect(onA.getByRole("status")).toContainText("Valor guardado para el periodo 2035");

  // B hears the change on the bus and forgets its copy. The public cache also expires entries
  // after 60 s; this deadline is well below that, so only the bus can make it pass.
  await expect(async () => {
    await onB.reload();
    await expect(headline).toContainText("4.321", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
