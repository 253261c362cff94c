import "server-only";
import { municipalSeries } from "@lab/domain/geography";
import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import { interpolate, pickTranslation, type TLocale } from "@lab/domain/locale";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { normalizeViewState } from "@lab/domain/view-state";
import type { TLessonEmbed } from "@lab/ui/lesson-markdown";
import { TRPCError } from "@trpc/server";
import { loadFirstRows } from "~/app/(site)/datos/[slug]/load";
import { countFormatter, decimalFormatter } from "~/app/(site)/datos/[slug]/number-format";
import { siteOrigin } from "~/app/(site)/datos/site-origin";
import { MESSAGES } from "~/i18n/messages";
import { chartProps, viewSummary } from "~/indicators/chart-props";
import { LazyIndicatorChart } from "~/indicators/lazy-chart";
import { publicApi } from "~/trpc/server";

// The live elements of a lesson body: real data of the platform, read like the indicator and
// dataset pages read it (public cache). What is no longer published shows a note instead, so
// a lesson keeps working after an indicator or dataset is withdrawn.

const PREVIEW_ROWS = 5;
const PREVIEW_COLUMNS = 6;

/** The record, or null when it is not published (any more) or the slug is malformed. */
export async function published<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      return null;
    }
    throw error;
  }
}

export function renderLessonEmbed(embed: TLessonEmbed, locale: TLocale) {
  return embed.kind === "indicator" ? (
    <IndicatorEmbed slug={embed.slug} locale={locale} />
  ) : (
    <DatasetEmbed slug={embed.slug} locale={locale} />
  );
}

function Gone({ text }: { text: string }) {
  return <p className="notice lesson-embed__gone">{text}</p>;
}

async function IndicatorEmbed({ slug, locale }: { slug: string; locale: TLocale }) {
  const m = MESSAGES[locale];
  const t = m.lessons.embed;
  const indicator = await published((await publicApi()).indicators.bySlug({ slug }));
  if (!indicator) return <Gone text={t.indicatorGone} />;
  const name = pickTranslation(indicator.name, indicator.nameEn, locale);
  const latest = municipalSeries(indicator.observations).at(-1);
  const view = seriesForView(
    indicator,
    normalizeViewState({}, indicator, indicatorPeriods(indicator)),
  );
  const href = `/indicadores/${indicator.slug}`;
  return (
    <figure className="lesson-indicator" data-testid="lesson-indicator">
      <figcaption className="lesson-indicator__name">
        <a href={href} lang={name.lang}>
          {name.text}
        </a>
      </figcaption>
      {latest ? (
        <p className="lesson-indicator__latest">
          <span className="muted">{t.latest}: </span>
          <strong className="lesson-indicator__value" data-testid="lesson-indicator-value">
            {formatValue(
              indicator.unit,
              latest.value,
              indicator.decimals,
              indicator.unitLabel,
              locale,
            )}
          </strong>{" "}
          <span className="muted">
            ({formatPeriod(indicator.periodicity, latest.period, locale)})
          </span>
        </p>
      ) : null}
      <p className="lesson-indicator__summary">{viewSummary(indicator, view, locale)}</p>
      {view.periods.length > 1 ? (
        <LazyIndicatorChart {...chartProps(indicator, view, locale)} downloads={false} />
      ) : null}
      <p className="lesson-embed__link">
        <a href={href}>{t.seeIndicator}</a>
      </p>
    </figure>
  );
}

async function DatasetEmbed({ slug, locale }: { slug: string; locale: TLocale }) {
  const m = MESSAGES[locale];
  const t = m.lessons.embed;
  const dataset = await published((await publicApi()).datasets.bySlug({ slug }));
  if (!dataset) return <Gone text={t.datasetGone} />;
  const columns = dataset.columns.slice(0, PREVIEW_COLUMNS);
  const rows = await loadFirstRows(
    await siteOrigin(),
    dataset.slug,
    PREVIEW_ROWS,
    columns.map((c) => c.field),
  );
  const caption = interpolate(t.rowsCaption, { title: dataset.title });
  const decimal = decimalFormatter(locale);
  const count = countFormatter(locale);
  const es = locale === "es" ? undefined : "es";
  const cell = (value: unknown, type: string) => {
    if (value === null || value === undefined || value === "") return "—";
    if (type === "decimal" && typeof value === "number") return decimal(value);
    if (type === "boolean") {
      return value === true || value === "true" ? m.dataset.grid.yes : m.dataset.grid.no;
    }
    return String(value);
  };
  const href = `/datos/${dataset.slug}`;
  return (
    <figure className="lesson-dataset" data-testid="lesson-dataset">
      <figcaption className="lesson-dataset__name">
        <a href={href} lang={es}>
          {dataset.title}
        </a>
      </figcaption>
      {rows ? (
        <>
          <section
            className="table-wrap"
            aria-label={caption}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach
            tabIndex={0}
          >
            <table className="data-table lesson-dataset__table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.field} scope="col" lang={es}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody lang={es}>
                {rows.records.map((record, i) => (
                  <tr key={String(record._row ?? i)}>
                    {columns.map((c) => (
                      <td key={c.field}>{cell(record[c.field], c.type)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className="muted">
            {interpolate(t.rowsTotal, {
              count: `${rows.totalIsEstimate ? "~" : ""}${count(rows.total)}`,
            })}
          </p>
        </>
      ) : (
        <p className="muted">{t.rowsUnavailable}</p>
      )}
      <p className="lesson-embed__link">
        <a href={href}>{t.seeDataset}</a>
      </p>
    </figure>
  );
}
