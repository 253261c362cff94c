import { DATA_CONSENT_VERSION } from "@lab/domain/participant-signup";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { blockingViolations } from "./axe";
import { ADMIN, createWorkshopHere, logIn, trpcCall } from "./workspace";

// The moderators' console of a workshop's live board (/admin/talleres/{slug}/sala): the join
// code and links, opening the session and a question, what participants do arriving through
// the event stream (joins, notes, raised hands, dots), the floor with its countdown, grouping
// and hiding notes, a dot-voting round, and closing the session (notes → contributions, joins
// → attendance) after a dialog that says so; staff only. Participants act through the board's
// procedures (their pages are not what this spec is about).

/** A tRPC mutation in the page's session (superjson, as the browser sends it); its answer. */
const call = <T = unknown>(page: Page, path: string, input: unknown) =>
  trpcCall<T>(page.request, path, input);

/** A new workshop with one question, made through the admin pages; its slug. */
async function createWorkshop(page: Page, title: string, question: string): Promise<string> {
  await page.goto("/admin/talleres/nuevo");
  const slug = await createWorkshopHere(page, {
    title,
    start: "2026-12-10T09:00",
    place: "Sala virtual",
    objective: "Priorizar retos de la ciudad.",
  });
  expect(slug).toMatch(/^sala-en-vivo-\d+$/);

  const questions = page.getByRole("form", { name: "Preguntas del taller" });
  await questions.getByRole("button", { name: "Añadir una pregunta" }).click();
  await questions
    .getByRole("group", { name: "Pregunta 1" })
    .getByLabel("Texto de la pregunta")
    .fill(question);
  await questions.getByRole("button", { name: "Guardar preguntas" }).click();
  await expect(questions.getByRole("status")).toHaveText("Preguntas guardadas.");
  return slug;
}

let accounts = 0;

/** A participant's own account (as the sign-up form makes it), signed in, in a new browser. */
async function participant(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  institution: string,
): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
  accounts += 1;
  const email = `sala-${accounts}-${Date.now()}@example.org`;
  const password = "arepa de choclo con queso";
  await call(page, "participants.register", {
    name,
    email,
    password,
    institution: { kind: "new", name: institution, type: "SOCIEDAD_CIVIL" },
    consent: true,
    consentVersion: DATA_CONSENT_VERSION,
  });
  await page.goto("/ingresar?callbackUrl=/");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  // Signed in once the form has taken them home (the login address ends in "/" too).
  await page.waitForURL((url) => url.pathname === "/");
  return page;
}

test("a moderator runs a live session from the console and closes it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `Sala en vivo ${Date.now()}`;
  const question = "¿Qué reto de la ciudad deberíamos priorizar?";
  const stamp = Date.now();
  const ana = await participant(browser, baseURL, "Ana Rincón", `Colectivo Bici ${stamp}`);
  const beto = await participant(browser, baseURL, "Beto Parra", `Veeduría Datos ${stamp}`);
  try {
    await logIn(page, ADMIN);
    const slug = await createWorkshop(page, title, question);

    // From the workshop's page to its console: the board and its code exist from now on.
    await page.getByRole("link", { name: "Sala en vivo (tablero del taller)" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/talleres/${slug}/sala$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sala en vivo: ${title}`);
    const link = page.getByLabel("Enlace para participantes");
    await expect(link).toHaveValue(/^http:\/\/localhost:\d+\/taller\/[A-Z]{6}$/);
    const code = (await link.inputValue()).split("/").at(-1) as string;
    await expect(page.getByText(code, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /Abrir la vista para proyectar/ })).toHaveAttribute(
      "href",
      `/taller/${code}/proyector`,
    );

    const session = page.getByRole("region", { name: "Sesión", exact: true });
    await expect(session.getByText("En vivo", { exact: true })).toBeVisible();
    await expect(session.getByText("En sala de espera (sin abrir)")).toBeVisible();
    // Questions wait for the session.
    const questions = page.getByRole("region", { name: "Preguntas", exact: true });
    await expect(questions.getByRole("button", { name: /Abrir esta pregunta/ })).toHaveCount(0);

    // People join in the lobby (the code as they would type it); the console lists them.
    await call(ana, "board.join", { code: code.toLowerCase() });
    await call(beto, "board.join", { code });
    const people = page.getByRole("region", { name: "Participantes (2)" });
    await expect(people.getByRole("listitem")).toHaveText([
      `Ana Rincón · Colectivo Bici ${stamp}`,
      `Beto Parra · Veeduría Datos ${stamp}`,
    ]);

    await session.getByRole("button", { name: "Abrir sesión" }).click();
    await expect(session.getByText("Sesión abierta", { exact: true })).toBeVisible();
    // The button is gone: keyboard users continue from the panel's heading.
    await expect(session.getByRole("heading", { name: "Sesión" })).toBeFocused();

    // The question becomes the current one, on the questions list and over the notes.
    const item = questions.getByRole("listitem").filter({ hasText: question });
    await item.getByRole("button", { name: /Abrir esta pregunta/ }).click();
    await expect(item.getByText("Pregunta actual")).toBeVisible();
    await expect(item).toHaveAttribute("aria-current", "true");
    const ideas = page.getByRole("region", { name: "Ideas", exact: true });
    await expect(ideas.getByText(question)).toBeVisible();

    // Notes arrive live.
    const bikes = "Ciclorrutas conectadas entre comunas";
    const data = "Datos abiertos de movilidad en tiempo real";
    const { noteId: bikesId } = await call<{ noteId: string }>(ana, "board.postNote", {
      code,
      text: bikes,
      capacityTypes: ["SOCIAL"],
    });
    await call(beto, "board.postNote", { code, text: data, capacityTypes: [] });
    await expect(ideas.getByText(bikes)).toBeVisible();
    await expect(ideas.getByText(data)).toBeVisible();

    // Hands in the order they were raised; the floor with its countdown.
    await call(beto, "board.raiseHand", { code });
    await call(ana, "board.raiseHand", { code });
    const turns = page.getByRole("region", { name: "Turnos para hablar" });
    await expect(turns.getByRole("listitem")).toHaveCount(2);
    await expect(turns.getByRole("listitem").first()).toContainText("Beto Parra");
    await turns.getByRole("button", { name: "Dar la palabra a Beto Parra" }).click();
    await expect(turns.getByText("Tiene la palabra: Beto Parra")).toBeVisible();
    await expect(turns.getByRole("timer", { name: "Tiempo de intervención restante" })).toHaveText(
      /^0[01]:\d\d$/,
    );
    await expect(turns.getByRole("listitem")).toHaveCount(1);
    await turns.getByRole("button", { name: "Terminar turno" }).click();
    await expect(turns.getByText("Nadie tiene la palabra en este momento.")).toBeVisible();
    await turns.getByRole("button", { name: "Quitar de la fila a Ana Rincón" }).click();
    await expect(turns.getByText("Nadie ha levantado la mano.")).toBeVisible();

    // Grouping: a new group with one note, the other moved into it, then renamed.
    await ideas.getByLabel("Seleccionar la idea 1").check();
    const group = ideas.getByRole("form", { name: "Agrupar ideas" });
    await group.getByLabel("Título del grupo").fill("Movilidad");
    await group.getByRole("checkbox", { name: "Social", exact: true }).check();
    await group.getByRole("button", { name: "Agrupar" }).click();
    const cluster = ideas.getByRole("listitem").filter({
      has: page.getByRole("heading", { name: "Movilidad" }),
    });
    await expect(cluster.getByText(bikes)).toBeVisible();
    await expect(ideas.getByText("0 ideas seleccionadas")).toBeVisible();
    await ideas.getByLabel("Seleccionar la idea 2").check();
    const move = ideas.getByRole("form", { name: "Mover a un grupo" });
    await move.getByLabel("Mover las ideas seleccionadas al grupo").selectOption("Movilidad");
    await move.getByRole("button", { name: "Mover al grupo" }).click();
    await expect(cluster.getByText(data)).toBeVisible();
    await expect(cluster.getByText("2 ideas · Social")).toBeVisible();
    await cluster.getByText("Cambiar nombre o tipos").click();
    const rename = cluster.getByRole("form", { name: "Cambiar el grupo «Movilidad»" });
    await rename.getByLabel("Título del grupo").fill("Movilidad sostenible");
    await rename.getByRole("button", { name: "Guardar el grupo" }).click();
    await expect(
      ideas.getByRole("heading", { name: "Movilidad sostenible", level: 4 }),
    ).toBeVisible();

    expect(await blockingViolations(page)).toEqual([]);

    // Hiding a note takes a second click; it leaves every screen.
    await ideas.getByRole("button", { name: "Ocultar la idea 2" }).click();
    await ideas.getByRole("button", { name: "Sí, ocultar la idea 2" }).click();
    await expect(ideas.getByText(data)).toHaveCount(0);

    // A dot-voting round: the allowance is checked; moderators see the dots participants
    // do not while tallies are hidden.
    const voting = page.getByRole("region", { name: "Votación", exact: true });
    const open = voting.getByRole("form", { name: "Abrir una votación" });
    await expect(open.getByLabel("Votos por participante")).toHaveValue("3");
    await open.getByLabel("Votos por participante").fill("25");
    await open.getByRole("button", { name: "Abrir votación" }).click();
    await expect(open.getByText("Como máximo 20 votos por participante.")).toBeVisible();
    await expect(open.getByLabel("Votos por participante")).toBeFocused();
    await open.getByLabel("Votos por participante").fill("4");
    await open.getByLabel("Ocultar resultados hasta cerrar").check();
    await open.getByRole("button", { name: "Abrir votación" }).click();
    await expect(
      voting.getByText(
        "Votación abierta (ronda 1): 4 votos por participante. Resultados ocultos para participantes hasta cerrar.",
      ),
    ).toBeVisible();
    await call(beto, "board.vote", { code, noteId: bikesId });
    await call(ana, "board.vote", { code, noteId: bikesId });
    await expect(voting.getByRole("heading", { name: /Resultados en vivo/ })).toContainText(
      "ocultos para participantes",
    );
    const tally = voting.getByRole("listitem");
    await expect(tally).toHaveCount(1);
    await expect(tally).toContainText("2 votos");
    await expect(tally).toContainText(`Idea 1: ${bikes}`);
    await expect(cluster.getByText("Votos ocultos para participantes")).toBeVisible();
    await voting.getByRole("button", { name: "Cerrar votación" }).click();
    await expect(
      voting.getByText("Votación cerrada (ronda 1): resultados visibles para todos."),
    ).toBeVisible();
    await expect(cluster.getByText("Votos ocultos para participantes")).toHaveCount(0);
    await expect(cluster.getByText("2 votos")).toBeVisible();

    // Closing: a dialog says what happens; cancelling changes nothing.
    await session.getByRole("button", { name: "Cerrar sesión" }).click();
    const dialog = page.getByRole("dialog", { name: "¿Cerrar la sesión?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("se convierten en aportes del taller");
    await expect(dialog).toContainText("(2) quedan en el registro de asistencia");
    expect(await blockingViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancelar" }).click();
    await expect(dialog).toBeHidden();
    await expect(session.getByText("Sesión abierta", { exact: true })).toBeVisible();

    await session.getByRole("button", { name: "Cerrar sesión" }).click();
    await dialog.getByRole("button", { name: "Sí, cerrar la sesión" }).click();
    await expect(dialog).toBeHidden();
    await expect(
      session.getByText("Sesión cerrada: 1 aporte y 2 asistentes registrados."),
    ).toBeVisible();
    await expect(session.getByText("Sesión cerrada", { exact: true })).toBeVisible();
    await expect(session.getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
    await expect(voting.getByRole("form", { name: "Abrir una votación" })).toHaveCount(0);

    // Reloaded, the console still knows the session is over.
    await page.reload();
    await expect(session.getByText("Sesión cerrada", { exact: true })).toBeVisible();
    await expect(session.getByText(/Sus ideas ya son aportes del taller/)).toBeVisible();

    // The results to review: the visible note became a contribution.
    await session
      .getByRole("link", { name: "Revisar los aportes y publicar los resultados del taller" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/talleres/${slug}#aportes$`));
    await expect(page.getByText(bikes).first()).toBeVisible();
  } finally {
    await ana.context().close();
    await beto.context().close();
  }
});

test("only staff may open the console", async ({ browser, baseURL, page }) => {
  await logIn(page, ADMIN);
  const slug = await createWorkshop(page, `Sala en vivo ${Date.now()}`, "¿Con quién se aliaría?");
  const path = `/admin/talleres/${slug}/sala`;

  // Signed out: to the login page.
  const visitor = await (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
  try {
    await visitor.goto(path);
    await expect(visitor).toHaveURL(/\/ingresar/);
  } finally {
    await visitor.context().close();
  }

  // A participant's account is refused.
  const laura = await participant(browser, baseURL, "Laura Gómez", `Nodo Ciudadano ${Date.now()}`);
  try {
    await laura.goto(path);
    await expect(laura.getByRole("heading", { level: 1 })).toHaveText("Sin acceso");
    await expect(laura.getByText(/Abrir sesión|Enlace para participantes/)).toHaveCount(0);
  } finally {
    await laura.context().close();
  }
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the console needs no horizontal scrolling", async ({ page }) => {
    await logIn(page, ADMIN);
    const slug = await createWorkshop(page, `Sala en vivo ${Date.now()}`, "¿Qué priorizamos?");
    await page.goto(`/admin/talleres/${slug}/sala`);
    const session = page.getByRole("region", { name: "Sesión", exact: true });
    await session.getByRole("button", { name: "Abrir sesión" }).click();
    await expect(session.getByText("Sesión abierta", { exact: true })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
