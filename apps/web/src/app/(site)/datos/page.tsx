import { themeLabel, UPDATE_FREQUENCIES } from "@lab/domain/dataset";
import type { TCatalogFacetValue } from "@lab/domain/dataset-catalog";
import { interpolate, type TLocale } from "@lab/domain/locale";
import type { TRawParams } from "@lab/domain/view-state";
import { DatasetResult } from "@lab/ui/datasets/dataset-result";
import { FacetGroup, type TFacetOption } from "@lab/ui/datasets/facet-group";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES, type TMessages } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { plainExcerpt } from "./excerpt";
import { FacetsDisclosure } from "./facets-disclosure";
import { DatasetSearchForm } from "./search-form";
import {
  DATASET_PAGE_SIZE,
  DATASET_QUERY_MAX_LENGTH,
  DATASET_SORTS,
  datasetCatalogHref,
  FACET_KEYS,
  FACET_PARAMS,
  isDatasetSearchFiltered,
  parseDatasetParams,
  type TDatasetCatalogParams,
  type TFacetKey,
  withFacet,
} from "./search-params";

type TProps = { searchParams: Promise<TRawParams> };

export async function generateMetadata({ searchParams }: TProps): Promise<Metadata> {
  const { filters } = parseDatasetParams(await searchParams);
  const locale = await getLocale();
  const t = MESSAGES[locale].datasets;
  // The tab title names the theme, so a screen reader hears where a shared link leads.
  return {
    title: filters.theme
      ? interpolate(t.titleTheme, { theme: themeLabel(filters.theme, locale) })
      : t.title,
    // The whole catalog in DCAT-AP, for harvesters that follow rel="alternate".
    alternates: {
      types: { "application/ld+json": "/catalog.jsonld", "text/turtle": "/catalog.ttl" },
    },
  };
}

/** A facet value's label in the reader's language (themes and frequencies are translated). */
function facetLabel(facet: TFacetKey, value: TCatalogFacetValue, locale: TLocale): string {
  if (facet === "theme") return themeLabel(value.value, locale);
  if (facet === "frequency") {
    const frequency = UPDATE_FREQUENCIES[value.value as keyof typeof UPDATE_FREQUENCIES];
    return frequency?.[locale] ?? value.label;
  }
  return value.label;
}

function countText(t: TMessages["datasets"], count: number, from: number, shown: number) {
  if (count === 0) return t.countNone;
  if (count === 1) return t.countOne;
  if (shown === count || shown === 0) return interpolate(t.countOther, { total: count });
  return interpolate(t.countRange, { total: count, from, to: from + shown - 1 });
}

/** Page numbers around the current one, with the first and last always reachable. */
function pageWindow(current: number, last: number): number[] {
  const pages = new Set([1, last, current - 1, current, current + 1]);
  return [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
}

export default async function DatasetsPage({ searchParams }: TProps) {
  // Unknown or odd parameters are ignored here, so any link shows a list, never an error.
  const params = parseDatasetParams(await searchParams);
  const locale = await getLocale();
  const m = MESSAGES[locale];
  const t = m.datasets;
  const contentLang = locale === "es" ? undefined : "es";
  const result = await (await publicApi()).datasets.search({
    q: params.q,
    filters: Object.fromEntries(
      FACET_KEYS.flatMap((key) => {
        const value = params.filters[key];
        return value ? [[key, [value]]] : [];
      }),
    ),
    sort: params.sort === "actualizacion" ? "modified" : "relevance",
    page: params.page,
    pageSize: DATASET_PAGE_SIZE,
  });
  const filtered = isDatasetSearchFiltered(params);
  const lastPage = Math.max(1, Math.ceil(result.count / DATASET_PAGE_SIZE));
  const from = (params.page - 1) * DATASET_PAGE_SIZE + 1;
  const href = (p: TDatasetCatalogParams) => datasetCatalogHref(p);
  const clearHref = href({ ...params, q: "", filters: {}, page: 1 });
  const activeCount = FACET_KEYS.filter((key) => params.filters[key]).length;

  const facetOptions = (key: TFacetKey): TFacetOption[] => {
    const chosen = params.filters[key];
    const values = result.facets[key];
    const options = values.map((value) => ({
      value: value.value,
      label: facetLabel(key, value, locale),
      count: value.count,
      selected: value.value === chosen,
      href: href(withFacet(params, key, value.value === chosen ? null : value.value)),
    }));
    // A chosen value with no match still shows, so it can be removed.
    if (chosen && !options.some((o) => o.selected)) {
      options.unshift({
        value: chosen,
        label: facetLabel(key, { value: chosen, label: chosen, count: 0 }, locale),
        count: 0,
        selected: true,
        href: href(withFacet(params, key, null)),
      });
    }
    return options;
  };
  const active = [
    params.q ? interpolate(t.activeQuery, { q: params.q }) : null,
    ...FACET_KEYS.map((key) => {
      const chosen = params.filters[key];
      if (!chosen) return null;
      const option = facetOptions(key).find((o) => o.selected);
      return interpolate(t.activeFacet, {
        facet: t.facets[key].toLowerCase(),
        value: option?.label ?? chosen,
      });
    }),
  ].filter((part): part is string => part !== null);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>
        {t.developers} <a href="/desarrolladores">{t.developersLink}</a>.
      </p>
      <search aria-label={t.searchRegion}>
        <DatasetSearchForm
          q={params.q}
          sort={params.sort}
          hidden={FACET_KEYS.flatMap((key) => {
            const value = params.filters[key];
            return value ? [[FACET_PARAMS[key], value] as [string, string]] : [];
          })}
          sorts={DATASET_SORTS.map((s) => ({ value: s, label: t.sorts[s] }))}
          queryMaxLength={DATASET_QUERY_MAX_LENGTH}
          labels={t}
        />
      </search>
      <div className="dataset-catalog">
        <FacetsDisclosure
          open={activeCount > 0}
          summary={
            activeCount === 0
              ? t.filters
              : activeCount === 1
                ? t.filtersActiveOne
                : interpolate(t.filtersActiveOther, { count: activeCount })
          }
        >
          <nav aria-labelledby="filtros-titulo">
            <h2 id="filtros-titulo" className="visually-hidden">
              {t.filters}
            </h2>
            {FACET_KEYS.map((key) => (
              <FacetGroup
                key={key}
                id={FACET_PARAMS[key]}
                title={t.facets[key]}
                options={facetOptions(key)}
                contentLang={key === "office" || key === "publisher" ? contentLang : undefined}
                labels={{ count: t.facetCount, countOne: t.facetCountOne, remove: t.facetRemove }}
              />
            ))}
          </nav>
        </FacetsDisclosure>
        <section aria-labelledby="resultados" className="catalog-results dataset-results">
          <h2 id="resultados">{t.results}</h2>
          <p
            role="status"
            aria-live="polite"
            className="catalog-results__count"
            data-testid="result-count"
          >
            {countText(t, result.count, from, result.results.length)}
          </p>
          {filtered ? (
            <p className="catalog-results__active">
              <span>{interpolate(t.activeFilters, { filters: active.join(" · ") })}</span>{" "}
              <a href={clearHref}>{t.clearFilters}</a>
            </p>
          ) : null}
          {result.results.length > 0 ? (
            <ul className="dataset-list">
              {result.results.map((dataset) => (
                <li key={dataset.slug}>
                  <DatasetResult
                    contentLang={contentLang}
                    labels={{ ...t.item, demo: m.card.demo }}
                    result={{
                      href: `/datos/${dataset.slug}`,
                      title: dataset.title,
                      excerpt: plainExcerpt(dataset.description),
                      theme: themeLabel(dataset.theme, locale),
                      office: dataset.office?.name ?? null,
                      updated: formatDate(dataset.modifiedAt, locale),
                      updatedIso: dataset.modifiedAt.toISOString(),
                      formats: ["CSV", "JSON"],
                      isDemo: dataset.isDemo,
                    }}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <div className="empty-state">
              {result.count > 0 ? (
                // A page past the end (an old link, or the catalog shrank).
                <>
                  <p>{t.pastLastPage}</p>
                  <p>
                    <a href={href({ ...params, page: 1 })}>{t.firstPage}</a>
                  </p>
                </>
              ) : filtered ? (
                <>
                  <p>{t.empty}</p>
                  <p>
                    <a href="/datos">{t.seeAll}</a>
                  </p>
                </>
              ) : (
                <p>{t.emptyCatalog}</p>
              )}
            </div>
          )}
          {lastPage > 1 ? (
            <nav aria-label={t.paging.label} className="pager">
              <ul>
                {params.page > 1 ? (
                  <li>
                    <a href={href({ ...params, page: params.page - 1 })} rel="prev">
                      {t.paging.previous}
                    </a>
                  </li>
                ) : null}
                {pageWindow(params.page, lastPage).map((page) => (
                  <li key={page}>
                    <a
                      href={href({ ...params, page })}
                      aria-current={page === params.page ? "page" : undefined}
                      aria-label={interpolate(t.paging.page, { page })}
                    >
                      {page}
                    </a>
                  </li>
                ))}
                {params.page < lastPage ? (
                  <li>
                    <a href={href({ ...params, page: params.page + 1 })} rel="next">
                      {t.paging.next}
                    </a>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}
