import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { EDITOR, logIn, mutate, signedIn } from "./workspace";

// A citizen reads lesson 2, answers its quiz (wrong, then right) and finds the progress kept;
// a signed-in reader's progress follows their account; the lesson prints without answers and
// passes the same accessibility check as the dashboard.

const LESSON = "/lecciones/laboratorios-de-innovacion-publica";
const TITLE = "Laboratorios de innovación pública";
// The seed's first question (packages/db/src/seed/lesson-content/laboratorios-de-innovacion-publica.ts).
const WRONG = "Hacer experimentos científicos con batas y tubos de ensayo";
const RIGHT = "Incrementar el valor público con colaboración y participación colectiva";
const STORAGE_KEY = "lab.lecciones.v1";

/** The quiz question whose legend starts "Pregunta {n} de …". */
function question(page: Page, n: number): Locator {
  return page
    .locator(".quiz-question")
    .filter({ has: page.getByRole("group", { name: new RegExp(`^Pregunta ${n} de `) }) });
}

async function answer(page: Page, n: number, option: string) {
  const q = question(page, n);
  await q.getByRole("radio", { name: option }).check();
  await q.getByRole("button", { name: "Comprobar" }).click();
  return q;
}

function lessonCard(page: Page) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE }) });
}

test("a citizen reads lesson 2, answers wrong then right, and finds the progress after a reload", async ({
  page,
  context,
}) => {
  await page.goto("/lecciones");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lecciones de cultura del dato");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
    "Innovación pública",
    "Cultura del dato",
  ]);
  await expect(lessonCard(page).getByTestId(/^lesson-status-/)).toHaveText(/Sin leer/);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText("Revisada el").first()).toBeVisible();

  // The live element shows the value the dashboard publishes, not a copy written in the text.
  const dashboard = await context.newPage();
  await dashboard.goto("/indicadores/laboratorios-innovacion-publica-total");
  const published = (await dashboard.getByTestId("headline-value").textContent()) ?? "";
  expect(published).toMatch(/\d/);
  await dashboard.close();
  const total = page
    .getByTestId("lesson-indicator")
    .filter({ has: page.getByRole("link", { name: /innovación pública \(total\)/ }) });
  await expect(total.getByTestId("lesson-indicator-value")).toHaveText(published);

  // The lesson's related data, to practise with, links to the indicator and dataset pages.
  const related = page.getByRole("region", { name: "Datos de la plataforma para practicar" });
  await expect(related.getByRole("link", { name: /innovación pública \(total\)/ })).toHaveAttribute(
    "href",
    "/indicadores/laboratorios-innovacion-publica-total",
  );
  await expect(related.getByRole("link")).toHaveCount(4);

  const first = await answer(page, 1, WRONG);
  await expect(first.getByText("Todavía no.")).toBeVisible();
  await expect(first.getByText(/se refiere al método/)).toBeVisible();
  await answer(page, 1, RIGHT);
  await expect(first.getByText("¡Correcto!")).toBeVisible();
  await expect(first.getByText(/Correcto\. Los laboratorios innovan/)).toBeVisible();
  await expect(page.getByTestId("lesson-progress")).toContainText(
    "1 de 3 preguntas bien respondidas",
  );

  await page.reload();
  await expect(question(page, 1).getByText("Ya respondió bien esta pregunta.")).toBeVisible();
  await expect(question(page, 2).getByText("Ya respondió bien esta pregunta.")).toHaveCount(0);
  await expect(page.getByTestId("lesson-progress")).toContainText(
    "1 de 3 preguntas bien respondidas",
  );
  await page.getByRole("button", { name: "Marcar como leída" }).click();
  await expect(page.getByTestId("lesson-progress")).toContainText("Lección leída.");

  await page.goto("/lecciones");
  await expect(lessonCard(page).getByTestId(/^lesson-status-/)).toHaveText(
    "✓ Leída · 1 de 3 preguntas bien respondidas",
  );
  // The next lesson is untouched.
  await expect(page.getByTestId("lesson-status-que-es-la-innovacion-publica")).toHaveText(
    "Sin leer",
  );
});

test("answering every question right marks the lesson read", async ({ page }) => {
  await page.goto(LESSON);
  await answer(page, 1, RIGHT);
  await expect(question(page, 1).getByText("¡Correcto!")).toBeVisible();
  const second = question(page, 2);
  for (const option of [
    "Transparencia",
    "Participación ciudadana",
    "Colaboración entre múltiples actores",
  ]) {
    await second.getByRole("checkbox", { name: option }).check();
  }
  await second.getByRole("button", { name: "Comprobar" }).click();
  await expect(second.getByText("¡Correcto!")).toBeVisible();
  await answer(page, 3, "40");
  await expect(question(page, 3).getByText("¡Correcto!")).toBeVisible();
  await expect(page.getByTestId("lesson-progress")).toContainText(
    "Respondió bien todas las preguntas",
  );
  await expect(page.getByRole("button", { name: "Marcar como leída" })).toHaveCount(0);
});

test("a find-the-value question is checked against the dashboard's live value", async ({
  page,
}) => {
  await page.goto("/lecciones/como-leer-un-indicador");
  const q = question(page, 1);
  await expect(q.getByRole("link", { name: "Busque el dato en el indicador" })).toHaveAttribute(
    "href",
    "/indicadores/laboratorios-innovacion-publica-total",
  );
  const field = q.getByLabel("Su respuesta (un número)");
  await field.fill("70");
  await q.getByRole("button", { name: "Comprobar" }).click();
  await expect(q.getByText(/Todavía no\. Abra el indicador/)).toBeVisible();
  await field.fill("76");
  await q.getByRole("button", { name: "Comprobar" }).click();
  await expect(q.getByText(/Correcto: es el último valor publicado/)).toBeVisible();
});

test("a signed-in reader's progress is kept in the account, with what the browser had before", async ({
  page,
  browser,
  baseURL,
}) => {
  // Before signing in, the browser keeps an answer…
  await page.goto(LESSON);
  await answer(page, 3, "40");
  await expect(question(page, 3).getByText("¡Correcto!")).toBeVisible();
  // …which reaches the account once the reader signs in.
  await logIn(page, EDITOR);
  await page.goto(LESSON);
  await expect(question(page, 3).getByText("Ya respondió bien esta pregunta.")).toBeVisible();
  await expect(page.getByText("Su avance queda guardado en su cuenta.")).toBeVisible();
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))
    .toBe(null);
  await answer(page, 1, RIGHT);
  await expect(question(page, 1).getByText("¡Correcto!")).toBeVisible();
  await expect(page.getByTestId("lesson-progress")).toContainText(
    "2 de 3 preguntas bien respondidas",
  );

  // Another browser, same account: the progress is there, from the server.
  const other = await signedIn(browser, baseURL, EDITOR);
  await other.goto(LESSON);
  await expect(question(other, 1).getByText("Ya respondió bien esta pregunta.")).toBeVisible();
  await expect(question(other, 3).getByText("Ya respondió bien esta pregunta.")).toBeVisible();
  await other.goto("/lecciones");
  await expect(lessonCard(other).getByTestId(/^lesson-status-/)).toHaveText(
    "Sin leer · 2 de 3 preguntas bien respondidas",
  );
  await other.context().close();
});

test("a lesson prints without the site frame, answers, feedback or buttons", async ({ page }) => {
  await page.goto(LESSON);
  const first = await answer(page, 1, WRONG);
  await expect(first.getByText("Todavía no.")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(first.getByRole("group", { name: /^Pregunta 1 de 3/ })).toBeVisible();
  await expect(first.getByText("Todavía no.")).toBeHidden();
  await expect(first.getByText(/se refiere al método/)).toBeHidden();
  await expect(first.getByRole("button", { name: "Comprobar" })).toBeHidden();
  await expect(page.getByTestId("lesson-progress")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Otras lecciones" })).toBeHidden();
  // The chosen option is not marked on paper.
  const chosen = first.getByRole("radio", { name: WRONG });
  expect(await chosen.evaluate((el) => getComputedStyle(el).appearance)).toBe("none");
  await page.emulateMedia({ media: "screen" });
  await expect(first.getByText("Todavía no.")).toBeVisible();
});

async function headingLevels(page: Page) {
  return page
    .locator("main")
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
}

for (const path of ["/lecciones", LESSON, "/lecciones/como-usar-un-conjunto-de-datos"]) {
  test(`${path} has one h1, headings in order and no serious accessibility violations`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.locator("main").waitFor();
    const levels = await headingLevels(page);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i], `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual(
        (levels[i - 1] ?? 1) + 1,
      );
    }
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(blocking).toEqual([]);
  });
}

test("the lesson body shows callouts, the image with its caption and the dataset's first rows", async ({
  page,
}) => {
  await page.goto(LESSON);
  for (const label of ["Nota", "Importante", "Ejemplo"]) {
    await expect(
      page.getByRole("note").filter({ has: page.getByText(label, { exact: true }) }),
    ).toBeVisible();
  }
  await expect(page.getByRole("img", { name: /Gobierno abierto/ })).toBeVisible();
  await expect(page.getByText("Los tres pilares del gobierno abierto")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "En esta lección" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Siguiente lección" })).toHaveAttribute(
    "href",
    "/lecciones/que-es-un-dato-abierto",
  );

  await page.goto("/lecciones/como-usar-un-conjunto-de-datos");
  const preview = page.getByTestId("lesson-dataset");
  await expect(preview.getByRole("table")).toBeVisible();
  await expect(preview.getByRole("row")).toHaveCount(6);
  await expect(
    preview.getByRole("link", { name: "Ver el conjunto de datos completo" }),
  ).toHaveAttribute("href", "/datos/actividades-laboratorio-innovacion-publica");
});

test("a lesson whose dataset is withdrawn still renders, with a note instead of the rows", async ({
  page,
  browser,
  baseURL,
}) => {
  const slug = "actividades-laboratorio-innovacion-publica";
  const publisher = await signedIn(browser, baseURL, {
    email: "tic@demo.bucaramanga.gov.co",
    password: "demo-tic-2024",
  });
  const input = encodeURIComponent(JSON.stringify({ json: { slug } }));
  const answer = await publisher.request.get(`/api/trpc/datasets.bySlug?input=${input}`);
  const current: number = (await answer.json()).result.data.json.version.number;
  await mutate(publisher, "datasets.unpublish", { slug });
  try {
    await page.goto("/lecciones/como-usar-un-conjunto-de-datos");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Cómo usar un conjunto de datos abiertos",
    );
    await expect(page.getByText("Este conjunto de datos ya no está publicado.")).toBeVisible();
    await expect(page.getByTestId("lesson-dataset")).toHaveCount(0);
  } finally {
    // Other specs read this dataset: publish the same version again.
    await mutate(publisher, "datasets.rollback", { slug, number: current });
    await publisher.context().close();
  }
  await page.reload();
  await expect(page.getByTestId("lesson-dataset").getByRole("table")).toBeVisible();
});

test("in English the interface is translated and the lesson, written in Spanish, says so", async ({
  page,
}) => {
  await page.goto(`/idioma?lang=en&volver=${encodeURIComponent(LESSON)}`);
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.getByText("Lessons are published in Spanish only.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Check what you learned" })).toBeVisible();
  await expect(page.getByRole("group", { name: /^Question 1 of 3/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check", exact: true })).toHaveCount(3);
  await page.goto("/lecciones");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data culture lessons");
});

test("an unknown lesson is the site's 404", async ({ page }) => {
  const response = await page.goto("/lecciones/no-existe");
  expect(response?.status()).toBe(404);
});
