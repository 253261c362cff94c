import type { TDirection, TPeriodicity, TUnit } from "./indicator";
import type { TLocale } from "./locale";
import { formatNumber, formatValue } from "./number";
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
 * "Subió 340 (+27,4 %) frente a 2023" / "Up 340 (+27.4%) from 2023". A change in a percentage
 * is told in percentage points, without a relative change that would read as a second percent.
 */
export function describeChange(
  change: TChange,
  unit: TUnit,
  decimals: number,
  periodicity: TPeriodicity,
  locale: TLocale = "es",
): string {
  const en = locale === "en";
  const period = formatPeriod(periodicity, change.previousPeriod, locale);
  if (change.trend === "flat") {
    return en ? `No change from ${period}` : `Sin cambio frente a ${period}`;
  }

  const size = Math.abs(change.delta);
  let amount: string;
  if (unit === "PERCENTAGE") {
    const points = formatNumber(size, decimals, locale);
    const one = points === "1";
    amount = en
      ? `${points} percentage ${one ? "point" : "points"}`
      : `${points} ${one ? "punto porcentual" : "puntos porcentuales"}`;
  } else {
    amount = formatValue(unit, size, decimals, null, locale);
  }
  const percent =
    change.relative === null || unit === "PERCENTAGE"
      ? ""
      : ` (${change.relative > 0 ? "+" : "−"}${formatNumber(Math.abs(change.relative) * 100, 1, locale)}${en ? "%" : " %"})`;
  return en
    ? `${change.trend === "up" ? "Up" : "Down"} ${amount}${percent} from ${period}`
    : `${change.trend === "up" ? "Subió" : "Bajó"} ${amount}${percent} frente a ${period}`;
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

/**
 * One or two sentences that say what a chart shows, for screen readers and for anyone
 * without the picture: range, latest value, change, target. The name and unit label are
 * content and shown as given; pass their English versions, when there are any, with "en".
 */
export function summarizeSeries(
  input: {
    name: string;
    unit: TUnit;
    unitLabel: string | null;
    decimals: number;
    direction: TDirection;
    periodicity: TPeriodicity;
    series: TPoint[];
    target?: { value: number; year: number | null } | null;
  },
  locale: TLocale = "es",
): string {
  const { series, periodicity, target } = input;
  const en = locale === "en";
  // Spanish quotes with «», English with “”.
  const name = en ? `“${input.name}”` : `«${input.name}»`;
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) {
    return en
      ? `${name} has no published values yet.`
      : `${name} todavía no tiene valores publicados.`;
  }
  const value = (v: number) => formatValue(input.unit, v, input.decimals, input.unitLabel, locale);
  const period = (p: string) => formatPeriod(periodicity, p, locale);
  const parts: string[] = [];
  if (series.length === 1) {
    parts.push(
      en
        ? `${name}: ${value(last.value)} in ${period(last.period)}.`
        : `${name}: ${value(last.value)} en ${period(last.period)}.`,
    );
  } else {
    const range = en
      ? `Series of ${name} from ${period(first.period)} to ${period(last.period)}`
      : `Serie de ${name} de ${period(first.period)} a ${period(last.period)}`;
    const went = en ? "went from" : "pasó de";
    const to = en ? "to" : "a";
    parts.push(`${range}: ${went} ${value(first.value)} ${to} ${value(last.value)}.`);
  }
  const change = changeVsPrevious(series, input.direction);
  if (change) {
    parts.push(`${describeChange(change, input.unit, input.decimals, periodicity, locale)}.`);
  }
  if (target) {
    const by = target.year ? ` ${en ? "by" : "a"} ${target.year}` : "";
    parts.push(`${en ? "Target" : "Meta"}: ${value(target.value)}${by}.`);
  }
  return parts.join(" ");
}
