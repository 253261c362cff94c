import { z } from "zod";
import { ZDatasetMetadata } from "./dataset";
import { ZDatasetQuality } from "./dataset-quality";
import { ZDatasetColumnView, ZDatasetStoredFields } from "./dataset-view";
import { ZSlug } from "./slug";

// The publisher's side of the catalog (role PUBLISHER or ADMIN): what the workspace reads about
// datasets and versions, and what it sends. Plain data, no database types.

/** The metadata fields as the form names them, with their Spanish labels. */
export const DATASET_FIELD_LABELS_ES = {
  title: "Título",
  description: "Descripción",
  theme: "Tema",
  keywords: "Palabras clave",
  license: "Licencia",
  contactName: "Punto de contacto",
  contactEmail: "Correo de contacto",
  updateFrequency: "Frecuencia de actualización",
  temporalStart: "Cobertura temporal: desde",
  temporalEnd: "Cobertura temporal: hasta",
  spatialCoverage: "Cobertura geográfica",
  language: "Idioma de los datos",
  documentationUrl: "Documentación (dirección web)",
  entityName: "Nombre de la entidad",
  entitySector: "Sector",
  entityOrder: "Orden",
  entityDepartment: "Departamento",
  entityMunicipality: "Municipio",
  officeSlug: "Área o dependencia",
  relatedIndicators: "Indicadores relacionados",
} as const;
export type TDatasetField = keyof typeof DATASET_FIELD_LABELS_ES;
export const DATASET_FIELDS = Object.keys(DATASET_FIELD_LABELS_ES) as TDatasetField[];

export const DATASET_STATUS_LABELS_ES = {
  DRAFT: "Sin publicar",
  PUBLISHED: "Publicado",
} as const;

export const VERSION_STATUS_LABELS_ES = {
  LOADING: "Cargando",
  READY: "Cargada, sin publicar",
  FAILED: "Con problemas",
  PUBLISHED: "Publicada",
} as const;

/** The most column descriptions the dictionary keeps per column. */
export const COLUMN_DESCRIPTION_MAX = 2000;

export const ZDatasetSlugInput = z.object({ slug: ZSlug });

export const ZUpdateDatasetMetadataInput = z.object({
  slug: ZSlug,
  /** The token of the metadata the form loaded: a save over someone else's is refused. */
  metadataVersion: z.string().min(1).max(100),
  metadata: ZDatasetMetadata,
});
export type TUpdateDatasetMetadataInput = z.output<typeof ZUpdateDatasetMetadataInput>;

export const ZVersionInput = z.object({
  slug: ZSlug,
  number: z.number().int().min(1),
});
export type TVersionInput = z.output<typeof ZVersionInput>;

export const ZUpdateColumnsInput = z.object({
  slug: ZSlug,
  number: z.number().int().min(1),
  columns: z
    .array(
      z.object({
        field: z.string().min(1).max(63),
        description: z
          .string()
          .trim()
          .max(COLUMN_DESCRIPTION_MAX, {
            error: `Una descripción no puede tener más de ${COLUMN_DESCRIPTION_MAX} caracteres.`,
          }),
        /** The description the form loaded: a change made meanwhile by someone else wins. */
        previous: z.string().max(COLUMN_DESCRIPTION_MAX * 2),
      }),
    )
    .min(1, { error: "No hay descripciones que guardar." })
    .max(2000),
});
export type TUpdateColumnsInput = z.output<typeof ZUpdateColumnsInput>;

/** The metadata as stored, as the publisher's form loads it. */
export const ZDatasetMetadataView = z.object({
  ...ZDatasetStoredFields.shape,
  officeSlug: z.string().nullable(),
  relatedIndicators: z.array(z.string()),
});
export type TDatasetMetadataView = z.infer<typeof ZDatasetMetadataView>;

/** A row problem found while loading a version (row as the file numbers it). */
export const ZVersionProblem = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type TVersionProblem = z.infer<typeof ZVersionProblem>;

const ZWho = z.object({ name: z.string().nullable(), at: z.date() });

export const ZPublisherVersion = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(["LOADING", "READY", "FAILED", "PUBLISHED"]),
  fileName: z.string(),
  sourceFormat: z.string(),
  rowCount: z.number().int().nullable(),
  sourceByteSize: z.number().nullable(),
  textColumns: z.array(z.string()),
  createdAt: z.date(),
  createdBy: z.string().nullable(),
  loadedAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  /** The version the public sees now. */
  current: z.boolean(),
  /** Published before and not current: the publisher may roll back to it. */
  canRollBack: z.boolean(),
  problems: z.array(ZVersionProblem),
  problemCount: z.number().int(),
  columns: z.array(ZDatasetColumnView),
});
export type TPublisherVersion = z.infer<typeof ZPublisherVersion>;

export const ZPublisherDataset = z.object({
  id: z.string(),
  slug: z.string(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  isDemo: z.boolean(),
  metadata: ZDatasetMetadataView,
  metadataVersion: z.string(),
  createdAt: z.date(),
  modifiedAt: z.date(),
  lastUpdate: ZWho,
  /** The published version's number (null: nothing public). */
  currentVersion: z.number().int().nullable(),
  /** Newest first. */
  versions: z.array(ZPublisherVersion),
  quality: ZDatasetQuality,
});
export type TPublisherDataset = z.infer<typeof ZPublisherDataset>;

export const ZPublisherDatasetSummary = z.object({
  slug: z.string(),
  title: z.string(),
  theme: z.string(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  isDemo: z.boolean(),
  office: z.string().nullable(),
  currentVersion: z.number().int().nullable(),
  /** The newest version, whatever its state (a READY one waits to be published). */
  latestVersion: z
    .object({ number: z.number().int(), status: ZPublisherVersion.shape.status })
    .nullable(),
  score: z.number().int(),
  lastUpdate: ZWho,
});
export type TPublisherDatasetSummary = z.infer<typeof ZPublisherDatasetSummary>;

export const ZDatasetFormOptions = z.object({
  offices: z.array(z.object({ slug: z.string(), name: z.string() })),
  /** The largest file an upload accepts (DATASET_UPLOAD_MAX_BYTES). */
  uploadMaxBytes: z.number().int(),
});
