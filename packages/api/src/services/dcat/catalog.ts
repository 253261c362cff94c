import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { getPublishedDataset, listPublishedDatasets, PUBLISHED_DATASET } from "../dataset-read";
import { catalogGraph, datasetGraph } from "./catalog-graph";
import { toJsonLd } from "./jsonld";
import type { RdfGraph } from "./model";
import { CATALOG_PAGE_SIZE, parseCatalogQuery, RDF_FORMATS, type TRdfFormat } from "./query";
import { siteIris } from "./site";
import { toTurtle } from "./turtle";

// The DCAT-AP 3.0.1 documents: the paged catalog (/catalog.jsonld, /catalog.ttl) and one
// dataset (/datos/{slug}.jsonld, .ttl). Route handlers only pass the request along.

export type TRdfDocument = { body: string; contentType: string };

async function render(graph: RdfGraph, format: TRdfFormat): Promise<TRdfDocument> {
  const body =
    format === "ttl" ? await toTurtle(graph) : `${JSON.stringify(toJsonLd(graph), null, 2)}\n`;
  return { body, contentType: RDF_FORMATS[format] };
}

export async function renderCatalog(
  prisma: PrismaClient,
  options: { base: string; format: TRdfFormat; params: URLSearchParams; pageSize?: number },
): Promise<TRdfDocument> {
  const query = parseCatalogQuery(options.params);
  const pageSize = options.pageSize ?? CATALOG_PAGE_SIZE;
  const site = siteIris(options.base);
  const where: Prisma.DatasetWhereInput = query.modifiedSince
    ? { modifiedAt: { gte: query.modifiedSince } }
    : {};
  const [totalItems, latest, datasets] = await Promise.all([
    prisma.dataset.count({ where: { AND: [PUBLISHED_DATASET, where] } }),
    prisma.dataset.aggregate({ where: PUBLISHED_DATASET, _max: { modifiedAt: true } }),
    listPublishedDatasets(prisma, { where, skip: (query.page - 1) * pageSize, take: pageSize }),
  ]);
  const pageUrl = (page: number) => {
    const params = new URLSearchParams();
    if (query.modifiedSinceRaw) params.set("modified_since", query.modifiedSinceRaw);
    params.set("page", String(page));
    return `${site.catalogDocument(options.format)}?${params}`;
  };
  const graph = catalogGraph(site, datasets, {
    modified: latest._max.modifiedAt,
    paging: { page: query.page, pageSize, totalItems, pageUrl },
  });
  return render(graph, options.format);
}

export async function renderDataset(
  prisma: PrismaClient,
  options: { base: string; format: TRdfFormat; slug: string },
): Promise<TRdfDocument> {
  const dataset = await getPublishedDataset(prisma, options.slug);
  let graph: RdfGraph;
  try {
    graph = datasetGraph(siteIris(options.base), dataset);
  } catch (error) {
    // Left out of the catalog too: to harvesters it is as if it were not published.
    console.error(`DCAT dataset: "${dataset.slug}" cannot be described:`, error);
    throw new AppError(
      "NOT_FOUND",
      "Este conjunto de datos no tiene metadatos DCAT disponibles en este momento.",
    );
  }
  return render(graph, options.format);
}
