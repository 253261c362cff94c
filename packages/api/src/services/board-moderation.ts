/**
 * How moderators run a live board: create it for a workshop, open the session, open
 * questions, give and end the floor, take hands out of the queue (its content — notes,
 * clusters, votes — is board-curation.ts). Who may is decided by permissions.ts
 * (boardAdmin.*); each write locks the board (board-session.ts) and appends its event in the
 * same transaction.
 */
import { randomInt } from "node:crypto";
import { appendBoardEvent } from "@lab/db/board-events";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import {
  BOARD_MESSAGES_ES,
  DEFAULT_SECONDS_PER_INTERVENTION,
  generateBoardCode,
} from "@lab/domain/board";
import type {
  TBoardCodeInput,
  TBoardUserInput,
  TOpenQuestionInput,
  TWorkshopBoardInput,
} from "@lab/domain/board-inputs";
import { AppError } from "@lab/domain/errors";
import { UNKNOWN_WORKSHOP_MESSAGE } from "@lab/domain/workshop-admin";
import type { TActor } from "../authorization";
import { assertOpen, seatOf, type TLockedBoard, withBoard } from "./board-session";
import { announceWorkshops, isUniqueViolation, writeAudit } from "./workshop-admin-store";

export type TBoardHead = { code: string; status: "LOBBY" | "OPEN" | "CLOSED" };

/** The workshop's board, created (with a fresh join code) the first time it is asked for. */
export async function ensureBoard(
  prisma: PrismaClient,
  actor: TActor,
  input: TWorkshopBoardInput,
): Promise<TBoardHead> {
  const workshop = await prisma.workshop.findUnique({
    where: { slug: input.workshopSlug },
    select: { id: true, slug: true, boardSession: { select: { code: true, status: true } } },
  });
  if (!workshop) throw new AppError("NOT_FOUND", UNKNOWN_WORKSHOP_MESSAGE);
  if (workshop.boardSession) return workshop.boardSession;
  // A code already taken (1 in ~148 million per board) or a second moderator creating the
  // board at the same moment: try again, and take the other's board if it exists now.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await prisma.$transaction(async (tx) => {
        const board = await tx.boardSession.create({
          data: { workshopId: workshop.id, code: generateBoardCode(randomInt) },
          select: { id: true, code: true, status: true },
        });
        await writeAudit(tx, actor, {
          action: "board.create",
          entityType: "BoardSession",
          entityId: board.id,
          workshop,
          before: null,
          after: `Tablero en vivo con el código ${board.code}`,
        });
        return { code: board.code, status: board.status };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await prisma.boardSession.findUnique({
        where: { workshopId: workshop.id },
        select: { code: true, status: true },
      });
      if (existing) return existing;
    }
  }
  throw new AppError("CONFLICT", "No se pudo crear el tablero. Intente de nuevo.");
}

async function workshopOf(tx: Prisma.TransactionClient, board: TLockedBoard) {
  return tx.workshop.findUniqueOrThrow({
    where: { id: board.workshopId },
    select: { slug: true, status: true },
  });
}

/** Opens the session: lobbies turn into the board; the workshop is now LIVE. */
export async function openSession(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
): Promise<TBoardHead> {
  return withBoard(prisma, input.code, async (tx, board) => {
    if (board.status === "CLOSED") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.closed);
    if (board.status === "OPEN") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.alreadyOpen);
    await tx.boardSession.update({ where: { id: board.id }, data: { status: "OPEN" } });
    const workshop = await workshopOf(tx, board);
    if (workshop.status === "PLANNED") {
      await tx.workshop.update({ where: { id: board.workshopId }, data: { status: "LIVE" } });
      await announceWorkshops(tx, { slug: workshop.slug });
    }
    await appendBoardEvent(
      tx,
      board.id,
      { type: "session.opened", payload: {} },
      { actorId: actor.id },
    );
    await writeAudit(tx, actor, {
      action: "board.open",
      entityType: "BoardSession",
      entityId: board.id,
      workshop,
      before: "En sala de espera",
      after: "Sesión abierta",
    });
    return { code: input.code, status: "OPEN" as const };
  });
}

/** Makes one of the workshop's questions the current one (notes go to it from now on). */
export async function openQuestion(
  prisma: PrismaClient,
  actor: TActor,
  input: TOpenQuestionInput,
): Promise<{ questionId: string }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    assertOpen(board);
    const question = await tx.workshopQuestion.findFirst({
      where: { id: input.questionId, workshopId: board.workshopId },
      select: { id: true, order: true, text: true, secondsPerIntervention: true },
    });
    if (!question) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownQuestion);
    await tx.boardSession.update({
      where: { id: board.id },
      data: { currentQuestionId: question.id },
    });
    await appendBoardEvent(
      tx,
      board.id,
      {
        type: "question.opened",
        payload: {
          questionId: question.id,
          order: question.order,
          text: question.text,
          secondsPerIntervention: question.secondsPerIntervention,
        },
      },
      { actorId: actor.id },
    );
    return { questionId: question.id };
  });
}

async function endFloorIn(tx: Prisma.TransactionClient, board: TLockedBoard, actor: TActor) {
  if (!board.floorUserId) return;
  await tx.boardSession.update({
    where: { id: board.id },
    data: { floorUserId: null, floorEndsAt: null },
  });
  await appendBoardEvent(
    tx,
    board.id,
    { type: "floor.ended", payload: { userId: board.floorUserId } },
    { actorId: actor.id },
  );
}

/**
 * Gives the floor to a participant (usually the first in the queue): their speaking time is
 * the current question's secondsPerIntervention (60 s by default), counted from the server's
 * clock; they leave the queue, and whoever had the floor before loses it.
 */
export async function giveFloor(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardUserInput,
  now: Date = new Date(),
): Promise<{ endsAt: Date }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    assertOpen(board);
    const seat = await seatOf(tx, board, input.userId).catch(() => {
      throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.notInQueue);
    });
    const question = board.currentQuestionId
      ? await tx.workshopQuestion.findUnique({
          where: { id: board.currentQuestionId },
          select: { secondsPerIntervention: true },
        })
      : null;
    const seconds = question?.secondsPerIntervention ?? DEFAULT_SECONDS_PER_INTERVENTION;
    const endsAt = new Date(now.getTime() + seconds * 1000);
    await endFloorIn(tx, board, actor);
    await tx.boardParticipant.update({
      where: { sessionId_userId: { sessionId: board.id, userId: input.userId } },
      data: { handRaisedAt: null },
    });
    await tx.boardSession.update({
      where: { id: board.id },
      data: { floorUserId: input.userId, floorEndsAt: endsAt },
    });
    await appendBoardEvent(
      tx,
      board.id,
      {
        type: "floor.given",
        payload: { userId: input.userId, name: seat.name, endsAt: endsAt.toISOString(), seconds },
      },
      { actorId: actor.id },
    );
    return { endsAt };
  });
}

/** Ends the current speaker's turn before their time is up (a no-op when nobody speaks). */
export async function endFloor(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
): Promise<{ ended: boolean }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    const had = board.floorUserId !== null;
    await endFloorIn(tx, board, actor);
    return { ended: had };
  });
}

/** Takes a participant out of the queue (skip or remove). */
export async function removeHand(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardUserInput,
): Promise<{ removed: boolean }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    const { count } = await tx.boardParticipant.updateMany({
      where: { sessionId: board.id, userId: input.userId, handRaisedAt: { not: null } },
      data: { handRaisedAt: null },
    });
    if (count === 0) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.notInQueue);
    await appendBoardEvent(
      tx,
      board.id,
      { type: "hand.lowered", payload: { userId: input.userId, byModerator: true } },
      { actorId: actor.id },
    );
    return { removed: true };
  });
}

export { endFloorIn, workshopOf };
