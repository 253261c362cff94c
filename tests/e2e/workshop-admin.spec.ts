import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { blockingViolations } from "./axe";
import { EDITOR, logIn } from "./workspace";

// Staff record a workshop and its outcomes, then publish them; a citizen, signed out, reads
// the results page (the capacity map as a table) and downloads the contributions as CSV.

const UIS = "Universidad Industrial de Santander (UIS)";
const TIC = "Oficina TIC";

async function addContribution(
  page: Page,
  contribution: { question: string; text: string; institution: string; capacity: string },
) {
  const form = page.getByRole("form", { name: "Registrar un aporte" });
  await form.getByLabel("Pregunta", { exact: true }).selectOption({ label: contribution.question });
  await form.getByLabel("Aporte", { exact: true }).fill(contribution.text);
  await form
    .getByLabel("Institución que lo aportó")
    .selectOption({ label: contribution.institution });
  await form.getByRole("checkbox", { name: contribution.capacity, exact: true }).check();
  await form.getByRole("button", { name: "Registrar aporte" }).click();
  await expect(form.getByRole("status")).toHaveText("Aporte registrado.");
  await expect(page.getByText(contribution.text, { exact: true })).toBeVisible();
}

test("staff record a workshop's outcomes and publish them; a citizen reads and downloads them", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `Taller de capacidades ${Date.now()}`;
  await logIn(page, EDITOR);
  await page.getByRole("link", { name: /Talleres: agenda, asistencia/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Talleres y sus resultados");
  await page.getByRole("link", { name: "Nuevo taller" }).click();

  // A workshop, with its date in Colombia's time.
  const create = page.getByRole("form", { name: "Crear un taller" });
  await create.getByLabel("Título del taller").fill(title);
  await create.getByLabel("Inicio (fecha y hora)").fill("2024-11-20T09:00");
  await create.getByLabel("Lugar", { exact: true }).fill("Centro Cultural del Oriente");
  await create.getByLabel("Objetivo del taller").fill("Identificar capacidades externas.");
  await create.getByLabel("Propósito").fill("Co-crear el laboratorio con sus aliados.");
  await create
    .getByLabel("Objetivo general del proyecto al que sirve")
    .fill("Crear el Laboratorio de Innovación Pública.");
  await create.getByRole("button", { name: "Crear taller" }).click();
  await expect(page).toHaveURL(/\/admin\/talleres\/taller-de-capacidades-\d+$/);
  const slug = new URL(page.url()).pathname.split("/").at(-1) as string;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Two questions; the first with the default time per intervention.
  const questions = page.getByRole("form", { name: "Preguntas del taller" });
  await questions.getByRole("button", { name: "Añadir una pregunta" }).click();
  await questions.getByRole("button", { name: "Añadir una pregunta" }).click();
  await questions
    .getByRole("group", { name: "Pregunta 1" })
    .getByLabel("Texto de la pregunta")
    .fill("¿Qué capacidades puede aportar su institución?");
  const second = questions.getByRole("group", { name: "Pregunta 2" });
  await second.getByLabel("Texto de la pregunta").fill("¿Con quién se aliaría?");
  await second.getByLabel("Segundos por intervención").fill("5");
  await questions.getByRole("button", { name: "Guardar preguntas" }).click();
  await expect(
    second.getByText("Cada intervención debe durar al menos 15 segundos."),
  ).toBeVisible();
  await second.getByLabel("Segundos por intervención").fill("90");
  await questions.getByRole("button", { name: "Guardar preguntas" }).click();
  await expect(questions.getByRole("status")).toHaveText("Preguntas guardadas.");

  // Contributions from two institutions.
  await addContribution(page, {
    question: "1. ¿Qué capacidades puede aportar su institución?",
    text: "Laboratorios y semilleros de investigación para prototipar.",
    institution: UIS,
    capacity: "Tecnológica",
  });
  await addContribution(page, {
    question: "2. ¿Con quién se aliaría?",
    text: "Datos abiertos de la ciudad y acompañamiento técnico.",
    institution: TIC,
    capacity: "Humana",
  });

  // The capacity map: suggested from the contributions, then completed by hand.
  const map = page.getByRole("form", { name: "Mapa de capacidades" });
  await map.getByRole("button", { name: "Sugerir desde los aportes" }).click();
  await expect(map.getByRole("group", { name: UIS })).toBeVisible();
  await expect(map.getByLabel(`Capacidad tecnológica: nivel (${UIS})`)).toHaveValue("SOME");
  await map.getByLabel(`Capacidad física: nivel (${TIC})`).selectOption({ label: "Fuerte" });
  await map
    .getByLabel(`Capacidad física: qué ofrece (${TIC})`)
    .fill("Salas de la Alcaldía para los talleres.");
  await map.getByRole("button", { name: "Guardar mapa de capacidades" }).click();
  await expect(map.getByRole("status").last()).toHaveText("Mapa de capacidades guardado.");

  // Publishing the results.
  await page.getByRole("button", { name: "Publicar resultados" }).click();
  await page.getByRole("button", { name: "Confirmar publicación" }).click();
  await expect(page.getByText(/Resultados publicados\. Los indicadores/)).toBeVisible();
  await expect(page.getByText("Estado actual: Resultados publicados")).toBeVisible();

  // A citizen, signed out.
  const citizen = await (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
  try {
    await citizen.goto(`/talleres/${slug}`);
    await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(title);
    const heat = citizen.getByRole("table", {
      name: "Capacidades que cada institución puede aportar al laboratorio, por tipo de capacidad",
    });
    await expect(heat).toBeVisible();
    const ticRow = heat.getByRole("row", { name: new RegExp(TIC) });
    await expect(ticRow).toContainText("Fuerte");
    await expect(ticRow).toContainText("Salas de la Alcaldía para los talleres.");
    await expect(
      heat.getByRole("row", { name: /Universidad Industrial de Santander/ }),
    ).toContainText("Alguna");

    const [download] = await Promise.all([
      citizen.waitForEvent("download"),
      citizen.getByRole("link", { name: "Aportes (CSV)" }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv).toContain("Laboratorios y semilleros de investigación para prototipar.");
    expect(csv).toContain(TIC);
  } finally {
    await citizen.context().close();
  }
});

// The staff's workshop pages, as the seed leaves them (the seed workshop has demo outcomes):
// no serious accessibility problem, and usable on a phone without scrolling sideways.
const STAFF_PAGES = [
  "/admin/talleres",
  "/admin/talleres/nuevo",
  "/admin/talleres/instituciones",
  "/admin/talleres/bucaramanga-avanza-con-innovacion-2024",
];

for (const path of STAFF_PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await logIn(page, EDITOR);
    await page.goto(path);
    await page.locator("main").waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });
}

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of STAFF_PAGES) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await logIn(page, EDITOR);
      await page.goto(path);
      await page.locator("main").waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});
