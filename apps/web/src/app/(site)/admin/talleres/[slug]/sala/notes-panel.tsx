"use client";

import type { TBoardSessionStatus } from "@lab/domain/board";
import { ZSaveClusterInput } from "@lab/domain/board-inputs";
import {
  noteVotes,
  type TBoardClusterView,
  type TBoardNoteView,
  type TBoardState,
  talliesHidden,
} from "@lab/domain/board-state";
import { CAPACITY_TYPE_LABELS_ES } from "@lab/domain/indicator";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { NoteCard, noteTextId } from "~/board/note-card";
import { ConfirmButton } from "~/components/confirm-button";
import { CheckGroup, SelectField, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { CAPACITY_TYPE_OPTIONS } from "../../_components/options";
import { ActionError, count, useConsoleAction } from "./console-action";

// The notes of the current question and the clusters moderators make of them: select notes,
// group them under a title with capacity types (the tags of their contributions at closing),
// move them into an existing cluster, rename or retag a cluster, hide an inappropriate note.
// Dots are shown as moderators see them: all of them, even while participants' are hidden.

type TNoteNumbers = Map<string, number>;

/** The moderators' tools under a note: select it (to group or move it), hide it. */
function NoteTools({
  note,
  number,
  hiddenTallies,
  selected,
  onSelect,
  onHide,
  closed,
  pending,
}: {
  note: TBoardNoteView;
  number: number;
  hiddenTallies: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onHide: () => void;
  /** The session is closed: nothing to select or hide any more. */
  closed: boolean;
  /** Another action of the panel is running. */
  pending: boolean;
}) {
  const id = `sala-idea-${note.id}`;
  return (
    <div className="sala-note-tools">
      {hiddenTallies ? <p className="hint">Votos ocultos para participantes</p> : null}
      {closed ? (
        <p className="hint">Idea {number}</p>
      ) : (
        <>
          <div className="check">
            <input
              id={id}
              type="checkbox"
              checked={selected}
              onChange={(e) => onSelect(e.currentTarget.checked)}
              aria-describedby={noteTextId(note.id)}
            />
            <label htmlFor={id}>Seleccionar la idea {number}</label>
          </div>
          <ConfirmButton
            label={`Ocultar la idea ${number}`}
            confirmLabel={`Sí, ocultar la idea ${number}`}
            onConfirm={onHide}
            pending={pending}
          />
        </>
      )}
    </div>
  );
}

type TClusterValues = { title: string; capacityTypes: string[] };

/** A new cluster (with the selected notes), or a cluster's new title and capacity types. */
function ClusterForm({
  code,
  cluster,
  noteIds,
  onSaved,
}: {
  code: string;
  cluster: TBoardClusterView | null;
  noteIds: string[];
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const save = useSaveState();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const mutation = useMutation(trpc.boardAdmin.saveCluster.mutationOptions());
  const [values, setValues] = useState<TClusterValues>({
    title: cluster?.title ?? "",
    capacityTypes: cluster?.capacityTypes ?? [],
  });
  const prefix = cluster ? `sala-grupo-${cluster.id}` : "sala-grupo-nuevo";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      code,
      clusterId: cluster?.id,
      title: values.title,
      capacityTypes: values.capacityTypes,
      noteIds: cluster ? [] : noteIds,
    };
    if (!save.check(ZSaveClusterInput, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(
      () => mutation.mutateAsync(input as Parameters<typeof mutation.mutateAsync>[0]),
      cluster ? "Grupo actualizado." : `Grupo «${values.title.trim()}» creado.`,
    );
    if (!result) {
      focusFirstError();
      return;
    }
    if (!cluster) setValues({ title: "", capacityTypes: [] });
    onSaved();
  }

  return (
    <FormShell
      formRef={form}
      label={cluster ? `Cambiar el grupo «${cluster.title}»` : "Agrupar ideas"}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: cluster ? "Guardar el grupo" : "Agrupar",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <TextField
        id={`${prefix}-title`}
        error={save.errors.title}
        label="Título del grupo"
        hint={
          cluster
            ? undefined
            : noteIds.length > 0
              ? `Las ${count(noteIds.length, "idea seleccionada pasa", "ideas seleccionadas pasan")} a este grupo.`
              : "Seleccione ideas para ponerlas en el grupo, o créelo vacío."
        }
        value={values.title}
        onChange={(title) => setValues((v) => ({ ...v, title }))}
      />
      <CheckGroup
        id={`${prefix}-types`}
        legend="Tipos de capacidad"
        error={save.errors.capacityTypes}
        options={CAPACITY_TYPE_OPTIONS}
        selected={values.capacityTypes}
        onChange={(capacityTypes) => setValues((v) => ({ ...v, capacityTypes }))}
      />
    </FormShell>
  );
}

/** Moves the selected notes into an existing cluster, which keeps its title and types. */
function MoveForm({
  code,
  clusters,
  noteIds,
  onMoved,
}: {
  code: string;
  clusters: TBoardClusterView[];
  noteIds: string[];
  onMoved: () => void;
}) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.boardAdmin.saveCluster.mutationOptions());
  const action = useConsoleAction();
  const [target, setTarget] = useState("");
  const cluster = clusters.find((c) => c.id === target) ?? null;
  const [error, setError] = useState<string | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!cluster) {
      setError("Elija el grupo al que pasan las ideas.");
      return;
    }
    setError(undefined);
    const moved = await action.run("move", () =>
      mutation.mutateAsync({
        code,
        clusterId: cluster.id,
        title: cluster.title,
        capacityTypes: cluster.capacityTypes,
        noteIds,
      }),
    );
    if (moved) onMoved();
  }

  return (
    <form className="form form--wide" onSubmit={onSubmit} noValidate aria-label="Mover a un grupo">
      <SelectField
        id="sala-mover-grupo"
        label="Mover las ideas seleccionadas al grupo"
        emptyLabel="Elija un grupo"
        options={clusters.map((c) => ({ value: c.id, label: c.title }))}
        value={target}
        onChange={setTarget}
        error={error}
      />
      <ActionError error={action.error} />
      <button
        type="submit"
        className="button button--secondary"
        disabled={action.busy || noteIds.length === 0}
      >
        {action.pending === "move" ? "Moviendo…" : "Mover al grupo"}
      </button>
    </form>
  );
}

export function NotesPanel({
  code,
  status,
  state,
}: {
  code: string;
  status: TBoardSessionStatus;
  state: TBoardState;
}) {
  const trpc = useTRPC();
  const hideNote = useMutation(trpc.boardAdmin.hideNote.mutationOptions());
  const action = useConsoleAction();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const closed = status === "CLOSED";
  const hidden = talliesHidden(state);
  const questionId = state.question?.id ?? null;

  // Numbers follow arrival order over the whole board, so "Idea 7" names one note everywhere.
  const numbers: TNoteNumbers = new Map(state.notes.map((n, i) => [n.id, i + 1]));
  const current = state.notes.filter((n) => n.questionId === questionId && !n.clusterId);
  const earlier = state.notes.filter((n) => n.questionId !== questionId && !n.clusterId);
  // Only notes still on the board: a note hidden meanwhile drops out of the selection.
  const selectedIds = state.notes.filter((n) => selected.has(n.id)).map((n) => n.id);

  function select(noteId: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(noteId);
      else next.delete(noteId);
      return next;
    });
  }
  const clearSelection = () => setSelected(new Set());

  const item = (note: TBoardNoteView) => {
    const number = numbers.get(note.id) ?? 0;
    return (
      <li key={note.id} className={selected.has(note.id) ? "sala-note--selected" : undefined}>
        <NoteCard
          note={note}
          votes={noteVotes(state, note.id, { includeHidden: true })}
          action={
            <NoteTools
              note={note}
              number={number}
              hiddenTallies={hidden}
              selected={selected.has(note.id)}
              onSelect={(on) => select(note.id, on)}
              onHide={() =>
                void action.run(
                  `hide-${note.id}`,
                  () => hideNote.mutateAsync({ code, noteId: note.id }),
                  { refocus: true },
                )
              }
              closed={closed}
              pending={action.busy}
            />
          }
        />
      </li>
    );
  };

  return (
    <section aria-labelledby="sala-ideas" className="sala-panel">
      <h2 id="sala-ideas" ref={action.heading} tabIndex={-1}>
        Ideas
      </h2>
      <ActionError error={action.error} />

      <h3>
        {state.question ? "De la pregunta actual" : "Sin pregunta abierta"}{" "}
        <span className="sala-count">
          ({count(current.length, "idea sin agrupar", "ideas sin agrupar")})
        </span>
      </h3>
      {state.question ? <p className="sala-question-text">{state.question.text}</p> : null}
      {current.length === 0 ? (
        <p className="muted">
          {state.question
            ? "Aquí aparecen las ideas que envíen los participantes."
            : "Abra una pregunta para recibir ideas."}
        </p>
      ) : (
        <ul className="board-notes sala-notes">{current.map(item)}</ul>
      )}

      {earlier.length > 0 ? (
        <details className="sala-earlier">
          <summary>
            Ideas sin agrupar de otras preguntas ({earlier.length.toLocaleString("es-CO")})
          </summary>
          <ul className="board-notes sala-notes">{earlier.map(item)}</ul>
        </details>
      ) : null}

      {closed ? null : (
        <div className="sala-grouping">
          <p className="sala-grouping__selected" aria-live="polite">
            {count(selectedIds.length, "idea seleccionada", "ideas seleccionadas")}
            {selectedIds.length > 0 ? (
              <>
                {" "}
                <button type="button" className="link-button" onClick={clearSelection}>
                  Quitar la selección
                </button>
              </>
            ) : null}
          </p>
          <ClusterForm code={code} cluster={null} noteIds={selectedIds} onSaved={clearSelection} />
          {state.clusters.length > 0 ? (
            <MoveForm
              code={code}
              clusters={state.clusters}
              noteIds={selectedIds}
              onMoved={clearSelection}
            />
          ) : null}
        </div>
      )}

      <h3>Grupos ({state.clusters.length.toLocaleString("es-CO")})</h3>
      {state.clusters.length === 0 ? (
        <p className="muted">Todavía no hay grupos.</p>
      ) : (
        <ul className="sala-clusters">
          {state.clusters.map((cluster) => {
            const notes = state.notes.filter((n) => n.clusterId === cluster.id);
            return (
              <li key={cluster.id} className="sala-cluster">
                <h4 className="sala-cluster__title">{cluster.title}</h4>
                <p className="sala-cluster__meta">
                  {count(notes.length, "idea", "ideas")}
                  {cluster.capacityTypes.length > 0
                    ? ` · ${cluster.capacityTypes.map((t) => CAPACITY_TYPE_LABELS_ES[t]).join(" · ")}`
                    : ""}
                </p>
                {notes.length > 0 ? (
                  <ul className="board-notes sala-notes">{notes.map(item)}</ul>
                ) : null}
                {closed ? null : (
                  <details className="sala-cluster__edit">
                    <summary>
                      Cambiar nombre o tipos
                      <span className="visually-hidden"> del grupo «{cluster.title}»</span>
                    </summary>
                    <ClusterForm
                      code={code}
                      cluster={cluster}
                      noteIds={[]}
                      onSaved={() => undefined}
                    />
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
