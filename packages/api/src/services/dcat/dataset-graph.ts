import type { TDatasetVersionView, TDatasetView } from "@lab/domain/dataset-view";
import {
  blank,
  dateTime,
  named,
  plain,
  ref,
  type TBlankNode,
  type TNamedNode,
  text,
  typed,
} from "./model";
import { resolveDataset, type TResolvedDataset } from "./resolve";
import type { TSiteIris } from "./site";
import { CSV, DATA_THEME_SCHEME, PUBLISHER_TYPES, SHA256_ALGORITHM } from "./vocabulary";

// One published dataset as DCAT-AP 3.0.1: the dcat:Dataset, one dcat:Distribution per
// published version, and the vocabulary nodes they point to. The official shapes check
// classes by rdf:type in the data itself, so every IRI we point to says what it is.

const DEMO_NOTE = "Datos de demostración: no son cifras oficiales.";

/** Demo data says so wherever it is harvested to, unless its description already does. */
export function publicDescription(d: TDatasetView): string {
  return d.isDemo && !/demostraci[oó]n/i.test(d.description)
    ? `${d.description}\n\n${DEMO_NOTE}`
    : d.description;
}

const label = (entry: { es: string; en: string }) => [text(entry.es), text(entry.en, "en")];

/** A publisher or creator (the entity of datos.gov.co's block, or one of its offices). */
export function agent(name: string, order: string): TBlankNode {
  const type = PUBLISHER_TYPES[order];
  return blank(["foaf:Agent", "foaf:Organization"], {
    "foaf:name": plain(name),
    "dct:type": type ? ref(type.iri) : null,
  });
}

/** The publisher types used by agents, as the skos:Concepts the shapes require. */
export function publisherTypeNodes(order: string): TNamedNode[] {
  const type = PUBLISHER_TYPES[order];
  return type ? [named(type.iri, ["skos:Concept"], { "skos:prefLabel": label(type) })] : [];
}

export function themeSchemeNode(): TNamedNode {
  return named(DATA_THEME_SCHEME.iri, ["skos:ConceptScheme"], {
    "dct:title": label(DATA_THEME_SCHEME),
  });
}

export function languageNode(language: { iri: string; es: string; en: string }): TNamedNode {
  return named(language.iri, ["dct:LinguisticSystem"], { "skos:prefLabel": label(language) });
}

const documentNode = (iri: string) => named(iri, ["foaf:Document"]);

function distribution(r: TResolvedDataset, v: TDatasetVersionView, site: TSiteIris): TNamedNode[] {
  const d = r.view;
  const url = site.download(d.slug, v.number);
  const when = dateTime(v.publishedAt ?? v.createdAt);
  const rows = v.rowCount === null ? "" : ` ${v.rowCount.toLocaleString("es-CO")} filas.`;
  const node = named(site.distribution(d.slug, v.number), ["dcat:Distribution"], {
    "dct:title": text(`${d.title} — versión ${v.number} (CSV)`),
    "dct:description": text(
      `Versión ${v.number} del conjunto de datos en CSV${v.current ? ", la vigente" : ""}.${rows}`,
    ),
    "dcat:accessURL": ref(url),
    "dcat:downloadURL": ref(url),
    "dct:format": ref(CSV.fileType),
    "dcat:mediaType": ref(CSV.mediaType),
    "dct:license": ref(r.license.iri),
    "dcat:byteSize":
      v.byteSize === null ? null : typed(String(v.byteSize), "xsd:nonNegativeInteger"),
    "spdx:checksum":
      v.sha256 === null
        ? null
        : blank(["spdx:Checksum"], {
            "spdx:algorithm": ref(SHA256_ALGORITHM),
            "spdx:checksumValue": typed(v.sha256.toLowerCase(), "xsd:hexBinary"),
          }),
    "dct:issued": when,
    "dct:modified": when,
  });
  return [
    node,
    ...(v.sha256 === null ? [] : [named(SHA256_ALGORITHM, ["spdx:ChecksumAlgorithm"])]),
  ];
}

/** Throws when the dataset's stored data cannot be described truthfully (see resolve.ts). */
export function datasetNodes(d: TDatasetView, site: TSiteIris): TNamedNode[] {
  const r = resolveDataset(d, site);
  const landing = site.landingPage(d.slug);
  const temporal =
    r.temporalStart || r.temporalEnd
      ? blank(["dct:PeriodOfTime"], {
          "dcat:startDate": r.temporalStart ? typed(r.temporalStart, "xsd:date") : null,
          "dcat:endDate": r.temporalEnd ? typed(r.temporalEnd, "xsd:date") : null,
        })
      : null;
  const dataset = named(site.dataset(d.slug), ["dcat:Dataset"], {
    "dct:identifier": plain(d.id),
    "dct:title": text(d.title),
    "dct:description": text(publicDescription(d)),
    "dcat:keyword": d.keywords.map((k) => text(k)),
    "dcat:theme": ref(r.theme.uri),
    "dct:publisher": agent(d.entityName, d.entityOrder),
    // Área o dependencia: the office that produces the data.
    "dct:creator": d.office ? agent(`${d.office.name} — ${d.entityName}`, d.entityOrder) : null,
    "dcat:contactPoint": blank(["vcard:Kind", "vcard:Organization"], {
      "vcard:fn": plain(d.contactName),
      "vcard:hasEmail": ref(`mailto:${d.contactEmail}`),
    }),
    "dct:temporal": temporal,
    "dct:spatial": blank(["dct:Location"], { "skos:prefLabel": text(d.spatialCoverage) }),
    "dct:accrualPeriodicity": ref(r.frequency.uri),
    "dct:language": ref(r.language.iri),
    "dct:issued": dateTime(r.issued),
    "dct:modified": dateTime(r.modified),
    "dcat:landingPage": ref(landing),
    "foaf:page": d.documentationUrl ? ref(d.documentationUrl) : null,
    "dct:relation": d.relatedIndicators.map((slug) => ref(site.indicator(slug))),
    "dcat:version": plain(String(d.version.number)),
    "dcat:distribution": r.versions.map((v) => ref(site.distribution(d.slug, v.number))),
  });
  return [
    dataset,
    ...r.versions.flatMap((v) => distribution(r, v, site)),
    named(r.theme.uri, ["skos:Concept"], {
      "skos:prefLabel": label(r.theme),
      "skos:inScheme": ref(DATA_THEME_SCHEME.iri),
    }),
    themeSchemeNode(),
    named(r.frequency.uri, ["dct:Frequency"], { "skos:prefLabel": label(r.frequency) }),
    languageNode(r.language),
    named(r.license.iri, ["dct:LicenseDocument"], { "dct:title": text(r.license.title) }),
    named(CSV.fileType, ["dct:MediaTypeOrExtent"], { "skos:prefLabel": plain("CSV") }),
    named(CSV.mediaType, ["dct:MediaType"]),
    documentNode(landing),
    ...(d.documentationUrl ? [documentNode(d.documentationUrl)] : []),
    ...publisherTypeNodes(d.entityOrder),
  ];
}
