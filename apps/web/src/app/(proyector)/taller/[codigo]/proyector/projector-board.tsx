"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import { floorSecondsLeft, noteVotes, talliesHidden } from "@lab/domain/board-state";
import { interpolate, type TLocale } from "@lab/domain/locale";
import { useMemo, useState } from "react";
import type { TLobbyProps } from "~/app/(site)/taller/[codigo]/load";
import { currentNotes } from "~/board/board-format";
import { ConnectionStatus } from "~/board/connection-status";
import { FloorCountdown } from "~/board/floor-countdown";
import { NoteGroups } from "~/board/note-card";
import { RulesReminder } from "~/board/rules-reminder";
import { SpeakerQueue } from "~/board/speaker-queue";
import { useBoardStream, useServerNow } from "~/board/use-board-stream";
import type { TMessages } from "~/i18n/messages";

// The room's screen: the same stream and the same pieces as the participants' board, drawn
// large. Tallies of a round with hidden tallies stay hidden here even for a moderator's
// session (the room sees the screen), until the round closes. Interface texts follow the
// reader's language; the workshop's texts and the notes are Spanish, marked so in another.

const STATUS_ORDER: Record<TBoardSessionStatus, number> = { LOBBY: 0, OPEN: 1, CLOSED: 2 };

export function ProjectorBoard({
  code,
  workshop,
  agenda,
  rules,
  serverNowMs,
  status: statusAtLoad,
  joinUrl,
  labels: t,
  locale,
}: TLobbyProps & {
  status: TBoardSessionStatus;
  joinUrl: string;
  labels: TMessages["board"];
  locale: TLocale;
}) {
  const es = locale === "es" ? undefined : "es";
  const [initialOffsetMs] = useState(() => serverNowMs - Date.now());
  const { state, connection, clockOffsetMs } = useBoardStream(code, null, {
    enabled: statusAtLoad !== "CLOSED",
    initialOffsetMs,
  });
  const status =
    STATUS_ORDER[state.status] >= STATUS_ORDER[statusAtLoad] ? state.status : statusAtLoad;
  const now = useServerNow(clockOffsetMs, state.floor !== null);
  const question = state.question;
  const notes = useMemo(() => currentNotes(state.notes, question), [state.notes, question]);
  const hidden = talliesHidden(state);

  return (
    <div className="projector__frame">
      <header className="projector__head">
        <p className="projector__title" lang={es}>
          {workshop.title}
        </p>
        <p className="projector__join">
          <span className="projector__join-label">{t.projector.joinAt}</span>{" "}
          <span className="projector__url">{joinUrl}</span>{" "}
          <span className="projector__join-label">{t.projector.withCode}</span>{" "}
          <strong className="projector__code">{code}</strong>
        </p>
        {status !== "CLOSED" ? (
          <ConnectionStatus connection={connection} labels={t.shared.connection} />
        ) : null}
      </header>

      {status === "CLOSED" ? (
        <h1 className="projector__question">{t.live.closedTitle}</h1>
      ) : status === "LOBBY" ? (
        <>
          <h1 className="projector__question">{t.projector.starting}</h1>
          {agenda.length > 0 ? (
            <section aria-labelledby="proyector-agenda">
              <h2 id="proyector-agenda">{t.lobby.agenda}</h2>
              <ol className="projector__agenda" lang={es}>
                {agenda.map((item, i) => (
                  // The agenda's order is its identity; titles may repeat.
                  <li key={i}>{item.title}</li>
                ))}
              </ol>
            </section>
          ) : null}
          <RulesReminder rules={rules} labels={t.shared.rules} locale={locale} />
        </>
      ) : (
        <>
          <section aria-labelledby="proyector-pregunta" className="projector__current">
            <p id="proyector-pregunta" className="projector__label">
              {question
                ? interpolate(t.open.questionNumber, { order: question.order })
                : t.projector.question}
            </p>
            <h1 className="projector__question" lang={question ? es : undefined}>
              {question ? question.text : t.projector.waitQuestion}
            </h1>
          </section>
          <div className="projector__side">
            <section aria-labelledby="proyector-palabra">
              <h2 id="proyector-palabra" className="projector__label">
                {t.open.floor}
              </h2>
              <FloorCountdown
                floor={state.floor}
                secondsLeft={floorSecondsLeft(state, now)}
                labels={t.shared.floor}
              />
            </section>
            <section aria-labelledby="proyector-fila">
              <h2 id="proyector-fila" className="projector__label">
                {t.open.queue}
              </h2>
              <SpeakerQueue queue={state.queue} labels={t.shared.queue} />
            </section>
          </div>
          <section aria-labelledby="proyector-ideas" className="projector__notes">
            <h2 id="proyector-ideas" className="projector__label">
              {interpolate(t.projector.ideas, { count: notes.length })}
              {state.voting?.open
                ? ` · ${hidden ? t.projector.votingHidden : t.projector.votingOpen}`
                : ""}
            </h2>
            <NoteGroups
              notes={notes}
              clusters={state.clusters}
              votesOf={state.voting && !hidden ? (noteId) => noteVotes(state, noteId) : undefined}
              labels={t.shared.notes}
              locale={locale}
              layout="columns"
            />
          </section>
          <RulesReminder rules={rules} labels={t.shared.rules} locale={locale} />
        </>
      )}
    </div>
  );
}
