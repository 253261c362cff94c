import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { TRPCReactProvider } from "~/trpc/react";
import { LiveBoard } from "./live-board";
import { loadBoardLobby, lobbyProps } from "./load";
import "../taller.css";

type TProps = { params: Promise<{ codigo: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [lobby, locale] = await Promise.all([loadBoardLobby((await params).codigo), getLocale()]);
  return {
    title: interpolate(MESSAGES[locale].board.metaTitle, { title: lobby.workshop.title }),
    description: lobby.workshop.objective,
  };
}

/**
 * /taller/{codigo}: the link moderators share. Signed out: which workshop it is and the way
 * in (sign in or create an account, then back here). Signed in: the live board.
 */
export default async function BoardPage({ params }: TProps) {
  const typed = (await params).codigo;
  const [lobby, locale] = await Promise.all([loadBoardLobby(typed), getLocale()]);
  // One address per board: codes typed in lower case or with spaces land on the canonical one.
  if (typed !== lobby.code) redirect(`/taller/${lobby.code}`);
  const t = MESSAGES[locale].board;
  // The workshop's own texts exist in Spanish only: marked so on a page in another language.
  const es = locale === "es" ? undefined : "es";
  const props = lobbyProps(lobby, locale);
  const { viewer } = lobby;

  if (!viewer.userId) {
    const back = `/taller/${lobby.code}`;
    return (
      <section className="board-signin">
        <p className="live-board__kicker">
          {t.kicker} <strong className="live-board__code">{lobby.code}</strong>
        </p>
        <h1 lang={es}>{lobby.workshop.title}</h1>
        <p className="lead">
          <time dateTime={props.workshop.startsAtIso}>{props.workshop.dateText}</time>
          {lobby.workshop.place ? " · " : ""}
          {lobby.workshop.place ? <span lang={es}>{lobby.workshop.place}</span> : null}
        </p>
        <p>{t.signIn.text}</p>
        <p className="button-row">
          <a className="button" href={`/ingresar?callbackUrl=${back}`}>
            {t.signIn.signIn}
          </a>
          <a className="button button--secondary" href={`/registro?callbackUrl=${back}`}>
            {t.signIn.signUp}
          </a>
        </p>
      </section>
    );
  }

  return (
    <TRPCReactProvider>
      <LiveBoard
        {...props}
        status={lobby.status}
        viewer={{ userId: viewer.userId, joined: viewer.joined, moderator: viewer.moderator }}
        labels={t}
        locale={locale}
      />
    </TRPCReactProvider>
  );
}
