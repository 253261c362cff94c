// The RDF vocabularies of DCAT-AP 3.0.1 that the catalog uses, and the controlled-vocabulary
// IRIs (EU Publications Office authorities, IANA, ADMS) it points to. Both writers share the
// prefixes, so Turtle and JSON-LD read the same.

export const PREFIXES = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  spdx: "http://spdx.org/rdf/terms#",
  hydra: "http://www.w3.org/ns/hydra/core#",
} as const;
export type TPrefix = keyof typeof PREFIXES;

/** A prefixed name ("dct:title") → its full IRI. */
export type TCurie = `${TPrefix}:${string}`;
export function expand(curie: TCurie): string {
  const at = curie.indexOf(":");
  return PREFIXES[curie.slice(0, at) as TPrefix] + curie.slice(at + 1);
}

const EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

/** EU language authority: the data's language (dct:language), by our language codes. */
export const LANGUAGES: Record<string, { iri: string; es: string; en: string }> = {
  es: { iri: `${EU_AUTHORITY}language/SPA`, es: "Español", en: "Spanish" },
  en: { iri: `${EU_AUTHORITY}language/ENG`, es: "Inglés", en: "English" },
};

/** The scheme of the EU data themes (dcat:themeTaxonomy of the catalog). */
export const DATA_THEME_SCHEME = {
  iri: `${EU_AUTHORITY}data-theme`,
  es: "Temas de datos de la Unión Europea",
  en: "Data theme",
};

/** Every version is downloaded as CSV. */
export const CSV = {
  fileType: `${EU_AUTHORITY}file-type/CSV`,
  mediaType: "https://www.iana.org/assignments/media-types/text/csv",
  mimeType: "text/csv",
};

/** ADMS publisher type, by datos.gov.co's "Orden" of the entity. */
export const PUBLISHER_TYPES: Record<string, { iri: string; es: string; en: string }> = {
  Territorial: {
    iri: "http://purl.org/adms/publishertype/LocalAuthority",
    es: "Autoridad local",
    en: "Local authority",
  },
  Nacional: {
    iri: "http://purl.org/adms/publishertype/NationalAuthority",
    es: "Autoridad nacional",
    en: "National authority",
  },
};

export const SHA256_ALGORITHM = expand("spdx:checksumAlgorithm_sha256");
