import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { siteOrigin } from "~/app/(site)/datos/site-origin";
import { loadBoardLobby, lobbyProps } from "~/app/(site)/taller/[codigo]/load";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { ProjectorBoard } from "./projector-board";
import "./proyector.css";

type TProps = { params: Promise<{ codigo: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [lobby, locale] = await Promise.all([loadBoardLobby((await params).codigo), getLocale()]);
  return {
    title: interpolate(MESSAGES[locale].board.projector.metaTitle, { title: lobby.workshop.title }),
  };
}

/**
 * /taller/{codigo}/proyector: the board for the room's screen, in large type and without the
 * site's frame: how to join (address and code), the question, the floor, the queue and the
 * notes. Read-only. The stream names participants, so only the board's members and its
 * moderators see it: others sign in, and a signed-in person without a seat takes one first.
 */
export default async function ProjectorPage({ params }: TProps) {
  const typed = (await params).codigo;
  const lobby = await loadBoardLobby(typed);
  const here = `/taller/${lobby.code}/proyector`;
  if (typed !== lobby.code) redirect(here);
  if (!lobby.viewer.userId) redirect(`/ingresar?callbackUrl=${here}`);
  if (!lobby.viewer.moderator && !lobby.viewer.joined) redirect(`/taller/${lobby.code}`);
  const locale = await getLocale();
  const joinUrl = `${await siteOrigin()}/taller/${lobby.code}`;
  return (
    <main id="contenido" className="projector">
      <ProjectorBoard
        {...lobbyProps(lobby, locale)}
        status={lobby.status}
        joinUrl={joinUrl}
        labels={MESSAGES[locale].board}
        locale={locale}
      />
    </main>
  );
}
