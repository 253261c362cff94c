/**
 * Closing a live board: in one transaction, notes become the workshop's contributions (source
 * BOARD; a cluster's title and capacity types become tags; dots become vote counts), and the
 * people who joined become the attendance register (with the consent they gave at sign-up).
 * The moderators then review them and publish the results from the workshop's page.
 */
import { appendBoardEvent } from "@lab/db/board-events";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { BOARD_MESSAGES_ES } from "@lab/domain/board";
import type { TBoardCodeInput } from "@lab/domain/board-inputs";
import { AppError } from "@lab/domain/errors";
import type { TCapacityType } from "@lab/domain/indicator";
import type { TActor } from "../authorization";
import { closeVotingIn } from "./board-curation";
import { endFloorIn } from "./board-moderation";
import type { TLockedBoard } from "./board-session";
import { withBoard } from "./board-session";
import { announceWorkshops, writeAudit } from "./workshop-admin-store";

export type TBoardClosing = { contributions: number; attendees: number };

/** Joins → attendance rows (created or marked attended); the attendee id per user. */
async function registerAttendance(
  tx: Prisma.TransactionClient,
  board: TLockedBoard,
): Promise<Map<string, string>> {
  const seats = await tx.boardParticipant.findMany({
    where: { sessionId: board.id },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          institutionId: true,
          dataConsentAt: true,
          dataConsentText: true,
        },
      },
    },
  });
  const attendeeOf = new Map<string, string>();
  for (const { joinedAt, user } of seats) {
    const email = user.email.toLowerCase();
    const existing = await tx.workshopAttendee.findUnique({
      where: { workshopId_email: { workshopId: board.workshopId, email } },
      select: { id: true, checkedInAt: true, institutionId: true, consentAt: true },
    });
    const consent =
      user.dataConsentAt && !existing?.consentAt
        ? { consentAt: user.dataConsentAt, consentText: user.dataConsentText }
        : {};
    const row = existing
      ? await tx.workshopAttendee.update({
          where: { id: existing.id },
          data: {
            attended: true,
            checkedInAt: existing.checkedInAt ?? joinedAt,
            userId: user.id,
            institutionId: existing.institutionId ?? user.institutionId,
            ...consent,
          },
          select: { id: true },
        })
      : await tx.workshopAttendee.create({
          data: {
            workshopId: board.workshopId,
            personName: user.name,
            email,
            institutionId: user.institutionId,
            attended: true,
            checkedInAt: joinedAt,
            userId: user.id,
            ...consent,
          },
          select: { id: true },
        });
    attendeeOf.set(user.id, row.id);
  }
  return attendeeOf;
}

/** Visible notes → contributions; returns how many. */
async function convertNotes(
  tx: Prisma.TransactionClient,
  board: TLockedBoard,
  attendeeOf: Map<string, string>,
): Promise<number> {
  const notes = await tx.boardNote.findMany({
    where: { sessionId: board.id, hidden: false },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      questionId: true,
      authorId: true,
      text: true,
      capacityTypes: true,
      cluster: { select: { title: true, capacityTypes: true } },
    },
  });
  if (notes.length === 0) return 0;
  const votes = await tx.boardVote.groupBy({
    by: ["noteId"],
    where: { sessionId: board.id },
    _count: { _all: true },
  });
  const votesOf = new Map(votes.map((v) => [v.noteId, v._count._all]));
  const authors = await tx.user.findMany({
    where: { id: { in: [...new Set(notes.map((n) => n.authorId))] } },
    select: { id: true, institutionId: true },
  });
  const institutionOf = new Map(authors.map((a) => [a.id, a.institutionId]));
  // A question deleted from the workshop since: its notes stay, without the question.
  const questions = new Set(
    (
      await tx.workshopQuestion.findMany({
        where: { workshopId: board.workshopId },
        select: { id: true },
      })
    ).map((q) => q.id),
  );
  await tx.contribution.createMany({
    data: notes.map((note) => {
      const capacityTypes: TCapacityType[] = [
        ...new Set([...note.capacityTypes, ...(note.cluster?.capacityTypes ?? [])]),
      ];
      return {
        workshopId: board.workshopId,
        questionId: note.questionId && questions.has(note.questionId) ? note.questionId : null,
        text: note.text,
        institutionId: institutionOf.get(note.authorId) ?? null,
        attendeeId: attendeeOf.get(note.authorId) ?? null,
        capacityTypes,
        tags: note.cluster ? [note.cluster.title] : [],
        votes: votesOf.get(note.id) ?? 0,
        source: "BOARD" as const,
      };
    }),
  });
  return notes.length;
}

/** Closes the session for good; CONFLICT when it is already closed. */
export async function closeBoard(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
  now: Date = new Date(),
): Promise<TBoardClosing> {
  return withBoard(prisma, input.code, async (tx, board) => {
    if (board.status === "CLOSED") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.closed);
    if (board.votingOpen) await closeVotingIn(tx, board, actor);
    await endFloorIn(tx, board, actor);
    await tx.boardParticipant.updateMany({
      where: { sessionId: board.id, handRaisedAt: { not: null } },
      data: { handRaisedAt: null },
    });
    const attendeeOf = await registerAttendance(tx, board);
    const contributions = await convertNotes(tx, board, attendeeOf);
    const closing = { contributions, attendees: attendeeOf.size };
    await tx.boardSession.update({
      where: { id: board.id },
      data: {
        status: "CLOSED",
        closedAt: now,
        votingOpen: false,
        floorUserId: null,
        floorEndsAt: null,
      },
    });
    const workshop = await tx.workshop.findUniqueOrThrow({
      where: { id: board.workshopId },
      select: { slug: true, status: true },
    });
    if (workshop.status === "PLANNED" || workshop.status === "LIVE") {
      await tx.workshop.update({ where: { id: board.workshopId }, data: { status: "CLOSED" } });
    }
    await announceWorkshops(tx, { slug: workshop.slug });
    await appendBoardEvent(
      tx,
      board.id,
      { type: "session.closed", payload: closing },
      { actorId: actor.id },
    );
    await writeAudit(tx, actor, {
      action: "board.close",
      entityType: "BoardSession",
      entityId: board.id,
      workshop,
      before: "Sesión abierta",
      after: `Sesión cerrada: ${contributions} aportes y ${closing.attendees} asistentes registrados`,
    });
    return closing;
  });
}
