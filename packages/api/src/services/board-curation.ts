/**
 * What moderators do with the board's content: hide notes, group them into clusters, run
 * dot-voting rounds. Like every board write, each locks the board (board-session.ts) and
 * appends its event in the same transaction; who may is decided by permissions.ts.
 */
import { appendBoardEvent } from "@lab/db/board-events";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { BOARD_MESSAGES_ES } from "@lab/domain/board";
import type {
  TBoardCodeInput,
  TNoteInput,
  TOpenVotingInput,
  TSaveClusterInput,
} from "@lab/domain/board-inputs";
import { AppError } from "@lab/domain/errors";
import type { TActor } from "../authorization";
import { workshopOf } from "./board-moderation";
import { assertOpen, type TLockedBoard, withBoard } from "./board-session";
import { writeAudit } from "./workshop-admin-store";

/** Hides an inappropriate note from every screen; it will not become a contribution. */
export async function hideNote(
  prisma: PrismaClient,
  actor: TActor,
  input: TNoteInput,
): Promise<{ hidden: boolean }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    const note = await tx.boardNote.findFirst({
      where: { id: input.noteId, sessionId: board.id },
      select: { hidden: true, text: true },
    });
    if (!note) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownNote);
    if (note.hidden) return { hidden: false };
    await tx.boardNote.update({ where: { id: input.noteId }, data: { hidden: true } });
    await appendBoardEvent(
      tx,
      board.id,
      { type: "note.hidden", payload: { noteId: input.noteId } },
      { actorId: actor.id },
    );
    await writeAudit(tx, actor, {
      action: "board.hideNote",
      entityType: "BoardNote",
      entityId: input.noteId,
      workshop: await workshopOf(tx, board),
      before: note.text,
      after: "Idea ocultada en el tablero",
    });
    return { hidden: true };
  });
}

/**
 * Creates a cluster or renames/retags one, and moves the listed notes into it. Its title and
 * capacity types become the tags of its notes' contributions when the session closes.
 */
export async function saveCluster(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveClusterInput,
): Promise<{ clusterId: string }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    if (board.status === "CLOSED") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.closed);
    const noteIds = [...new Set(input.noteIds)];
    const found = await tx.boardNote.count({
      where: { id: { in: noteIds }, sessionId: board.id, hidden: false },
    });
    if (found !== noteIds.length) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownNote);
    const data = { title: input.title, capacityTypes: input.capacityTypes };
    let clusterId: string;
    if (input.clusterId) {
      const { count } = await tx.boardCluster.updateMany({
        where: { id: input.clusterId, sessionId: board.id },
        data,
      });
      if (count === 0) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCluster);
      clusterId = input.clusterId;
    } else {
      clusterId = (
        await tx.boardCluster.create({
          data: { ...data, sessionId: board.id },
          select: { id: true },
        })
      ).id;
    }
    if (noteIds.length > 0) {
      await tx.boardNote.updateMany({ where: { id: { in: noteIds } }, data: { clusterId } });
    }
    await appendBoardEvent(
      tx,
      board.id,
      { type: "cluster.saved", payload: { clusterId, ...data, noteIds } },
      { actorId: actor.id },
    );
    return { clusterId };
  });
}

/** Opens a new dot-voting round: `votesPerParticipant` dots each, tallies live or hidden. */
export async function openVoting(
  prisma: PrismaClient,
  actor: TActor,
  input: TOpenVotingInput,
): Promise<{ round: number }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    assertOpen(board);
    if (board.votingOpen) throw new AppError("CONFLICT", BOARD_MESSAGES_ES.votingOpen);
    const round = board.votingRound + 1;
    await tx.boardSession.update({
      where: { id: board.id },
      data: {
        votingRound: round,
        votingOpen: true,
        votesPerParticipant: input.votesPerParticipant,
        hiddenTallies: input.hiddenTallies,
      },
    });
    await appendBoardEvent(
      tx,
      board.id,
      {
        type: "voting.opened",
        payload: {
          round,
          votesPerParticipant: input.votesPerParticipant,
          hiddenTallies: input.hiddenTallies,
        },
      },
      { actorId: actor.id },
    );
    return { round };
  });
}

/** The open round's dots per note, from the database. */
async function roundTallies(tx: Prisma.TransactionClient, board: TLockedBoard) {
  const rows = await tx.boardVote.groupBy({
    by: ["noteId"],
    where: { sessionId: board.id, round: board.votingRound },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.noteId, r._count._all]));
}

/** Closes the round and reveals its complete tallies to everyone. */
export async function closeVotingIn(
  tx: Prisma.TransactionClient,
  board: TLockedBoard,
  actor: TActor,
): Promise<Record<string, number>> {
  const tallies = await roundTallies(tx, board);
  await tx.boardSession.update({ where: { id: board.id }, data: { votingOpen: false } });
  await appendBoardEvent(
    tx,
    board.id,
    { type: "voting.closed", payload: { round: board.votingRound, tallies } },
    { actorId: actor.id },
  );
  return tallies;
}

export async function closeVoting(
  prisma: PrismaClient,
  actor: TActor,
  input: TBoardCodeInput,
): Promise<{ tallies: Record<string, number> }> {
  return withBoard(prisma, input.code, async (tx, board) => {
    if (!board.votingOpen) throw new AppError("CONFLICT", BOARD_MESSAGES_ES.votingClosed);
    return { tallies: await closeVotingIn(tx, board, actor) };
  });
}
