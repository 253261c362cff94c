import type { TBoardState } from "@lab/domain/board-state";
import { interpolate } from "@lab/domain/locale";
import { BOARD_LABELS_ES, formatCountdown, type TBoardLabels } from "./board-format";
import "./board.css";

// Who has the floor and their speaking time left. The screen computes `secondsLeft` with
// floorSecondsLeft(state, useServerNow(...)): the server's clock, so every screen shows the
// same second. The timer itself is not announced each second (role="timer" is not live);
// who has the floor and "Tiempo cumplido" are, politely.

export function FloorCountdown({
  floor,
  secondsLeft,
  viewerId = null,
  labels = BOARD_LABELS_ES.floor,
}: {
  floor: TBoardState["floor"];
  secondsLeft: number;
  viewerId?: string | null;
  labels?: TBoardLabels["floor"];
}) {
  const done = floor !== null && secondsLeft <= 0;
  const who = floor
    ? floor.userId === viewerId
      ? labels.you
      : interpolate(labels.other, { name: floor.name })
    : labels.nobody;
  return (
    <div className={`board-floor${done ? " board-floor--done" : ""}`}>
      <p className="board-floor__who" aria-live="polite">
        {who}
      </p>
      {floor ? (
        <>
          <p className="board-floor__time" role="timer" aria-label={labels.timer}>
            {formatCountdown(secondsLeft)}
          </p>
          <p className="board-floor__done" aria-live="polite">
            {done ? labels.done : ""}
          </p>
        </>
      ) : null}
    </div>
  );
}
