"use client";

import type { TBoardState } from "@lab/domain/board-state";
import type { TLocale } from "@lab/domain/locale";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { queuePosition, queuePositionText } from "~/board/board-format";
import type { TMessages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";

// "Levantar la mano" / "Bajar la mano", and the viewer's place in the queue. The queue is the
// stream's: after the server accepts, the button waits for the event to come back, so a
// second tap cannot undo the first before the screen shows it.

export function HandControl({
  code,
  state,
  viewerId,
  labels,
  position: positionTemplate,
  locale,
}: {
  code: string;
  state: TBoardState;
  viewerId: string;
  labels: TMessages["board"]["hand"];
  /** "Usted es el {position}.º en la fila", in the reader's language. */
  position: string;
  locale: TLocale;
}) {
  const trpc = useTRPC();
  const raise = useMutation(trpc.board.raiseHand.mutationOptions());
  const lower = useMutation(trpc.board.lowerHand.mutationOptions());
  const position = queuePosition(state.queue, viewerId);
  const raised = position !== null;
  const speaking = state.floor?.userId === viewerId;
  // The hand the screen is waiting to see after an accepted tap.
  const [awaiting, setAwaiting] = useState<boolean | null>(null);
  useEffect(() => {
    if (awaiting !== null && (awaiting === raised || speaking)) setAwaiting(null);
  }, [awaiting, raised, speaking]);
  const busy = raise.isPending || lower.isPending || awaiting !== null;
  const error = raise.error ?? lower.error;

  function onClick() {
    raise.reset();
    lower.reset();
    if (raised) {
      lower.mutate({ code }, { onSuccess: (r) => r.lowered && setAwaiting(false) });
    } else {
      raise.mutate({ code }, { onSuccess: (r) => r.raised && setAwaiting(true) });
    }
  }

  return (
    <div className="board-hand">
      <p className="board-hand__position" role="status">
        {/* While speaking, the countdown above says it. */}
        {speaking ? "" : raised ? `${queuePositionText(position, positionTemplate)}.` : labels.down}
      </p>
      {speaking ? null : (
        <button type="button" className="button" onClick={onClick} disabled={busy}>
          {raised ? labels.lower : labels.raise}
        </button>
      )}
      {error ? (
        <p role="alert" className="form-error" lang={locale === "es" ? undefined : "es"}>
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
