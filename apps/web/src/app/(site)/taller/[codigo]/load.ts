import "server-only";
import { normalizeBoardCode } from "@lab/domain/board";
import type { TBoardLobby } from "@lab/domain/board-views";
import type { TLocale } from "@lab/domain/locale";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate } from "~/format";
import { orNotFound } from "~/or-not-found";
import { api } from "~/trpc/server";

/**
 * The board with the code in the address (as typed: lower case, spaces), with its workshop
 * and who the viewer is; the 404 page for a code that cannot be one or names no board.
 * Once per request (metadata and page share it).
 */
export const loadBoardLobby = cache(async (typed: string): Promise<TBoardLobby> => {
  const code = normalizeBoardCode(decoded(typed));
  if (!code) notFound();
  return orNotFound((await api()).board.lobby({ code }));
});

/** The segment as typed ("kmt%20rqx" → "kmt rqx"); a malformed escape stays as it is. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * What the board's client screens need to know about the workshop, as plain values, with its
 * date in the reader's language.
 */
export function lobbyProps(lobby: TBoardLobby, locale: TLocale) {
  const { workshop } = lobby;
  return {
    code: lobby.code,
    workshop: {
      slug: workshop.slug,
      title: workshop.title,
      objective: workshop.objective,
      place: workshop.place,
      startsAtIso: workshop.startsAt.toISOString(),
      dateText: formatDate(workshop.startsAt, locale, true),
    },
    agenda: lobby.agenda,
    rules: lobby.rules,
    serverNowMs: lobby.serverNow.getTime(),
  };
}

export type TLobbyProps = ReturnType<typeof lobbyProps>;
