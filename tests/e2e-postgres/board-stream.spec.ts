import { randomInt } from "node:crypto";
import { createPrismaClient } from "@lab/db/client";
import { resolveDatabaseConfig } from "@lab/db/config";
import { createUser } from "@lab/db/users";
import { generateBoardCode } from "@lab/domain/board";
import { expect, test } from "@playwright/test";
// The same sign-in and tRPC-over-HTTP steps the benchmarks use.
import { signIn, trpc } from "../../bench/lib/http-session.mjs";
import { databaseUrl, INSTANCE_A, INSTANCE_B } from "./instances";

// The board over HTTP, two app instances on one database, as behind a load balancer: members
// sign in and post through one instance and follow the stream through the other.

type TMessage = {
  id: string;
  event: string;
  data: { id: number; type: string; payload: { text?: string } };
};

/** A minimal Server-Sent Events client (fetch + ReadableStream), as EventSource reads them. */
async function connect(url: string, options: { cookie: string; lastEventId?: string }) {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: {
      cookie: options.cookie,
      ...(options.lastEventId ? { "Last-Event-ID": options.lastEventId } : {}),
    },
    signal: abort.signal,
  });
  const messages: TMessage[] = [];
  const fields: string[] = [];
  if (res.body) {
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const message: Record<string, string> = {};
            for (const line of block.split("\n")) {
              const colon = line.indexOf(":");
              const name = line.slice(0, colon);
              fields.push(name === "" ? "comment" : name);
              if (name) message[name] = line.slice(colon + 1).trimStart();
            }
            if (message.data) {
              messages.push({
                id: message.id ?? "",
                event: message.event ?? "message",
                data: JSON.parse(message.data),
              });
            }
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  return {
    res,
    messages,
    fields,
    texts: () => messages.filter((m) => m.event === "note.posted").map((m) => m.data.payload.text),
    close: () => abort.abort(),
  };
}

const prisma = createPrismaClient(
  resolveDatabaseConfig({ ...process.env, DATABASE_URL: databaseUrl() }),
);

test.afterAll(async () => {
  await prisma.$disconnect();
});

const PASSWORD = "contraseña-del-tablero-2026";
let people = 0;

/** A participant account on the shared database, signed in through `base`: its cookie. */
async function participant(base: string, name: string) {
  people += 1;
  const email = `tablero-${people}-${randomInt(1e9)}@example.org`;
  const user = await createUser(prisma, { email, name, role: "PARTICIPANT", password: PASSWORD });
  return { id: user.id, cookie: (await signIn(base, email, PASSWORD)) as string };
}

/** An open board whose first question is current. */
async function createBoard() {
  const workshop = await prisma.workshop.create({
    data: {
      slug: `taller-tablero-e2e-${randomInt(1e9)}`,
      title: "Taller de co-creación en vivo",
      startsAt: new Date(),
      objective: "Co-crear ideas",
      purpose: "Probar el tablero",
      projectObjective: "Movilidad",
      questions: { create: { order: 1, text: "¿Qué le falta a la movilidad?" } },
    },
    select: { id: true, questions: { select: { id: true } } },
  });
  return prisma.boardSession.create({
    data: {
      workshopId: workshop.id,
      code: generateBoardCode(randomInt),
      status: "OPEN",
      currentQuestionId: workshop.questions[0]?.id ?? null,
    },
  });
}

/** A member of the board: joined through `base`, with its stream opened there. */
async function member(base: string, code: string, name: string) {
  const person = await participant(base, name);
  await trpc(base, person.cookie, "board.join", { code });
  return person;
}

const post = (base: string, cookie: string, code: string, text: string) =>
  trpc(base, cookie, "board.postNote", { code, text }) as Promise<{ noteId: string }>;

test("an unknown board code is a Spanish 404, and a stranger may not follow a board", async () => {
  const res = await fetch(`${INSTANCE_A}/api/board/ZZZZZZ/events`);
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({
    error: {
      code: "NOT_FOUND",
      message: "No encontramos un taller en vivo con ese código. Revíselo e intente de nuevo.",
    },
  });
  const bad = await fetch(`${INSTANCE_A}/api/board/ZZZZZZ/events?lastEventId=x`);
  expect(bad.status).toBe(400);

  const board = await createBoard();
  const anonymous = await fetch(`${INSTANCE_B}/api/board/${board.code}/events`);
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toMatchObject({
    error: { message: "Ingrese con su cuenta para seguir el tablero del taller." },
  });
  const stranger = await participant(INSTANCE_A, "Persona sin asiento");
  const refused = await connect(`${INSTANCE_A}/api/board/${board.code}/events`, {
    cookie: stranger.cookie,
  });
  expect(refused.res.status).toBe(403);
});

test("a note posted through one instance reaches members on both, and a reconnection gets exactly what it missed", async () => {
  const board = await createBoard();
  const ana = await member(INSTANCE_A, board.code, "Ana");
  const beto = await member(INSTANCE_B, board.code, "Beto");
  const carla = await member(INSTANCE_A, board.code, "Carla");
  const dario = await member(INSTANCE_B, board.code, "Darío");
  // People type codes as they hear them.
  const onB = await connect(`${INSTANCE_B}/api/board/${board.code.toLowerCase()}/events`, {
    cookie: beto.cookie,
  });
  const onA = await connect(`${INSTANCE_A}/api/board/${board.code}/events`, { cookie: ana.cookie });
  expect(onB.res.status).toBe(200);
  expect(onB.res.headers.get("content-type")).toContain("text/event-stream");
  await expect.poll(() => onB.fields).toContain("retry");

  // Ana posts through instance A; Beto, on instance B, receives it.
  const first = await post(INSTANCE_A, ana.cookie, board.code, "Más ciclorrutas");
  await expect.poll(() => onB.texts()).toEqual(["Más ciclorrutas"]);
  await expect.poll(() => onA.texts()).toEqual(["Más ciclorrutas"]);
  const firstMessage = onB.messages.find((m) => m.event === "note.posted");
  expect(firstMessage?.data.payload).toMatchObject({ noteId: first.noteId, authorName: "Ana" });

  // B's browser loses its connection; two notes are posted meanwhile, one through each.
  onB.close();
  await post(INSTANCE_A, carla.cookie, board.code, "Bus nocturno");
  await post(INSTANCE_B, dario.cookie, board.code, "Parqueaderos de bicicletas");
  await expect.poll(() => onA.texts()).toHaveLength(3);

  // It reconnects (through either instance) with the last id it received.
  const lastSeen = firstMessage?.id ?? "";
  const again = await connect(`${INSTANCE_A}/api/board/${board.code}/events`, {
    cookie: beto.cookie,
    lastEventId: lastSeen,
  });
  const byQuery = await connect(
    `${INSTANCE_B}/api/board/${board.code}/events?lastEventId=${lastSeen}`,
    { cookie: beto.cookie },
  );
  await expect.poll(() => again.texts()).toEqual(["Bus nocturno", "Parqueaderos de bicicletas"]);
  await expect.poll(() => byQuery.texts()).toEqual(["Bus nocturno", "Parqueaderos de bicicletas"]);

  // The limit holds across instances: Ana's second note within 3 s is refused on B too.
  const tooSoon = await fetch(`${INSTANCE_B}/api/trpc/board.postNote`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: ana.cookie },
    body: JSON.stringify({ json: { code: board.code, text: "Otra idea ya" } }),
  });
  expect(tooSoon.status).toBe(429);
  expect(await tooSoon.text()).toContain("Espere unos segundos antes de enviar otra idea.");

  await post(INSTANCE_B, beto.cookie, board.code, "Andenes anchos");
  const all = ["Más ciclorrutas", "Bus nocturno", "Parqueaderos de bicicletas", "Andenes anchos"];
  await expect.poll(() => onA.texts()).toEqual(all);
  await expect.poll(() => again.texts()).toEqual(all.slice(1));
  await expect.poll(() => byQuery.texts()).toEqual(all.slice(1));
  for (const client of [onA, again, byQuery]) client.close();
});
