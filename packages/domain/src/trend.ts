import type { TDirection, TPeriodicity, TUnit } from "./indicator";
import { formatNumberEsCo, formatValue } from "./number";
import { formatPeriod } from "./period";

export type TPoint = { period: string; value: number };

export type TChange = {
  previousPeriod: string;
  previousValue: number;
  latestPeriod: string;
  latestValue: number;
  delta: number;
  /** delta / |previous|, or null when the previous value is 0. */
  relative: number | null;
  trend: "up" | "down" | "flat";
  /** Whether the change is good news given the indicator's direction. */
  assessment: "better" | "worse" | "neutral";
};

/** Change of the latest value against the one before it; `series` is sorted by period. */
export function changeVsPrevious(series: TPoint[], direction: TDirection): TChange | null {
  const latest = series.at(-1);
  const previous = series.at(-2);
  if (!latest || !previous) return null;
  const delta = latest.value - previous.value;
  const trend = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
  const assessment =
    trend === "flat" || direction === "NEUTRAL"
      ? "neutral"
      : (trend === "up") === (direction === "HIGHER_IS_BETTER")
        ? "better"
        : "worse";
  return {
    previousPeriod: previous.period,
    previousValue: previous.value,
    latestPeriod: latest.period,
    latestValue: latest.value,
    delta,
    relative: previous.value === 0 ? null : delta / Math.abs(previous.value),
    trend,
    assessment,
  };
}

/**
 * The change in words, for every reader (not only those who see the arrow's colour):
 * "Subió 340 (+27,4 %) frente a 2023".
 */
export function describeChange(
  change: TChange,
  unit: TUnit,
  decimals: number,
  periodicity: TPeriodicity,
  locale: "es" | "en" = "es",
): string {
  const period = formatPeriod(periodicity, change.previousPeriod, locale);
  const amount = formatValue(unit, Math.abs(change.delta), decimals);
  const percent =
    change.relative === null || unit === "PERCENTAGE"
      ? ""
      : ` (${change.relative > 0 ? "+" : "−"}${formatNumberEsCo(Math.abs(change.relative) * 100, 1)} %)`;
  if (locale === "en") {
    if (change.trend === "flat") return `No change from ${period}`;
    const pct = percent.replace(",", ".");
    return `${change.trend === "up" ? "Up" : "Down"} ${amount.replace(/\./g, ",")}${pct} from ${period}`;
  }
  if (change.trend === "flat") return `Sin cambio frente a ${period}`;
  const unitSuffix = unit === "PERCENTAGE" ? " puntos porcentuales" : "";
  const shown = unit === "PERCENTAGE" ? formatNumberEsCo(Math.abs(change.delta), decimals) : amount;
  return `${change.trend === "up" ? "Subió" : "Bajó"} ${shown}${unitSuffix}${percent} frente a ${period}`;
}

export type TProgress = { ratio: number; reached: boolean };

/**
 * How far the latest value has come from the first one towards the target, from 0 to 1.
 * Works for "lower is better" targets too (the distance is measured the other way).
 */
export function progressToTarget(
  baseline: number,
  latest: number,
  target: number,
  direction: TDirection,
): TProgress {
  const lowerIsBetter = direction === "LOWER_IS_BETTER";
  const reached = lowerIsBetter ? latest <= target : latest >= target;
  const span = target - baseline;
  if (span === 0 || reached) return { ratio: reached ? 1 : 0, reached };
  const ratio = (latest - baseline) / span;
  return { ratio: Math.min(1, Math.max(0, ratio)), reached };
}
