import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import { summarizeSeries } from "@lab/domain/trend";
import { normalizeViewState, type TRawParams, viewStateToQuery } from "@lab/domain/view-state";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { IndicatorChart } from "@lab/ui/indicators/indicator-chart";
import type { Metadata } from "next";
import { chartProps } from "~/indicators/chart-props";
import { loadIndicator } from "~/indicators/load";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<TRawParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const indicator = await loadIndicator((await params).slug);
  return { title: indicator.name, robots: { index: false } };
}

/** The chart alone, for an iframe on another site, with a link back to the full page. */
export default async function EmbedIndicatorPage({ params, searchParams }: TProps) {
  const indicator = await loadIndicator((await params).slug);
  const state = normalizeViewState(await searchParams, indicator, indicatorPeriods(indicator));
  const view = seriesForView(indicator, state);
  const targetYear = indicator.targetDate?.getUTCFullYear() ?? null;
  return (
    <div className="embed">
      <h1 className="embed__title">
        {indicator.name} {indicator.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="embed__summary">
        {summarizeSeries({
          ...indicator,
          series: view.series[0]?.points ?? [],
          target:
            indicator.targetValue === null
              ? null
              : { value: indicator.targetValue, year: targetYear },
        })}
      </p>
      {view.periods.length > 0 ? (
        <IndicatorChart {...chartProps(indicator, view)} downloads={false} />
      ) : null}
      <p className="embed__footer">
        Fuente: {indicator.sourceName}.{" "}
        <a
          href={`/indicadores/${indicator.slug}?${viewStateToQuery(state, "grafico")}`}
          target="_top"
        >
          Ver en el Laboratorio de Innovación Pública de Bucaramanga
        </a>
      </p>
    </div>
  );
}
