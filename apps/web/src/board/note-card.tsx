import type { TBoardClusterView, TBoardNoteView } from "@lab/domain/board-state";
import { CAPACITY_TYPE_LABELS } from "@lab/domain/indicator";
import type { TLocale } from "@lab/domain/locale";
import type { ReactNode } from "react";
import { BOARD_LABELS_ES, groupNotes, type TBoardLabels, votesText } from "./board-format";
import "./board.css";

// Sticky notes as every board screen draws them. Presentational: the screen passes the notes,
// the votes it may show and an optional action per note (vote, hide…). Texts are rendered as
// React text, so whatever a participant typed is shown as written, never as markup. What
// people typed (notes, cluster titles) is Spanish: marked so on pages in another language.

/** The id of a note's text, for controls that describe themselves by it (aria-describedby). */
export function noteTextId(noteId: string): string {
  return `idea-${noteId}-texto`;
}

/** `lang` for text people typed: "es" on a page in another language. */
const typedLang = (locale: TLocale) => (locale === "es" ? undefined : "es");

export function NoteCard({
  note,
  votes,
  action,
  labels = BOARD_LABELS_ES.notes,
  locale = "es",
}: {
  note: TBoardNoteView;
  /** Dots to show; null when tallies are not shown (no round yet, or hidden). */
  votes: number | null;
  /** A control below the note (a vote button, the moderators' tools). */
  action?: ReactNode;
  labels?: TBoardLabels["notes"];
  /** The interface's language: capacity types, and marking the typed text as Spanish. */
  locale?: TLocale;
}) {
  return (
    <article className="board-note">
      <p className="board-note__text" id={noteTextId(note.id)} lang={typedLang(locale)}>
        {note.text}
      </p>
      <p className="board-note__author">
        {note.authorName}
        {note.institution ? (
          <span className="board-note__institution"> · {note.institution}</span>
        ) : null}
      </p>
      {note.capacityTypes.length > 0 ? (
        <ul className="board-note__types" aria-label={labels.types}>
          {note.capacityTypes.map((type) => (
            <li key={type}>{CAPACITY_TYPE_LABELS[locale][type]}</li>
          ))}
        </ul>
      ) : null}
      {votes !== null || action ? (
        <div className="board-note__footer">
          {votes !== null ? <p className="board-note__votes">{votesText(votes, labels)}</p> : null}
          {action}
        </div>
      ) : null}
    </article>
  );
}

/**
 * The notes grouped by cluster (a heading per cluster, then "Sin agrupar"), or one plain list
 * before any cluster exists. `layout="columns"` lays the groups side by side (projector).
 */
export function NoteGroups({
  notes,
  clusters,
  votesOf,
  actionFor,
  labels = BOARD_LABELS_ES.notes,
  locale = "es",
  headingLevel = 3,
  layout = "stack",
}: {
  notes: readonly TBoardNoteView[];
  clusters: readonly TBoardClusterView[];
  votesOf?: (noteId: string) => number | null;
  actionFor?: (note: TBoardNoteView) => ReactNode;
  labels?: TBoardLabels["notes"];
  locale?: TLocale;
  headingLevel?: 2 | 3 | 4;
  layout?: "stack" | "columns";
}) {
  if (notes.length === 0) return <p className="board-empty">{labels.empty}</p>;
  const groups = groupNotes(notes, clusters);
  const Heading = `h${headingLevel}` as const;
  const clustered = groups.some((g) => g.cluster !== null);
  return (
    <div className={`board-groups board-groups--${layout}`}>
      {groups.map(({ cluster, notes: groupNotesList }) => (
        <div key={cluster?.id ?? "sin-agrupar"} className="board-group">
          {clustered ? (
            <Heading className="board-group__title">
              {cluster ? <span lang={typedLang(locale)}>{cluster.title}</span> : labels.ungrouped}{" "}
              <span className="board-group__count">({groupNotesList.length})</span>
            </Heading>
          ) : null}
          {cluster && cluster.capacityTypes.length > 0 ? (
            <p className="board-group__types">
              {cluster.capacityTypes.map((t) => CAPACITY_TYPE_LABELS[locale][t]).join(" · ")}
            </p>
          ) : null}
          <ul className="board-notes">
            {groupNotesList.map((note) => (
              <li key={note.id}>
                <NoteCard
                  note={note}
                  votes={votesOf ? votesOf(note.id) : null}
                  action={actionFor?.(note)}
                  labels={labels}
                  locale={locale}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
