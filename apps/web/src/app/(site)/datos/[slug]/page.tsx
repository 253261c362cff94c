import {
  DATASET_LICENSES,
  type TDatasetLicense,
  themeLabel,
  UPDATE_FREQUENCIES,
} from "@lab/domain/dataset";
import { interpolate, pickTranslation } from "@lab/domain/locale";
import { CodeSamples } from "@lab/ui/datasets/code-samples";
import { ColumnDictionary } from "@lab/ui/datasets/column-dictionary";
import { VersionTable } from "@lab/ui/datasets/version-table";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { Markdown } from "@lab/ui/markdown";
import type { Metadata } from "next";
import { formatDate, formatDay } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { datasetApiSamples, datasetApiUrls } from "../api-samples";
import { plainExcerpt } from "../excerpt";
import { siteOrigin } from "../site-origin";
import { DatasetExplorer } from "./dataset-explorer";
import { loadDataset, loadFirstRows } from "./load";
import { countFormatter, formatBytes } from "./number-format";
import { PREVIEW_PAGE_SIZE } from "./rows-api";
import { initialGridFields, MAX_GRID_COLUMNS } from "./wide-columns";

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const dataset = await loadDataset((await params).slug);
  const base = `/datos/${dataset.slug}`;
  return {
    title: dataset.title,
    description: plainExcerpt(dataset.description, 160),
    // DCAT-AP descriptions of this dataset, for harvesters that follow rel="alternate".
    alternates: {
      types: { "application/ld+json": `${base}.jsonld`, "text/turtle": `${base}.ttl` },
    },
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export default async function DatasetPage({ params }: TProps) {
  const dataset = await loadDataset((await params).slug);
  const [locale, indicators, origin] = await Promise.all([
    getLocale(),
    (await publicApi()).indicators.list(),
    siteOrigin(),
  ]);
  const firstRows = await loadFirstRows(
    origin,
    dataset.slug,
    PREVIEW_PAGE_SIZE,
    initialGridFields(dataset.columns),
  );
  const m = MESSAGES[locale];
  const t = m.dataset;
  // Datasets are published in Spanish: on the English interface their content is marked so.
  const contentLang = locale === "es" ? undefined : "es";
  const count = countFormatter(locale);
  const base = `/datos/${dataset.slug}`;
  const download = (format: "csv" | "json", version?: number) =>
    `/api/v1/datasets/${dataset.slug}/download?format=${format}${version ? `&version=${version}` : ""}`;
  const license = DATASET_LICENSES[dataset.license as TDatasetLicense] ?? null;
  const frequency =
    UPDATE_FREQUENCIES[dataset.updateFrequency as keyof typeof UPDATE_FREQUENCIES]?.[locale] ??
    dataset.updateFrequency;
  const related = dataset.relatedIndicators.flatMap((slug) => {
    const indicator = indicators.find((i) => i.slug === slug);
    return indicator
      ? [{ slug, name: pickTranslation(indicator.name, indicator.nameEn, locale) }]
      : [];
  });
  const temporal =
    dataset.temporalStart && dataset.temporalEnd
      ? interpolate(t.facts.temporalRange, {
          start: formatDay(day(dataset.temporalStart), locale),
          end: formatDay(day(dataset.temporalEnd), locale),
        })
      : dataset.temporalStart
        ? interpolate(t.facts.temporalFrom, {
            start: formatDay(day(dataset.temporalStart), locale),
          })
        : dataset.temporalEnd
          ? interpolate(t.facts.temporalTo, { end: formatDay(day(dataset.temporalEnd), locale) })
          : null;
  const rowCount = dataset.version.rowCount;
  const columns = dataset.columns.map((c) => ({ field: c.field, name: c.name, type: c.type }));
  const sections = [
    ["vista-previa", t.sections.preview],
    ["grafico", t.sections.chart],
    ["diccionario", t.sections.dictionary],
    ["informacion", t.sections.about],
    ["versiones", t.sections.versions],
    ["api", t.sections.api],
  ] as const;
  const wideDictionary = dataset.columns.length > MAX_GRID_COLUMNS;
  const dictionary = (columns: typeof dataset.columns, caption: string) => (
    <ColumnDictionary
      columns={columns}
      formatCount={count}
      contentLang={contentLang}
      labels={{ ...t.dictionary, caption, types: t.columnTypes }}
    />
  );
  const modified = (
    <time dateTime={dataset.modifiedAt.toISOString()}>
      {formatDate(dataset.modifiedAt, locale)}
    </time>
  );

  return (
    <article className="dataset-page">
      <p className="muted breadcrumb">
        <a href="/datos">{m.chrome.nav.datasets}</a> ›{" "}
        <a href={`/datos?tema=${encodeURIComponent(dataset.theme)}`}>
          {themeLabel(dataset.theme, locale)}
        </a>
      </p>
      <h1>
        <span lang={contentLang}>{dataset.title}</span>{" "}
        {dataset.isDemo ? <DemoBadge labels={m.card.demo} /> : null}
      </h1>
      {dataset.isDemo ? <p className="notice notice--warning">{t.demoNotice}</p> : null}
      {contentLang ? <p className="muted">{t.spanishOnly}</p> : null}

      <section aria-label={t.summary} className="dataset-summary">
        <dl className="dataset-summary__facts">
          <div>
            <dt>{t.facts.updated}</dt>
            <dd>{modified}</dd>
          </div>
          <div>
            <dt>{t.facts.frequency}</dt>
            <dd>{frequency}</dd>
          </div>
          {rowCount !== null ? (
            <div>
              <dt>{t.facts.rows}</dt>
              <dd data-testid="row-count">{count(rowCount)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.facts.columns}</dt>
            <dd>{count(dataset.columns.length)}</dd>
          </div>
          {dataset.office ? (
            <div>
              <dt>{t.entity.office}</dt>
              <dd lang={contentLang}>{dataset.office.name}</dd>
            </div>
          ) : null}
        </dl>
        <p className="dataset-summary__downloads">
          <a className="button" href={download("csv")}>
            {t.downloads.csv}
          </a>
          <a className="button button--secondary" href={download("json")}>
            {t.downloads.json}
          </a>
        </p>
      </section>

      <div className="dataset-description" lang={contentLang}>
        <Markdown>{dataset.description}</Markdown>
      </div>

      <nav aria-label={t.onThisPage} className="page-toc">
        <h2 className="page-toc__title">{t.onThisPage}</h2>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <noscript>
        <p className="notice">
          {t.grid.noScript} <a href={download("csv")}>{t.downloads.csv}</a>
        </p>
      </noscript>
      <DatasetExplorer
        slug={dataset.slug}
        columns={columns}
        initialRows={firstRows}
        locale={locale}
        labels={{
          sections: t.sections,
          grid: { ...t.grid, caption: interpolate(t.grid.caption, { title: dataset.title }) },
          wideColumns: t.wideColumns,
          chart: t.chart,
        }}
      />

      <section id="diccionario" aria-labelledby="diccionario-titulo" className="dataset-section">
        <h2 id="diccionario-titulo">{t.sections.dictionary}</h2>
        {wideDictionary ? (
          // A thousand columns would bury the rest of the page: the first ones, then the others
          // behind a disclosure.
          <>
            {dictionary(
              dataset.columns.slice(0, MAX_GRID_COLUMNS),
              interpolate(t.wideColumns.dictionaryFirst, {
                to: count(MAX_GRID_COLUMNS),
                version: dataset.version.number,
              }),
            )}
            <details className="dictionary-more">
              <summary>
                {interpolate(t.wideColumns.dictionaryMore, {
                  count: count(dataset.columns.length - MAX_GRID_COLUMNS),
                })}
              </summary>
              {dictionary(
                dataset.columns.slice(MAX_GRID_COLUMNS),
                interpolate(t.wideColumns.dictionaryRest, {
                  from: count(MAX_GRID_COLUMNS + 1),
                  to: count(dataset.columns.length),
                  version: dataset.version.number,
                }),
              )}
            </details>
          </>
        ) : (
          dictionary(
            dataset.columns,
            interpolate(t.dictionary.caption, { version: dataset.version.number }),
          )
        )}
      </section>

      <section id="informacion" aria-labelledby="informacion-titulo" className="dataset-section">
        <h2 id="informacion-titulo">{t.sections.about}</h2>
        <dl className="facts">
          <dt>{t.facts.theme}</dt>
          <dd>
            <a href={`/datos?tema=${encodeURIComponent(dataset.theme)}`}>
              {themeLabel(dataset.theme, locale)}
            </a>
          </dd>
          <dt>{t.facts.keywords}</dt>
          <dd lang={dataset.keywords.length ? contentLang : undefined}>
            {dataset.keywords.length ? (
              <ul className="keyword-list">
                {dataset.keywords.map((keyword) => (
                  <li key={keyword}>
                    <a href={`/datos?q=${encodeURIComponent(keyword)}`}>{keyword}</a>
                  </li>
                ))}
              </ul>
            ) : (
              t.facts.noInfo
            )}
          </dd>
          <dt>{t.facts.license}</dt>
          <dd>{license ? <a href={license.url}>{license.title}</a> : dataset.license}</dd>
          <dt>{t.facts.contact}</dt>
          <dd>
            <span lang={contentLang}>{dataset.contactName}</span>
            {" · "}
            <a href={`mailto:${dataset.contactEmail}`}>{dataset.contactEmail}</a>
          </dd>
          <dt>{t.facts.frequency}</dt>
          <dd>{frequency}</dd>
          <dt>{t.facts.temporal}</dt>
          <dd>{temporal ?? t.facts.noInfo}</dd>
          <dt>{t.facts.spatial}</dt>
          <dd lang={contentLang}>{dataset.spatialCoverage}</dd>
          <dt>{t.facts.language}</dt>
          <dd>{t.languages[dataset.language === "en" ? "en" : "es"]}</dd>
          {dataset.documentationUrl ? (
            <>
              <dt>{t.facts.documentation}</dt>
              <dd>
                <a href={dataset.documentationUrl}>{dataset.documentationUrl}</a>
              </dd>
            </>
          ) : null}
          <dt>{t.facts.created}</dt>
          <dd>
            <time dateTime={dataset.createdAt.toISOString()}>
              {formatDate(dataset.createdAt, locale)}
            </time>
          </dd>
          <dt>{t.facts.updated}</dt>
          <dd>{modified}</dd>
          {related.length > 0 ? (
            <>
              <dt>{t.facts.related}</dt>
              <dd>
                <ul className="plain-list related-list">
                  {related.map((r) => (
                    <li key={r.slug}>
                      <a href={`/indicadores/${r.slug}`} lang={r.name.lang}>
                        {r.name.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        <h3>{t.entity.title}</h3>
        <dl className="facts" lang={contentLang}>
          <dt>{t.entity.name}</dt>
          <dd>{dataset.entityName}</dd>
          <dt>{t.entity.sector}</dt>
          <dd>{dataset.entitySector}</dd>
          <dt>{t.entity.order}</dt>
          <dd>{dataset.entityOrder}</dd>
          <dt>{t.entity.department}</dt>
          <dd>{dataset.entityDepartment}</dd>
          <dt>{t.entity.municipality}</dt>
          <dd>{dataset.entityMunicipality}</dd>
          <dt>{t.entity.office}</dt>
          <dd>{dataset.office?.name ?? t.facts.noInfo}</dd>
        </dl>
      </section>

      <section id="versiones" aria-labelledby="versiones-titulo" className="dataset-section">
        <h2 id="versiones-titulo">{t.sections.versions}</h2>
        <ul className="plain-list">
          <li>
            <a href={download("csv")}>{t.downloads.csv}</a>{" "}
            <span className="muted">{t.downloads.csvHint}</span>
          </li>
          <li>
            <a href={download("json")}>{t.downloads.json}</a>
          </li>
        </ul>
        <VersionTable
          labels={t.versions}
          versions={dataset.versions.map((v) => {
            const published = v.publishedAt ?? v.createdAt;
            return {
              number: v.number,
              published: formatDate(published, locale),
              publishedIso: published.toISOString(),
              rows: v.rowCount === null ? "—" : count(v.rowCount),
              size: v.byteSize === null ? "—" : formatBytes(v.byteSize, locale),
              current: v.current,
              csvHref: download("csv", v.number),
              jsonHref: download("json", v.number),
            };
          })}
        />
        <h3>{t.downloads.machine}</h3>
        <ul className="plain-list">
          <li>
            <a href={`${base}.jsonld`} type="application/ld+json">
              {t.downloads.jsonld}
            </a>
          </li>
          <li>
            <a href={`${base}.ttl`} type="text/turtle">
              {t.downloads.ttl}
            </a>
          </li>
          <li>
            <a href={`/api/3/action/package_show?id=${encodeURIComponent(dataset.slug)}`}>
              {t.downloads.ckan}
            </a>
          </li>
        </ul>
      </section>

      <section id="api" aria-labelledby="api-titulo" className="dataset-section">
        <h2 id="api-titulo">{t.sections.api}</h2>
        <p>{t.api.lead}</p>
        <CodeSamples samples={datasetApiSamples(datasetApiUrls(origin, dataset.slug))} />
        <p>
          <a href="/desarrolladores">{t.api.more}</a>
        </p>
      </section>
    </article>
  );
}
