import { COMUNAS, CORREGIMIENTOS, municipalSeries } from "@lab/domain/geography";
import {
  DIMENSION_LABELS_ES,
  DIRECTION_LABELS_ES,
  PERIODICITY_LABELS_ES,
  UNIT_LABELS_ES,
} from "@lab/domain/indicator";
import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { changeVsPrevious, describeChange, summarizeSeries } from "@lab/domain/trend";
import { normalizeViewState, type TRawParams, viewStateToQuery } from "@lab/domain/view-state";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { EmbedCode } from "@lab/ui/indicators/embed-code";
import { IndicatorChart } from "@lab/ui/indicators/indicator-chart";
import { SeriesTable } from "@lab/ui/indicators/series-table";
import { ViewTabs } from "@lab/ui/indicators/view-tabs";
import { Markdown } from "@lab/ui/markdown";
import type { Metadata } from "next";
import { formatDateEsCo, formatDayEsCo } from "~/format";
import { chartProps } from "~/indicators/chart-props";
import { loadIndicator } from "~/indicators/load";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<TRawParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const indicator = await loadIndicator((await params).slug);
  return { title: indicator.name, description: indicator.description };
}

const TAB_LABELS = { grafico: "Gráfico", tabla: "Tabla", fuentes: "Fuentes y metodología" };

export default async function IndicatorPage({ params, searchParams }: TProps) {
  const indicator = await loadIndicator((await params).slug);
  const allPeriods = indicatorPeriods(indicator);
  const state = normalizeViewState(await searchParams, indicator, allPeriods);
  const view = seriesForView(indicator, state);
  const municipal = municipalSeries(indicator.observations);
  const latest = municipal.at(-1);
  const change = changeVsPrevious(municipal, indicator.direction);
  const base = `/indicadores/${indicator.slug}`;
  const query = viewStateToQuery(state);
  const downloadQuery = query.replace(/^vista=[^&]*&?/, "");
  const targetYear = indicator.targetDate?.getUTCFullYear() ?? null;
  const summary = summarizeSeries({
    ...indicator,
    series: view.series[0]?.points ?? [],
    target:
      indicator.targetValue === null ? null : { value: indicator.targetValue, year: targetYear },
  });
  const table = (
    <SeriesTable
      caption={`Valores de «${indicator.name}»${view.series.length > 1 ? " por lugar" : ""}`}
      periods={view.periods}
      columns={view.series.map((s) => ({
        key: s.key,
        label: s.label,
        values: new Map(s.points.map((p) => [p.period, p])),
      }))}
      unit={indicator.unit}
      unitLabel={indicator.unitLabel}
      decimals={indicator.decimals}
      periodicity={indicator.periodicity}
    />
  );

  return (
    <article className="indicator-page">
      <p className="muted">
        <a href="/indicadores">Indicadores</a> ›{" "}
        <a href={`/indicadores?dimension=${indicator.dimension}`}>
          {DIMENSION_LABELS_ES[indicator.dimension]}
        </a>
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

      {latest ? (
        <section className="headline" aria-label="Último valor">
          <p className="headline__value" data-testid="headline-value">
            {formatValue(indicator.unit, latest.value, indicator.decimals, indicator.unitLabel)}
          </p>
          <p className="headline__period">
            {formatPeriod(indicator.periodicity, latest.period)}
            {latest.provisional ? " · valor provisional" : ""}
          </p>
          {change ? (
            <p className="headline__change">
              {describeChange(change, indicator.unit, indicator.decimals, indicator.periodicity)}
            </p>
          ) : null}
        </section>
      ) : null}

      <ViewTabs
        label="Vistas del indicador"
        tabs={(["grafico", "tabla", "fuentes"] as const).map((tab) => ({
          id: tab,
          label: TAB_LABELS[tab],
          href: `${base}?${viewStateToQuery(state, tab)}`,
          current: tab === state.tab,
        }))}
      />

      {state.tab !== "fuentes" && allPeriods.length > 0 ? (
        <form method="get" action={base} className="view-controls" aria-label="Periodo y lugares">
          <input type="hidden" name="vista" value={state.tab} />
          <div className="field">
            <label htmlFor="desde">Desde</label>
            <select id="desde" name="desde" defaultValue={state.from ?? undefined}>
              {allPeriods.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(indicator.periodicity, p)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="hasta">Hasta</label>
            <select id="hasta" name="hasta" defaultValue={state.to ?? undefined}>
              {allPeriods.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(indicator.periodicity, p)}
                </option>
              ))}
            </select>
          </div>
          {indicator.geographicBreakdown === "COMUNAS" ? (
            <details className="geo-picker" open={state.geographies.length > 0}>
              <summary>
                Comparar con comunas y corregimientos
                {state.geographies.length ? ` (${state.geographies.length} elegidos)` : ""}
              </summary>
              <fieldset>
                <legend className="visually-hidden">Comunas y corregimientos</legend>
                <div className="geo-picker__options">
                  {[...COMUNAS, ...CORREGIMIENTOS].map((g) => (
                    <label key={g.code} className="check">
                      <input
                        type="checkbox"
                        name="comunas"
                        value={g.code}
                        defaultChecked={state.geographies.includes(g.code)}
                      />
                      {g.name}
                    </label>
                  ))}
                </div>
              </fieldset>
            </details>
          ) : null}
          <button type="submit" className="button">
            Aplicar
          </button>
        </form>
      ) : null}

      {state.tab === "grafico" ? (
        <section aria-labelledby="panel-title" className="panel">
          <h2 id="panel-title">Gráfico</h2>
          <p id="chart-summary">{summary}</p>
          {view.periods.length > 0 ? <IndicatorChart {...chartProps(indicator, view)} /> : null}
          <details className="table-details">
            <summary>Ver los datos del gráfico en una tabla</summary>
            {table}
          </details>
        </section>
      ) : null}

      {state.tab === "tabla" ? (
        <section aria-labelledby="panel-title" className="panel">
          <h2 id="panel-title">Tabla</h2>
          {table}
        </section>
      ) : null}

      {state.tab === "fuentes" ? (
        <section aria-labelledby="panel-title" className="panel">
          <h2 id="panel-title">Fuentes y metodología</h2>
          <dl className="facts">
            <dt>Fuente</dt>
            <dd>
              {indicator.sourceUrl ? (
                <a href={indicator.sourceUrl}>{indicator.sourceName}</a>
              ) : (
                indicator.sourceName
              )}
            </dd>
            <dt>Dependencia responsable</dt>
            <dd>{indicator.responsibleOffice || "Sin información"}</dd>
            <dt>Unidad</dt>
            <dd>{indicator.unitLabel ?? UNIT_LABELS_ES[indicator.unit]}</dd>
            <dt>Periodicidad</dt>
            <dd>{PERIODICITY_LABELS_ES[indicator.periodicity]}</dd>
            <dt>Sentido</dt>
            <dd>{DIRECTION_LABELS_ES[indicator.direction]}</dd>
            {indicator.targetValue !== null ? (
              <>
                <dt>Meta</dt>
                <dd>
                  {formatValue(
                    indicator.unit,
                    indicator.targetValue,
                    indicator.decimals,
                    indicator.unitLabel,
                  )}
                  {indicator.targetDate ? ` para el ${formatDayEsCo(indicator.targetDate)}` : ""}
                </dd>
              </>
            ) : null}
            <dt>Código</dt>
            <dd>{indicator.code}</dd>
            <dt>Última actualización</dt>
            <dd>
              <time dateTime={indicator.updatedAt.toISOString()}>
                {formatDateEsCo(indicator.updatedAt)}
              </time>
            </dd>
          </dl>
          <h3>Metodología</h3>
          {indicator.methodology ? (
            <Markdown>{indicator.methodology}</Markdown>
          ) : (
            <p>La dependencia responsable aún no ha publicado la nota metodológica.</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="descargas" className="downloads">
        <h2 id="descargas">Descargar y compartir</h2>
        <ul className="plain-list">
          <li>
            <a
              href={`/api/v1/indicators/${indicator.slug}/observations?format=csv&${downloadQuery}`}
            >
              Datos en CSV
            </a>{" "}
            <span className="muted">(para hojas de cálculo)</span>
          </li>
          <li>
            <a
              href={`/api/v1/indicators/${indicator.slug}/observations?format=json&${downloadQuery}`}
            >
              Datos y metadatos en JSON
            </a>
          </li>
          <li>
            <a href={`${base}?${query}`}>Enlace a esta vista</a>{" "}
            <span className="muted">(conserva la pestaña, el periodo y las comunas)</span>
          </li>
        </ul>
        <details>
          <summary>Insertar el gráfico en otra página</summary>
          <EmbedCode path={`/embed${base}?${downloadQuery}`} title={indicator.name} />
        </details>
      </section>
    </article>
  );
}
