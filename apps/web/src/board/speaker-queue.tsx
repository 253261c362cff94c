import type { TBoardState } from "@lab/domain/board-state";
import type { ReactNode } from "react";
import { BOARD_LABELS_ES, type TBoardLabels } from "./board-format";
import "./board.css";

// The raised hands in the order they were raised (who speaks next first). Presentational:
// the moderators' console passes its buttons per person through `actionFor`.

export function SpeakerQueue({
  queue,
  viewerId = null,
  actionFor,
  labels = BOARD_LABELS_ES.queue,
}: {
  queue: TBoardState["queue"];
  /** Marks the viewer's own place. */
  viewerId?: string | null;
  actionFor?: (hand: TBoardState["queue"][number]) => ReactNode;
  labels?: TBoardLabels["queue"];
}) {
  if (queue.length === 0) return <p className="board-empty">{labels.empty}</p>;
  return (
    <ol className="board-queue">
      {queue.map((hand) => (
        <li key={hand.userId} className="board-queue__item">
          <span className="board-queue__name">
            {hand.name}
            {hand.userId === viewerId ? <strong> {labels.you}</strong> : null}
          </span>
          {actionFor?.(hand)}
        </li>
      ))}
    </ol>
  );
}
