import { municipalSeries } from "@lab/domain/geography";
import { CAPACITY_TYPE_LABELS_ES, DIMENSION_LABELS_ES } from "@lab/domain/indicator";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { changeVsPrevious, describeChange, progressToTarget } from "@lab/domain/trend";
import { ChangeBadge } from "./change-badge";
import { DemoBadge } from "./demo-badge";
import { Sparkline } from "./sparkline";
import { TargetProgress } from "./target-progress";

/**
 * Headline card: latest value, change against the previous period and progress to the
 * target, all in text (the sparkline and the bar are decoration for sighted readers).
 * `updated` is the indicator's last update already formatted for the reader ("3 de mayo de
 * 2025"); the card shows it only when given.
 */
export function IndicatorCard({
  indicator,
  updated,
}: {
  indicator: TIndicatorView;
  updated?: string;
}) {
  const series = municipalSeries(indicator.observations);
  const latest = series.at(-1);
  const baseline = series[0];
  const value = (v: number) =>
    formatValue(indicator.unit, v, indicator.decimals, indicator.unitLabel);
  const change = changeVsPrevious(series, indicator.direction);
  const target = indicator.targetValue;
  return (
    <article className="indicator-card">
      <p className="indicator-card__dimension">
        {DIMENSION_LABELS_ES[indicator.dimension]}
        {indicator.capacityType ? ` · ${CAPACITY_TYPE_LABELS_ES[indicator.capacityType]}` : ""}{" "}
        {indicator.isDemo ? <DemoBadge /> : null}
      </p>
      <h3 className="indicator-card__title">
        <a href={`/indicadores/${indicator.slug}`}>{indicator.name}</a>
      </h3>
      {latest ? (
        <p className="indicator-card__value">
          <span className="indicator-card__number" data-testid="latest-value">
            {value(latest.value)}
          </span>
          <span className="indicator-card__period">
            {formatPeriod(indicator.periodicity, latest.period)}
            {latest.provisional ? " (provisional)" : ""}
          </span>
        </p>
      ) : (
        <p className="indicator-card__value">Sin datos todavía</p>
      )}
      {change ? (
        <ChangeBadge
          change={change}
          text={describeChange(change, indicator.unit, indicator.decimals, indicator.periodicity)}
        />
      ) : null}
      <Sparkline points={series} />
      {target !== null ? (
        <TargetProgress
          target={value(target)}
          targetYear={indicator.targetDate?.getUTCFullYear() ?? null}
          progress={
            latest && baseline && series.length > 1
              ? progressToTarget(baseline.value, latest.value, target, indicator.direction)
              : null
          }
          baseline={
            baseline && series.length > 1
              ? `${value(baseline.value)} en ${formatPeriod(indicator.periodicity, baseline.period)}`
              : null
          }
        />
      ) : null}
      {updated ? (
        <p className="indicator-card__updated">
          Actualizado el <time dateTime={indicator.updatedAt.toISOString()}>{updated}</time>
        </p>
      ) : null}
    </article>
  );
}
