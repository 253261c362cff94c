import { randomInt } from "node:crypto";
import { appendBoardEvent } from "@lab/db/board-events";
import { createPrismaClient } from "@lab/db/client";
import { resolveDatabaseConfig } from "@lab/db/config";
import { generateBoardCode } from "@lab/domain/board";
import { expect, test } from "@playwright/test";
import { databaseUrl, INSTANCE_A, INSTANCE_B } from "./instances";

// The board's event stream over HTTP, two app instances on one database. Events are appended
// from this process straight to the shared database, as a board service of either instance
// would: its announcement reaches both instances, and each serves its own browsers.

type TMessage = {
  id: string;
  event: string;
  data: { id: number; type: string; payload: { text?: string } };
};

/** A minimal Server-Sent Events client (fetch + ReadableStream), as EventSource reads them. */
async function connect(url: string, lastEventId?: string) {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: lastEventId ? { "Last-Event-ID": lastEventId } : {},
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
    texts: () => messages.map((m) => m.data.payload.text),
    close: () => abort.abort(),
  };
}

const prisma = createPrismaClient(
  resolveDatabaseConfig({ ...process.env, DATABASE_URL: databaseUrl() }),
);

test.afterAll(async () => {
  await prisma.$disconnect();
});

async function createBoard() {
  const workshop = await prisma.workshop.create({
    data: {
      slug: `taller-tablero-e2e-${randomInt(1e9)}`,
      title: "Taller de co-creación en vivo",
      startsAt: new Date(),
      objective: "Co-crear ideas",
      purpose: "Probar el tablero",
      projectObjective: "Movilidad",
    },
  });
  return prisma.boardSession.create({
    data: { workshopId: workshop.id, code: generateBoardCode(randomInt), status: "OPEN" },
  });
}

function postNote(sessionId: string, text: string) {
  return prisma.$transaction((tx) =>
    appendBoardEvent(tx, sessionId, {
      type: "note.posted",
      payload: { noteId: text, questionId: null, text, authorName: "Ana", capacityTypes: [] },
    }),
  );
}

test("an unknown board code is a Spanish 404", async () => {
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
});

test("a note appended through one instance reaches browsers on both, and a reconnection gets exactly what it missed", async () => {
  const board = await createBoard();
  // People type codes as they hear them.
  const onB = await connect(`${INSTANCE_B}/api/board/${board.code.toLowerCase()}/events`);
  const onA = await connect(`${INSTANCE_A}/api/board/${board.code}/events`);
  expect(onB.res.status).toBe(200);
  expect(onB.res.headers.get("content-type")).toContain("text/event-stream");
  await expect.poll(() => onB.fields).toContain("retry");

  const first = await postNote(board.id, "Más ciclorrutas");
  await expect.poll(() => onB.texts()).toEqual(["Más ciclorrutas"]);
  await expect.poll(() => onA.texts()).toEqual(["Más ciclorrutas"]);
  expect(onB.messages[0]).toMatchObject({
    id: String(first.id),
    event: "note.posted",
    data: { id: first.id, type: "note.posted" },
  });

  // B's browser loses its connection; two notes are posted meanwhile.
  onB.close();
  await postNote(board.id, "Bus nocturno");
  await postNote(board.id, "Parqueaderos de bicicletas");
  await expect.poll(() => onA.texts()).toHaveLength(3);

  // It reconnects (through either instance) with the last id it received.
  const again = await connect(`${INSTANCE_A}/api/board/${board.code}/events`, String(first.id));
  const byQuery = await connect(
    `${INSTANCE_B}/api/board/${board.code}/events?lastEventId=${first.id}`,
  );
  await expect.poll(() => again.texts()).toEqual(["Bus nocturno", "Parqueaderos de bicicletas"]);
  await expect.poll(() => byQuery.texts()).toEqual(["Bus nocturno", "Parqueaderos de bicicletas"]);

  await postNote(board.id, "Andenes anchos");
  const all = ["Más ciclorrutas", "Bus nocturno", "Parqueaderos de bicicletas", "Andenes anchos"];
  await expect.poll(() => onA.texts()).toEqual(all);
  await expect.poll(() => again.texts()).toEqual(all.slice(1));
  await expect.poll(() => byQuery.texts()).toEqual(all.slice(1));
  for (const client of [onA, again, byQuery]) client.close();
});
