import {
  DATASET_LICENSES,
  DATASET_THEMES,
  type TDatasetLicense,
  type TDatasetTheme,
  type TUpdateFrequency,
  UPDATE_FREQUENCIES,
} from "@lab/domain/dataset";
import type { TDatasetVersionView, TDatasetView } from "@lab/domain/dataset-view";
import { datasetModifiedAt } from "../dataset-search";
import { DISTRIBUTION_FORMAT, publisherSlug } from "../dataset-search-index";
import type { TPublisherSummary, TThemeSummary } from "./catalog";
import { ckanTimestamp, nameBasedUuid } from "./ids";

// Our datasets in CKAN's shapes (package, resource, organization, group, tag, license), with
// the field names CKAN's API documents. Themes are groups, the entity is the organization,
// each published version's CSV download is a resource (newest first).

export type TShapeContext = {
  siteUrl: string;
  /** Organization (publisher slug) → when it appeared (publisherCreatedDates). */
  publisherCreated: ReadonlyMap<string, Date>;
};

type TExtra = { key: string; value: string };

const dayFormat = new Intl.DateTimeFormat("es-CO", {
  timeZone: "America/Bogota",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const numberFormat = new Intl.NumberFormat("es-CO");

function absolute(siteUrl: string, url: string): string {
  return url.startsWith("/") ? `${siteUrl}${url}` : url;
}

/**
 * A keyword as a CKAN tag name: CKAN accepts only letters, digits, spaces, "-", "_" and ".",
 * 2 to 100 characters, and a harvesting CKAN refuses the whole dataset otherwise. "" when
 * nothing usable is left.
 */
export function ckanTagName(keyword: string): string {
  const name = keyword
    .replace(/[^\p{L}\p{M}\p{N}_ .-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100)
    .trim();
  return name.length >= 2 ? name : "";
}

export function tagDict(name: string) {
  return {
    id: nameBasedUuid("tag", name),
    name,
    display_name: name,
    state: "active",
    vocabulary_id: null,
  };
}

export function licenseTitle(license: string): string {
  return DATASET_LICENSES[license as TDatasetLicense]?.title ?? license;
}

export function licenseDicts(siteUrl: string) {
  return Object.entries(DATASET_LICENSES).map(([id, license]) => ({
    id,
    title: license.title,
    url: absolute(siteUrl, license.url),
    status: "active",
    maintainer: "",
    family: "",
    domain_content: true,
    domain_data: true,
    domain_software: false,
    od_conformance: id === "terminos-datos-abiertos-colombia" ? "not reviewed" : "approved",
    osd_conformance: "not reviewed",
  }));
}

// ---- organizations (the publishing entities) ----------------------------------------------

export function organizationId(slug: string): string {
  return nameBasedUuid("organization", slug);
}

type TOrganizationFacts = Omit<TPublisherSummary, "datasetCount">;

function organizationDescription(p: TOrganizationFacts): string {
  return `${p.name}: entidad del orden ${p.order.toLowerCase()}, sector ${p.sector}, ${p.municipality} (${p.department}).`;
}

/** The organization as it appears inside a package. */
export function organizationDict(p: TOrganizationFacts) {
  return {
    id: organizationId(p.slug),
    name: p.slug,
    title: p.name,
    type: "organization",
    description: organizationDescription(p),
    image_url: "",
    created: ckanTimestamp(p.created),
    is_organization: true,
    approval_status: "approved",
    state: "active",
  };
}

/** organization_show / organization_list?all_fields: the above with counts and extras. */
export function organizationFullDict(p: TPublisherSummary) {
  return {
    ...organizationDict(p),
    display_name: p.name,
    image_display_url: "",
    package_count: p.datasetCount,
    num_followers: 0,
    extras: sortedExtras([
      { key: "Sector", value: p.sector },
      { key: "Orden", value: p.order },
      { key: "Departamento", value: p.department },
      { key: "Municipio", value: p.municipality },
    ]),
    groups: [],
    tags: [],
    users: [],
  };
}

// ---- groups (the themes) ------------------------------------------------------------------

export function groupId(theme: string): string {
  return nameBasedUuid("group", theme);
}

function groupBase(theme: string) {
  const known = DATASET_THEMES[theme as TDatasetTheme];
  const title = known?.es ?? theme;
  return {
    id: groupId(theme),
    name: theme,
    title,
    display_name: title,
    description: `Conjuntos de datos abiertos del tema «${title}».`,
    image_display_url: "",
  };
}

export function groupFullDict(t: TThemeSummary, fallbackCreated: Date) {
  return {
    ...groupBase(t.key),
    image_url: "",
    created: ckanTimestamp(t.created ?? fallbackCreated),
    is_organization: false,
    approval_status: "approved",
    state: "active",
    type: "group",
    package_count: t.datasetCount,
    num_followers: 0,
    // The EU data theme it maps to (DCAT-AP's dcat:theme).
    extras: [{ key: "dcat_theme", value: DATASET_THEMES[t.key].uri }],
    groups: [],
    tags: [],
    users: [],
  };
}

// ---- packages and resources ---------------------------------------------------------------

export function downloadUrl(siteUrl: string, slug: string, version: number): string {
  return `${siteUrl}/api/v1/datasets/${slug}/download?format=csv&version=${version}`;
}

export function resourceDict(
  view: TDatasetView,
  version: TDatasetVersionView,
  position: number,
  siteUrl: string,
) {
  const published = version.publishedAt ?? version.createdAt;
  const rows = version.rowCount === null ? "" : ` ${numberFormat.format(version.rowCount)} filas.`;
  return {
    id: version.id,
    package_id: view.id,
    name: `Datos completos, versión ${version.number} (CSV)`,
    description: `Versión ${version.number}, publicada el ${dayFormat.format(published)}.${rows}${
      version.current ? " Es la versión vigente." : ""
    }`,
    format: DISTRIBUTION_FORMAT,
    mimetype: "text/csv",
    mimetype_inner: null,
    url: downloadUrl(siteUrl, view.slug, version.number),
    url_type: null,
    resource_type: null,
    size: version.byteSize,
    hash: version.sha256 ?? "",
    // How ckanext-dcat names the checksum's algorithm (spdx:algorithm).
    ...(version.sha256
      ? { hash_algorithm: "http://spdx.org/rdf/terms#checksumAlgorithm_sha256" }
      : {}),
    created: ckanTimestamp(version.createdAt),
    last_modified: ckanTimestamp(published),
    metadata_modified: ckanTimestamp(published),
    cache_url: null,
    cache_last_updated: null,
    datastore_active: true,
    position,
    state: "active",
  };
}

function sortedExtras(extras: (TExtra | null)[]): TExtra[] {
  return extras
    .filter((e): e is TExtra => e !== null && e.value !== "")
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function packageExtras(view: TDatasetView, siteUrl: string): TExtra[] {
  const frequency = UPDATE_FREQUENCIES[view.updateFrequency as TUpdateFrequency];
  const theme = DATASET_THEMES[view.theme as TDatasetTheme];
  return sortedExtras([
    // DCAT fields, named as ckanext-dcat names them.
    { key: "frequency", value: frequency?.uri ?? view.updateFrequency },
    view.temporalStart ? { key: "temporal_start", value: view.temporalStart } : null,
    view.temporalEnd ? { key: "temporal_end", value: view.temporalEnd } : null,
    { key: "spatial_text", value: view.spatialCoverage },
    { key: "language", value: view.language },
    theme ? { key: "theme", value: theme.uri } : null,
    view.documentationUrl ? { key: "documentation", value: view.documentationUrl } : null,
    view.relatedIndicators.length
      ? {
          key: "related_indicators",
          value: view.relatedIndicators.map((s) => `${siteUrl}/indicadores/${s}`).join(" "),
        }
      : null,
    { key: "demo", value: String(view.isDemo) },
    // datos.gov.co's entity block, under its own labels.
    { key: "Nombre de la Entidad", value: view.entityName },
    { key: "Sector", value: view.entitySector },
    { key: "Orden", value: view.entityOrder },
    { key: "Departamento", value: view.entityDepartment },
    { key: "Municipio", value: view.entityMunicipality },
    view.office ? { key: "Área o dependencia", value: view.office.name } : null,
  ]);
}

/** package_show's result for a published dataset. */
export function packageDict(view: TDatasetView, { siteUrl, publisherCreated }: TShapeContext) {
  const slug = publisherSlug(view.entityName);
  // Described by the dataset's own entity block; the dates are read apart from the view, so
  // a dataset published in between falls back to its own.
  const publisher: TOrganizationFacts = {
    slug,
    name: view.entityName,
    created: publisherCreated.get(slug) ?? view.createdAt,
    sector: view.entitySector,
    order: view.entityOrder,
    department: view.entityDepartment,
    municipality: view.entityMunicipality,
  };
  const license = DATASET_LICENSES[view.license as TDatasetLicense];
  const tags = [...new Set(view.keywords.map(ckanTagName).filter(Boolean))].map(tagDict);
  const resources = view.versions.map((v, i) => resourceDict(view, v, i, siteUrl));
  return {
    id: view.id,
    name: view.slug,
    title: view.title,
    notes: view.description,
    url: `${siteUrl}/datos/${view.slug}`,
    version: String(view.version.number),
    author: view.office?.name ?? view.entityName,
    author_email: null,
    maintainer: view.contactName,
    maintainer_email: view.contactEmail,
    license_id: view.license,
    license_title: license?.title ?? view.license,
    license_url: license ? absolute(siteUrl, license.url) : "",
    isopen: true,
    metadata_created: ckanTimestamp(view.createdAt),
    metadata_modified: ckanTimestamp(datasetModifiedAt(view)),
    state: "active",
    type: "dataset",
    private: false,
    owner_org: organizationId(slug),
    organization: organizationDict(publisher),
    groups: [groupBase(view.theme)],
    tags,
    num_tags: tags.length,
    extras: packageExtras(view, siteUrl),
    resources,
    num_resources: resources.length,
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}
export type TCkanPackage = ReturnType<typeof packageDict>;
