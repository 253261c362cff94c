import {
  CAPACITY_TYPE_LABELS,
  CAPACITY_TYPES,
  DIMENSION_LABELS,
  DIMENSIONS,
} from "@lab/domain/indicator";
import {
  CATALOG_QUERY_MAX_LENGTH,
  CATALOG_SORT_LABELS,
  CATALOG_SORTS,
  catalogParamsToQuery,
  filterAndSortIndicators,
  isCatalogFiltered,
  parseCatalogParams,
} from "@lab/domain/indicator-catalog";
import { interpolate, pickTranslation } from "@lab/domain/locale";
import type { TRawParams } from "@lab/domain/view-state";
import { IndicatorCard } from "@lab/ui/indicators/indicator-card";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES, type TMessages } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { CatalogFilters } from "./catalog-filters";

type TProps = { searchParams: Promise<TRawParams> };

export async function generateMetadata({ searchParams }: TProps): Promise<Metadata> {
  const { dimension } = parseCatalogParams(await searchParams);
  const locale = await getLocale();
  const t = MESSAGES[locale].catalog;
  // The tab title names the dimension, so a screen reader hears where a shared link leads.
  return {
    title: dimension
      ? interpolate(t.titleDimension, { dimension: DIMENSION_LABELS[locale][dimension] })
      : t.title,
  };
}

function countText(
  t: TMessages["catalog"],
  shown: number,
  total: number,
  filtered: boolean,
): string {
  if (shown === 0) return t.countNone;
  if (!filtered) return total === 1 ? t.countAllOne : interpolate(t.countAllOther, { total });
  return shown === 1
    ? interpolate(t.countSomeOne, { total })
    : interpolate(t.countSomeOther, { shown, total });
}

export default async function IndicatorsPage({ searchParams }: TProps) {
  // Unknown or odd parameters are ignored here, so any link shows a list, never an error.
  const params = parseCatalogParams(await searchParams);
  const locale = await getLocale();
  const m = MESSAGES[locale];
  const t = m.catalog;
  // Searched and sorted by what the reader sees: the English name when there is one.
  const indicators = (await (await publicApi()).indicators.list()).map((i) => ({
    ...i,
    name: pickTranslation(i.name, i.nameEn, locale).text,
    description: pickTranslation(i.description, i.descriptionEn, locale).text,
  }));
  const results = filterAndSortIndicators(indicators, params, locale);
  const filtered = isCatalogFiltered(params);
  const clearHref = `/indicadores${params.sort === "nombre" ? "" : `?${catalogParamsToQuery({ sort: params.sort })}`}`;
  const active = [
    params.q ? interpolate(t.activeQuery, { q: params.q }) : null,
    params.dimension
      ? interpolate(t.activeDimension, { dimension: DIMENSION_LABELS[locale][params.dimension] })
      : null,
    params.capacity
      ? interpolate(t.activeCapacity, { capacity: CAPACITY_TYPE_LABELS[locale][params.capacity] })
      : null,
  ].filter((part): part is string => part !== null);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <search aria-label={t.searchRegion}>
        <CatalogFilters
          params={params}
          queryMaxLength={CATALOG_QUERY_MAX_LENGTH}
          dimensions={DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[locale][d] }))}
          capacities={CAPACITY_TYPES.map((c) => ({
            value: c,
            label: CAPACITY_TYPE_LABELS[locale][c],
          }))}
          sorts={CATALOG_SORTS.map((s) => ({ value: s, label: CATALOG_SORT_LABELS[locale][s] }))}
          labels={t.filters}
        />
      </search>
      <section aria-labelledby="resultados" className="catalog-results">
        <h2 id="resultados">{t.results}</h2>
        <p
          role="status"
          aria-live="polite"
          className="catalog-results__count"
          data-testid="result-count"
        >
          {countText(t, results.length, indicators.length, filtered)}
        </p>
        {filtered ? (
          <p className="catalog-results__active">
            <span>{interpolate(t.activeFilters, { filters: active.join(" · ") })}</span>{" "}
            <a href={clearHref}>{t.clearFilters}</a>
          </p>
        ) : null}
        {results.length > 0 ? (
          <ul className="card-grid">
            {results.map((indicator) => (
              <li key={indicator.slug}>
                <IndicatorCard
                  indicator={indicator}
                  updated={formatDate(indicator.updatedAt, locale)}
                  labels={m.card}
                  locale={locale}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="empty-state">
            <p>{t.empty}</p>
            <p>
              <a href={clearHref}>{t.seeAll}</a>
            </p>
          </div>
        )}
      </section>
    </>
  );
}
