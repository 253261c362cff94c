import { COMUNAS, CORREGIMIENTOS, municipalSeries } from "@lab/domain/geography";
import {
  DIMENSION_LABELS,
  DIRECTION_LABELS,
  PERIODICITY_LABELS,
  UNIT_LABELS,
} from "@lab/domain/indicator";
import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import { interpolate, pickTranslation } from "@lab/domain/locale";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { changeVsPrevious, describeChange, summarizeSeries } from "@lab/domain/trend";
import { normalizeViewState, type TRawParams, viewStateToQuery } from "@lab/domain/view-state";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { EmbedCode } from "@lab/ui/indicators/embed-code";
import { SeriesTable } from "@lab/ui/indicators/series-table";
import { ViewTabs } from "@lab/ui/indicators/view-tabs";
import { Markdown } from "@lab/ui/markdown";
import type { Metadata } from "next";
import { formatDate, formatDay } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { chartProps } from "~/indicators/chart-props";
import { LazyIndicatorChart } from "~/indicators/lazy-chart";
import { loadIndicator } from "~/indicators/load";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<TRawParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const indicator = await loadIndicator((await params).slug);
  const locale = await getLocale();
  return {
    title: pickTranslation(indicator.name, indicator.nameEn, locale).text,
    description: pickTranslation(indicator.description, indicator.descriptionEn, locale).text,
  };
}

export default async function IndicatorPage({ params, searchParams }: TProps) {
  const indicator = await loadIndicator((await params).slug);
  const locale = await getLocale();
  const m = MESSAGES[locale];
  const t = m.indicator;
  // English name and description when translated; otherwise the Spanish, marked lang="es",
  // like the content that is never translated (source, office, methodology).
  const name = pickTranslation(indicator.name, indicator.nameEn, locale);
  const description = pickTranslation(indicator.description, indicator.descriptionEn, locale);
  const contentLang = locale === "es" ? undefined : "es";
  const period = (p: string) => formatPeriod(indicator.periodicity, p, locale);
  const allPeriods = indicatorPeriods(indicator);
  const state = normalizeViewState(await searchParams, indicator, allPeriods);
  const view = seriesForView(indicator, state);
  const municipal = municipalSeries(indicator.observations);
  const latest = municipal.at(-1);
  const change = changeVsPrevious(municipal, indicator.direction);
  const base = `/indicadores/${indicator.slug}`;
  const query = viewStateToQuery(state);
  const downloadQuery = query.replace(/^vista=[^&]*&?/, "");
  // Another site's iframe gets no cookie of ours: the embed takes its language from its URL.
  const embedQuery = [downloadQuery, locale === "es" ? "" : `lang=${locale}`]
    .filter(Boolean)
    .join("&");
  const targetYear = indicator.targetDate?.getUTCFullYear() ?? null;
  const summary = summarizeSeries(
    {
      ...indicator,
      name: name.text,
      series: view.series[0]?.points ?? [],
      target:
        indicator.targetValue === null ? null : { value: indicator.targetValue, year: targetYear },
    },
    locale,
  );
  const table = (
    <SeriesTable
      caption={interpolate(view.series.length > 1 ? t.tableCaptionByPlace : t.tableCaption, {
        name: name.text,
      })}
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
      labels={t.table}
      locale={locale}
    />
  );

  return (
    <article className="indicator-page">
      <p className="muted">
        <a href="/indicadores">{m.chrome.nav.indicators}</a> ›{" "}
        <a href={`/indicadores?dimension=${indicator.dimension}`}>
          {DIMENSION_LABELS[locale][indicator.dimension]}
        </a>
      </p>
      <h1>
        <span lang={name.lang}>{name.text}</span>{" "}
        {indicator.isDemo ? <DemoBadge labels={m.card.demo} /> : null}
      </h1>
      <p className="lead" lang={description.lang}>
        {description.text}
      </p>
      {indicator.isDemo ? <p className="notice notice--warning">{t.demoNotice}</p> : null}

      {latest ? (
        <section className="headline" aria-label={t.latestValue}>
          <p className="headline__value" data-testid="headline-value">
            {formatValue(
              indicator.unit,
              latest.value,
              indicator.decimals,
              indicator.unitLabel,
              locale,
            )}
          </p>
          <p className="headline__period">
            {period(latest.period)}
            {latest.provisional ? ` · ${t.provisionalValue}` : ""}
          </p>
          {change ? (
            <p className="headline__change">
              {describeChange(
                change,
                indicator.unit,
                indicator.decimals,
                indicator.periodicity,
                locale,
              )}
            </p>
          ) : null}
        </section>
      ) : null}

      <ViewTabs
        label={t.views}
        tabs={(["grafico", "tabla", "fuentes"] as const).map((tab) => ({
          id: tab,
          label: t.tabs[tab],
          href: `${base}?${viewStateToQuery(state, tab)}`,
          current: tab === state.tab,
        }))}
      />

      {state.tab !== "fuentes" && allPeriods.length > 0 ? (
        <form method="get" action={base} className="view-controls" aria-label={t.controls}>
          <input type="hidden" name="vista" value={state.tab} />
          {(
            [
              ["desde", t.from, state.from],
              ["hasta", t.to, state.to],
            ] as const
          ).map(([name, label, value]) => (
            <div className="field" key={name}>
              <label htmlFor={name}>{label}</label>
              <select id={name} name={name} defaultValue={value ?? undefined}>
                {allPeriods.map((p) => (
                  <option key={p} value={p}>
                    {period(p)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {indicator.geographicBreakdown === "COMUNAS" ? (
            <details className="geo-picker" open={state.geographies.length > 0}>
              <summary>
                {t.compare}
                {state.geographies.length
                  ? ` ${interpolate(t.compareChosen, { count: state.geographies.length })}`
                  : ""}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{t.places}</legend>
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
            {t.apply}
          </button>
        </form>
      ) : null}

      {state.tab === "grafico" ? (
        <section aria-labelledby="panel-title" className="panel">
          <h2 id="panel-title">{t.tabs.grafico}</h2>
          <p id="chart-summary">{summary}</p>
          {view.periods.length > 0 ? (
            <LazyIndicatorChart {...chartProps(indicator, view, locale)} />
          ) : null}
          <details className="table-details">
            <summary>{t.chartTable}</summary>
            {table}
          </details>
        </section>
      ) : null}

      {state.tab === "tabla" ? (
        <section aria-labelledby="panel-title" className="panel">
          <h2 id="panel-title">{t.tabs.tabla}</h2>
          {table}
        </section>
      ) : null}

      {state.tab === "fuentes" ? (
        <section aria-labelledby="panel-title" className="panel">
          <h2 id="panel-title">{t.tabs.fuentes}</h2>
          <dl className="facts">
            <dt>{t.facts.source}</dt>
            <dd lang={contentLang}>
              {indicator.sourceUrl ? (
                <a href={indicator.sourceUrl}>{indicator.sourceName}</a>
              ) : (
                indicator.sourceName
              )}
            </dd>
            <dt>{t.facts.office}</dt>
            {indicator.responsibleOffice ? (
              <dd lang={contentLang}>{indicator.responsibleOffice}</dd>
            ) : (
              <dd>{t.facts.noInfo}</dd>
            )}
            <dt>{t.facts.unit}</dt>
            {indicator.unitLabel ? (
              <dd lang={contentLang}>{indicator.unitLabel}</dd>
            ) : (
              <dd>{UNIT_LABELS[locale][indicator.unit]}</dd>
            )}
            <dt>{t.facts.periodicity}</dt>
            <dd>{PERIODICITY_LABELS[locale][indicator.periodicity]}</dd>
            <dt>{t.facts.direction}</dt>
            <dd>{DIRECTION_LABELS[locale][indicator.direction]}</dd>
            {indicator.targetValue !== null ? (
              <>
                <dt>{t.facts.target}</dt>
                <dd>
                  {formatValue(
                    indicator.unit,
                    indicator.targetValue,
                    indicator.decimals,
                    indicator.unitLabel,
                    locale,
                  )}
                  {indicator.targetDate
                    ? ` ${interpolate(t.facts.targetDate, { date: formatDay(indicator.targetDate, locale) })}`
                    : ""}
                </dd>
              </>
            ) : null}
            <dt>{t.facts.code}</dt>
            <dd>{indicator.code}</dd>
            <dt>{t.facts.updated}</dt>
            <dd>
              <time dateTime={indicator.updatedAt.toISOString()}>
                {formatDate(indicator.updatedAt, locale)}
              </time>
            </dd>
          </dl>
          <h3>{t.methodology}</h3>
          {indicator.methodology ? (
            <div lang={contentLang}>
              <Markdown>{indicator.methodology}</Markdown>
            </div>
          ) : (
            <p>{t.noMethodology}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="descargas" className="downloads">
        <h2 id="descargas">{t.downloads.title}</h2>
        <ul className="plain-list">
          <li>
            <a
              href={`/api/v1/indicators/${indicator.slug}/observations?format=csv&${downloadQuery}`}
            >
              {t.downloads.csv}
            </a>{" "}
            <span className="muted">{t.downloads.csvHint}</span>
          </li>
          <li>
            <a
              href={`/api/v1/indicators/${indicator.slug}/observations?format=json&${downloadQuery}`}
            >
              {t.downloads.json}
            </a>
          </li>
          <li>
            <a href={`${base}?${query}`}>{t.downloads.link}</a>{" "}
            <span className="muted">{t.downloads.linkHint}</span>
          </li>
        </ul>
        <details>
          <summary>{t.downloads.embed}</summary>
          <EmbedCode path={`/embed${base}?${embedQuery}`} title={name.text} labels={t.embedCode} />
        </details>
      </section>
    </article>
  );
}
