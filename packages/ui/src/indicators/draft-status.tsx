import { DRAFT_STATE_LABELS_ES, type TDraftState } from "@lab/domain/draft";

// Where an indicator's unpublished changes stand, for the officials' workspace: words in a
// badge (the colour only repeats them), plus "not published yet" for a new indicator.

export type TDraftStatusLabels = Record<TDraftState, string> & { neverPublished: string };
export const DRAFT_STATUS_LABELS_ES: TDraftStatusLabels = {
  ...DRAFT_STATE_LABELS_ES,
  neverPublished: "Aún no publicado",
};

export function DraftStatus({
  state,
  everPublished,
  labels = DRAFT_STATUS_LABELS_ES,
}: {
  state: TDraftState;
  everPublished: boolean;
  labels?: TDraftStatusLabels;
}) {
  return (
    <span className="draft-status">
      {/* A never-published indicator with nothing pending is not "Publicado". */}
      {everPublished || state !== "CLEAN" ? (
        <span className={`badge badge--state badge--${state.toLowerCase()}`}>{labels[state]}</span>
      ) : null}
      {everPublished ? null : (
        <span className="badge badge--state badge--unpublished">{labels.neverPublished}</span>
      )}
    </span>
  );
}
