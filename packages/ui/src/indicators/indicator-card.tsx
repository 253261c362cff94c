import { municipalSeries } from "@lab/domain/geography";
import { DIMENSION_LABELS_ES } from "@lab/domain/indicator";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { DemoBadge } from "./demo-badge";
import { Sparkline } from "./sparkline";

/** Headline card: latest value in text (the chart is decoration), period and dimension. */
export function IndicatorCard({ indicator }: { indicator: TIndicatorView }) {
  const series = municipalSeries(indicator.observations);
  const latest = series.at(-1);
  return (
    <article className="indicator-card">
      <p className="indicator-card__dimension">
        {DIMENSION_LABELS_ES[indicator.dimension]} {indicator.isDemo ? <DemoBadge /> : null}
      </p>
      <h3 className="indicator-card__title">
        <a href={`/indicadores/${indicator.slug}`}>{indicator.name}</a>
      </h3>
      {latest ? (
        <p className="indicator-card__value">
          <span className="indicator-card__number" data-testid="latest-value">
            {formatValue(indicator.unit, latest.value, indicator.decimals, indicator.unitLabel)}
          </span>
          <span className="indicator-card__period">
            {formatPeriod(indicator.periodicity, latest.period)}
            {latest.provisional ? " (provisional)" : ""}
          </span>
        </p>
      ) : (
        <p className="indicator-card__value">Sin datos todavía</p>
      )}
      <Sparkline points={series} />
    </article>
  );
}
