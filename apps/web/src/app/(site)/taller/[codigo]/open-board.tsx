"use client";

import {
  floorSecondsLeft,
  noteVotes,
  type TBoardState,
  talliesHidden,
  votesLeft,
} from "@lab/domain/board-state";
import { interpolate, type TLocale } from "@lab/domain/locale";
import { useMutation } from "@tanstack/react-query";
import { useMemo } from "react";
import { currentNotes, votesLeftText } from "~/board/board-format";
import { FloorCountdown } from "~/board/floor-countdown";
import { NoteGroups, noteTextId } from "~/board/note-card";
import { SpeakerQueue } from "~/board/speaker-queue";
import { useServerNow } from "~/board/use-board-stream";
import { useNoteAnnouncement } from "~/board/use-note-announcement";
import type { TMessages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { HandControl } from "./hand-control";
import { NoteForm } from "./note-form";

// The open session as a participant sees it: the current question, who has the floor and
// for how long (the server's clock), their hand and the queue, the note form, and the notes
// of the question, grouped when the moderators grouped them, with dot-voting when a round is
// open. Everything comes from the stream's state; the buttons only send.

export function OpenBoard({
  code,
  state,
  viewerId,
  clockOffsetMs,
  member,
  labels: t,
  locale,
}: {
  code: string;
  state: TBoardState;
  viewerId: string;
  clockOffsetMs: number;
  /** False for a moderator watching without a seat: no buttons. */
  member: boolean;
  labels: TMessages["board"];
  locale: TLocale;
}) {
  const es = locale === "es" ? undefined : "es";
  const trpc = useTRPC();
  const vote = useMutation(trpc.board.vote.mutationOptions());
  const now = useServerNow(clockOffsetMs, state.floor !== null);
  const question = state.question;
  const notes = useMemo(() => currentNotes(state.notes, question), [state.notes, question]);
  const announcement = useNoteAnnouncement(notes, viewerId, t.announce);
  const hidden = talliesHidden(state);
  const voting = state.voting;
  const left = votesLeft(state);
  const canVote = member && Boolean(voting?.open) && left > 0;

  return (
    <div className="live-board__open">
      <section aria-labelledby="tablero-pregunta" className="live-board__question">
        <h2 id="tablero-pregunta">
          {question
            ? interpolate(t.open.questionNumber, { order: question.order })
            : t.open.currentQuestion}
        </h2>
        <p
          className="live-board__question-text"
          aria-live="polite"
          lang={question ? es : undefined}
        >
          {question ? question.text : t.open.waitQuestion}
        </p>
      </section>

      <section aria-labelledby="tablero-palabra" className="live-board__floor">
        <h2 id="tablero-palabra">{t.open.floor}</h2>
        <FloorCountdown
          floor={state.floor}
          secondsLeft={floorSecondsLeft(state, now)}
          viewerId={viewerId}
          labels={t.shared.floor}
        />
        {member ? (
          <HandControl
            code={code}
            state={state}
            viewerId={viewerId}
            labels={t.hand}
            position={t.shared.position}
            locale={locale}
          />
        ) : null}
        <h3>{t.open.queue}</h3>
        <SpeakerQueue queue={state.queue} viewerId={viewerId} labels={t.shared.queue} />
      </section>

      {question && member ? (
        <section aria-labelledby="tablero-idea" className="live-board__form">
          <h2 id="tablero-idea">{t.open.addIdea}</h2>
          <NoteForm code={code} labels={t.noteForm} locale={locale} />
        </section>
      ) : null}

      <section aria-labelledby="tablero-ideas" className="live-board__notes">
        <h2 id="tablero-ideas">
          {t.open.ideas} <span className="muted">({notes.length})</span>
        </h2>
        {voting ? (
          <p className="notice live-board__voting" role="status">
            {voting.open
              ? `${t.open.votingOpen} ${votesLeftText(left, t.shared.votesLeft)}.${
                  hidden ? ` ${t.open.hiddenTallies}` : ""
                }`
              : t.open.votingClosed}
          </p>
        ) : null}
        {vote.error ? (
          <p role="alert" className="form-error" lang={es}>
            {vote.error.message}
          </p>
        ) : null}
        <NoteGroups
          notes={notes}
          clusters={state.clusters}
          labels={t.shared.notes}
          locale={locale}
          votesOf={voting && !hidden ? (noteId) => noteVotes(state, noteId) : undefined}
          actionFor={
            voting?.open && member
              ? (note) => (
                  <button
                    type="button"
                    className="button button--small"
                    aria-describedby={noteTextId(note.id)}
                    disabled={!canVote || vote.isPending}
                    onClick={() => {
                      vote.reset();
                      vote.mutate({ code, noteId: note.id });
                    }}
                  >
                    {t.open.vote}
                  </button>
                )
              : undefined
          }
        />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>
    </div>
  );
}
