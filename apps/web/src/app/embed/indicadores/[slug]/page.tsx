import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import { HTML_LANG, parseLocale, pickTranslation, type TLocale } from "@lab/domain/locale";
import { normalizeViewState, type TRawParams, viewStateToQuery } from "@lab/domain/view-state";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import type { Metadata } from "next";
import { languageSwitchHref } from "~/i18n/config";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { chartProps, viewSummary } from "~/indicators/chart-props";
import { LazyIndicatorChart } from "~/indicators/lazy-chart";
import { loadIndicator } from "~/indicators/load";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<TRawParams> };

/**
 * An iframe on another site gets no cookie of ours (SameSite), so the embed code carries the
 * language as `?lang=en`; opened directly, without it, the reader's cookie decides.
 */
async function embedLocale(searchParams: Promise<TRawParams>): Promise<TLocale> {
  const { lang } = await searchParams;
  return lang === undefined ? getLocale() : parseLocale(lang);
}

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const indicator = await loadIndicator((await params).slug);
  const locale = await embedLocale(searchParams);
  return {
    title: pickTranslation(indicator.name, indicator.nameEn, locale).text,
    robots: { index: false },
  };
}

/** The chart alone, for an iframe on another site, with a link back to the full page. */
export default async function EmbedIndicatorPage({ params, searchParams }: TProps) {
  const indicator = await loadIndicator((await params).slug);
  const locale = await embedLocale(searchParams);
  const m = MESSAGES[locale];
  const name = pickTranslation(indicator.name, indicator.nameEn, locale);
  const state = normalizeViewState(await searchParams, indicator, indicatorPeriods(indicator));
  const view = seriesForView(indicator, state);
  const page = `/indicadores/${indicator.slug}?${viewStateToQuery(state, "grafico")}`;
  // An English embed opens the full page in English too, through the language switch.
  const fullPage = locale === "es" ? page : languageSwitchHref(locale, page);
  return (
    // The root layout's lang follows the cookie; this page's language may come from its URL.
    <div className="embed" lang={HTML_LANG[locale]}>
      <h1 className="embed__title">
        <span lang={name.lang}>{name.text}</span>{" "}
        {indicator.isDemo ? <DemoBadge labels={m.card.demo} /> : null}
      </h1>
      <p className="embed__summary">{viewSummary(indicator, view, locale)}</p>
      {view.periods.length > 0 ? (
        <LazyIndicatorChart {...chartProps(indicator, view, locale)} downloads={false} />
      ) : null}
      <p className="embed__footer">
        {m.indicator.facts.source}:{" "}
        <span lang={locale === "es" ? undefined : "es"}>{indicator.sourceName}</span>.{" "}
        <a href={fullPage} target="_top">
          {m.embed.seeFull}
        </a>
      </p>
    </div>
  );
}
