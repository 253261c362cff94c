"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import type { TBoardLobby } from "@lab/domain/board-views";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { ActionError, useConsoleAction } from "./console-action";

// The workshop's questions, one open at a time: participants' notes go to the current one.

export function QuestionsPanel({
  code,
  slug,
  status,
  questions,
  currentId,
}: {
  code: string;
  slug: string;
  status: TBoardSessionStatus;
  questions: TBoardLobby["questions"];
  currentId: string | null;
}) {
  const trpc = useTRPC();
  const openQuestion = useMutation(trpc.boardAdmin.openQuestion.mutationOptions());
  const action = useConsoleAction();
  const canOpen = status === "OPEN";

  return (
    <section aria-labelledby="sala-preguntas" className="sala-panel">
      <h2 id="sala-preguntas" ref={action.heading} tabIndex={-1}>
        Preguntas
      </h2>
      {questions.length === 0 ? (
        <p>
          Este taller no tiene preguntas.{" "}
          <a href={`/admin/talleres/${slug}#preguntas`}>Agréguelas en la página del taller</a> y
          recargue esta página.
        </p>
      ) : (
        <>
          {status === "LOBBY" ? (
            <p className="hint">Abra la sesión para abrir la primera pregunta.</p>
          ) : null}
          <ol className="sala-questions">
            {questions.map((q, index) => {
              const current = q.id === currentId;
              return (
                <li
                  key={q.id}
                  className={current ? "sala-question sala-question--current" : "sala-question"}
                  aria-current={current ? "true" : undefined}
                >
                  <p className="sala-question__text">
                    <span className="sala-question__number">{index + 1}.</span> {q.text}
                  </p>
                  <p className="hint">{q.secondsPerIntervention} segundos por intervención</p>
                  {current ? (
                    <p>
                      <span className="badge badge--current">Pregunta actual</span>
                    </p>
                  ) : canOpen ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(
                          q.id,
                          () => openQuestion.mutateAsync({ code, questionId: q.id }),
                          { refocus: true },
                        )
                      }
                    >
                      {action.pending === q.id ? "Abriendo…" : "Abrir esta pregunta"}
                      <span className="visually-hidden"> (la {index + 1})</span>
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <ActionError error={action.error} />
    </section>
  );
}
