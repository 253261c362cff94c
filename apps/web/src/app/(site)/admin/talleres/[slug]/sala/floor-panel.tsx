"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import { floorSecondsLeft, type TBoardState } from "@lab/domain/board-state";
import { useMutation } from "@tanstack/react-query";
import { FloorCountdown } from "~/board/floor-countdown";
import { SpeakerQueue } from "~/board/speaker-queue";
import { useServerNow } from "~/board/use-board-stream";
import { useTRPC } from "~/trpc/react";
import { ActionError, count, useConsoleAction } from "./console-action";

// Raised hands in the order they were raised, and the floor: whoever speaks, with the
// countdown every screen shows (the server's clock), until their time or the moderator ends it.

export function FloorPanel({
  code,
  status,
  state,
  clockOffsetMs,
}: {
  code: string;
  status: TBoardSessionStatus;
  state: TBoardState;
  clockOffsetMs: number;
}) {
  const trpc = useTRPC();
  const giveFloor = useMutation(trpc.boardAdmin.giveFloor.mutationOptions());
  const endFloor = useMutation(trpc.boardAdmin.endFloor.mutationOptions());
  const removeHand = useMutation(trpc.boardAdmin.removeHand.mutationOptions());
  const action = useConsoleAction();
  const now = useServerNow(clockOffsetMs, state.floor !== null);
  const canGive = status === "OPEN";
  const next = state.queue[0]?.userId ?? null;

  return (
    <section aria-labelledby="sala-turnos" className="sala-panel">
      <h2 id="sala-turnos" ref={action.heading} tabIndex={-1}>
        Turnos para hablar
      </h2>
      <FloorCountdown floor={state.floor} secondsLeft={floorSecondsLeft(state, now)} />
      {state.floor ? (
        <p className="sala-floor-end">
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy}
            onClick={() =>
              void action.run("end", () => endFloor.mutateAsync({ code }), { refocus: true })
            }
          >
            {action.pending === "end" ? "Terminando…" : "Terminar turno"}
          </button>
        </p>
      ) : null}

      <h3>
        Fila para hablar{" "}
        <span className="sala-count">({count(state.queue.length, "persona", "personas")})</span>
      </h3>
      <SpeakerQueue
        queue={state.queue}
        actionFor={(hand) => (
          <span className="button-row sala-queue-actions">
            {canGive ? (
              <button
                type="button"
                // The next to speak gets the prominent button: the usual move.
                className={
                  hand.userId === next ? "button" : "button button--secondary button--small"
                }
                disabled={action.busy}
                onClick={() =>
                  void action.run(
                    `give-${hand.userId}`,
                    () => giveFloor.mutateAsync({ code, userId: hand.userId }),
                    { refocus: true },
                  )
                }
              >
                {action.pending === `give-${hand.userId}` ? "Dando la palabra…" : "Dar la palabra"}
                <span className="visually-hidden"> a {hand.name}</span>
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={action.busy}
              onClick={() =>
                void action.run(
                  `remove-${hand.userId}`,
                  () => removeHand.mutateAsync({ code, userId: hand.userId }),
                  { refocus: true },
                )
              }
            >
              Quitar de la fila<span className="visually-hidden"> a {hand.name}</span>
            </button>
          </span>
        )}
      />
      <ActionError error={action.error} />
    </section>
  );
}
