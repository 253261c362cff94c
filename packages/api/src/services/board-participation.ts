/**
 * What participants do on a live board: join, post notes, raise and lower their hand, vote.
 * Each write locks the board (board-session.ts), checks the limits against the database and
 * appends its event in the same transaction, so limits hold across app instances.
 */
import { appendBoardEvent } from "@lab/db/board-events";
import type { PrismaClient } from "@lab/db/prisma";
import { BOARD_LIMITS, BOARD_MESSAGES_ES } from "@lab/domain/board";
import type { TBoardCodeInput, TNoteInput, TPostNoteInput } from "@lab/domain/board-inputs";
import { AppError } from "@lab/domain/errors";
import type { TActor } from "../authorization";
import { assertOpen, seatOf, withBoard } from "./board-session";

/**
 * Takes a seat on the board (once; joining again is a no-op). Allowed in the lobby and while
 * open, so people can wait for the start; refused once the session is closed.
 */
export async function joinBoard(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
): Promise<{ joined: boolean }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    if (board.status === "CLOSED") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.closed);
    const existing = await tx.boardParticipant.findUnique({
      where: { sessionId_userId: { sessionId: board.id, userId: actor.id } },
      select: { userId: true },
    });
    if (existing) return { joined: false };
    await tx.boardParticipant.create({ data: { sessionId: board.id, userId: actor.id } });
    const seat = await seatOf(tx, board, actor.id);
    await appendBoardEvent(
      tx,
      board.id,
      {
        type: "participant.joined",
        payload: { userId: actor.id, name: seat.name, institution: seat.institution },
      },
      { actorId: actor.id },
    );
    return { joined: true };
  });
}

/**
 * A sticky note on the current question. At most one every BOARD_LIMITS.noteIntervalMs and
 * BOARD_LIMITS.notesPerQuestion per question and participant (TOO_MANY_REQUESTS beyond).
 */
export async function postNote(
  prisma: PrismaClient,
  actor: TActor,
  input: TPostNoteInput,
  now: Date = new Date(),
): Promise<{ noteId: string }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    assertOpen(board);
    const seat = await seatOf(tx, board, actor.id);
    const questionId = board.currentQuestionId;
    if (!questionId) throw new AppError("CONFLICT", BOARD_MESSAGES_ES.noQuestion);
    const recent = await tx.boardNote.count({
      where: {
        sessionId: board.id,
        authorId: actor.id,
        createdAt: { gt: new Date(now.getTime() - BOARD_LIMITS.noteIntervalMs) },
      },
    });
    if (recent > 0) throw new AppError("TOO_MANY_REQUESTS", BOARD_MESSAGES_ES.noteTooSoon);
    const onQuestion = await tx.boardNote.count({
      where: { sessionId: board.id, authorId: actor.id, questionId },
    });
    if (onQuestion >= BOARD_LIMITS.notesPerQuestion)
      throw new AppError("TOO_MANY_REQUESTS", BOARD_MESSAGES_ES.noteLimit);
    const note = await tx.boardNote.create({
      data: {
        sessionId: board.id,
        questionId,
        authorId: actor.id,
        text: input.text,
        capacityTypes: input.capacityTypes,
        createdAt: now,
      },
      select: { id: true },
    });
    await appendBoardEvent(
      tx,
      board.id,
      {
        type: "note.posted",
        payload: {
          noteId: note.id,
          questionId,
          text: input.text,
          authorId: actor.id,
          authorName: seat.name,
          institution: seat.institution,
          capacityTypes: input.capacityTypes,
        },
      },
      { actorId: actor.id },
    );
    return { noteId: note.id };
  });
}

/** Joins the queue to speak; raising an already raised hand keeps its place. */
export async function raiseHand(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
  now: Date = new Date(),
): Promise<{ raised: boolean }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    assertOpen(board);
    const seat = await seatOf(tx, board, actor.id);
    if (seat.handRaisedAt || board.floorUserId === actor.id) return { raised: false };
    await tx.boardParticipant.update({
      where: { sessionId_userId: { sessionId: board.id, userId: actor.id } },
      data: { handRaisedAt: now },
    });
    await appendBoardEvent(
      tx,
      board.id,
      { type: "hand.raised", payload: { userId: actor.id, name: seat.name } },
      { actorId: actor.id },
    );
    return { raised: true };
  });
}

/** Leaves the queue (a no-op when the hand is not raised). */
export async function lowerHand(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
): Promise<{ lowered: boolean }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    const seat = await seatOf(tx, board, actor.id);
    if (!seat.handRaisedAt) return { lowered: false };
    await tx.boardParticipant.update({
      where: { sessionId_userId: { sessionId: board.id, userId: actor.id } },
      data: { handRaisedAt: null },
    });
    await appendBoardEvent(
      tx,
      board.id,
      { type: "hand.lowered", payload: { userId: actor.id, byModerator: false } },
      { actorId: actor.id },
    );
    return { lowered: true };
  });
}

/** One dot on a visible note of this board, within the open round's allowance. */
export async function castVote(
  prisma: PrismaClient,
  actor: TActor,
  input: TNoteInput,
): Promise<{ votesLeft: number }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    assertOpen(board);
    await seatOf(tx, board, actor.id);
    if (!board.votingOpen) throw new AppError("CONFLICT", BOARD_MESSAGES_ES.votingClosed);
    const note = await tx.boardNote.findFirst({
      where: { id: input.noteId, sessionId: board.id },
      select: { hidden: true },
    });
    if (!note) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownNote);
    if (note.hidden) throw new AppError("CONFLICT", BOARD_MESSAGES_ES.hiddenNote);
    const used = await tx.boardVote.count({
      where: { sessionId: board.id, round: board.votingRound, userId: actor.id },
    });
    if (used >= board.votesPerParticipant)
      throw new AppError("TOO_MANY_REQUESTS", BOARD_MESSAGES_ES.noVotesLeft);
    await tx.boardVote.create({
      data: {
        sessionId: board.id,
        round: board.votingRound,
        noteId: input.noteId,
        userId: actor.id,
      },
    });
    await appendBoardEvent(
      tx,
      board.id,
      {
        type: "vote.cast",
        payload: {
          round: board.votingRound,
          noteId: input.noteId,
          userId: actor.id,
          hidden: board.hiddenTallies,
        },
      },
      { actorId: actor.id },
    );
    return { votesLeft: board.votesPerParticipant - used - 1 };
  });
}
