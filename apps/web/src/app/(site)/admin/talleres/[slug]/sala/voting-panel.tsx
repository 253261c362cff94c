"use client";

import { BOARD_LIMITS, type TBoardSessionStatus } from "@lab/domain/board";
import { ZOpenVotingInput } from "@lab/domain/board-inputs";
import type { TBoardState } from "@lab/domain/board-state";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { votesText } from "~/board/board-format";
import { CheckField, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { ActionError, count, useConsoleAction } from "./console-action";

// Dot-voting rounds: N dots per participant, tallies live or hidden from participants until
// the round closes. Moderators always see every dot as it arrives.

const DEFAULT_VOTES = 3;

function OpenVotingForm({ code, onOpened }: { code: string; onOpened: () => void }) {
  const trpc = useTRPC();
  const save = useSaveState();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const mutation = useMutation(trpc.boardAdmin.openVoting.mutationOptions());
  const [votes, setVotes] = useState(String(DEFAULT_VOTES));
  const [hiddenTallies, setHiddenTallies] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { code, votesPerParticipant: votes.trim(), hiddenTallies };
    const checked = save.check(ZOpenVotingInput, input);
    if (!checked) {
      focusFirstError();
      return;
    }
    const opened = await save.run(
      () =>
        mutation.mutateAsync({
          code,
          votesPerParticipant: checked.votesPerParticipant,
          hiddenTallies,
        }),
      "",
    );
    // The form leaves the screen once the round opens.
    if (opened) onOpened();
    else focusFirstError();
  }

  return (
    <FormShell
      formRef={form}
      label="Abrir una votación"
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{ label: "Abrir votación", pendingLabel: "Abriendo…", pending: save.pending }}
    >
      <TextField
        id="sala-votos"
        type="number"
        label="Votos por participante"
        hint={`Entre 1 y ${BOARD_LIMITS.maxVotesPerParticipant}. Cada persona reparte sus votos entre las ideas que prefiera.`}
        error={save.errors.votesPerParticipant}
        value={votes}
        onChange={setVotes}
      />
      <CheckField
        id="sala-ocultar"
        label="Ocultar resultados hasta cerrar"
        hint="Los participantes ven solo sus propios votos hasta que cierre la votación."
        error={save.errors.hiddenTallies}
        checked={hiddenTallies}
        onChange={setHiddenTallies}
      />
    </FormShell>
  );
}

/** The round's notes by dots, most first (notes hidden since are left out). */
function RoundTallies({ state, round }: { state: TBoardState; round: number }) {
  const tallies = state.tallies[round] ?? {};
  const numbers = new Map(state.notes.map((n, i) => [n.id, i + 1]));
  const ranked = state.notes
    .map((note) => ({ note, votes: tallies[note.id] ?? 0 }))
    .filter((r) => r.votes > 0)
    .sort((a, b) => b.votes - a.votes);
  if (ranked.length === 0) return <p className="muted">Aún no hay votos en esta ronda.</p>;
  return (
    <ol className="sala-tallies">
      {ranked.map(({ note, votes }) => (
        <li key={note.id}>
          <span className="sala-tallies__votes">{votesText(votes)}</span>
          <span>
            <span className="muted">Idea {numbers.get(note.id)}:</span> {note.text}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function VotingPanel({
  code,
  status,
  state,
}: {
  code: string;
  status: TBoardSessionStatus;
  state: TBoardState;
}) {
  const trpc = useTRPC();
  const closeVoting = useMutation(trpc.boardAdmin.closeVoting.mutationOptions());
  const action = useConsoleAction();
  const voting = state.voting;
  const open = voting?.open === true;

  return (
    <section aria-labelledby="sala-votacion" className="sala-panel">
      <h2 id="sala-votacion" ref={action.heading} tabIndex={-1}>
        Votación
      </h2>
      {open && voting ? (
        <>
          <p role="status">
            <strong>Votación abierta (ronda {voting.round}):</strong>{" "}
            {count(voting.votesPerParticipant, "voto", "votos")} por participante.{" "}
            {voting.hiddenTallies
              ? "Resultados ocultos para participantes hasta cerrar."
              : "Los participantes ven los resultados en vivo."}
          </p>
          <h3>
            Resultados en vivo
            {voting.hiddenTallies ? (
              <span className="muted"> (ocultos para participantes)</span>
            ) : null}
          </h3>
          <RoundTallies state={state} round={voting.round} />
          <p>
            <button
              type="button"
              className="button"
              disabled={action.busy}
              onClick={() =>
                void action.run("close", () => closeVoting.mutateAsync({ code }), {
                  refocus: true,
                })
              }
            >
              {action.pending === "close" ? "Cerrando…" : "Cerrar votación"}
            </button>
          </p>
        </>
      ) : (
        <>
          <p role="status">
            {voting
              ? `Votación cerrada (ronda ${voting.round}): resultados visibles para todos.`
              : "No hay una votación abierta."}
          </p>
          {voting ? (
            <>
              <h3>Resultados de la ronda {voting.round}</h3>
              <RoundTallies state={state} round={voting.round} />
            </>
          ) : null}
          {status === "OPEN" ? (
            <OpenVotingForm code={code} onOpened={() => action.heading.current?.focus()} />
          ) : status === "LOBBY" ? (
            <p className="hint">Abra la sesión para poder abrir una votación.</p>
          ) : null}
        </>
      )}
      <ActionError error={action.error} />
    </section>
  );
}
