import type { TDatabaseConfig } from "@lab/db/config";
import type { PrismaClient } from "@lab/db/prisma";
import type { TDatasetView } from "@lab/domain/dataset-view";
import type { TPublicCache } from "../../public-cache";
import { listPublishedDatasets, PUBLISHED_DATASET } from "../dataset-read";
import { SEARCH_LIMIT_MAX, searchDatasets, searchIndex } from "../dataset-search";
import type { TIndexedDataset } from "../dataset-search-index";
import { dropAccents } from "../dataset-search-text";
import { catalogSummary, publisherCreatedDates } from "./catalog";
import { invalidParam, notFound } from "./envelope";
import {
  ckanTagName,
  groupFullDict,
  licenseDicts,
  organizationFullDict,
  organizationId,
  packageDict,
  resourceDict,
  type TShapeContext,
  tagDict,
} from "./package";
import {
  boolParam,
  intParam,
  listParam,
  requiredParam,
  stringParam,
  type TCkanParams,
} from "./params";
import { CKAN_FACETS, parsePackageSearch } from "./search-params";

// The actions of the CKAN-compatible Action API, each as CKAN documents it, over published
// datasets only. The dispatcher (handler.ts) wraps their results in CKAN's envelope.

export type TCkanContext = {
  prisma: PrismaClient;
  /** The database `prisma` is on, where the datastore's row tables live (datastore_search). */
  database: TDatabaseConfig;
  /** Origin of absolute URLs, without a trailing slash: "https://datos.bucaramanga.gov.co". */
  siteUrl: string;
  /** The public data cache, when the caller has one. */
  cache?: TPublicCache | undefined;
};

export type TCkanAction = (ctx: TCkanContext, params: TCkanParams) => Promise<unknown>;

/** The CKAN release whose Action API this subset follows (status_show's ckan_version). */
export const CKAN_COMPATIBLE_VERSION = "2.10.0";

/** The index (through the cache when there is one) and what package shapes need from it. */
async function indexAndShape(ctx: TCkanContext) {
  const index = await searchIndex(ctx.prisma, ctx.cache);
  const shape: TShapeContext = {
    siteUrl: ctx.siteUrl,
    publisherCreated: publisherCreatedDates(index),
  };
  return { index, shape };
}

/** owner_org holds organization ids, which stand for publisher slugs. */
function publisherByOrganizationId(index: readonly TIndexedDataset[]) {
  const bySlug = new Map(index.map((d) => [organizationId(d.publisher.slug), d.publisher.slug]));
  return (id: string) => bySlug.get(id);
}

async function packageSearch(ctx: TCkanContext, params: TCkanParams) {
  const { index, shape } = await indexAndShape(ctx);
  const request = parsePackageSearch(params, publisherByOrganizationId(index));
  const found = await searchDatasets(ctx.prisma, request.search, { index });
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<string, { title: string; items: object[] }> = {};
  for (const field of request.facetFields) {
    const values = found.facets[CKAN_FACETS[field] as keyof typeof found.facets].flatMap((v) => {
      const name = field === "tags" ? ckanTagName(v.value) : v.value;
      return name
        ? [{ name, display_name: field === "tags" ? name : v.label, count: v.count }]
        : [];
    });
    facets[field] = Object.fromEntries(values.map((v) => [v.name, v.count]));
    // CKAN lists search_facets items by display name, descending.
    searchFacets[field] = {
      title: field,
      items: [...values].sort((a, b) => b.display_name.localeCompare(a.display_name, "es")),
    };
  }
  const results = found.results.map((view) => {
    const dict = packageDict(view, shape);
    if (!request.fields) return dict;
    return Object.fromEntries(
      request.fields.filter((f) => f in dict).map((f) => [f, dict[f as keyof typeof dict]]),
    );
  });
  return {
    count: found.count,
    facets,
    results,
    sort: request.sort,
    search_facets: searchFacets,
  };
}

async function findPackage(ctx: TCkanContext, idOrName: string): Promise<TDatasetView> {
  const [view] = await listPublishedDatasets(ctx.prisma, {
    where: { OR: [{ id: idOrName }, { slug: idOrName }] },
    take: 1,
  });
  if (!view)
    throw notFound(`no hay un conjunto de datos publicado con el id o nombre «${idOrName}».`);
  return view;
}

async function packageShow(ctx: TCkanContext, params: TCkanParams) {
  const id = requiredParam(params, "id");
  const [view, { shape }] = await Promise.all([findPackage(ctx, id), indexAndShape(ctx)]);
  return packageDict(view, shape);
}

async function packageList(ctx: TCkanContext, params: TCkanParams) {
  const limit = intParam(params, "limit", { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
  const offset = intParam(params, "offset", { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
  const rows = await ctx.prisma.dataset.findMany({
    where: PUBLISHED_DATASET,
    select: { slug: true },
  });
  // Sorted here, not by the database's collation, so PGlite and PostgreSQL agree.
  const names = rows.map((r) => r.slug).sort();
  return limit ? names.slice(offset, offset + limit) : names.slice(offset);
}

async function currentPackageListWithResources(ctx: TCkanContext, params: TCkanParams) {
  const limit = intParam(params, "limit", { min: 0, max: SEARCH_LIMIT_MAX, fallback: 10 });
  // "page" is CKAN's deprecated way of saying offset.
  const page = intParam(params, "page", { min: 1, max: 1_000_000, fallback: 1 });
  const offset =
    params.offset === undefined
      ? (page - 1) * limit
      : intParam(params, "offset", { min: 0, max: 1_000_000_000, fallback: 0 });
  const { index, shape } = await indexAndShape(ctx);
  const found = await searchDatasets(
    ctx.prisma,
    { sort: [{ by: "modified", direction: "desc" }], limit, offset, facetLimit: 0 },
    { index },
  );
  return found.results.map((view) => packageDict(view, shape));
}

async function resourceShow(ctx: TCkanContext, params: TCkanParams) {
  const id = requiredParam(params, "id");
  const version = await ctx.prisma.datasetVersion.findFirst({
    where: {
      id,
      publishedAt: { not: null },
      dataset: PUBLISHED_DATASET,
    },
    select: { datasetId: true },
  });
  const view = version ? await findPackage(ctx, version.datasetId).catch(() => null) : null;
  const position = view?.versions.findIndex((v) => v.id === id) ?? -1;
  const found = view?.versions[position];
  if (!view || !found) throw notFound(`no hay un recurso publicado con el id «${id}».`);
  return resourceDict(view, found, position, ctx.siteUrl);
}

// ---- organizations and groups -------------------------------------------------------------

type TListed = { name: string; title: string; description: string; package_count: number };

/** CKAN's group and organization lists: names, or dicts with all_fields; sorted, filtered, paged. */
function listGroups<T extends TListed>(all: T[], params: TCkanParams, filterKey: string) {
  const allFields = boolParam(params, "all_fields", false);
  const q = dropAccents(stringParam(params, "q")?.trim().toLowerCase() ?? "");
  const only = listParam(params, filterKey);
  const sort = parseGroupSort(stringParam(params, "sort") ?? stringParam(params, "order_by"));
  const limit = intParam(params, "limit", { min: 0, max: 1000, fallback: 0 });
  const offset = intParam(params, "offset", { min: 0, max: 1_000_000, fallback: 0 });
  const chosen = all
    .filter((g) => !only || only.includes(g.name))
    .filter(
      (g) => !q || dropAccents(`${g.name} ${g.title} ${g.description}`.toLowerCase()).includes(q),
    )
    .sort((a, b) => {
      const c =
        sort.by === "package_count"
          ? a.package_count - b.package_count
          : a[sort.by].localeCompare(b[sort.by], "es");
      return (sort.direction === "asc" ? c : -c) || a.name.localeCompare(b.name);
    });
  const page = limit ? chosen.slice(offset, offset + limit) : chosen.slice(offset);
  return allFields ? page : page.map((g) => g.name);
}

type TGroupSort = { by: "name" | "title" | "package_count"; direction: "asc" | "desc" };

/** CKAN's group sorts: one field of name, title, package_count; "packages" alone means most first. */
function parseGroupSort(raw: string | undefined): TGroupSort {
  const text = raw?.trim() || "title asc";
  if (text === "packages" || text === "package_count") {
    return { by: "package_count", direction: "desc" };
  }
  const [field = "", direction = "asc"] = text.split(/\s+/);
  const by = field === "packages" ? "package_count" : field;
  if (!["name", "title", "package_count"].includes(by) || !["asc", "desc"].includes(direction)) {
    throw invalidParam("sort", 'Use "name", "title" o "package_count", con "asc" o "desc".');
  }
  return { by: by as TGroupSort["by"], direction: direction as TGroupSort["direction"] };
}

async function organizations(ctx: TCkanContext) {
  const summary = await catalogSummary(ctx.prisma, ctx.cache);
  return [...summary.publishers.values()].map(organizationFullDict);
}

async function groups(ctx: TCkanContext) {
  const summary = await catalogSummary(ctx.prisma, ctx.cache);
  const earliest = [...summary.publishers.values()].reduce<Date>(
    (min, p) => (p.created < min ? p.created : min),
    new Date(),
  );
  return summary.themes.map((t) => groupFullDict(t, earliest));
}

/** organization_show / group_show: by id or name; include_datasets adds up to 10 of them, as CKAN. */
async function showGroup(ctx: TCkanContext, params: TCkanParams, kind: "organization" | "group") {
  const id = requiredParam(params, "id");
  const all = kind === "organization" ? await organizations(ctx) : await groups(ctx);
  const found = all.find((g) => g.id === id || g.name === id);
  if (!found) {
    throw notFound(
      kind === "organization"
        ? `no hay una organización (entidad publicadora) con el id o nombre «${id}».`
        : `no hay un grupo (tema) con el id o nombre «${id}».`,
    );
  }
  if (!boolParam(params, "include_datasets", false)) return found;
  const result = await packageSearch(ctx, {
    fq: `${kind === "organization" ? "organization" : "groups"}:"${found.name}"`,
  });
  return { ...found, packages: result.results };
}

// ---- the rest -----------------------------------------------------------------------------

async function tagList(ctx: TCkanContext, params: TCkanParams) {
  if (stringParam(params, "vocabulary_id")) {
    throw notFound("este catálogo no tiene vocabularios de etiquetas.");
  }
  const query = dropAccents(
    (stringParam(params, "query") ?? stringParam(params, "q") ?? "").trim().toLowerCase(),
  );
  const summary = await catalogSummary(ctx.prisma, ctx.cache);
  const names = [...summary.tags.keys()]
    .filter((name) => !query || dropAccents(name.toLowerCase()).includes(query))
    .sort((a, b) => a.localeCompare(b, "es"));
  return boolParam(params, "all_fields", false) ? names.map(tagDict) : names;
}

async function statusShow(ctx: TCkanContext) {
  return {
    site_title: "Datos abiertos de Bucaramanga: Laboratorio de Innovación Pública",
    site_description:
      "Catálogo de datos abiertos de la Alcaldía de Bucaramanga, publicado por la Oficina TIC.",
    site_url: ctx.siteUrl,
    ckan_version: CKAN_COMPATIBLE_VERSION,
    error_emails_to: null,
    locale_default: "es",
    extensions: ["datastore", "dcat"],
  };
}

export const CKAN_HELP: Record<string, string> = {
  package_list:
    "Nombres de todos los conjuntos de datos publicados, en orden alfabético. Parámetros: limit, offset.",
  package_search:
    "Busca conjuntos de datos. Parámetros: q (texto, en español), fq (filtros: organization:, groups:, tags:, res_format:, license_id:, metadata_modified:[2024-01-01T00:00:00Z TO *]), sort (score desc, metadata_modified desc, title_string asc, name asc, id asc), rows (hasta 1000; 10 por defecto), start, facet.field (lista JSON), facet.limit, facet.mincount, fl.",
  package_show:
    "Un conjunto de datos publicado, con sus recursos (una descarga CSV por versión). Parámetro: id (id o nombre).",
  current_package_list_with_resources:
    "Conjuntos de datos con sus recursos, del más reciente al más antiguo. Parámetros: limit (hasta 1000; 10 por defecto), offset.",
  organization_list:
    "Entidades que publican datos. Parámetros: all_fields, sort, limit, offset, organizations, q.",
  organization_show: "Una entidad publicadora. Parámetros: id (id o nombre), include_datasets.",
  group_list: "Temas del catálogo. Parámetros: all_fields, sort, limit, offset, groups, q.",
  group_show: "Un tema del catálogo. Parámetros: id (id o nombre), include_datasets.",
  resource_show: "Un recurso (la descarga CSV de una versión publicada). Parámetro: id.",
  license_list: "Licencias que pueden tener los conjuntos de datos.",
  tag_list:
    "Etiquetas (palabras clave) de los conjuntos de datos publicados. Parámetros: query, all_fields.",
  status_show: "Datos de este sitio y de la API.",
  datastore_search:
    "Filas de un recurso. Parámetros: resource_id, filters, q, sort, limit (hasta 32000), offset, fields, include_total, records_format (objects, lists o csv).",
  help_show: "La ayuda de una acción. Parámetro: name.",
};

async function helpShow(_ctx: TCkanContext, params: TCkanParams) {
  const name = requiredParam(params, "name");
  const help = CKAN_HELP[name];
  if (!help) throw notFound(`no existe la acción «${name}».`);
  return help;
}

export const CKAN_ACTIONS: Record<string, TCkanAction> = {
  package_list: packageList,
  package_search: packageSearch,
  package_show: packageShow,
  current_package_list_with_resources: currentPackageListWithResources,
  organization_list: async (ctx, params) =>
    listGroups(await organizations(ctx), params, "organizations"),
  organization_show: (ctx, params) => showGroup(ctx, params, "organization"),
  group_list: async (ctx, params) => listGroups(await groups(ctx), params, "groups"),
  group_show: (ctx, params) => showGroup(ctx, params, "group"),
  resource_show: resourceShow,
  license_list: async (ctx) => licenseDicts(ctx.siteUrl),
  tag_list: tagList,
  status_show: statusShow,
  help_show: helpShow,
};
