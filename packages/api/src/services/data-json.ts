import type { PrismaClient } from "@lab/db/prisma";
import type { TUpdateFrequency } from "@lab/domain/dataset";
import type { TDatasetView } from "@lab/domain/dataset-view";
import {
  POD_CONFORMS_TO,
  POD_CONTEXT,
  POD_DESCRIBED_BY,
  type TPodCatalog,
  type TPodDataset,
  ZPodDataset,
} from "./data-json-schema";
import { listPublishedDatasets } from "./dataset-read";
import { buildEach } from "./dcat/catalog-graph";
import { publicDescription } from "./dcat/dataset-graph";
import { resolveDataset } from "./dcat/resolve";
import { siteIris, type TSiteIris } from "./dcat/site";

// /data.json: the catalog as Project Open Data (DCAT-US 1.1) lists it, for harvesters that
// read that format (data.gov's, CKAN's datajson). Same datasets and same rules as DCAT-AP.

/** POD wants ISO 8601 repeating durations; "never updated" has none, so it is left out. */
const ACCRUAL: Record<TUpdateFrequency, string | null> = {
  DAILY: "R/P1D",
  WEEKLY: "R/P1W",
  MONTHLY: "R/P1M",
  QUARTERLY: "R/P3M",
  SEMIANNUAL: "R/P6M",
  ANNUAL: "R/P1Y",
  IRREGULAR: "irregular",
  NEVER: null,
};

function podDataset(d: TDatasetView, site: TSiteIris): TPodDataset {
  const r = resolveDataset(d, site);
  const accrual = ACCRUAL[r.frequency.key];
  const dataset: TPodDataset = {
    "@type": "dcat:Dataset",
    title: d.title,
    description: publicDescription(d),
    // POD requires at least one keyword: the theme stands in when the publisher gave none.
    keyword: d.keywords.length > 0 ? d.keywords : [r.theme.es],
    modified: r.modified.toISOString(),
    publisher: { "@type": "org:Organization", name: d.entityName },
    contactPoint: {
      "@type": "vcard:Contact",
      fn: d.contactName,
      hasEmail: `mailto:${d.contactEmail}`,
    },
    identifier: d.id,
    accessLevel: "public",
    license: r.license.iri,
    spatial: d.spatialCoverage,
    ...(r.temporalStart && r.temporalEnd
      ? { temporal: `${r.temporalStart}/${r.temporalEnd}` }
      : {}),
    ...(accrual ? { accrualPeriodicity: accrual } : {}),
    language: [r.language.code],
    theme: [r.theme.es],
    landingPage: site.landingPage(d.slug),
    issued: r.issued.toISOString(),
    ...(d.documentationUrl ? { references: [d.documentationUrl] } : {}),
    distribution: r.versions.map((v) => ({
      "@type": "dcat:Distribution",
      title: `${d.title} — versión ${v.number} (CSV)`,
      description: `Versión ${v.number} del conjunto de datos${v.current ? ", la vigente" : ""}.`,
      downloadURL: site.download(d.slug, v.number),
      mediaType: "text/csv",
      format: "CSV",
    })),
  };
  // Checked here, per dataset, so one that does not fit the format is left out alone.
  return ZPodDataset.parse(dataset);
}

export async function dataJsonCatalog(prisma: PrismaClient, base: string): Promise<TPodCatalog> {
  const site = siteIris(base);
  const datasets = await listPublishedDatasets(prisma);
  return {
    "@context": POD_CONTEXT,
    "@id": site.dataJson,
    "@type": "dcat:Catalog",
    conformsTo: POD_CONFORMS_TO,
    describedBy: POD_DESCRIBED_BY,
    dataset: buildEach(datasets, (d) => podDataset(d, site), "data.json"),
  };
}
