/**
 * Reading a live board: the lobby a page shows (workshop, agenda, rules, questions) and who
 * may follow its event stream. The notes carry participants' names, so the stream is for the
 * board's members and moderators only (Ley 1581); the lobby is public like the workshop page.
 */
import type { PrismaClient } from "@lab/db/prisma";
import { BOARD_MESSAGES_ES } from "@lab/domain/board";
import type { TBoardLobby } from "@lab/domain/board-views";
import { AppError } from "@lab/domain/errors";
import type { TRole } from "@lab/domain/role";
import { roleAllows } from "../permissions";

export type TBoardViewerUser = { id: string; role: TRole } | null;

/** Moderators: the staff roles of PAGE_PERMISSIONS["board.moderate"]. */
export function isBoardModerator(user: TBoardViewerUser): boolean {
  return user !== null && roleAllows(user.role, "board.moderate");
}

export async function boardLobby(
  prisma: PrismaClient,
  user: TBoardViewerUser,
  code: string,
): Promise<TBoardLobby> {
  const board = await prisma.boardSession.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      status: true,
      workshop: {
        select: {
          id: true,
          slug: true,
          title: true,
          objective: true,
          startsAt: true,
          place: true,
          agendaItems: {
            orderBy: { order: "asc" },
            select: { title: true, presenter: true, durationMinutes: true },
          },
          rules: { orderBy: { order: "asc" }, select: { title: true, description: true } },
          questions: {
            orderBy: { order: "asc" },
            select: { id: true, order: true, text: true, secondsPerIntervention: true },
          },
        },
      },
    },
  });
  if (!board) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCode);
  const seat = user
    ? await prisma.boardParticipant.findUnique({
        where: { sessionId_userId: { sessionId: board.id, userId: user.id } },
        select: { user: { select: { name: true } } },
      })
    : null;
  const account = user
    ? await prisma.user.findUnique({ where: { id: user.id }, select: { name: true } })
    : null;
  const { agendaItems, rules, questions, ...workshop } = board.workshop;
  return {
    code: board.code,
    status: board.status,
    workshop,
    agenda: agendaItems,
    rules,
    questions,
    viewer: {
      userId: user?.id ?? null,
      name: seat?.user.name ?? account?.name ?? null,
      joined: seat !== null,
      moderator: isBoardModerator(user),
    },
    serverNow: new Date(),
  };
}

export type TBoardStreamViewer = { sessionId: string; userId: string; moderator: boolean };

/**
 * Who may follow the stream of the board with `code`: a moderator, or a member who joined.
 * UNAUTHORIZED without a session, FORBIDDEN for others, NOT_FOUND for an unknown code.
 */
export async function boardStreamViewer(
  prisma: PrismaClient,
  user: TBoardViewerUser,
  code: string,
): Promise<TBoardStreamViewer> {
  const board = await prisma.boardSession.findUnique({ where: { code }, select: { id: true } });
  if (!board) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCode);
  if (!user) throw new AppError("UNAUTHORIZED", BOARD_MESSAGES_ES.signIn);
  const account = await prisma.user.findUnique({
    where: { id: user.id },
    select: { active: true, role: true },
  });
  if (!account?.active) throw new AppError("UNAUTHORIZED", BOARD_MESSAGES_ES.signIn);
  const moderator = isBoardModerator({ id: user.id, role: account.role });
  if (!moderator) {
    const seat = await prisma.boardParticipant.findUnique({
      where: { sessionId_userId: { sessionId: board.id, userId: user.id } },
      select: { userId: true },
    });
    if (!seat) throw new AppError("FORBIDDEN", BOARD_MESSAGES_ES.notJoined);
  }
  return { sessionId: board.id, userId: user.id, moderator };
}
