import { municipalSeries } from "@lab/domain/geography";
import { DIMENSION_LABELS_ES, PERIODICITY_LABELS_ES, UNIT_LABELS_ES } from "@lab/domain/indicator";
import { formatPeriod } from "@lab/domain/period";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { IndicatorChart } from "@lab/ui/indicators/indicator-chart";
import { ObservationsTable } from "@lab/ui/indicators/observations-table";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicApi } from "~/trpc/server";

type TProps = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await (await publicApi()).indicators.bySlug({ slug });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const indicator = await load((await params).slug);
  return { title: indicator.name, description: indicator.description };
}

export default async function IndicatorPage({ params }: TProps) {
  const indicator = await load((await params).slug);
  const points = municipalSeries(indicator.observations).map((o) => ({
    label: formatPeriod(indicator.periodicity, o.period),
    value: o.value,
  }));
  return (
    <article>
      <p className="muted">
        <a href="/indicadores">Indicadores</a> › {DIMENSION_LABELS_ES[indicator.dimension]}
      </p>
      <h1>
        {indicator.name} {indicator.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="lead">{indicator.description}</p>
      {indicator.isDemo ? (
        <p className="notice notice--warning">
          Este indicador usa datos de demostración: sirve para conocer la plataforma y no es una
          cifra oficial.
        </p>
      ) : null}
      {points.length > 1 ? (
        <IndicatorChart points={points} decimals={indicator.decimals} title={indicator.name} />
      ) : null}
      <h2>Valores</h2>
      <ObservationsTable indicator={indicator} />
      <h2>Fuente y ficha</h2>
      <dl className="facts">
        <dt>Fuente</dt>
        <dd>
          {indicator.sourceUrl ? (
            <a href={indicator.sourceUrl}>{indicator.sourceName}</a>
          ) : (
            indicator.sourceName
          )}
        </dd>
        <dt>Unidad</dt>
        <dd>{indicator.unitLabel ?? UNIT_LABELS_ES[indicator.unit]}</dd>
        <dt>Periodicidad</dt>
        <dd>{PERIODICITY_LABELS_ES[indicator.periodicity]}</dd>
        <dt>Código</dt>
        <dd>{indicator.code}</dd>
      </dl>
    </article>
  );
}
