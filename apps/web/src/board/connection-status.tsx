import { BOARD_LABELS_ES, type TBoardLabels } from "./board-format";
import type { TBoardConnection } from "./use-board-stream";
import "./board.css";

/** "En vivo" / "Reconectando…", announced politely when it changes. */
export function ConnectionStatus({
  connection,
  labels = BOARD_LABELS_ES.connection,
}: {
  connection: TBoardConnection;
  labels?: TBoardLabels["connection"];
}) {
  return (
    <p className={`board-connection board-connection--${connection}`} role="status">
      <span aria-hidden="true" className="board-connection__dot" />
      {labels[connection]}
    </p>
  );
}
