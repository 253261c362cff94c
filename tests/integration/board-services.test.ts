import { createCaller } from "@lab/api/root";
import { closeBoard } from "@lab/api/services/board-closing";
import { closeVoting, hideNote, openVoting, saveCluster } from "@lab/api/services/board-curation";
import {
  ensureBoard,
  giveFloor,
  openQuestion,
  openSession,
  removeHand,
} from "@lab/api/services/board-moderation";
import {
  castVote,
  joinBoard,
  lowerHand,
  postNote,
  raiseHand,
} from "@lab/api/services/board-participation";
import { boardEventsResponse, visibleTo } from "@lab/api/services/board-sse";
import { createBoardStream } from "@lab/api/services/board-stream";
import type { TSessionUser } from "@lab/api/trpc";
import { boardEventsSince } from "@lab/db/board-events";
import { createBus, type TBus } from "@lab/db/bus";
import { BOARD_LIMITS } from "@lab/domain/board";
import { foldBoard, noteVotes, votesLeft } from "@lab/domain/board-state";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// The live board's writers: who may do what, the limits (checked in the database, under the
// board's lock, so they hold across instances), the server-clock timers, and closing.

let db: TTestDatabase;
let moderator: TSessionUser;
const buses: TBus[] = [];
let boards = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  moderator = await createSessionUser(db.prisma, "EDITOR");
});

afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await db?.drop();
});

const T0 = new Date("2026-12-06T15:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A participant with an institution and the consent given at sign-up. */
async function participant(name: string, institution = "Universidad Industrial de Santander") {
  const user = await createSessionUser(db.prisma, "PARTICIPANT");
  const inst = await db.prisma.institution.upsert({
    where: { name: institution },
    create: { name: institution, type: "UNIVERSIDAD" },
    update: {},
  });
  await db.prisma.user.update({
    where: { id: user.id },
    data: {
      name,
      institutionId: inst.id,
      dataConsentAt: at(-86_400_000),
      dataConsentText: "Autorizo el tratamiento de mis datos (Ley 1581 de 2012).",
    },
  });
  return { ...user, name, institutionId: inst.id };
}

/** A workshop with two questions (the second with 90 s per intervention) and its board. */
async function workshopBoard() {
  boards += 1;
  const workshop = await db.prisma.workshop.create({
    data: {
      slug: `taller-sala-${boards}-${process.pid}`,
      title: "Movilidad sostenible",
      startsAt: T0,
      objective: "Co-crear",
      purpose: "Probar",
      projectObjective: "Movilidad",
      questions: {
        create: [
          { order: 1, text: "¿Qué le falta a la ciudad?" },
          { order: 2, text: "¿Qué haría usted?", secondsPerIntervention: 90 },
        ],
      },
    },
    select: {
      id: true,
      slug: true,
      questions: { orderBy: { order: "asc" }, select: { id: true } },
    },
  });
  const { code } = await ensureBoard(db.prisma, moderator, { workshopSlug: workshop.slug });
  const [q1, q2] = workshop.questions.map((q) => q.id) as [string, string];
  return { code, workshop, q1, q2 };
}

async function events(code: string) {
  const session = await db.prisma.boardSession.findUniqueOrThrow({ where: { code } });
  return boardEventsSince(db.prisma, session.id, 0, 10_000);
}

/** Posts a note (no capacity types) at T0 + `ms`; its id. */
async function noteOf(person: TSessionUser, board: { code: string }, text: string, ms: number) {
  const posted = await postNote(
    db.prisma,
    person,
    { code: board.code, text, capacityTypes: [] },
    at(ms),
  );
  return posted.noteId;
}

async function openBoard() {
  const board = await workshopBoard();
  await openSession(db.prisma, moderator, { code: board.code });
  await openQuestion(db.prisma, moderator, { code: board.code, questionId: board.q1 });
  return board;
}

describe("joining and the lobby", () => {
  it("creates one board per workshop with a six-letter code, and joining twice seats once", async () => {
    const board = await workshopBoard();
    expect(board.code).toMatch(/^[A-HJKMNP-Z]{6}$/);
    const again = await ensureBoard(db.prisma, moderator, { workshopSlug: board.workshop.slug });
    expect(again).toEqual({ code: board.code, status: "LOBBY" });

    const ana = await participant("Ana Rueda");
    expect(await joinBoard(db.prisma, ana, { code: board.code })).toEqual({ joined: true });
    expect(await joinBoard(db.prisma, ana, { code: board.code })).toEqual({ joined: false });
    const joined = (await events(board.code)).filter((e) => e.type === "participant.joined");
    expect(joined.map((e) => e.payload)).toEqual([
      { userId: ana.id, name: "Ana Rueda", institution: "Universidad Industrial de Santander" },
    ]);

    // In the lobby nobody posts yet.
    await expect(
      postNote(
        db.prisma,
        ana,
        { code: board.code, text: "Antes de tiempo", capacityTypes: [] },
        T0,
      ),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("aún no ha comenzado"),
    });

    // A participant's lobby through the router: the codes people type work in lower case.
    const lobby = await createCaller({ session: ana, prisma: db.prisma }).board.lobby({
      code: board.code.toLowerCase(),
    });
    expect(lobby).toMatchObject({
      code: board.code,
      status: "LOBBY",
      viewer: { joined: true, moderator: false },
    });
    expect(lobby.questions.map((q) => q.secondsPerIntervention)).toEqual([60, 90]);
  });

  it("refuses unknown codes, strangers and the closed session with Spanish messages", async () => {
    const board = await openBoard();
    const stranger = await participant("Sin asiento");
    const caller = createCaller({ session: stranger, prisma: db.prisma });
    await expect(caller.board.lobby({ code: "ZZZZZZ" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No encontramos un taller en vivo con ese código. Revíselo e intente de nuevo.",
    });
    await expect(caller.board.lobby({ code: "12" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.board.postNote({ code: board.code, text: "Hola" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Únase al taller desde su enlace antes de participar.",
    });
    await expect(
      createCaller({ session: null, prisma: db.prisma }).board.join({ code: board.code }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Participants do not moderate.
    await expect(caller.boardAdmin.close({ code: board.code })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await closeBoard(db.prisma, moderator, { code: board.code });
    await expect(caller.board.join({ code: board.code })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "La sesión de este taller ya se cerró. Gracias por participar.",
    });
  });
});

describe("notes", () => {
  it("validates the text as plain text and refuses empty or long notes", async () => {
    const board = await openBoard();
    const ana = await participant("Ana");
    const caller = createCaller({ session: ana, prisma: db.prisma });
    await caller.board.join({ code: board.code });
    await expect(caller.board.postNote({ code: board.code, text: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.board.postNote({ code: board.code, text: "x".repeat(281) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const markup = '<img src=x onerror="alert(1)"> **negrita**';
    await caller.board.postNote({ code: board.code, text: markup, capacityTypes: ["HUMANA"] });
    const posted = (await events(board.code)).filter((e) => e.type === "note.posted");
    // Stored and sent exactly as typed: screens render it as text, never as HTML.
    expect(posted.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        text: markup,
        questionId: board.q1,
        authorName: "Ana",
        capacityTypes: ["HUMANA"],
      }),
    ]);
  });

  it("limits each participant to one note every 3 s and 30 per question", async () => {
    const board = await openBoard();
    const ana = await participant("Ana");
    const beto = await participant("Beto");
    await joinBoard(db.prisma, ana, { code: board.code });
    await joinBoard(db.prisma, beto, { code: board.code });
    const note = (text: string) => ({ code: board.code, text, capacityTypes: [] });

    await postNote(db.prisma, ana, note("Primera"), at(0));
    await expect(postNote(db.prisma, ana, note("Muy pronto"), at(2999))).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Espere unos segundos antes de enviar otra idea.",
    });
    // Someone else is not slowed down by Ana.
    await postNote(db.prisma, beto, note("De Beto"), at(1000));
    await postNote(db.prisma, ana, note("Segunda"), at(BOARD_LIMITS.noteIntervalMs + 1));

    for (let i = 3; i <= BOARD_LIMITS.notesPerQuestion; i += 1) {
      await postNote(db.prisma, ana, note(`Idea ${i}`), at(i * 4000));
    }
    await expect(postNote(db.prisma, ana, note("La 31"), at(200_000))).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Ya envió el máximo de ideas para esta pregunta.",
    });
    // The next question starts a new count.
    await openQuestion(db.prisma, moderator, { code: board.code, questionId: board.q2 });
    const { noteId } = await postNote(db.prisma, ana, note("Otra pregunta"), at(204_000));
    const stored = await db.prisma.boardNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(stored.questionId).toBe(board.q2);
    expect(await db.prisma.boardNote.count({ where: { authorId: ana.id } })).toBe(31);
  });

  it("lets only one of many simultaneous notes by one person through", async () => {
    const board = await openBoard();
    const ana = await participant("Ana");
    await joinBoard(db.prisma, ana, { code: board.code });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        postNote(db.prisma, ana, { code: board.code, text: `Ráfaga ${i}`, capacityTypes: [] }, T0),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .map((r) => (r.reason as { code: string }).code),
    ).toEqual(Array(5).fill("TOO_MANY_REQUESTS"));
    expect((await events(board.code)).filter((e) => e.type === "note.posted")).toHaveLength(1);
  });
});

describe("the queue and the floor", () => {
  it("keeps hands in the order raised, gives the floor with the question's time on the server clock", async () => {
    const board = await openBoard();
    const [ana, beto, carla] = [
      await participant("Ana"),
      await participant("Beto"),
      await participant("Carla"),
    ];
    for (const p of [ana, beto, carla]) await joinBoard(db.prisma, p, { code: board.code });
    await raiseHand(db.prisma, carla, { code: board.code }, at(0));
    await raiseHand(db.prisma, ana, { code: board.code }, at(1000));
    await raiseHand(db.prisma, beto, { code: board.code }, at(2000));
    // Raising again keeps the place.
    expect(await raiseHand(db.prisma, carla, { code: board.code }, at(3000))).toEqual({
      raised: false,
    });
    let state = foldBoard(await events(board.code));
    expect(state.queue.map((h) => h.name)).toEqual(["Carla", "Ana", "Beto"]);

    // Ana lowers her own hand; the moderator gives Carla the floor: 60 s on question 1.
    await lowerHand(db.prisma, ana, { code: board.code });
    const { endsAt } = await giveFloor(
      db.prisma,
      moderator,
      { code: board.code, userId: carla.id },
      at(5000),
    );
    expect(endsAt.toISOString()).toBe(at(65_000).toISOString());
    state = foldBoard(await events(board.code));
    expect(state.queue.map((h) => h.name)).toEqual(["Beto"]);
    expect(state.floor).toEqual({
      userId: carla.id,
      name: "Carla",
      endsAt: at(65_000).toISOString(),
      seconds: 60,
    });

    // On question 2 (90 s), Beto gets the floor; Carla's turn ends.
    await openQuestion(db.prisma, moderator, { code: board.code, questionId: board.q2 });
    await giveFloor(db.prisma, moderator, { code: board.code, userId: beto.id }, at(70_000));
    state = foldBoard(await events(board.code));
    expect(state.floor).toMatchObject({
      name: "Beto",
      seconds: 90,
      endsAt: at(160_000).toISOString(),
    });
    expect(state.queue).toEqual([]);

    // The moderator takes someone out of the queue; unknown people are a 404.
    await raiseHand(db.prisma, ana, { code: board.code }, at(80_000));
    await removeHand(db.prisma, moderator, { code: board.code, userId: ana.id });
    await expect(
      removeHand(db.prisma, moderator, { code: board.code, userId: ana.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Esa persona no está en la fila para hablar.",
    });
    expect(foldBoard(await events(board.code)).queue).toEqual([]);
  });
});

describe("grouping, hiding and dot-voting", () => {
  it("counts dots within each participant's allowance and hides tallies from the others until the round closes", async () => {
    const board = await openBoard();
    const ana = await participant("Ana");
    const beto = await participant("Beto");
    for (const p of [ana, beto]) await joinBoard(db.prisma, p, { code: board.code });
    const n1 = await noteOf(ana, board, "Ciclorrutas", 0);
    const n2 = await noteOf(beto, board, "Grosería", 0);
    await hideNote(db.prisma, moderator, { code: board.code, noteId: n2 });

    await expect(castVote(db.prisma, ana, { code: board.code, noteId: n1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "No hay una votación abierta en este momento.",
    });
    await openVoting(db.prisma, moderator, {
      code: board.code,
      votesPerParticipant: 2,
      hiddenTallies: true,
    });
    expect(await castVote(db.prisma, ana, { code: board.code, noteId: n1 })).toEqual({
      votesLeft: 1,
    });
    await castVote(db.prisma, ana, { code: board.code, noteId: n1 });
    await expect(castVote(db.prisma, ana, { code: board.code, noteId: n1 })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Ya usó todos sus votos en esta ronda.",
    });
    await expect(castVote(db.prisma, beto, { code: board.code, noteId: n2 })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );

    // What each viewer's stream carries: Beto does not see Ana's dots while tallies are hidden.
    const session = await db.prisma.boardSession.findUniqueOrThrow({ where: { code: board.code } });
    const all = await events(board.code);
    const forBeto = all.filter((e) =>
      visibleTo({ sessionId: session.id, userId: beto.id, moderator: false }, e),
    );
    const forAna = all.filter((e) =>
      visibleTo({ sessionId: session.id, userId: ana.id, moderator: false }, e),
    );
    const forModerator = all.filter((e) =>
      visibleTo({ sessionId: session.id, userId: moderator.id, moderator: true }, e),
    );
    expect(forBeto.some((e) => e.type === "vote.cast")).toBe(false);
    expect(votesLeft(foldBoard(forAna, ana.id))).toBe(0);
    expect(votesLeft(foldBoard(forBeto, beto.id))).toBe(2);
    expect(noteVotes(foldBoard(forModerator, moderator.id), n1, { includeHidden: true })).toBe(2);
    expect(noteVotes(foldBoard(forAna, ana.id), n1)).toBe(0);

    expect(await closeVoting(db.prisma, moderator, { code: board.code })).toEqual({
      tallies: { [n1]: 2 },
    });
    const revealed = (await events(board.code)).filter((e) =>
      visibleTo({ sessionId: session.id, userId: beto.id, moderator: false }, e),
    );
    const betoSees = foldBoard(revealed, beto.id);
    expect(noteVotes(betoSees, n1)).toBe(2);
    expect(betoSees.notes.map((n) => n.text)).toEqual(["Ciclorrutas"]);
  });

  it("groups notes into titled clusters and refuses notes of another board", async () => {
    const board = await openBoard();
    const other = await openBoard();
    const ana = await participant("Ana");
    await joinBoard(db.prisma, ana, { code: board.code });
    await joinBoard(db.prisma, ana, { code: other.code });
    const mine = await noteOf(ana, board, "Ciclorrutas", 0);
    const foreign = await noteOf(ana, other, "Otra", 0);
    await expect(
      saveCluster(db.prisma, moderator, {
        code: board.code,
        title: "Movilidad",
        capacityTypes: [],
        noteIds: [foreign],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Esa idea no está en el tablero." });
    const { clusterId } = await saveCluster(db.prisma, moderator, {
      code: board.code,
      title: "Movilidad",
      capacityTypes: ["FISICA"],
      noteIds: [mine],
    });
    await saveCluster(db.prisma, moderator, {
      code: board.code,
      clusterId,
      title: "Movilidad activa",
      capacityTypes: ["FISICA", "SOCIAL"],
      noteIds: [],
    });
    const state = foldBoard(await events(board.code));
    expect(state.clusters).toEqual([
      { id: clusterId, title: "Movilidad activa", capacityTypes: ["FISICA", "SOCIAL"] },
    ]);
    expect(state.notes.find((n) => n.id === mine)?.clusterId).toBe(clusterId);
  });
});

describe("closing the session", () => {
  it("turns notes into contributions, clusters into tags, dots into votes and joins into attendance", async () => {
    const board = await openBoard();
    const ana = await participant("Ana Rueda");
    const beto = await participant("Beto Díaz", "Cámara de Comercio de Bucaramanga");
    for (const p of [ana, beto]) await joinBoard(db.prisma, p, { code: board.code });
    // Beto was already in the register (imported by staff), without consent or check-in.
    await db.prisma.workshopAttendee.create({
      data: {
        workshopId: board.workshop.id,
        personName: "Beto Díaz",
        email: beto.email.toLowerCase(),
      },
    });
    const n1 = (
      await postNote(
        db.prisma,
        ana,
        { code: board.code, text: "Ciclorrutas seguras", capacityTypes: ["FISICA"] },
        at(0),
      )
    ).noteId;
    await postNote(
      db.prisma,
      beto,
      { code: board.code, text: "Datos abiertos de movilidad", capacityTypes: [] },
      at(0),
    );
    const hidden = await noteOf(beto, board, "Fuera de tema", 5000);
    await hideNote(db.prisma, moderator, { code: board.code, noteId: hidden });
    await saveCluster(db.prisma, moderator, {
      code: board.code,
      title: "Infraestructura",
      capacityTypes: ["ECONOMICA"],
      noteIds: [n1],
    });
    await openVoting(db.prisma, moderator, {
      code: board.code,
      votesPerParticipant: 3,
      hiddenTallies: false,
    });
    await castVote(db.prisma, ana, { code: board.code, noteId: n1 });
    await castVote(db.prisma, beto, { code: board.code, noteId: n1 });
    await raiseHand(db.prisma, ana, { code: board.code }, at(6000));

    // The round still open is closed with the session.
    const closing = await closeBoard(db.prisma, moderator, { code: board.code }, at(10_000));
    expect(closing).toEqual({ contributions: 2, attendees: 2 });

    const contributions = await db.prisma.contribution.findMany({
      where: { workshopId: board.workshop.id },
      orderBy: { text: "asc" },
      include: { institution: true, attendee: true },
    });
    expect(
      contributions.map((c) => ({
        text: c.text,
        tags: c.tags,
        capacityTypes: [...c.capacityTypes].sort(),
        votes: c.votes,
        source: c.source,
        questionId: c.questionId,
        institution: c.institution?.name,
        attendee: c.attendee?.personName,
      })),
    ).toEqual([
      {
        text: "Ciclorrutas seguras",
        tags: ["Infraestructura"],
        capacityTypes: ["ECONOMICA", "FISICA"],
        votes: 2,
        source: "BOARD",
        questionId: board.q1,
        institution: "Universidad Industrial de Santander",
        attendee: "Ana Rueda",
      },
      {
        text: "Datos abiertos de movilidad",
        tags: [],
        capacityTypes: [],
        votes: 0,
        source: "BOARD",
        questionId: board.q1,
        institution: "Cámara de Comercio de Bucaramanga",
        attendee: "Beto Díaz",
      },
    ]);

    const attendees = await db.prisma.workshopAttendee.findMany({
      where: { workshopId: board.workshop.id },
      orderBy: { personName: "asc" },
    });
    expect(attendees).toHaveLength(2);
    for (const a of attendees) {
      expect(a.attended).toBe(true);
      expect(a.checkedInAt).not.toBeNull();
      expect(a.consentText).toBe("Autorizo el tratamiento de mis datos (Ley 1581 de 2012).");
      expect(a.consentAt?.toISOString()).toBe(at(-86_400_000).toISOString());
    }
    expect(attendees.map((a) => a.userId).sort()).toEqual([ana.id, beto.id].sort());

    const workshop = await db.prisma.workshop.findUniqueOrThrow({
      where: { id: board.workshop.id },
    });
    expect(workshop.status).toBe("CLOSED");
    const state = foldBoard(await events(board.code));
    expect(state).toMatchObject({ status: "CLOSED", queue: [], floor: null, voting: null });

    await expect(closeBoard(db.prisma, moderator, { code: board.code })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      postNote(db.prisma, ana, { code: board.code, text: "Tarde", capacityTypes: [] }, at(60_000)),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "La sesión de este taller ya se cerró. Gracias por participar.",
    });
    expect(await db.prisma.contribution.count({ where: { workshopId: board.workshop.id } })).toBe(
      2,
    );
  });
});

describe("the stream's door", () => {
  it("lets members and moderators in, and refuses anonymous people and strangers", async () => {
    const board = await openBoard();
    const ana = await participant("Ana");
    const stranger = await participant("Extraña");
    await joinBoard(db.prisma, ana, { code: board.code });
    const bus = createBus(db.config, { reconnectMs: [50, 200] });
    buses.push(bus);
    const stream = createBoardStream({ prisma: db.prisma, bus });
    const open = (
      user: { id: string; role: TSessionUser["role"] } | null,
      maxSubscribers?: number,
    ) =>
      boardEventsResponse(
        { prisma: db.prisma, stream, user, ...(maxSubscribers ? { maxSubscribers } : {}) },
        { code: board.code, lastEventId: null, signal: new AbortController().signal },
      );
    const anonymous = await open(null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      error: { message: "Ingrese con su cuenta para seguir el tablero del taller." },
    });
    expect((await open(stranger)).status).toBe(403);
    const member = await open(ana);
    expect(member.status).toBe(200);
    await expect.poll(() => stream.subscribers).toBe(1);
    // A full instance sends people elsewhere instead of slowing everyone down.
    const busy = await open(moderator, 1);
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("5");
    await member.body?.cancel();
    await expect.poll(() => stream.subscribers).toBe(0);
    expect((await open(moderator)).status).toBe(200);
    await stream.close();
  });
  it("drops a client that stops reading instead of queueing for it without end; it resumes from its last id", async () => {
    const board = await openBoard();
    const ana = await participant("Ana");
    await joinBoard(db.prisma, ana, { code: board.code });
    const bus = createBus(db.config, { reconnectMs: [50, 200] });
    buses.push(bus);
    const stream = createBoardStream({ prisma: db.prisma, bus });
    // Ana's phone went to sleep: its stream is never read.
    const asleep = await boardEventsResponse(
      { prisma: db.prisma, stream, user: ana, maxQueued: 5 },
      { code: board.code, lastEventId: null, signal: new AbortController().signal },
    );
    expect(asleep.status).toBe(200);
    await expect.poll(() => stream.subscribers).toBe(1);
    const people = [];
    for (let i = 0; i < 8; i += 1) people.push(await participant(`Persona ${i}`));
    for (const person of people) await joinBoard(db.prisma, person, { code: board.code });
    await expect.poll(() => stream.subscribers).toBe(0);
    // Everything is still in the log: reconnecting with its last id, it loses nothing.
    expect((await events(board.code)).filter((e) => e.type === "participant.joined")).toHaveLength(
      9,
    );
    await stream.close();
  });
});
