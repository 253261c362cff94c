import { z } from "zod";
import type { TLocale } from "./locale";
import { ZSlug } from "./slug";

// Datasets of the open-data catalog: their metadata as DCAT-AP 3.0.1, CKAN and datos.gov.co
// describe it, with the controlled lists each field draws from.

const EU_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
const EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

/** Themes (datos.gov.co's "categoría"; CKAN groups), each mapped to an EU data theme. */
export const DATASET_THEMES = {
  "gobierno-y-participacion": {
    es: "Gobierno y participación ciudadana",
    en: "Government and civic participation",
    uri: `${EU_THEME}GOVE`,
  },
  "ciencia-tecnologia-e-innovacion": {
    es: "Ciencia, tecnología e innovación",
    en: "Science, technology and innovation",
    uri: `${EU_THEME}TECH`,
  },
  "educacion-y-cultura": {
    es: "Educación y cultura",
    en: "Education and culture",
    uri: `${EU_THEME}EDUC`,
  },
  "economia-y-finanzas": {
    es: "Economía y finanzas",
    en: "Economy and finance",
    uri: `${EU_THEME}ECON`,
  },
  "salud-y-proteccion-social": {
    es: "Salud y protección social",
    en: "Health and social protection",
    uri: `${EU_THEME}HEAL`,
  },
  "poblacion-y-sociedad": {
    es: "Población y sociedad",
    en: "Population and society",
    uri: `${EU_THEME}SOCI`,
  },
  "ambiente-y-desarrollo-sostenible": {
    es: "Ambiente y desarrollo sostenible",
    en: "Environment and sustainable development",
    uri: `${EU_THEME}ENVI`,
  },
  "movilidad-y-transporte": {
    es: "Movilidad y transporte",
    en: "Mobility and transport",
    uri: `${EU_THEME}TRAN`,
  },
  "seguridad-y-justicia": {
    es: "Seguridad y justicia",
    en: "Security and justice",
    uri: `${EU_THEME}JUST`,
  },
  "ordenamiento-territorial": {
    es: "Ordenamiento territorial",
    en: "Land use and territory",
    uri: `${EU_THEME}REGI`,
  },
} as const satisfies Record<string, { es: string; en: string; uri: string }>;
export type TDatasetTheme = keyof typeof DATASET_THEMES;
export const DATASET_THEME_KEYS = Object.keys(DATASET_THEMES) as TDatasetTheme[];
export const ZDatasetTheme = z.enum(DATASET_THEME_KEYS as [TDatasetTheme, ...TDatasetTheme[]], {
  error: "Elija un tema de la lista.",
});

/** Licenses offered (CKAN license ids). The default is CC BY 4.0. */
export const DATASET_LICENSES = {
  "CC-BY-4.0": {
    title: "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  "CC0-1.0": {
    title: "Creative Commons CC0 1.0 Universal (dominio público)",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
  "terminos-datos-abiertos-colombia": {
    title: "Términos de uso de datos abiertos del Gobierno de Colombia",
    // Published on the platform itself (/datos/licencias), so the IRI always resolves.
    url: "/datos/licencias#terminos-datos-abiertos-colombia",
  },
} as const satisfies Record<string, { title: string; url: string }>;
export type TDatasetLicense = keyof typeof DATASET_LICENSES;
export const DATASET_LICENSE_KEYS = Object.keys(DATASET_LICENSES) as TDatasetLicense[];
export const DEFAULT_DATASET_LICENSE: TDatasetLicense = "CC-BY-4.0";
export const ZDatasetLicense = z.enum(
  DATASET_LICENSE_KEYS as [TDatasetLicense, ...TDatasetLicense[]],
  { error: "Elija una licencia de la lista." },
);

/** Update frequency, with the EU frequency IRI and how many days may pass between updates. */
export const UPDATE_FREQUENCIES = {
  DAILY: { es: "Diaria", en: "Daily", uri: `${EU_FREQUENCY}DAILY`, days: 1 },
  WEEKLY: { es: "Semanal", en: "Weekly", uri: `${EU_FREQUENCY}WEEKLY`, days: 7 },
  MONTHLY: { es: "Mensual", en: "Monthly", uri: `${EU_FREQUENCY}MONTHLY`, days: 31 },
  QUARTERLY: { es: "Trimestral", en: "Quarterly", uri: `${EU_FREQUENCY}QUARTERLY`, days: 92 },
  SEMIANNUAL: {
    es: "Semestral",
    en: "Every six months",
    uri: `${EU_FREQUENCY}BIANNUAL`,
    days: 183,
  },
  ANNUAL: { es: "Anual", en: "Annual", uri: `${EU_FREQUENCY}ANNUAL`, days: 366 },
  IRREGULAR: { es: "Irregular", en: "Irregular", uri: `${EU_FREQUENCY}IRREG`, days: null },
  NEVER: { es: "No se actualiza", en: "Not updated", uri: `${EU_FREQUENCY}NEVER`, days: null },
} as const satisfies Record<string, { es: string; en: string; uri: string; days: number | null }>;
export type TUpdateFrequency = keyof typeof UPDATE_FREQUENCIES;
export const UPDATE_FREQUENCY_KEYS = Object.keys(UPDATE_FREQUENCIES) as TUpdateFrequency[];
export const ZUpdateFrequency = z.enum(
  UPDATE_FREQUENCY_KEYS as [TUpdateFrequency, ...TUpdateFrequency[]],
  { error: "Elija una frecuencia de actualización." },
);

export function themeLabel(theme: string, locale: TLocale = "es"): string {
  return DATASET_THEMES[theme as TDatasetTheme]?.[locale] ?? theme;
}

/** datos.gov.co's entity block, with the values of the Alcaldía as defaults. */
export const DEFAULT_ENTITY = {
  entityName: "Alcaldía de Bucaramanga",
  entitySector: "Tecnologías de la Información y las Comunicaciones",
  entityOrder: "Territorial",
  entityDepartment: "Santander",
  entityMunicipality: "Bucaramanga",
} as const;

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `Escriba ${what}.` })
    .trim()
    .min(min, {
      error: min <= 1 ? `Escriba ${what}.` : `Escriba ${what} (al menos ${min} caracteres).`,
    })
    .max(max, { error: `No puede tener más de ${max} caracteres.` });

const ZDay = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), {
    error: "Use una fecha válida con el formato AAAA-MM-DD.",
  })
  .nullish()
  .transform((v) => v || null);

// An office's mailbox, not a person's: the catalog is public and harvested by others.
const ZContactEmail = z
  .string({ error: "Escriba el correo de contacto de la dependencia." })
  .trim()
  .toLowerCase()
  .email({ error: "Escriba un correo válido, por ejemplo datosabiertos@bucaramanga.gov.co." });

export const DATASET_KEYWORDS_MAX = 20;

/** An XLSX upload is read whole (a workbook is a ZIP archive), so its ceiling is its own. */
export const XLSX_MAX_BYTES = 50 * 1024 * 1024;

/** A dataset's metadata as the publisher edits it. */
export const ZDatasetMetadata = z
  .object({
    title: text("el título", 5, 200),
    description: text("la descripción", 20, 10_000),
    theme: ZDatasetTheme,
    keywords: z
      .array(text("la palabra clave", 2, 50))
      .max(DATASET_KEYWORDS_MAX, {
        error: `Use como máximo ${DATASET_KEYWORDS_MAX} palabras clave.`,
      })
      .default([]),
    license: ZDatasetLicense.default(DEFAULT_DATASET_LICENSE),
    contactName: text("el nombre del punto de contacto", 3, 200),
    contactEmail: ZContactEmail,
    updateFrequency: ZUpdateFrequency,
    temporalStart: ZDay,
    temporalEnd: ZDay,
    spatialCoverage: text("la cobertura geográfica", 3, 200).default("Bucaramanga, Santander"),
    language: z.enum(["es", "en"], { error: "Elija el idioma de los datos." }).default("es"),
    documentationUrl: z
      .string()
      .trim()
      .max(500)
      .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), {
        error: "Escriba una dirección web completa, que empiece por https://",
      })
      .nullish()
      .transform((v) => v || null),
    entityName: text("el nombre de la entidad", 3, 200).default(DEFAULT_ENTITY.entityName),
    entitySector: text("el sector", 3, 200).default(DEFAULT_ENTITY.entitySector),
    entityOrder: z
      .enum(["Nacional", "Territorial"], { error: "Elija el orden: Nacional o Territorial." })
      .default(DEFAULT_ENTITY.entityOrder),
    entityDepartment: text("el departamento", 3, 100).default(DEFAULT_ENTITY.entityDepartment),
    entityMunicipality: text("el municipio", 3, 100).default(DEFAULT_ENTITY.entityMunicipality),
    /** Área o dependencia: an office of the Alcaldía, by slug. */
    officeSlug: z
      .string()
      .trim()
      .max(100)
      .nullish()
      .transform((v) => v || null),
    relatedIndicators: z.array(ZSlug).max(20).default([]),
  })
  .refine((d) => !d.temporalStart || !d.temporalEnd || d.temporalStart <= d.temporalEnd, {
    error: "La fecha final de la cobertura temporal no puede ser anterior a la inicial.",
    path: ["temporalEnd"],
  });
export type TDatasetMetadata = z.output<typeof ZDatasetMetadata>;
export type TDatasetMetadataForm = z.input<typeof ZDatasetMetadata>;

export const ZCreateDatasetInput = z.object({ slug: ZSlug }).and(ZDatasetMetadata);
export type TCreateDatasetInput = z.output<typeof ZCreateDatasetInput>;
