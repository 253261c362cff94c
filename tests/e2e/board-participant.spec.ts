import { expect, type Page, test } from "@playwright/test";
import { blockingViolations } from "./axe";
import {
  createBoard,
  PASSWORD,
  phone,
  QUESTION,
  RULES,
  registerParticipant,
} from "./board-support";
import { ADMIN, signedIn, trpcCall } from "./workspace";

// The live board as a participant lives it, on a phone: the code typed by hand, signing in,
// the lobby, the board appearing by itself when the moderators open the session, a note
// (and the rate limit's Spanish refusal), raising and lowering the hand, the floor's
// countdown, a vote, the projector in large type, and the closing message. The moderators'
// moves are made by the demo admin through the app's own tRPC endpoint, in a browser of
// their own.

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("an unknown code gets a Spanish 404 page; /taller explains a code that cannot be one", async ({
  page,
}) => {
  const response = await page.goto("/taller/ZZZZZZ");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos ese taller");
  await expect(
    page.getByText("No encontramos un taller en vivo con ese código. Revíselo e intente de nuevo."),
  ).toBeVisible();

  // The page lets the person type it again; a code that cannot be one is explained, not a crash.
  await page.getByLabel("Código del taller").fill("abc");
  await page.getByRole("button", { name: "Entrar al taller" }).click();
  await expect(page).toHaveURL(/\/taller\?codigo=abc$/);
  await expect(page.getByText("El código tiene seis letras, por ejemplo KMTRQX.")).toBeVisible();
  await expect(page.getByLabel("Código del taller")).toHaveAttribute("aria-invalid", "true");
});

test("a participant waits in the lobby, sees the board open by itself, posts notes, raises a hand, speaks and votes; the projector shows it large", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await signedIn(browser, baseURL, ADMIN);
  const board = await createBoard(admin);
  const participant = await registerParticipant(request, "Lucía Pérez");
  const page = await phone(browser, baseURL);
  const here = `/taller/${board.code}`;

  // The code as heard and typed on a phone: lower case, with a space.
  await page.goto("/taller");
  const typed = `${board.code.slice(0, 3)} ${board.code.slice(3)}`.toLowerCase();
  await page.getByLabel("Código del taller").fill(typed);
  await page.getByRole("button", { name: "Entrar al taller" }).click();
  await expect(page).toHaveURL(new RegExp(`${here}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(board.title);
  await expect(page.getByRole("main").getByRole("link", { name: "Crear cuenta" })).toHaveAttribute(
    "href",
    `/registro?callbackUrl=${here}`,
  );
  const signIn = page.getByRole("main").getByRole("link", { name: "Ingresar", exact: true });
  await expect(signIn).toHaveAttribute("href", `/ingresar?callbackUrl=${here}`);

  // Signed in, back on the board: the lobby with the agenda and the workshop's rules.
  await signIn.click();
  await page.getByLabel("Correo electrónico").fill(participant.email);
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(new RegExp(`${here}$`));
  await expect(page.getByRole("status").filter({ hasText: "Esperando" })).toHaveText(
    "Esperando a que el equipo moderador abra la sesión",
  );
  await expect(page.getByText("En vivo", { exact: true })).toBeVisible();
  const agenda = page.getByRole("region", { name: "Agenda del día" });
  await expect(agenda.getByRole("listitem")).toHaveText([
    "Innovación y la cultura del dato — Oficina TIC (20 min)",
    "Explicación del taller",
  ]);
  const rules = page.getByRole("region", { name: "Reglas para el taller" });
  for (const rule of RULES) await expect(rules.getByText(rule.title)).toBeVisible();
  // The reminders strip shows the workshop's rules, not the seed's.
  await expect(page.getByRole("complementary", { name: "Reglas del taller" })).toContainText(
    "Cámara encendida",
  );
  expect(await overflow(page)).toBe(0);
  expect(await blockingViolations(page)).toEqual([]);

  // The moderators open the session: the board replaces the lobby without a reload.
  await trpcCall(admin.request, "boardAdmin.open", { code: board.code });
  await expect(page.getByText("Espere la primera pregunta.")).toBeVisible();
  await expect(page.getByText("Esperando a que el equipo moderador")).toHaveCount(0);
  await trpcCall(admin.request, "boardAdmin.openQuestion", {
    code: board.code,
    questionId: board.questionId,
  });
  await expect(page.getByRole("heading", { name: "Pregunta 1" })).toBeVisible();
  await expect(page.getByText(QUESTION)).toBeVisible();

  // A note: it lands on the board with its author, institution and capacity type.
  const form = page.getByRole("form", { name: "Enviar una idea" });
  const idea = form.getByLabel("Su idea");
  await idea.fill("Podemos prestar el auditorio <b>y</b> los equipos.");
  await expect(form.getByText("50/280 caracteres")).toBeVisible();
  await form.getByRole("checkbox", { name: "Física" }).check();
  await form.getByRole("button", { name: "Publicar idea" }).click();
  await expect(form.getByRole("status")).toHaveText("Su idea quedó en el tablero.");
  const notes = page.getByRole("region", { name: /Ideas de esta pregunta/ });
  const card = notes.getByRole("article").filter({ hasText: "Podemos prestar el auditorio" });
  // Typed markup stays text.
  await expect(card.getByText("Podemos prestar el auditorio <b>y</b> los equipos.")).toBeVisible();
  await expect(card).toContainText("Lucía Pérez · Colectivo Lucía Pérez");
  await expect(card.getByRole("list", { name: "Tipos de capacidad" })).toHaveText("Física");
  await expect(idea).toHaveValue("");

  // A second note at once: the server's limit, in Spanish, and the text is kept.
  await idea.fill("Y también mentorías en datos abiertos.");
  await form.getByRole("button", { name: "Publicar idea" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Espere unos segundos antes de enviar otra idea.",
  );
  await expect(idea).toHaveValue("Y también mentorías en datos abiertos.");

  // Raising and lowering the hand: the viewer's place in the queue, and the queue itself.
  const floor = page.getByRole("region", { name: "Turno de palabra" });
  await floor.getByRole("button", { name: "Levantar la mano" }).click();
  await expect(floor.getByText("Usted es el 1.º en la fila.")).toBeVisible();
  await expect(floor.getByRole("listitem")).toHaveText("Lucía Pérez (usted)");
  await floor.getByRole("button", { name: "Bajar la mano" }).click();
  await expect(floor.getByText("Su mano está abajo.")).toBeVisible();
  await expect(floor.getByText("Nadie ha levantado la mano.")).toBeVisible();
  await floor.getByRole("button", { name: "Levantar la mano" }).click();
  await expect(floor.getByText("Usted es el 1.º en la fila.")).toBeVisible();

  // The floor: a countdown from the question's 15 seconds, then "Tiempo cumplido".
  await trpcCall(admin.request, "boardAdmin.giveFloor", {
    code: board.code,
    userId: participant.id,
  });
  await expect(floor.getByText("Usted tiene la palabra", { exact: true })).toBeVisible();
  await expect(floor.getByRole("timer")).toHaveText(/^00:\d\d$/);
  expect(await overflow(page)).toBe(0);
  expect(await blockingViolations(page)).toEqual([]);

  // The projector, for a moderator: the question, the floor and the note in large type.
  const projector = await admin.context().newPage();
  await projector.goto(`${here}/proyector`);
  const question = projector.getByRole("heading", { level: 1 });
  await expect(question).toHaveText(QUESTION);
  const size = await question.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await expect(projector.getByText(board.code, { exact: true })).toBeVisible();
  await expect(projector.getByText(`${baseURL}${here}`)).toBeVisible();
  await expect(projector.getByText("Tiene la palabra: Lucía Pérez")).toBeVisible();
  await expect(
    projector.getByText("Podemos prestar el auditorio <b>y</b> los equipos."),
  ).toBeVisible();
  expect(await blockingViolations(projector)).toEqual([]);

  // The phone's clock moves on past the end of the turn (the countdown reads the clock, as
  // corrected by the server's): time is up, without waiting 15 real seconds.
  await page.clock.setSystemTime(Date.now() + 20_000);
  await expect(floor.getByText("Tiempo cumplido")).toBeVisible();
  await expect(floor.getByRole("timer")).toHaveText("00:00");

  // Dot-voting: a "Votar" button per note and the votes left.
  await trpcCall(admin.request, "boardAdmin.openVoting", {
    code: board.code,
    votesPerParticipant: 2,
    hiddenTallies: false,
  });
  await expect(notes.getByText("Votación abierta. Le quedan 2 votos.")).toBeVisible();
  await card.getByRole("button", { name: "Votar" }).click();
  await expect(notes.getByText("Votación abierta. Le queda 1 voto.")).toBeVisible();
  await expect(card.getByText("1 voto", { exact: true })).toBeVisible();
  await expect(projector.getByText("1 voto", { exact: true })).toBeVisible();

  // Closing: the thanks and the way to the workshop's page, on the phone and the projector.
  await trpcCall(admin.request, "boardAdmin.close", { code: board.code });
  await expect(
    page.getByRole("heading", { name: "La sesión terminó. Gracias por participar" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Ver la página del taller" })).toHaveAttribute(
    "href",
    `/talleres/${board.slug}`,
  );
  await expect(projector.getByRole("heading", { level: 1 })).toHaveText(
    "La sesión terminó. Gracias por participar",
  );

  await page.context().close();
  await admin.context().close();
});

test("the projector sends visitors who are not signed in to the login page", async ({
  browser,
  baseURL,
  page,
}) => {
  const admin = await signedIn(browser, baseURL, ADMIN);
  const board = await createBoard(admin);
  await admin.context().close();
  await page.goto(`/taller/${board.code}/proyector`);
  await expect(page).toHaveURL(
    new RegExp(`/ingresar\\?callbackUrl=(/|%2F)taller(/|%2F)${board.code}(/|%2F)proyector$`),
  );
});
