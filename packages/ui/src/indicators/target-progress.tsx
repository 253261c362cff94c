import { formatNumberEsCo } from "@lab/domain/number";

export type TTargetProgressProps = {
  /** The target already formatted with its unit: "120 conjuntos", "30 %". */
  target: string;
  targetYear: number | null;
  /** From `progressToTarget`; null when there are not yet two values to measure from. */
  progress: { ratio: number; reached: boolean } | null;
  /** Where the way is measured from: "12 conjuntos en 2020". */
  baseline: string | null;
};

/**
 * "Meta: 120 conjuntos a 2027 — 56 % del camino". The native <meter> gives screen readers the
 * same figure as a value; the sentence carries it for everyone else.
 */
export function TargetProgress({ target, targetYear, progress, baseline }: TTargetProgressProps) {
  const goal = `Meta: ${target}${targetYear ? ` a ${targetYear}` : ""}`;
  if (!progress) {
    return (
      <div className="target" data-testid="target">
        <p className="target__text">{goal}</p>
      </div>
    );
  }
  const percent = Math.round(progress.ratio * 100);
  const shown = `${formatNumberEsCo(percent, 0)}\u00a0%`;
  const status = progress.reached ? "meta alcanzada" : `${shown} del camino`;
  return (
    <div className={`target${progress.reached ? " target--reached" : ""}`} data-testid="target">
      <p className="target__text">
        {goal} — {status}
      </p>
      <meter
        className="target__bar"
        aria-label="Avance hacia la meta"
        aria-valuetext={progress.reached ? `${shown}, meta alcanzada` : `${shown} del camino`}
        min={0}
        max={100}
        value={percent}
      >
        {shown}
      </meter>
      {baseline ? <p className="target__baseline">Punto de partida: {baseline}</p> : null}
    </div>
  );
}
