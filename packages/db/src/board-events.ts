/**
 * The live board's event log: append (and announce) one event, and read a session's events
 * after an id, which is how browsers resume.
 *
 * Ordering. Browsers resume from the last id they received, so a session's ids must become
 * visible in increasing order: once a reader has seen id 11, no id 10 may commit later. A
 * sequence alone does not promise that: two writers can take ids 10 and 11 and commit 11
 * first. So an append locks the session's BoardSession row (FOR UPDATE) in the same statement
 * that takes the id: the next writer of that session waits for the lock, and gets its id only
 * after this transaction has committed or rolled back. Appends to different sessions do not
 * wait for each other. Inside a longer transaction the lock is held until its end, so keep
 * appending transactions short.
 */

import {
  BOARD_MESSAGES_ES,
  type TBoardEvent,
  type TBoardEventInput,
  ZBoardEventInput,
} from "@lab/domain/board";
import { AppError } from "@lab/domain/errors";
import { publishChange } from "./bus";
import type { Prisma } from "./generated/prisma/client";

type TTx = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;
type TReader = Pick<Prisma.TransactionClient, "boardEvent">;

/** The bus topic of board events; announcements carry only keys (NOTIFY's 8000-byte limit). */
export const BOARD_TOPIC = "board";
export type TBoardAnnouncement = { sessionId: string; id: number };

type TRow = {
  id: bigint;
  sessionId: string;
  type: string;
  payload: unknown;
  actorId: string | null;
  createdAt: Date;
};

function toEvent(row: TRow): TBoardEvent {
  // Validated when appended: the log holds only events of ZBoardEventInput's kinds.
  return {
    id: Number(row.id),
    sessionId: row.sessionId,
    type: row.type,
    payload: row.payload,
    actorId: row.actorId,
    createdAt: row.createdAt,
  } as TBoardEvent;
}

/**
 * Stores `event` in the session's log and announces it on the bus, both in `tx`: the
 * announcement leaves at COMMIT, and never for a rollback. Call it inside a transaction with
 * the write that caused the event (alone, it still stores and announces in order).
 */
export async function appendBoardEvent(
  tx: TTx,
  sessionId: string,
  event: TBoardEventInput,
  options: { actorId?: string | null } = {},
): Promise<TBoardEvent> {
  const { type, payload } = ZBoardEventInput.parse(event);
  const rows = await tx.$queryRaw<TRow[]>`
    INSERT INTO "BoardEvent" ("sessionId", "type", "payload", "actorId")
    SELECT s."id", ${type}, ${JSON.stringify(payload)}::jsonb, ${options.actorId ?? null}
    FROM (SELECT "id" FROM "BoardSession" WHERE "id" = ${sessionId} FOR UPDATE) AS s
    RETURNING "id", "sessionId", "type", "payload", "actorId", "createdAt"`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCode);
  const stored = toEvent(row);
  const announcement: TBoardAnnouncement = { sessionId, id: stored.id };
  await publishChange(tx, BOARD_TOPIC, announcement);
  return stored;
}

/** The session's events after `afterId`, oldest first, at most `limit`. */
export async function boardEventsSince(
  db: TReader,
  sessionId: string,
  afterId: number,
  limit = 500,
): Promise<TBoardEvent[]> {
  const rows = await db.boardEvent.findMany({
    where: { sessionId, id: { gt: BigInt(afterId) } },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.map(toEvent);
}
