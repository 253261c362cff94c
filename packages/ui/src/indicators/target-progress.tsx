import { interpolate, type TLocale } from "@lab/domain/locale";
import { formatNumber } from "@lab/domain/number";

/** Placeholders: {target}, {year}, {percent}, {baseline}. */
export type TTargetProgressLabels = {
  goal: string;
  goalByYear: string;
  progress: string;
  reached: string;
  reachedValue: string;
  meter: string;
  baseline: string;
};
export const TARGET_PROGRESS_LABELS_ES: TTargetProgressLabels = {
  goal: "Meta: {target}",
  goalByYear: "Meta: {target} a {year}",
  progress: "{percent} del camino",
  reached: "meta alcanzada",
  reachedValue: "{percent}, meta alcanzada",
  meter: "Avance hacia la meta",
  baseline: "Punto de partida: {baseline}",
};

export type TTargetProgressProps = {
  /** The target already formatted with its unit: "120 conjuntos", "30 %". */
  target: string;
  targetYear: number | null;
  /** From `progressToTarget`; null when there are not yet two values to measure from. */
  progress: { ratio: number; reached: boolean } | null;
  /** Where the way is measured from: "12 conjuntos en 2020". */
  baseline: string | null;
  labels?: TTargetProgressLabels;
  /** How the percentage is written: "65 %" (es) or "65%" (en). */
  locale?: TLocale;
};

/**
 * "Meta: 120 conjuntos a 2027 — 56 % del camino". The native <meter> gives screen readers the
 * same figure as a value; the sentence carries it for everyone else.
 */
export function TargetProgress({
  target,
  targetYear,
  progress,
  baseline,
  labels = TARGET_PROGRESS_LABELS_ES,
  locale = "es",
}: TTargetProgressProps) {
  const goal = targetYear
    ? interpolate(labels.goalByYear, { target, year: targetYear })
    : interpolate(labels.goal, { target });
  if (!progress) {
    return (
      <div className="target" data-testid="target">
        <p className="target__text">{goal}</p>
      </div>
    );
  }
  const percent = Math.round(progress.ratio * 100);
  // Spanish spaces the percent sign (non-breaking), English writes it closed up.
  const shown = `${formatNumber(percent, 0, locale)}${locale === "en" ? "" : "\u00a0"}%`;
  const way = interpolate(labels.progress, { percent: shown });
  const status = progress.reached ? labels.reached : way;
  return (
    <div className={`target${progress.reached ? " target--reached" : ""}`} data-testid="target">
      <p className="target__text">
        {goal} — {status}
      </p>
      <meter
        className="target__bar"
        aria-label={labels.meter}
        aria-valuetext={
          progress.reached ? interpolate(labels.reachedValue, { percent: shown }) : way
        }
        min={0}
        max={100}
        value={percent}
      >
        {shown}
      </meter>
      {baseline ? (
        <p className="target__baseline">{interpolate(labels.baseline, { baseline })}</p>
      ) : null}
    </div>
  );
}
