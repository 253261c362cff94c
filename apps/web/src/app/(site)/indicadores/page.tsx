import {
  CAPACITY_TYPE_LABELS_ES,
  CAPACITY_TYPES,
  DIMENSION_LABELS_ES,
  DIMENSIONS,
} from "@lab/domain/indicator";
import {
  CATALOG_QUERY_MAX_LENGTH,
  CATALOG_SORT_LABELS_ES,
  CATALOG_SORTS,
  catalogParamsToQuery,
  filterAndSortIndicators,
  isCatalogFiltered,
  parseCatalogParams,
} from "@lab/domain/indicator-catalog";
import type { TRawParams } from "@lab/domain/view-state";
import { IndicatorCard } from "@lab/ui/indicators/indicator-card";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { publicApi } from "~/trpc/server";
import { CatalogFilters } from "./catalog-filters";

type TProps = { searchParams: Promise<TRawParams> };

export async function generateMetadata({ searchParams }: TProps): Promise<Metadata> {
  const { dimension } = parseCatalogParams(await searchParams);
  // The tab title names the dimension, so a screen reader hears where a shared link leads.
  return { title: dimension ? `Indicadores de ${DIMENSION_LABELS_ES[dimension]}` : "Indicadores" };
}

function countText(shown: number, total: number, filtered: boolean): string {
  if (shown === 0) return "Ningún indicador coincide con la búsqueda y los filtros.";
  if (!filtered)
    return total === 1 ? "Se muestra el único indicador." : `Se muestran los ${total} indicadores.`;
  return shown === 1
    ? `Se muestra 1 indicador de ${total}.`
    : `Se muestran ${shown} indicadores de ${total}.`;
}

export default async function IndicatorsPage({ searchParams }: TProps) {
  // Unknown or odd parameters are ignored here, so any link shows a list, never an error.
  const params = parseCatalogParams(await searchParams);
  const indicators = await (await publicApi()).indicators.list();
  const results = filterAndSortIndicators(indicators, params);
  const filtered = isCatalogFiltered(params);
  const clearHref = `/indicadores${params.sort === "nombre" ? "" : `?${catalogParamsToQuery({ sort: params.sort })}`}`;
  const active = [
    params.q ? `búsqueda «${params.q}»` : null,
    params.dimension ? `dimensión ${DIMENSION_LABELS_ES[params.dimension]}` : null,
    params.capacity ? `capacidad ${CAPACITY_TYPE_LABELS_ES[params.capacity]}` : null,
  ].filter((part): part is string => part !== null);

  return (
    <>
      <h1>Indicadores</h1>
      <p className="lead">
        Busque y filtre los indicadores del laboratorio. La dirección de la página guarda su
        búsqueda: puede volver a ella o compartirla.
      </p>
      <search aria-label="Buscar y filtrar indicadores">
        <CatalogFilters
          params={params}
          queryMaxLength={CATALOG_QUERY_MAX_LENGTH}
          dimensions={DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS_ES[d] }))}
          capacities={CAPACITY_TYPES.map((c) => ({ value: c, label: CAPACITY_TYPE_LABELS_ES[c] }))}
          sorts={CATALOG_SORTS.map((s) => ({ value: s, label: CATALOG_SORT_LABELS_ES[s] }))}
        />
      </search>
      <section aria-labelledby="resultados" className="catalog-results">
        <h2 id="resultados">Resultados</h2>
        <p
          role="status"
          aria-live="polite"
          className="catalog-results__count"
          data-testid="result-count"
        >
          {countText(results.length, indicators.length, filtered)}
        </p>
        {filtered ? (
          <p className="catalog-results__active">
            <span>Filtros: {active.join(" · ")}.</span> <a href={clearHref}>Quitar filtros</a>
          </p>
        ) : null}
        {results.length > 0 ? (
          <ul className="card-grid">
            {results.map((indicator) => (
              <li key={indicator.slug}>
                <IndicatorCard
                  indicator={indicator}
                  updated={formatDateEsCo(indicator.updatedAt)}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="empty-state">
            <p>
              No encontramos indicadores con esos criterios. Revise la ortografía, use menos
              palabras o elija otra dimensión.
            </p>
            <p>
              <a href={clearHref}>Ver todos los indicadores</a>
            </p>
          </div>
        )}
      </section>
    </>
  );
}
