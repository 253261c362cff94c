import { expect, type Page, test } from "@playwright/test";
import { createBoard, PASSWORD, phone, QUESTION, registerParticipant } from "./board-support";
import { ADMIN, signedIn } from "./workspace";

// Issue #8's whole session with three people in three browsers: the moderator in the
// console, Ana who creates her account from the board's link on her phone, and Beto who
// already has one. Everything goes through the pages: joining by code, signing up, the lobby,
// the board appearing when the session opens, notes reaching the other screens, a raised hand
// and the floor with the same countdown everywhere, a dot-voting round, the closing, and the
// workshop's published results holding the notes and the attendance.

/** The seconds a countdown shows ("00:27" → 27). */
async function secondsOn(page: Page): Promise<number> {
  const text =
    (await page
      .getByRole("region", { name: "Turno de palabra" })
      .getByRole("timer")
      .textContent()) ?? "";
  const [minutes, seconds] = text.split(":").map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

test("a moderated session with two participants, from the join link to the published results", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const moderator = await signedIn(browser, baseURL, ADMIN);
  const board = await createBoard(moderator, { secondsPerIntervention: 120 });
  const beto = await registerParticipant(moderator.request, "Beto Parra");
  const stamp = Date.now();
  const anaInstitution = `Colectivo Bici Bucaramanga ${stamp}`;
  const ana = await phone(browser, baseURL);
  const betoPhone = await phone(browser, baseURL);
  const here = `/taller/${board.code}`;
  try {
    // The moderator opens the room: the code and link to share in the meeting chat.
    await moderator.goto(`/admin/talleres/${board.slug}/sala`);
    await expect(moderator.getByLabel("Enlace para participantes")).toHaveValue(
      `${baseURL}${here}`,
    );
    const session = moderator.getByRole("region", { name: "Sesión", exact: true });

    // Ana types the code she heard and creates her account on her phone.
    await ana.goto("/taller");
    await ana.getByLabel("Código del taller").fill(board.code.toLowerCase());
    await ana.getByRole("button", { name: "Entrar al taller" }).click();
    await ana.getByRole("main").getByRole("link", { name: "Crear cuenta" }).click();
    const signup = ana.getByRole("form", { name: "Crear cuenta de participante" });
    await signup.getByLabel("Nombre completo").fill("Ana Rincón");
    await signup.getByLabel("Correo electrónico").fill(`ana-${stamp}@example.org`);
    await signup.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
    await signup.getByLabel("Mi institución no está en la lista").check();
    await signup.getByLabel("Institución", { exact: true }).fill(anaInstitution);
    await signup.getByLabel("Tipo de institución").selectOption({ label: "Sociedad civil" });
    await signup.getByLabel("Autorizo el tratamiento de mis datos personales").check();
    await signup.getByRole("button", { name: "Crear mi cuenta" }).click();
    // Back on the board's lobby, signed in and seated.
    await expect(ana).toHaveURL(new RegExp(`${here}$`));
    await expect(ana.getByText("Esperando a que el equipo moderador abra la sesión")).toBeVisible();
    await expect(ana.getByRole("region", { name: "Agenda del día" })).toBeVisible();

    // Beto follows the link and signs in with his account.
    await betoPhone.goto(here);
    await betoPhone.getByRole("main").getByRole("link", { name: "Ingresar", exact: true }).click();
    await betoPhone.getByLabel("Correo electrónico").fill(beto.email);
    await betoPhone.getByLabel("Contraseña").fill(PASSWORD);
    await betoPhone.getByRole("button", { name: "Ingresar" }).click();
    await expect(betoPhone).toHaveURL(new RegExp(`${here}$`));
    await expect(betoPhone.getByText("Esperando a que el equipo moderador")).toBeVisible();

    const people = moderator.getByRole("region", { name: "Participantes (2)" });
    await expect(people.getByRole("listitem")).toHaveText([
      `Ana Rincón · ${anaInstitution}`,
      /^Beto Parra · Colectivo Beto Parra/,
    ]);

    // The moderator opens the session and the question: both phones change by themselves.
    await session.getByRole("button", { name: "Abrir sesión" }).click();
    for (const p of [ana, betoPhone]) {
      await expect(p.getByText("Espere la primera pregunta.")).toBeVisible();
    }
    const questions = moderator.getByRole("region", { name: "Preguntas", exact: true });
    await questions.getByRole("button", { name: /Abrir esta pregunta/ }).click();
    for (const p of [ana, betoPhone]) await expect(p.getByText(QUESTION)).toBeVisible();

    // Notes travel to the other screens.
    const anaIdea = "Ciclorrutas conectadas entre comunas";
    const betoIdea = "Datos abiertos de movilidad en tiempo real";
    const post = async (p: Page, text: string) => {
      const form = p.getByRole("form", { name: "Enviar una idea" });
      await form.getByLabel("Su idea").fill(text);
      await form.getByRole("button", { name: "Publicar idea" }).click();
      await expect(form.getByRole("status")).toHaveText("Su idea quedó en el tablero.");
    };
    await post(ana, anaIdea);
    await post(betoPhone, betoIdea);
    const notesOf = (p: Page) => p.getByRole("region", { name: /Ideas de esta pregunta/ });
    await expect(notesOf(betoPhone).getByText(anaIdea)).toBeVisible();
    await expect(notesOf(ana).getByText(betoIdea)).toBeVisible();
    const ideas = moderator.getByRole("region", { name: "Ideas", exact: true });
    await expect(ideas.getByText(anaIdea)).toBeVisible();
    await expect(ideas.getByText(betoIdea)).toBeVisible();

    // Beto raises his hand; the moderator gives him the floor; both phones count down the
    // same seconds, from the server's clock.
    const betoFloor = betoPhone.getByRole("region", { name: "Turno de palabra" });
    await betoFloor.getByRole("button", { name: "Levantar la mano" }).click();
    await expect(betoFloor.getByText("Usted es el 1.º en la fila.")).toBeVisible();
    await expect(ana.getByRole("region", { name: "Turno de palabra" })).toContainText("Beto Parra");
    const turns = moderator.getByRole("region", { name: "Turnos para hablar" });
    await turns.getByRole("button", { name: "Dar la palabra a Beto Parra" }).click();
    await expect(betoFloor.getByText("Usted tiene la palabra", { exact: true })).toBeVisible();
    await expect(ana.getByRole("region", { name: "Turno de palabra" })).toContainText("Beto Parra");
    await expect(betoFloor.getByRole("timer")).toHaveText(/^0[12]:\d\d$/);
    const [onBeto, onAna] = [await secondsOn(betoPhone), await secondsOn(ana)];
    expect(onBeto).toBeLessThanOrEqual(120);
    expect(Math.abs(onBeto - onAna)).toBeLessThanOrEqual(1);
    await turns.getByRole("button", { name: "Terminar turno" }).click();
    await expect(betoFloor.getByText("Usted tiene la palabra", { exact: true })).toHaveCount(0);

    // A dot-voting round: Ana votes for Beto's idea; Beto sees the dot.
    const voting = moderator.getByRole("region", { name: "Votación", exact: true });
    const open = voting.getByRole("form", { name: "Abrir una votación" });
    await open.getByLabel("Votos por participante").fill("2");
    await open.getByRole("button", { name: "Abrir votación" }).click();
    await expect(notesOf(ana).getByText("Votación abierta. Le quedan 2 votos.")).toBeVisible();
    const betoCard = notesOf(ana).getByRole("article").filter({ hasText: betoIdea });
    await betoCard.getByRole("button", { name: "Votar" }).click();
    await expect(notesOf(ana).getByText("Votación abierta. Le queda 1 voto.")).toBeVisible();
    await expect(
      notesOf(betoPhone)
        .getByRole("article")
        .filter({ hasText: betoIdea })
        .getByText("1 voto", { exact: true }),
    ).toBeVisible();
    await voting.getByRole("button", { name: "Cerrar votación" }).click();

    // Closing: notes → contributions, joins → attendance.
    await session.getByRole("button", { name: "Cerrar sesión" }).click();
    await moderator
      .getByRole("dialog", { name: "¿Cerrar la sesión?" })
      .getByRole("button", { name: "Sí, cerrar la sesión" })
      .click();
    await expect(
      session.getByText("Sesión cerrada: 2 aportes y 2 asistentes registrados."),
    ).toBeVisible();
    for (const p of [ana, betoPhone]) {
      await expect(
        p.getByRole("heading", { name: "La sesión terminó. Gracias por participar" }),
      ).toBeVisible();
    }

    // The staff publish the results; the public page holds the notes and the attendance.
    await moderator.goto(`/admin/talleres/${board.slug}`);
    await moderator.getByRole("button", { name: "Publicar resultados" }).click();
    await moderator.getByRole("button", { name: "Confirmar publicación" }).click();
    await expect(moderator.getByText(/Resultados publicados\. Los indicadores/)).toBeVisible();

    const citizen = await (await browser.newContext({ baseURL, locale: "es-CO" })).newPage();
    try {
      await citizen.goto(`/talleres/${board.slug}`);
      const results = citizen.getByRole("region", { name: "Socialización de resultados" });
      await expect(results.getByText(anaIdea)).toBeVisible();
      await expect(results.getByText(betoIdea)).toBeVisible();
      await expect(
        results.getByRole("listitem").filter({ hasText: betoIdea }).getByText("1 voto"),
      ).toBeVisible();
      // The attendance register: two people who joined, from their two institutions.
      await expect(
        results
          .locator("dl div")
          .filter({ hasText: "Personas asistentes" })
          .getByRole("definition"),
      ).toHaveText("2");
      // (Each institution is named in the list of participants and beside its contribution.)
      await expect(results.getByText(anaInstitution).first()).toBeVisible();
      await expect(results.getByText(/^Colectivo Beto Parra/).first()).toBeVisible();
      // People are counted, never named (Ley 1581).
      await expect(results).not.toContainText("Ana Rincón");
      await expect(results).not.toContainText(beto.email);
    } finally {
      await citizen.context().close();
    }
  } finally {
    for (const p of [ana, betoPhone, moderator]) await p.context().close();
  }
});
