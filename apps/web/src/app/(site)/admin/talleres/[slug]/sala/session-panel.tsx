"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import type { TBoardState } from "@lab/domain/board-state";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ConnectionStatus } from "~/board/connection-status";
import type { TBoardConnection } from "~/board/use-board-stream";
import { useTRPC } from "~/trpc/react";
import { ActionError, count, useConsoleAction } from "./console-action";

// The session's state and its two big moves: opening it (lobbies turn into the board) and
// closing it for good (notes become contributions, joins become attendance), the latter after
// a dialog that says so. Then who joined.

const STATUS_LABELS: Record<TBoardSessionStatus, string> = {
  LOBBY: "En sala de espera (sin abrir)",
  OPEN: "Sesión abierta",
  CLOSED: "Sesión cerrada",
};

export function SessionPanel({
  code,
  slug,
  status,
  connection,
  state,
}: {
  code: string;
  slug: string;
  status: TBoardSessionStatus;
  connection: TBoardConnection;
  state: TBoardState;
}) {
  const trpc = useTRPC();
  const open = useMutation(trpc.boardAdmin.open.mutationOptions());
  const close = useMutation(trpc.boardAdmin.close.mutationOptions());
  const action = useConsoleAction();
  const dialog = useRef<HTMLDialogElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [closing, setClosing] = useState<{ contributions: number; attendees: number } | null>(null);

  // The opener button is gone once the session is closed: take focus to what happened.
  useEffect(() => {
    if (closing) summary.current?.focus();
  }, [closing]);

  async function onClose() {
    const result = await action.run("close", () => close.mutateAsync({ code }));
    dialog.current?.close();
    if (result) setClosing(result);
  }

  // The server's answer is final: show it at once, before the stream's event arrives.
  const closed = status === "CLOSED" || closing !== null;
  const visibleNotes = state.notes.length;
  const joined = state.participants.length;

  return (
    <section aria-labelledby="sala-sesion" className="sala-panel sala-session">
      <h2 id="sala-sesion" ref={action.heading} tabIndex={-1}>
        Sesión
      </h2>
      <div className="sala-session__state">
        <p role="status">
          <strong className={`sala-status sala-status--${status.toLowerCase()}`}>
            {STATUS_LABELS[status]}
          </strong>
        </p>
        <ConnectionStatus connection={connection} />
      </div>

      {status === "LOBBY" ? (
        <>
          <p>
            Quienes entran con el código esperan en la sala de espera, donde ven el título, la
            agenda y las reglas. Al abrir la sesión, su pantalla pasa sola al tablero.
          </p>
          <button
            type="button"
            className="button"
            disabled={action.busy}
            onClick={() =>
              void action.run("open", () => open.mutateAsync({ code }), { refocus: true })
            }
          >
            {action.pending === "open" ? "Abriendo…" : "Abrir sesión"}
          </button>
        </>
      ) : null}

      {status === "OPEN" && !closed ? (
        <p>
          <button
            type="button"
            className="button button--danger"
            disabled={action.busy}
            onClick={() => {
              action.clearError();
              dialog.current?.showModal();
            }}
          >
            Cerrar sesión
          </button>
        </p>
      ) : null}

      <div ref={summary} tabIndex={-1} className="sala-session__summary">
        {closed ? (
          <div className="notice">
            <p>
              {closing
                ? `Sesión cerrada: ${count(closing.contributions, "aporte", "aportes")} y ${count(closing.attendees, "asistente registrado", "asistentes registrados")}.`
                : "La sesión está cerrada. Sus ideas ya son aportes del taller y quienes se unieron están en el registro de asistencia."}
            </p>
            <p>
              <a href={`/admin/talleres/${slug}#aportes`}>
                Revisar los aportes y publicar los resultados del taller
              </a>
            </p>
          </div>
        ) : null}
      </div>

      <ActionError error={action.error} />

      <dialog
        ref={dialog}
        className="sala-dialog"
        aria-labelledby="sala-cerrar-titulo"
        aria-describedby="sala-cerrar-texto"
      >
        <h2 id="sala-cerrar-titulo">¿Cerrar la sesión?</h2>
        <div id="sala-cerrar-texto">
          <p>Al cerrarla, y sin vuelta atrás:</p>
          <ul>
            <li>
              las ideas visibles ({visibleNotes}) se convierten en aportes del taller: los grupos
              pasan a ser sus etiquetas y los votos quedan contados;
            </li>
            <li>
              las personas que se unieron ({joined}) quedan en el registro de asistencia, con la
              autorización de datos que dieron al crear su cuenta;
            </li>
            <li>
              si hay una votación abierta, se cierra; nadie podrá enviar ideas, pedir la palabra ni
              votar.
            </li>
          </ul>
          <p>Después podrá revisar los aportes y publicar los resultados.</p>
        </div>
        <p className="button-row">
          <button
            type="button"
            className="button button--danger"
            disabled={action.busy}
            onClick={() => void onClose()}
          >
            {action.pending === "close" ? "Cerrando…" : "Sí, cerrar la sesión"}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => dialog.current?.close()}
          >
            Cancelar
          </button>
        </p>
      </dialog>
    </section>
  );
}

export function ParticipantsPanel({ state }: { state: TBoardState }) {
  const people = state.participants;
  return (
    <section aria-labelledby="sala-participantes" className="sala-panel">
      <h2 id="sala-participantes">
        Participantes <span className="sala-count">({people.length})</span>
      </h2>
      {people.length === 0 ? (
        <p className="muted">Todavía no se ha unido nadie.</p>
      ) : (
        <ul className="sala-people">
          {people.map((p) => (
            <li key={p.userId}>
              <span className="sala-people__name">{p.name}</span>
              {p.institution ? <span className="muted"> · {p.institution}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
