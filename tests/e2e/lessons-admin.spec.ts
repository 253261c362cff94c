import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN, EDITOR, logIn, signedIn } from "./workspace";

// Staff write lessons in /admin/lecciones: publishing is refused while the check finds a
// problem, citizens see only what was published, a quiz question written in the editor reaches
// the public lesson, every change is in the audit trail, and two people editing at once never
// lose what they typed. Each test works on lessons of its own, in a module of its own placed
// after the seeded ones, and unpublishes them at the end so the public list stays as seeded.

const IMAGE = "/lecciones/imagenes/ciclo-innovacion-publica.svg";

type TCreated = { page: Page; slugs: string[] };
let created: TCreated | null = null;

/** A tRPC call as the workspace's pages make it (superjson), in the page's session. */
async function call<T>(page: Page, path: string, input: unknown, kind: "query" | "mutation") {
  const response =
    kind === "query"
      ? await page.request.get(
          `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
        )
      : await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).result.data.json as T;
}

/** A module of this test's own, after the seeded ones. */
async function newModule(page: Page): Promise<{ slug: string; title: string }> {
  const title = `Módulo de prueba ${Date.now()}`;
  const { slug } = await call<{ slug: string }>(
    page,
    "lessonAdmin.saveModule",
    { title, description: "Lecciones escritas por las pruebas.", order: 900 },
    "mutation",
  );
  return { slug, title };
}

/** A lesson with objectives, a source and `body`, published as it is. */
async function publishedLesson(page: Page, body: string): Promise<{ slug: string; title: string }> {
  const module = await newModule(page);
  const title = `Lección de prueba ${Date.now()}`;
  const { slug } = await call<{ slug: string }>(
    page,
    "lessonAdmin.create",
    { moduleSlug: module.slug, title },
    "mutation",
  );
  created?.slugs.push(slug);
  const { revision } = await call<{ revision: number }>(
    page,
    "lessonAdmin.bySlug",
    { slug },
    "query",
  );
  const saved = await call<{ revision: number }>(
    page,
    "lessonAdmin.update",
    {
      slug,
      revision,
      moduleSlug: module.slug,
      order: 1,
      content: {
        title,
        summary: "Una lección de prueba.",
        body,
        objectives: ["Comprobar el editor de lecciones"],
        level: "BASICO",
        sources: [{ title: "Guía de prueba", author: "Laboratorio", year: 2024, url: null }],
        lastReviewedAt: "2026-12-01",
      },
    },
    "mutation",
  );
  await call(page, "lessonAdmin.publish", { slug, revision: saved.revision }, "mutation");
  return { slug, title };
}

async function citizenPage(browser: Browser, baseURL: string | undefined) {
  return (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
}

test.beforeEach(async ({ page }) => {
  created = { page, slugs: [] };
});

test.afterEach(async () => {
  // Back to drafts, so later specs read the public lessons as seeded.
  const current = created;
  created = null;
  if (!current) return;
  for (const slug of current.slugs) {
    await current.page.request.post("/api/trpc/lessonAdmin.unpublish", {
      data: { json: { slug } },
    });
  }
});

function editor(page: Page) {
  return page.getByRole("form", { name: "Editar la lección" });
}

function publication(page: Page) {
  return page.getByRole("region", { name: "Publicación" });
}

test("publishing is refused for an image without alt text, and allowed once it has one", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, EDITOR);
  const module = await newModule(page);
  await page.getByRole("link", { name: /Lecciones de cultura del dato/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lecciones");

  const title = `Leer un tablero ${Date.now()}`;
  const create = page.getByRole("form", { name: "Crear una lección" });
  await create.getByLabel("Módulo").selectOption({ label: module.title });
  await create.getByLabel("Título de la lección").fill(title);
  await create.getByRole("button", { name: "Crear lección" }).click();
  await expect(page).toHaveURL(/\/admin\/lecciones\/leer-un-tablero-\d+$/);
  const slug = new URL(page.url()).pathname.split("/").at(-1) as string;
  created?.slugs.push(slug);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);

  const form = editor(page);
  await expect(form.getByLabel("Módulo", { exact: true })).toHaveValue(module.slug);
  await form.getByRole("button", { name: "Añadir un objetivo" }).click();
  await expect(form.getByLabel("Objetivo 1")).toBeFocused();
  await form.getByLabel("Objetivo 1").fill("Reconocer las partes de un tablero");
  await form.getByRole("button", { name: "Añadir una fuente" }).click();
  await form.getByLabel("Título de la obra").fill("Guía de indicadores");
  const body = form.getByLabel("Contenido (Markdown)");
  await body.fill(`## Un tablero\n\nCada tarjeta es un indicador.\n\n![](${IMAGE})\n`);

  // The live check names the line, and the preview already shows the text.
  const problems = page.getByRole("region", { name: "Revisión antes de publicar" });
  await expect(problems).toContainText("Línea 5:");
  await expect(problems).toContainText("texto alternativo");
  await expect(page.getByRole("region", { name: "Vista previa" })).toContainText(
    "Cada tarjeta es un indicador.",
  );

  const panel = publication(page);
  await panel.getByRole("button", { name: "Guardar y publicar" }).click();
  const refusal = panel.getByRole("alert");
  await expect(refusal).toContainText("No se puede publicar todavía");
  await expect(refusal).toContainText("no tiene texto alternativo");
  await expect(panel).toContainText("Borrador");

  // "Ir a la línea 5" selects the image's line in the body.
  await problems.getByRole("button", { name: "Ir a la línea 5" }).click();
  await expect(body).toBeFocused();
  await body.fill(
    `## Un tablero\n\nCada tarjeta es un indicador.\n\n![Tarjetas del tablero con su último valor](${IMAGE})\n`,
  );
  await expect(problems).toContainText("Sin problemas");
  await panel.getByRole("button", { name: "Guardar y publicar" }).click();
  await expect(panel.getByRole("status")).toHaveText(
    "Lección publicada. El sitio público ya muestra esta versión.",
  );
  await expect(panel).toContainText("Publicada");

  const citizen = await citizenPage(browser, baseURL);
  try {
    await citizen.goto(`/lecciones/${slug}`);
    await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(
      citizen.getByRole("img", { name: "Tarjetas del tablero con su último valor" }),
    ).toBeVisible();
  } finally {
    await citizen.context().close();
  }
});

test("staff create a module and edit its description", async ({ page }) => {
  await logIn(page, EDITOR);
  await page.goto("/admin/lecciones");
  const title = `Módulo creado en pantalla ${Date.now()}`;
  const create = page.getByRole("form", { name: "Crear un módulo" });
  await create.getByLabel("Nombre del módulo").fill(title);
  await create.getByLabel("Orden entre los módulos").fill("950");
  await create.getByRole("button", { name: "Crear módulo" }).click();
  await expect(create.getByRole("status")).toHaveText("Módulo creado.");
  const module = page.getByRole("region", { name: `950. ${title}` });
  await expect(module).toContainText("Este módulo aún no tiene lecciones.");

  const toggle = module.getByRole("button", { name: `Editar módulo ${title}` });
  await toggle.click();
  const edit = page.getByRole("form", { name: `Editar el módulo ${title}` });
  await edit.getByLabel("Descripción (opcional)").fill("Lecciones para practicar con los datos.");
  await edit.getByRole("button", { name: "Guardar módulo" }).click();
  await expect(module).toContainText("Lecciones para practicar con los datos.");
  await expect(edit).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test("citizens keep reading the published version until the edits are published", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, EDITOR);
  const { slug, title } = await publishedLesson(page, "## Inicio\n\nVersión uno del texto.\n");
  await page.goto(`/admin/lecciones/${slug}`);
  const form = editor(page);
  await form.getByLabel("Contenido (Markdown)").fill("## Inicio\n\nVersión dos del texto.\n");
  await form.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(form.getByRole("status")).toHaveText("Cambios guardados.");
  await expect(publication(page)).toContainText("Publicada con cambios sin publicar");

  const citizen = await citizenPage(browser, baseURL);
  try {
    await citizen.goto(`/lecciones/${slug}`);
    await expect(citizen.getByText("Versión uno del texto.")).toBeVisible();
    await expect(citizen.getByText("Versión dos del texto.")).toHaveCount(0);

    await publication(page).getByRole("button", { name: "Publicar", exact: true }).click();
    await expect(publication(page).getByRole("status")).toContainText("Lección publicada.");
    await citizen.reload();
    await expect(citizen.getByText("Versión dos del texto.")).toBeVisible();

    await page.goto("/admin/lecciones");
    const item = page.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("Publicada");
    await expect(item).not.toContainText("cambios sin publicar");

    // Withdrawn, it is a draft again and citizens no longer find it.
    await item.getByRole("link", { name: title }).click();
    await publication(page).getByRole("button", { name: "Retirar del sitio público" }).click();
    await publication(page).getByRole("button", { name: "Confirmar: retirar la lección" }).click();
    await expect(publication(page).getByRole("status")).toContainText("retirada del sitio público");
    await expect(publication(page)).toContainText("Borrador");
    const gone = await citizen.goto(`/lecciones/${slug}`);
    expect(gone?.status()).toBe(404);
  } finally {
    await citizen.context().close();
  }
});

test("a quiz question written in the editor reaches the public lesson without its answers", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, EDITOR);
  const { slug } = await publishedLesson(
    page,
    "## Datos\n\nUn dato abierto se puede reutilizar.\n",
  );
  await page.goto(`/admin/lecciones/${slug}`);

  const form = editor(page);
  await form.getByRole("button", { name: "Añadir una pregunta" }).click();
  const question = form.getByRole("group", { name: "Pregunta 1", exact: true });
  await expect(question.getByLabel("Enunciado")).toBeFocused();
  await question.getByLabel("Enunciado").fill("¿Quién puede reutilizar un dato abierto?");
  const right = question.getByRole("group", { name: /^Opción 1/ });
  await right.getByLabel("Texto de la opción").fill("Cualquier persona");
  await expect(right.getByLabel("Es una respuesta correcta")).toBeChecked();
  await right
    .getByLabel("Retroalimentación al elegirla")
    .fill("Sí: la licencia lo permite a todos.");
  const wrong = question.getByRole("group", { name: /^Opción 2/ });

  // Saved with the second option empty: the message is beside it, and the focus on it.
  await form.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(wrong.getByText("Escriba el texto de la opción.")).toBeVisible();
  await expect(wrong.getByLabel("Texto de la opción")).toBeFocused();
  await wrong.getByLabel("Texto de la opción").fill("Solo la Alcaldía");
  await wrong
    .getByLabel("Retroalimentación al elegirla")
    .fill("No: abierto quiere decir para todos.");
  await publication(page).getByRole("button", { name: "Guardar y publicar" }).click();
  await expect(publication(page).getByRole("status")).toContainText("Lección publicada.");

  const citizen = await citizenPage(browser, baseURL);
  try {
    await citizen.goto(`/lecciones/${slug}`);
    await expect(citizen.getByText("¿Quién puede reutilizar un dato abierto?")).toBeVisible();
    await expect(citizen.getByRole("radio", { name: "Cualquier persona" })).toBeVisible();
    await expect(citizen.getByRole("radio", { name: "Solo la Alcaldía" })).toBeVisible();
    // The answers are checked on the server: neither feedback is in the page.
    expect(await citizen.content()).not.toContain("la licencia lo permite a todos");
  } finally {
    await citizen.context().close();
  }
});

test("saving and publishing a lesson show in the audit trail", async ({ page }) => {
  await logIn(page, ADMIN);
  const { slug } = await publishedLesson(page, "## Auditoría\n\nTexto inicial.\n");
  await page.goto(`/admin/lecciones/${slug}`);
  const form = editor(page);
  await form.getByLabel("Resumen").fill("Un resumen nuevo para el historial.");
  await form.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(form.getByRole("status")).toHaveText("Cambios guardados.");
  await publication(page).getByRole("button", { name: "Publicar", exact: true }).click();
  await expect(publication(page).getByRole("status")).toContainText("Lección publicada.");

  await page.goto(`/admin/auditoria?persona=${encodeURIComponent(ADMIN.email)}`);
  const rows = page.getByRole("table", { name: /^Cambios en la plataforma/ }).getByRole("row");
  // Newest first: the publication, then the save naming what changed.
  await expect(rows.nth(1)).toContainText("Publicó una lección");
  await expect(rows.nth(2)).toContainText("Editó una lección (borrador)");
  await expect(rows.nth(2)).toContainText("Resumen");
});

test("a save over someone else's is refused and keeps what was typed", async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, EDITOR);
  const { slug } = await publishedLesson(page, "## Inicio\n\nTexto de partida.\n");
  await page.goto(`/admin/lecciones/${slug}`);

  const other = await signedIn(browser, baseURL, EDITOR);
  try {
    await other.goto(`/admin/lecciones/${slug}`);
    await editor(other).getByLabel("Resumen").fill("Resumen de la otra persona.");
    await editor(other).getByRole("button", { name: "Guardar cambios" }).click();
    await expect(editor(other).getByRole("status")).toHaveText("Cambios guardados.");
  } finally {
    await other.context().close();
  }

  const form = editor(page);
  const mine = "## Inicio\n\nLo que escribí mientras tanto.\n";
  await form.getByLabel("Contenido (Markdown)").fill(mine);
  await form.getByRole("button", { name: "Guardar cambios" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("Otra persona guardó esta lección");
  await expect(alert).toBeFocused();
  await expect(form.getByLabel("Contenido (Markdown)")).toHaveValue(mine);

  await alert
    .getByRole("button", { name: "Cargar la versión guardada sin perder mi texto" })
    .click();
  const theirs = page.getByRole("region", { name: "La versión que guardó la otra persona" });
  await expect(theirs).toContainText("Resumen de la otra persona.");
  await expect(form.getByLabel("Contenido (Markdown)")).toHaveValue(mine);
  await form.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(form.getByRole("status")).toHaveText("Cambios guardados.");

  // Saved as typed (the server trims the ends of every text).
  await page.reload();
  await expect(editor(page).getByLabel("Contenido (Markdown)")).toHaveValue(mine.trim());
});

test("a long body is checked as it is typed, line numbers included", async ({ page }) => {
  await logIn(page, EDITOR);
  const { slug } = await publishedLesson(page, "## Inicio\n\nTexto.\n");
  await page.goto(`/admin/lecciones/${slug}`);
  // About 15,000 characters: more than a query's address may carry.
  const paragraph = "Un párrafo largo sobre cómo se publica un dato abierto en la ciudad. ";
  const lines = [
    "## Inicio",
    "",
    ...Array.from({ length: 200 }, () => paragraph),
    "",
    "![](/x.svg)",
  ];
  await editor(page).getByLabel("Contenido (Markdown)").fill(lines.join("\n"));
  const problems = page.getByRole("region", { name: "Revisión antes de publicar" });
  await expect(problems).toContainText(`Línea ${lines.length}:`);
  await expect(problems).toContainText("texto alternativo");
  await expect(problems).not.toContainText("No pudimos revisar");
});

test("leaving the editor with unsaved changes asks first", async ({ page }) => {
  await logIn(page, EDITOR);
  const { slug } = await publishedLesson(page, "## Inicio\n\nTexto.\n");
  await page.goto(`/admin/lecciones/${slug}`);
  await editor(page).getByLabel("Resumen").fill("Un cambio que aún no se guarda.");

  // Staying on the page (the dialog's "cancel") keeps the edit.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.locator("main").getByRole("link", { name: "Lecciones", exact: true }).click();
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  await expect(page).toHaveURL(new RegExp(`/admin/lecciones/${slug}$`));
  await expect(editor(page).getByLabel("Resumen")).toHaveValue("Un cambio que aún no se guarda.");

  // Once saved, the page is left without asking.
  await editor(page).getByRole("button", { name: "Guardar cambios" }).click();
  await expect(editor(page).getByRole("status")).toHaveText("Cambios guardados.");
  await page.locator("main").getByRole("link", { name: "Lecciones", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/lecciones$/);
  expect(dialogs).toEqual(["beforeunload"]);
});

// The staff's lesson pages as seeded: no serious accessibility problem, and usable on a phone
// without scrolling sideways. The seeded lesson is only opened, never saved.
const STAFF_PAGES = ["/admin/lecciones", "/admin/lecciones/que-es-la-innovacion-publica"];

for (const path of STAFF_PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await logIn(page, EDITOR);
    await page.goto(path);
    await page.locator("main").waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(blocking).toEqual([]);
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
