import { DIMENSION_LABELS, DIMENSIONS } from "@lab/domain/indicator";
import { catalogParamsToQuery } from "@lab/domain/indicator-catalog";
import { interpolate } from "@lab/domain/locale";
import { IndicatorCard } from "@lab/ui/indicators/indicator-card";
import { formatDate } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { LatestDatasets } from "./_home/latest-datasets";
import { WorkshopBlock } from "./_home/workshop-block";

// A few headline cards per dimension keep the home short on a phone; the rest are one tap
// away in the catalog, filtered to that dimension.
const HEADLINES_PER_DIMENSION = 3;

export default async function HomePage() {
  const api = await publicApi();
  const [indicators, locale] = await Promise.all([api.indicators.list(), getLocale()]);
  const m = MESSAGES[locale];
  const t = m.home;
  const lastUpdate = indicators.reduce<Date | null>(
    (latest, i) => (!latest || i.updatedAt > latest ? i.updatedAt : latest),
    null,
  );
  const dimensions = DIMENSIONS.map((dimension) => ({
    dimension,
    label: DIMENSION_LABELS[locale][dimension],
    href: `/indicadores?${catalogParamsToQuery({ dimension })}`,
    indicators: indicators.filter((i) => i.dimension === dimension),
  })).filter((d) => d.indicators.length > 0);
  return (
    <>
      <section className="hero">
        <h1>{m.meta.siteName}</h1>
        <p className="lead">{t.lead}</p>
        {lastUpdate ? (
          <p className="muted">
            {t.lastUpdate}{" "}
            <time dateTime={lastUpdate.toISOString()}>{formatDate(lastUpdate, locale)}</time>
          </p>
        ) : null}
      </section>
      <WorkshopBlock locale={locale} />
      <section aria-labelledby="lecciones-inicio" className="notice lessons-block">
        <h2 id="lecciones-inicio">{m.lessons.home.title}</h2>
        <p>
          {m.lessons.home.text} <a href="/lecciones">{m.lessons.home.link}</a>
        </p>
      </section>
      {dimensions.length > 0 ? (
        <nav aria-labelledby="dimensiones" className="dimension-nav">
          <h2 id="dimensiones">{t.byDimension}</h2>
          <ul>
            {dimensions.map((d) => (
              <li key={d.dimension}>
                <a href={d.href}>
                  {d.label}{" "}
                  <span className="dimension-nav__count">
                    (
                    {interpolate(d.indicators.length === 1 ? t.countOne : t.countOther, {
                      count: d.indicators.length,
                    })}
                    )
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {dimensions.map((d) => (
        <section key={d.dimension} aria-labelledby={`dim-${d.dimension}`} className="dimension">
          <h2 id={`dim-${d.dimension}`}>{d.label}</h2>
          <ul className="card-grid">
            {d.indicators.slice(0, HEADLINES_PER_DIMENSION).map((indicator) => (
              <li key={indicator.slug}>
                <IndicatorCard indicator={indicator} labels={m.card} locale={locale} />
              </li>
            ))}
          </ul>
          <p className="dimension__more">
            <a href={d.href}>{interpolate(t.seeAll, { dimension: d.label })}</a>
          </p>
        </section>
      ))}
      <LatestDatasets locale={locale} />
    </>
  );
}
