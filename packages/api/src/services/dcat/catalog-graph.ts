import { DEFAULT_ENTITY } from "@lab/domain/dataset";
import type { TDatasetView } from "@lab/domain/dataset-view";
import {
  agent,
  datasetNodes,
  languageNode,
  publisherTypeNodes,
  themeSchemeNode,
} from "./dataset-graph";
import { dateTime, named, plain, RdfGraph, ref, type TNamedNode, text, typed } from "./model";
import type { TSiteIris } from "./site";
import { DATA_THEME_SCHEME, LANGUAGES } from "./vocabulary";

// The dcat:Catalog around a page of datasets, with hydra paging as ckanext-dcat's catalog
// endpoint writes it (and its RDF harvester reads it), and the single-dataset document.

export const CATALOG_TITLE = "Datos abiertos de Bucaramanga";
export const CATALOG_DESCRIPTION =
  "Conjuntos de datos abiertos que publica la Alcaldía de Bucaramanga (Oficina TIC) en la plataforma del Laboratorio de Innovación Pública: metadatos DCAT-AP, descargas en CSV de cada versión y API de filas.";

/**
 * Builds each dataset on its own: one whose stored data cannot be described is left out and
 * logged, never taking the rest of the catalog down with it.
 */
export function buildEach<T>(
  datasets: TDatasetView[],
  build: (d: TDatasetView) => T,
  what: string,
): T[] {
  return datasets.flatMap((d) => {
    try {
      return [build(d)];
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`${what}: dataset "${d.slug}" left out: ${reason}`);
      return [];
    }
  });
}

export type TPaging = {
  page: number;
  pageSize: number;
  totalItems: number;
  /** The address of page n of this listing (same format and filters). */
  pageUrl: (page: number) => string;
};

function pagingNode(paging: TPaging): TNamedNode {
  const { page, pageSize, totalItems, pageUrl } = paging;
  const last = Math.max(1, Math.ceil(totalItems / pageSize));
  const links = {
    first: pageUrl(1),
    last: pageUrl(last),
    next: page < last ? pageUrl(page + 1) : null,
    previous: page > 1 ? pageUrl(Math.min(page - 1, last)) : null,
  };
  const link = (url: string | null) => (url ? ref(url) : null);
  const literal = (url: string | null) => (url ? plain(url) : null);
  // hydra:first/next… as IRIs (Hydra, udata); hydra:firstPage/nextPage… as literals too:
  // older ckanext-dcat harvesters look only for those, on a hydra:PagedCollection.
  return named(pageUrl(page), ["hydra:PartialCollectionView", "hydra:PagedCollection"], {
    "hydra:first": link(links.first),
    "hydra:last": link(links.last),
    "hydra:next": link(links.next),
    "hydra:previous": link(links.previous),
    "hydra:firstPage": literal(links.first),
    "hydra:lastPage": literal(links.last),
    "hydra:nextPage": literal(links.next),
    "hydra:previousPage": literal(links.previous),
    "hydra:itemsPerPage": typed(String(pageSize), "xsd:integer"),
    "hydra:totalItems": typed(String(totalItems), "xsd:integer"),
  });
}

export function catalogGraph(
  site: TSiteIris,
  datasets: TDatasetView[],
  options: { modified: Date | null; paging: TPaging },
): RdfGraph {
  const graph = new RdfGraph();
  const built = buildEach(datasets, (d) => ({ d, nodes: datasetNodes(d, site) }), "DCAT catalog");
  const spanish = LANGUAGES.es as (typeof LANGUAGES)[string];
  graph.add(
    named(site.catalog, ["dcat:Catalog", "hydra:Collection"], {
      "dct:title": text(CATALOG_TITLE),
      "dct:description": text(CATALOG_DESCRIPTION),
      "dct:publisher": agent(DEFAULT_ENTITY.entityName, DEFAULT_ENTITY.entityOrder),
      "foaf:homepage": ref(site.catalogHomepage),
      "dct:language": ref(spanish.iri),
      "dct:modified": options.modified ? dateTime(options.modified) : null,
      "dcat:themeTaxonomy": ref(DATA_THEME_SCHEME.iri),
      "dcat:dataset": built.map(({ d }) => ref(site.dataset(d.slug))),
      "hydra:totalItems": typed(String(options.paging.totalItems), "xsd:integer"),
      "hydra:view": ref(options.paging.pageUrl(options.paging.page)),
    }),
    pagingNode(options.paging),
    named(site.catalogHomepage, ["foaf:Document"]),
    languageNode(spanish),
    themeSchemeNode(),
    ...publisherTypeNodes(DEFAULT_ENTITY.entityOrder),
  );
  for (const { nodes } of built) graph.add(...nodes);
  return graph;
}

/** One dataset's document (/datos/{slug}.ttl): throws if it cannot be described. */
export function datasetGraph(site: TSiteIris, dataset: TDatasetView): RdfGraph {
  return new RdfGraph().add(...datasetNodes(dataset, site));
}
