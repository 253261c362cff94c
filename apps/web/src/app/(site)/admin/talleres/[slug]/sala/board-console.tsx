"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import type { TBoardLobby } from "@lab/domain/board-views";
import { useBoardStream } from "~/board/use-board-stream";
import { FloorPanel } from "./floor-panel";
import { NotesPanel } from "./notes-panel";
import { QuestionsPanel } from "./questions-panel";
import { ParticipantsPanel, SessionPanel } from "./session-panel";
import { VotingPanel } from "./voting-panel";

// The moderators' console: every panel reads the board folded from the event stream, which
// for moderators carries every event (even the dots of rounds with hidden tallies).

export function BoardConsole({
  code,
  slug,
  viewerId,
  initialStatus,
  questions,
}: {
  code: string;
  slug: string;
  viewerId: string;
  /** As the page read it, shown until the stream's replay arrives. */
  initialStatus: TBoardSessionStatus;
  questions: TBoardLobby["questions"];
}) {
  const { state, connection, clockOffsetMs } = useBoardStream(code, viewerId);
  const status = state.lastEventId === 0 ? initialStatus : state.status;

  return (
    <div className="sala-console">
      <div className="sala-console__column">
        <SessionPanel
          code={code}
          slug={slug}
          status={status}
          connection={connection}
          state={state}
        />
        <QuestionsPanel
          code={code}
          slug={slug}
          status={status}
          questions={questions}
          currentId={state.question?.id ?? null}
        />
        <FloorPanel code={code} status={status} state={state} clockOffsetMs={clockOffsetMs} />
        <VotingPanel code={code} status={status} state={state} />
        <ParticipantsPanel state={state} />
      </div>
      <div className="sala-console__column">
        <NotesPanel code={code} status={status} state={state} />
      </div>
    </div>
  );
}
