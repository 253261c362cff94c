"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import type { TLocale } from "@lab/domain/locale";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ConnectionStatus } from "~/board/connection-status";
import { RulesReminder } from "~/board/rules-reminder";
import { useBoardStream } from "~/board/use-board-stream";
import type { TMessages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import type { TLobbyProps } from "./load";
import { LobbyDetails } from "./lobby-details";
import { OpenBoard } from "./open-board";

// A signed-in person's live board. Participants take their seat as the page opens (board.join
// is idempotent), then follow the stream: the lobby turns into the board when the moderators
// open the session, and into the closing message when they close it, without reloading.
// Moderators watch without a seat (it would count them as attendees) unless they ask for one.
// Texts come in the reader's language; what people typed (the workshop's texts, notes) is
// Spanish, marked so on a page in another language. Server refusals are Spanish too.

const STATUS_ORDER: Record<TBoardSessionStatus, number> = { LOBBY: 0, OPEN: 1, CLOSED: 2 };

export type TLiveBoardProps = TLobbyProps & {
  status: TBoardSessionStatus;
  viewer: { userId: string; joined: boolean; moderator: boolean };
  labels: TMessages["board"];
  locale: TLocale;
};

export function LiveBoard({
  code,
  workshop,
  agenda,
  rules,
  serverNowMs,
  status: statusAtLoad,
  viewer,
  labels: t,
  locale,
}: TLiveBoardProps) {
  const es = locale === "es" ? undefined : "es";
  const trpc = useTRPC();
  const [joined, setJoined] = useState(viewer.joined);
  const join = useMutation(trpc.board.join.mutationOptions({ onSuccess: () => setJoined(true) }));
  const autoJoin = !viewer.moderator && !viewer.joined && statusAtLoad !== "CLOSED";
  const joinNow = join.mutate;
  useEffect(() => {
    if (autoJoin) joinNow({ code });
  }, [autoJoin, joinNow, code]);

  // The page's reading of the server clock until the stream sends its own.
  const [initialOffsetMs] = useState(() => serverNowMs - Date.now());
  const following = statusAtLoad !== "CLOSED" && (joined || viewer.moderator);
  const { state, connection, clockOffsetMs } = useBoardStream(code, viewer.userId, {
    enabled: following,
    initialOffsetMs,
  });
  // A status only moves forward: the page's until the stream has caught up with it.
  const status =
    STATUS_ORDER[state.status] >= STATUS_ORDER[statusAtLoad] ? state.status : statusAtLoad;

  return (
    <div className="live-board">
      <header className="live-board__head">
        <p className="live-board__kicker">
          {t.kicker} <strong className="live-board__code">{code}</strong>
        </p>
        <h1 lang={es}>{workshop.title}</h1>
        <p className="muted">
          <time dateTime={workshop.startsAtIso}>{workshop.dateText}</time>
          {workshop.place ? " · " : ""}
          {workshop.place ? <span lang={es}>{workshop.place}</span> : null}
        </p>
        {following && status !== "CLOSED" ? (
          <ConnectionStatus connection={connection} labels={t.shared.connection} />
        ) : null}
      </header>

      {join.error ? (
        <p role="alert" className="notice notice--danger" lang={es}>
          {join.error.message}
        </p>
      ) : null}

      {viewer.moderator && !joined && status !== "CLOSED" ? (
        <div className="notice live-board__moderator">
          <p>
            {t.live.moderator}{" "}
            <a href={`/admin/talleres/${workshop.slug}/sala`}>{t.live.moderatorLink}</a>.
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={join.isPending}
            onClick={() => join.mutate({ code })}
          >
            {t.live.participate}
          </button>
        </div>
      ) : null}

      {status === "CLOSED" ? (
        <section className="notice live-board__closed" aria-labelledby="tablero-cerrado">
          <h2 id="tablero-cerrado">{t.live.closedTitle}</h2>
          <p>{t.live.closedText}</p>
          <p>
            <a href={`/talleres/${workshop.slug}`}>{t.live.workshopPage}</a>
          </p>
        </section>
      ) : (
        <>
          <RulesReminder rules={rules} labels={t.shared.rules} locale={locale} />
          {status === "LOBBY" ? (
            <>
              <p className="notice live-board__waiting" role="status">
                {t.live.waiting}
              </p>
              <LobbyDetails
                objective={workshop.objective}
                agenda={agenda}
                rules={rules}
                labels={t.lobby}
                rulesLabels={t.shared.rules}
                locale={locale}
              />
            </>
          ) : state.lastEventId === 0 && connection === "connecting" ? (
            <p role="status">{t.live.loading}</p>
          ) : (
            <OpenBoard
              code={code}
              state={state}
              viewerId={viewer.userId}
              clockOffsetMs={clockOffsetMs}
              member={joined}
              labels={t}
              locale={locale}
            />
          )}
        </>
      )}
    </div>
  );
}
