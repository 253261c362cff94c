import { municipalSeries } from "@lab/domain/geography";
import { CAPACITY_TYPE_LABELS, DIMENSION_LABELS } from "@lab/domain/indicator";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { interpolate, pickTranslation, type TLocale } from "@lab/domain/locale";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { changeVsPrevious, describeChange, progressToTarget } from "@lab/domain/trend";
import { CHANGE_BADGE_LABELS_ES, ChangeBadge, type TChangeBadgeLabels } from "./change-badge";
import { DEMO_BADGE_LABELS_ES, DemoBadge, type TDemoBadgeLabels } from "./demo-badge";
import { Sparkline } from "./sparkline";
import {
  TARGET_PROGRESS_LABELS_ES,
  TargetProgress,
  type TTargetProgressLabels,
} from "./target-progress";

/** `baseline` has the placeholders {value} and {period}. */
export type TIndicatorCardLabels = {
  noData: string;
  provisional: string;
  updated: string;
  baseline: string;
  change: TChangeBadgeLabels;
  target: TTargetProgressLabels;
  demo: TDemoBadgeLabels;
};
export const INDICATOR_CARD_LABELS_ES: TIndicatorCardLabels = {
  noData: "Sin datos todavía",
  provisional: "provisional",
  updated: "Actualizado el",
  baseline: "{value} en {period}",
  change: CHANGE_BADGE_LABELS_ES,
  target: TARGET_PROGRESS_LABELS_ES,
  demo: DEMO_BADGE_LABELS_ES,
};

/**
 * Headline card: latest value, change against the previous period and progress to the
 * target, all in text (the sparkline and the bar are decoration for sighted readers).
 * `updated` is the indicator's last update already formatted for the reader ("3 de mayo de
 * 2025"); the card shows it only when given. In English the name is `nameEn` when there is
 * one, else the Spanish name marked lang="es".
 */
export function IndicatorCard({
  indicator,
  updated,
  labels = INDICATOR_CARD_LABELS_ES,
  locale = "es",
}: {
  indicator: TIndicatorView;
  updated?: string;
  labels?: TIndicatorCardLabels;
  locale?: TLocale;
}) {
  const series = municipalSeries(indicator.observations);
  const latest = series.at(-1);
  const baseline = series[0];
  const name = pickTranslation(indicator.name, indicator.nameEn, locale);
  const value = (v: number) =>
    formatValue(indicator.unit, v, indicator.decimals, indicator.unitLabel, locale);
  const period = (p: string) => formatPeriod(indicator.periodicity, p, locale);
  const change = changeVsPrevious(series, indicator.direction);
  const target = indicator.targetValue;
  return (
    <article className="indicator-card">
      <p className="indicator-card__dimension">
        {DIMENSION_LABELS[locale][indicator.dimension]}
        {indicator.capacityType ? ` · ${CAPACITY_TYPE_LABELS[locale][indicator.capacityType]}` : ""}{" "}
        {indicator.isDemo ? <DemoBadge labels={labels.demo} /> : null}
      </p>
      <h3 className="indicator-card__title">
        <a href={`/indicadores/${indicator.slug}`} lang={name.lang}>
          {name.text}
        </a>
      </h3>
      {latest ? (
        <p className="indicator-card__value">
          <span className="indicator-card__number" data-testid="latest-value">
            {value(latest.value)}
          </span>
          <span className="indicator-card__period">
            {period(latest.period)}
            {latest.provisional ? ` (${labels.provisional})` : ""}
          </span>
        </p>
      ) : (
        <p className="indicator-card__value">{labels.noData}</p>
      )}
      {change ? (
        <ChangeBadge
          change={change}
          text={describeChange(
            change,
            indicator.unit,
            indicator.decimals,
            indicator.periodicity,
            locale,
          )}
          labels={labels.change}
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
              ? interpolate(labels.baseline, {
                  value: value(baseline.value),
                  period: period(baseline.period),
                })
              : null
          }
          labels={labels.target}
          locale={locale}
        />
      ) : null}
      {updated ? (
        <p className="indicator-card__updated">
          {labels.updated} <time dateTime={indicator.updatedAt.toISOString()}>{updated}</time>
        </p>
      ) : null}
    </article>
  );
}
