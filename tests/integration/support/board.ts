import { randomInt } from "node:crypto";
import { appendBoardEvent } from "@lab/db/board-events";
import type { PrismaClient } from "@lab/db/prisma";
import { generateBoardCode, type TBoardEvent } from "@lab/domain/board";

let workshops = 0;

/** A workshop with a live board; returns the board session's id and join code. */
export async function createBoard(prisma: PrismaClient): Promise<{ id: string; code: string }> {
  workshops += 1;
  const workshop = await prisma.workshop.create({
    data: {
      slug: `taller-tablero-${workshops}-${randomInt(1e9)}`,
      title: "Taller de co-creación",
      startsAt: new Date("2026-12-06T14:00:00Z"),
      objective: "Co-crear ideas",
      purpose: "Probar el tablero",
      projectObjective: "Movilidad",
    },
  });
  return prisma.boardSession.create({
    data: { workshopId: workshop.id, code: generateBoardCode(randomInt), status: "OPEN" },
    select: { id: true, code: true },
  });
}

/** Appends a note in its own transaction, as a service would. */
export function postNote(
  prisma: PrismaClient,
  sessionId: string,
  text: string,
): Promise<TBoardEvent> {
  return prisma.$transaction((tx) =>
    appendBoardEvent(tx, sessionId, {
      type: "note.posted",
      payload: {
        noteId: text,
        questionId: null,
        text,
        authorId: "u1",
        authorName: "Ana",
        institution: null,
        capacityTypes: [],
      },
    }),
  );
}

/** The texts of note events, in the order received. */
export function noteTexts(events: TBoardEvent[]): string[] {
  return events.map((e) => (e.type === "note.posted" ? e.payload.text : `<${e.type}>`));
}
