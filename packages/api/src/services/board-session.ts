/**
 * The live board's shared steps: find a session by its join code and lock it for a write.
 *
 * Every write to a board runs in one transaction that first locks the session's row (FOR
 * UPDATE). Writes to one board therefore run one after the other on every app instance, so
 * the checks that read state (rate limits, votes left, the queue) see every earlier write,
 * and the events they append get ids in commit order (packages/db/src/board-events.ts).
 */
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { BOARD_MESSAGES_ES, type TBoardSessionStatus } from "@lab/domain/board";
import { AppError } from "@lab/domain/errors";

export type TLockedBoard = {
  id: string;
  workshopId: string;
  status: TBoardSessionStatus;
  currentQuestionId: string | null;
  floorUserId: string | null;
  votingRound: number;
  votingOpen: boolean;
  votesPerParticipant: number;
  hiddenTallies: boolean;
};

/** The session with `code`, locked until the end of `tx`; NOT_FOUND for an unknown code. */
export async function lockBoard(tx: Prisma.TransactionClient, code: string): Promise<TLockedBoard> {
  const rows = await tx.$queryRaw<TLockedBoard[]>`
    SELECT "id", "workshopId", "status"::text AS "status", "currentQuestionId", "floorUserId",
           "votingRound", "votingOpen", "votesPerParticipant", "hiddenTallies"
    FROM "BoardSession" WHERE "code" = ${code} FOR UPDATE`;
  const board = rows[0];
  if (!board) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCode);
  return board;
}

/** Refuses writes to a closed board, and participants' writes before it opens. */
export function assertOpen(board: TLockedBoard): void {
  if (board.status === "CLOSED") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.closed);
  if (board.status !== "OPEN") throw new AppError("CONFLICT", BOARD_MESSAGES_ES.notOpen);
}

/** One write to the board with `code`: locked, in one transaction. */
export function withBoard<T>(
  prisma: PrismaClient,
  code: string,
  write: (tx: Prisma.TransactionClient, board: TLockedBoard) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => write(tx, await lockBoard(tx, code)));
}

/** The signed-in member's seat on the board; FORBIDDEN until they have joined. */
export async function seatOf(
  tx: Prisma.TransactionClient,
  board: TLockedBoard,
  userId: string,
): Promise<{ name: string; institution: string | null; handRaisedAt: Date | null }> {
  const seat = await tx.boardParticipant.findUnique({
    where: { sessionId_userId: { sessionId: board.id, userId } },
    select: {
      handRaisedAt: true,
      user: { select: { name: true, institution: { select: { name: true } } } },
    },
  });
  if (!seat) throw new AppError("FORBIDDEN", BOARD_MESSAGES_ES.notJoined);
  return {
    name: seat.user.name,
    institution: seat.user.institution?.name ?? null,
    handRaisedAt: seat.handRaisedAt,
  };
}
