import { expect, test } from "@playwright/test";
import { logIn, mutate, type TAccount } from "./workspace";

// A column that mixes numbers with other values is loaded as text, and the loader says why.
// That note is the loader's, not the publisher's description: the admin dictionary shows it
// beside the column's description field (left empty, and the quality score still asks for
// it), and the public dictionary shows it beside the column's type. The dataset is new on
// every run, so the seeded ones other specs read stay as they are.

const TIC: TAccount = { email: "tic@demo.bucaramanga.gov.co", password: "demo-tic-2024" };

const NOTE =
  "Se cargó como texto: 2 de 3 valores son números enteros, pero otros no, como «N/A» (fila 3).";

test("the loader's note on a column's type shows in both dictionaries, apart from its description", async ({
  page,
  browser,
  baseURL,
}) => {
  const SLUG = `asistencia-por-comuna-${Date.now()}`;
  await logIn(page, TIC);
  await mutate(page, "datasets.create", {
    slug: SLUG,
    title: `Asistencia por comuna ${SLUG.slice(-6)}`,
    description: "Asistentes a las jornadas del laboratorio por comuna, con valores sin dato.",
    theme: "gobierno-y-participacion",
    keywords: ["asistencia"],
    contactName: "Oficina TIC",
    contactEmail: "datosabiertos@bucaramanga.gov.co",
    updateFrequency: "ANNUAL",
  });
  await page.goto(`/admin/datos/${SLUG}`);
  const upload = page.getByRole("region", { name: "Cargar una versión nueva" });
  await upload.getByLabel("Archivo (CSV o Excel .xlsx)").setInputFiles({
    name: "asistencia.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Comuna,Asistentes\nNorte,12\nSur,N/A\nCentro,8\n", "utf8"),
  });
  await upload.getByRole("button", { name: "Cargar nueva versión" }).click();
  await expect(upload.getByRole("status")).toContainText("Versión 1 cargada", { timeout: 30_000 });

  const dictionary = page.getByRole("region", { name: "Diccionario de datos" });
  const description = dictionary.getByLabel("Descripción de «Asistentes»");
  await expect(description).toHaveValue("");
  await expect(description).toHaveAccessibleDescription(new RegExp(NOTE.replace(/[()]/g, "\\$&")));
  await expect(dictionary.getByText(NOTE)).toBeVisible();

  const versions = page.getByRole("region", { name: "Versiones" });
  await versions.getByRole("button", { name: "Publicar la versión 1" }).click();
  await versions.getByRole("button", { name: "Sí, publicar la versión 1" }).click();
  await expect(versions.getByRole("status")).toContainText("Versión 1 publicada");
  // The note is no description: the score asks for one.
  await expect(page.getByRole("region", { name: "Calidad de los datos" })).toContainText(
    "«Comuna», «Asistentes»",
  );

  const visitor = await (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
  await visitor.goto(`/datos/${SLUG}`);
  const row = visitor.getByRole("row", { name: /^Asistentes/ });
  await expect(row.getByRole("cell").nth(1)).toContainText(`Texto${NOTE}`);
  await expect(row).toContainText("Sin descripción");
});
