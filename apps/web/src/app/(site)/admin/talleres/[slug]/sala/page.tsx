import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { Metadata } from "next";
import { MESSAGES } from "~/i18n/messages";
import { orNotFound } from "~/or-not-found";
import { api } from "~/trpc/server";
import { BoardConsole } from "./board-console";
import { JoinLinks } from "./join-links";
import "./sala.css";

export const metadata: Metadata = { title: "Sala en vivo del taller" };

type TProps = { params: Promise<{ slug: string }> };

// The moderators' console of a workshop's live board. The board (and its join code) is
// created the first time a moderator opens this page.
export default async function BoardConsolePage({ params }: TProps) {
  const t = MESSAGES.es.adminWorkshops;
  const { slug } = await params;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "boardAdmin.ensure")) {
    return (
      <>
        <h1>Sala en vivo del taller</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  const trpc = await api();
  const board = await orNotFound(trpc.boardAdmin.ensure({ workshopSlug: slug }));
  const lobby = await trpc.board.lobby({ code: board.code });

  return (
    <>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › <a href="/admin/talleres">{t.title}</a> ›{" "}
        <a href={`/admin/talleres/${lobby.workshop.slug}`}>{lobby.workshop.title}</a> › Sala en vivo
      </p>
      <h1>Sala en vivo: {lobby.workshop.title}</h1>
      <JoinLinks code={board.code} />
      <BoardConsole
        code={board.code}
        slug={lobby.workshop.slug}
        viewerId={user.id}
        initialStatus={lobby.status}
        questions={lobby.questions}
      />
    </>
  );
}
