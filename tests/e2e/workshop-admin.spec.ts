import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { blockingViolations } from "./axe";
import { createWorkshopHere, EDITOR, logIn } from "./workspace";

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
  const slug = await createWorkshopHere(page, {
    title,
    start: "2024-11-20T09:00",
    place: "Centro Cultural del Oriente",
    objective: "Identificar capacidades externas.",
  });
  expect(slug).toMatch(/^taller-de-capacidades-\d+$/);
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

test("staff register people by hand, are told of a repeated email, and correct a registration", async ({
  page,
}) => {
  const title = `Registro a mano ${Date.now()}`;
  await logIn(page, EDITOR);
  await page.goto("/admin/talleres/nuevo");
  await createWorkshopHere(page, {
    title,
    start: "2024-11-21T09:00",
    place: "Centro Cultural del Oriente",
    objective: "Registrar a quienes asisten.",
  });

  // A new registration: saved, listed, and the form empty for the next person.
  const add = page.getByRole("form", { name: "Inscribir a una persona" });
  await add.getByLabel("Nombre completo").fill("Ana Gómez");
  await add.getByLabel("Correo (opcional)").fill("ana.gomez@example.org");
  await add.getByLabel("Institución", { exact: true }).selectOption({ label: UIS });
  await add.getByRole("button", { name: "Inscribir" }).click();
  await expect(add.getByRole("status")).toHaveText("Ana Gómez quedó en el registro.");
  await expect(add.getByLabel("Nombre completo")).toHaveValue("");
  const list = page.getByRole("list", { name: "Personas inscritas" });
  await expect(list.getByRole("heading", { name: "Ana Gómez" })).toBeVisible();

  // The same email again is refused beside the field, naming the registration to correct.
  await add.getByLabel("Nombre completo").fill("Ana María Gómez");
  await add.getByLabel("Correo (opcional)").fill("ana.gomez@example.org");
  await add.getByRole("button", { name: "Inscribir" }).click();
  await expect(add.getByLabel("Correo (opcional)")).toHaveAccessibleDescription(
    /ya está en el registro de este taller: «Ana Gómez» \(Universidad Industrial de Santander/,
  );
  await expect(add.getByLabel("Nombre completo")).toHaveValue("Ana María Gómez");
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // A correction can be abandoned, then made: it closes once saved.
  const correct = list.getByRole("button", { name: "Corregir la inscripción de Ana Gómez" });
  const fix = page.getByRole("form", { name: "Corregir la inscripción de Ana Gómez" });
  await correct.click();
  await fix.getByLabel("Rol o cargo (opcional)").fill("Docente investigadora");
  await fix.getByRole("button", { name: "Cancelar la corrección" }).click();
  await expect(fix).toHaveCount(0);
  await expect(list.getByText("Docente investigadora")).toHaveCount(0);
  await correct.click();
  await fix.getByLabel("Rol o cargo (opcional)").fill("Docente investigadora");
  await fix.getByRole("button", { name: "Guardar corrección" }).click();
  await expect(fix).toHaveCount(0);
  await expect(list.getByText("Docente investigadora")).toBeVisible();
});

test("staff write the specific objectives, are told of an empty one beside it, and citizens read them in order", async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `Objetivos específicos ${Date.now()}`;
  await logIn(page, EDITOR);
  await page.goto("/admin/talleres/nuevo");
  const slug = await createWorkshopHere(page, {
    title,
    start: "2024-11-22T09:00",
    place: "Centro Cultural del Oriente",
    objective: "Acordar los retos del laboratorio.",
  });

  const objectives = page.getByRole("form", { name: "Objetivos específicos" });
  await expect(objectives.getByText("El taller aún no tiene objetivos específicos.")).toBeVisible();
  await objectives.getByRole("button", { name: "Añadir un objetivo" }).click();
  await objectives.getByRole("button", { name: "Añadir un objetivo" }).click();
  const first = objectives.getByRole("group", { name: "Objetivo específico 1" });
  const second = objectives.getByRole("group", { name: "Objetivo específico 2" });
  await first.getByLabel("Objetivo").fill("Identificar las capacidades de los aliados.");
  await objectives.getByRole("button", { name: "Guardar objetivos" }).click();
  await expect(second.getByLabel("Objetivo")).toHaveAccessibleDescription(
    "Escriba el objetivo específico.",
  );
  await second.getByLabel("Objetivo").fill("Priorizar tres retos de ciudad.");
  await objectives.getByRole("button", { name: "Guardar objetivos" }).click();
  await expect(objectives.getByRole("status")).toHaveText("Objetivos específicos guardados.");

  // A citizen, signed out, reads them on the workshop's public record, in the order saved.
  const citizen = await browser.newContext({ baseURL, locale: "es-CO" });
  const record = await citizen.newPage();
  await record.goto(`/talleres/${slug}`);
  const list = record
    .getByRole("heading", { name: "Objetivos específicos" })
    .locator("xpath=following-sibling::ol[1]");
  await expect(list.getByRole("listitem")).toHaveText([
    "Identificar las capacidades de los aliados.",
    "Priorizar tres retos de ciudad.",
  ]);
  await citizen.close();
});

test("staff delete a workshop created by mistake, and are told why one with records stays", async ({
  page,
}) => {
  const title = `Taller por error ${Date.now()}`;
  await logIn(page, EDITOR);

  // The seed workshop took place: its register and results keep it.
  await page.goto("/admin/talleres/bucaramanga-avanza-con-innovacion-2024");
  const seedPanel = page.getByRole("region", { name: "Borrar el taller" });
  await seedPanel.getByRole("button", { name: /^Borrar el taller «/ }).click();
  await seedPanel.getByRole("button", { name: /^Sí, borrar «/ }).click();
  await expect(seedPanel.getByRole("alert")).toContainText(
    /No se puede borrar «.+»: tiene resultados publicados, \d+ personas inscritas/,
  );

  await page.goto("/admin/talleres/nuevo");
  const slug = await createWorkshopHere(page, {
    title,
    start: "2025-03-10T09:00",
    place: "Centro Cultural del Oriente",
    objective: "Un taller creado por error.",
  });
  await page.getByRole("button", { name: `Borrar el taller «${title}»` }).click();
  await page.getByRole("button", { name: "Cancelar" }).click();
  await page.getByRole("button", { name: `Borrar el taller «${title}»` }).click();
  await page.getByRole("button", { name: `Sí, borrar «${title}»` }).click();
  await expect(page).toHaveURL(/\/admin\/talleres\?borrado=1$/);
  await expect(page.getByRole("status").first()).toHaveText("El taller quedó borrado.");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.request.get(`/talleres/${slug}`)).status()).toBe(404);
});
