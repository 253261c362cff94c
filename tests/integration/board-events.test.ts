import { boardEventsResponse } from "@lab/api/services/board-sse";
import { createBoardStream, type TBoardStream } from "@lab/api/services/board-stream";
import { appendBoardEvent, BOARD_TOPIC, boardEventsSince } from "@lab/db/board-events";
import { createBus, type TBus } from "@lab/db/bus";
import type { TBoardEvent } from "@lab/domain/board";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoard, noteTexts, postNote } from "./support/board";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

let db: TTestDatabase;
const buses: TBus[] = [];
const streams: TBoardStream[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(streams.map((s) => s.close()));
  await Promise.all(buses.map((bus) => bus.close()));
  await db?.drop();
});

function newBus() {
  const bus = createBus(db.config, { reconnectMs: [50, 200] });
  buses.push(bus);
  return bus;
}

/** Another app instance's fan-out: its own bus connection, the shared database. */
function newInstance() {
  const stream = createBoardStream({ prisma: db.prisma, bus: newBus() });
  streams.push(stream);
  return stream;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `nota ${from + i}`);

describe("the board's event log", () => {
  it("gives increasing ids and replays exactly the events after an id", async () => {
    const board = await createBoard(db.prisma);
    const other = await createBoard(db.prisma);
    const first = await postNote(db.prisma, board.id, "nota 1");
    await postNote(db.prisma, other.id, "de otro tablero");
    const second = await postNote(db.prisma, board.id, "nota 2");
    const third = await db.prisma.$transaction((tx) =>
      appendBoardEvent(tx, board.id, { type: "note.hidden", payload: { noteId: "nota 1" } }),
    );
    expect(second.id).toBeGreaterThan(first.id);
    expect(third.id).toBeGreaterThan(second.id);

    expect(noteTexts(await boardEventsSince(db.prisma, board.id, 0))).toEqual([
      "nota 1",
      "nota 2",
      "<note.hidden>",
    ]);
    expect(noteTexts(await boardEventsSince(db.prisma, board.id, first.id))).toEqual([
      "nota 2",
      "<note.hidden>",
    ]);
    expect(await boardEventsSince(db.prisma, board.id, third.id)).toEqual([]);
    expect(noteTexts(await boardEventsSince(db.prisma, board.id, 0, 1))).toEqual(["nota 1"]);
  });

  it("refuses an event that does not validate, and a session that does not exist", async () => {
    const board = await createBoard(db.prisma);
    await expect(
      appendBoardEvent(db.prisma, board.id, {
        type: "note.posted",
        payload: {
          noteId: "n",
          questionId: null,
          text: "   ",
          authorId: "u1",
          authorName: "Ana",
          institution: null,
          capacityTypes: [],
        },
      }),
    ).rejects.toThrow("Escriba la idea antes de enviarla.");
    await expect(postNote(db.prisma, "no-existe", "nota")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await boardEventsSince(db.prisma, board.id, 0)).toEqual([]);
  });

  it("stores and announces nothing for a transaction that rolls back", async () => {
    const board = await createBoard(db.prisma);
    const heard: unknown[] = [];
    const sub = newBus().subscribe(BOARD_TOPIC, (payload) => heard.push(payload));
    await sub.ready;

    await expect(
      db.prisma.$transaction(async (tx) => {
        await appendBoardEvent(tx, board.id, {
          type: "note.posted",
          payload: {
            noteId: "r",
            questionId: null,
            text: "revertida",
            authorId: "u1",
            authorName: "Ana",
            institution: null,
            capacityTypes: [],
          },
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const kept = await postNote(db.prisma, board.id, "guardada");

    // Announcements arrive in commit order: once the later one is here, the first never will.
    await expect.poll(() => heard).toContainEqual({ sessionId: board.id, id: kept.id });
    expect(heard).toEqual([{ sessionId: board.id, id: kept.id }]);
    expect(noteTexts(await boardEventsSince(db.prisma, board.id, 0))).toEqual(["guardada"]);
  });

  it("commits concurrent appends to one session in id order: a poller never sees a gap filled later", async () => {
    const board = await createBoard(db.prisma);
    const count = 40;
    const seen: number[] = [];
    const violations: string[] = [];
    let writing = true;

    const poll = async () => {
      const ids = (await boardEventsSince(db.prisma, board.id, 0)).map((e) => e.id);
      // Every id at or below the highest one seen before must have been seen already.
      const known = new Set(seen);
      const highest = seen.length ? Math.max(...seen) : 0;
      for (const id of ids) {
        if (id <= highest && !known.has(id)) violations.push(`${id} appeared after ${highest}`);
        if (!known.has(id)) seen.push(id);
      }
    };
    const poller = (async () => {
      while (writing) await poll();
      await poll();
    })();

    // Each writer's transaction does more work after its append, so without the session lock
    // a later id would often commit before an earlier one.
    try {
      await Promise.all(
        Array.from({ length: count }, (_, i) =>
          db.prisma.$transaction(
            async (tx) => {
              await appendBoardEvent(tx, board.id, {
                type: "hand.lowered",
                payload: { userId: `u${i}`, byModerator: false },
              });
              await tx.boardSession.update({ where: { id: board.id }, data: { status: "OPEN" } });
              await tx.boardEvent.count({ where: { sessionId: board.id } });
            },
            // The writers queue for the session's lock and for pooled connections: Prisma's
            // defaults (2 s to start, 5 s to finish) are too short for forty on a busy machine.
            { maxWait: 60_000, timeout: 60_000 },
          ),
        ),
      );
    } finally {
      writing = false;
      await poller;
    }

    expect(violations).toEqual([]);
    expect(seen).toHaveLength(count);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe("the board's fan-out", () => {
  it("replays, then goes live, with nothing lost or repeated while events keep coming", async () => {
    const board = await createBoard(db.prisma);
    for (const text of range(1, 10)) await postNote(db.prisma, board.id, text);
    const tenth = (await boardEventsSince(db.prisma, board.id, 0)).at(-1) as TBoardEvent;

    const instance = newInstance();
    const fromStart: TBoardEvent[] = [];
    const resumed: TBoardEvent[] = [];
    // Two subscribers join while notes 11–40 are being appended, one at a time.
    const writer = (async () => {
      for (const text of range(11, 40)) await postNote(db.prisma, board.id, text);
    })();
    const stops = await Promise.all([
      instance.subscribe(board.id, 0, (e) => fromStart.push(e)),
      instance.subscribe(board.id, tenth.id, (e) => resumed.push(e)),
    ]);
    await writer;
    for (const text of range(41, 45)) await postNote(db.prisma, board.id, text);

    await expect.poll(() => fromStart.length).toBe(45);
    await expect.poll(() => resumed.length).toBe(35);
    expect(noteTexts(fromStart)).toEqual(range(1, 45));
    expect(noteTexts(resumed)).toEqual(range(11, 45));
    for (const stop of stops) stop();
  });

  it("delivers an event appended anywhere to the subscribers of every instance", async () => {
    const board = await createBoard(db.prisma);
    const a: TBoardEvent[] = [];
    const b: TBoardEvent[] = [];
    const stopA = await newInstance().subscribe(board.id, 0, (e) => a.push(e));
    const stopB = await newInstance().subscribe(board.id, 0, (e) => b.push(e));

    await postNote(db.prisma, board.id, "para todos");

    await expect.poll(() => noteTexts(a)).toEqual(["para todos"]);
    await expect.poll(() => noteTexts(b)).toEqual(["para todos"]);
    stopA();
    stopB();
  });

  it("stops sending to a subscriber that left, and keeps the others", async () => {
    const board = await createBoard(db.prisma);
    const instance = newInstance();
    const gone: TBoardEvent[] = [];
    const staying: TBoardEvent[] = [];
    const stopGone = await instance.subscribe(board.id, 0, (e) => gone.push(e));
    const stopStaying = await instance.subscribe(board.id, 0, (e) => staying.push(e));
    await postNote(db.prisma, board.id, "uno");
    await expect.poll(() => noteTexts(gone)).toEqual(["uno"]);

    stopGone();
    await postNote(db.prisma, board.id, "dos");
    await expect.poll(() => noteTexts(staying)).toEqual(["uno", "dos"]);
    expect(noteTexts(gone)).toEqual(["uno"]);
    stopStaying();
  });
});

describe("the board's event stream response", () => {
  let moderator: { id: string; role: "ADMIN" };
  beforeAll(async () => {
    const admin = await createSessionUser(db.prisma, "ADMIN");
    moderator = { id: admin.id, role: "ADMIN" };
  });

  it("sends the replay and then live events as SSE, and lets go when the client leaves", async () => {
    const board = await createBoard(db.prisma);
    const first = await postNote(db.prisma, board.id, "uno");
    const stream = newInstance();
    const abort = new AbortController();
    const res = await boardEventsResponse(
      { prisma: db.prisma, stream, user: moderator },
      { code: board.code.toLowerCase(), lastEventId: null, signal: abort.signal },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("no-transform");

    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${needle}"`);
        text += decoder.decode(value, { stream: true });
      }
    };
    await readUntil("uno");
    expect(text.startsWith("retry: 2000\n\nevent: clock\ndata: ")).toBe(true);
    expect(text).toContain(`id: ${first.id}\nevent: note.posted\ndata: {"id":${first.id},`);
    const second = await postNote(db.prisma, board.id, "dos\ncon salto");
    await readUntil("con salto");
    // One data line per event: the line break inside the note travels escaped in the JSON.
    expect(text).toContain(`id: ${second.id}\nevent: note.posted\ndata: `);
    expect(text).toContain('"text":"dos\\ncon salto"');
    expect(stream.subscribers).toBe(1);

    abort.abort();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(stream.subscribers).toBe(0);
  });

  it("keeps an idle stream alive with comment lines", async () => {
    const board = await createBoard(db.prisma);
    const abort = new AbortController();
    const res = await boardEventsResponse(
      { prisma: db.prisma, stream: newInstance(), user: moderator, heartbeatMs: 20 },
      { code: board.code, lastEventId: "0", signal: abort.signal },
    );
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(": ping\n\n")) {
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended before a heartbeat");
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toMatch(/^retry: 2000\n\nevent: clock\ndata: \{"now":"[^"]+"\}\n\n: ping\n\n$/);
    abort.abort();
  });

  it("answers an unknown code with a Spanish 404 and a malformed last id with a 400", async () => {
    const board = await createBoard(db.prisma);
    const stream = newInstance();
    const signal = new AbortController().signal;
    const unknown = await boardEventsResponse(
      { prisma: db.prisma, stream, user: moderator },
      { code: "ZZZZZZ", lastEventId: null, signal },
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: {
        code: "NOT_FOUND",
        message: "No encontramos un taller en vivo con ese código. Revíselo e intente de nuevo.",
      },
    });
    const malformed = await boardEventsResponse(
      { prisma: db.prisma, stream, user: moderator },
      { code: "no es un código", lastEventId: null, signal },
    );
    expect(malformed.status).toBe(404);
    const badId = await boardEventsResponse(
      { prisma: db.prisma, stream, user: moderator },
      { code: board.code, lastEventId: "-3", signal },
    );
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { error: { message: string } }).error.message).toBe(
      "El último evento recibido debe ser un número entero.",
    );
    expect(stream.subscribers).toBe(0);
  });
});
