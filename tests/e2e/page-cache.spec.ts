import { expect, test } from "@playwright/test";
import { publishAsAdmin, recordValue, submitForReview } from "./workspace";

const PAGE = "/indicadores/proyectos-innovacion-publica?vista=tabla";

test("anonymous visitors get cached pages until an admin publishes a change", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  await request.get(PAGE);
  const cached = await request.get(PAGE);
  expect(cached.headers()["x-page-cache"]).toBe("HIT");

  // A signed-in editor records a value; the next anonymous visit renders it afresh.
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill("editor@demo.bucaramanga.gov.co");
  await page.getByLabel("Contraseña").fill("demo-editor-2024");
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  // Pages seen while signed in never come from (or go into) the cache.
  const signedIn = await page.request.get(PAGE);
  expect(signedIn.headers()["x-page-cache"]).toBeUndefined();

  await page.goto("/admin/indicadores/proyectos-innovacion-publica");
  await recordValue(page, { year: "2026", value: "17" });
  await submitForReview(page);

  // A draft changes nothing public: the cached page still serves, without it.
  const unchanged = await request.get(PAGE);
  expect(unchanged.headers()["x-page-cache"]).toBe("HIT");
  expect(await unchanged.text()).not.toContain("2026");

  await publishAsAdmin(browser, baseURL, "proyectos-innovacion-publica");
  const fresh = await request.get(PAGE);
  expect(fresh.headers()["x-page-cache"]).toBe("MISS");
  expect(await fresh.text()).toContain("2026");
});
