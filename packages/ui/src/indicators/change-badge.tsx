import type { TChange } from "@lab/domain/trend";

// Words first: the sentence says up or down and whether that is good news; the arrow and the
// colour only repeat it (WCAG 1.4.1, colour is never the only carrier of meaning). A neutral
// change has no verdict.
export type TChangeBadgeLabels = { better: string; worse: string };
export const CHANGE_BADGE_LABELS_ES: TChangeBadgeLabels = { better: "Mejora", worse: "Retroceso" };

const ARROW_PATHS: Record<TChange["trend"], string> = {
  up: "M8 2 L14 9 H10 V14 H6 V9 H2 Z",
  down: "M8 14 L14 7 H10 V2 H6 V7 H2 Z",
  flat: "M14 8 L8 2 V6 H2 V10 H8 V14 Z",
};

/** "Subió 15 (+25,9 %) frente a 2023 · Mejora", with a decorative arrow. */
export function ChangeBadge({
  change,
  text,
  labels = CHANGE_BADGE_LABELS_ES,
}: {
  change: TChange;
  text: string;
  labels?: TChangeBadgeLabels;
}) {
  const assessment = change.assessment === "neutral" ? null : labels[change.assessment];
  return (
    <p className={`change change--${change.assessment}`} data-testid="change">
      <svg
        className="change__arrow"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <path d={ARROW_PATHS[change.trend]} fill="currentColor" />
      </svg>
      <span className="change__text">{text}</span>
      {assessment ? (
        <span className="change__assessment">
          <span className="visually-hidden">. </span>
          {assessment}
        </span>
      ) : null}
    </p>
  );
}
