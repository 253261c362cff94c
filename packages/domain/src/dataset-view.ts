import { z } from "zod";
import { COLUMN_TYPES, ROW_NUMBER_COLUMN, type TColumnType } from "./column-types";

// What the catalog returns about datasets: plain data, no database types. Public pages, the
// REST and CKAN APIs and the DCAT catalog are all built from these shapes.

export { COLUMN_TYPES, ROW_NUMBER_COLUMN, type TColumnType };
export const ZColumnType = z.enum(COLUMN_TYPES);

export const COLUMN_TYPE_LABELS_ES: Record<TColumnType, string> = {
  integer: "Número entero",
  decimal: "Número decimal",
  boolean: "Sí / no",
  date: "Fecha",
  datetime: "Fecha y hora",
  text: "Texto",
};

// Each version's rows live in `datastore."<tableName>"`: one typed column per `field`, plus
// ROW_NUMBER_COLUMN, the row's 1-based position in the file (primary key; keyset paging).

/** One column of a version's dictionary. */
export const ZDatasetColumnView = z.object({
  position: z.number().int(),
  /** As written in the file's header. */
  name: z.string(),
  /** Safe identifier: the API's field name and the SQL column. */
  field: z.string(),
  type: ZColumnType,
  /** The publisher's description (empty until written). */
  description: z.string(),
  /** The loader's note on the type: why a column that looked typed stays text, if so. */
  typeNote: z.string().nullable(),
  nullCount: z.number().int(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  samples: z.array(z.string()),
  distinctCount: z.number().int().nullable(),
});
export type TDatasetColumnView = z.infer<typeof ZDatasetColumnView>;

export const DATASET_VERSION_STATUSES = ["LOADING", "READY", "FAILED", "PUBLISHED"] as const;
export type TDatasetVersionStatus = (typeof DATASET_VERSION_STATUSES)[number];

export const ZDatasetVersionView = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(DATASET_VERSION_STATUSES),
  fileName: z.string(),
  sourceFormat: z.string(),
  rowCount: z.number().int().nullable(),
  /** Size and SHA-256 of the CSV download, once computed. */
  byteSize: z.number().nullable(),
  sha256: z.string().nullable(),
  createdAt: z.date(),
  publishedAt: z.date().nullable(),
  /** Whether this is the version the public sees. */
  current: z.boolean(),
});
export type TDatasetVersionView = z.infer<typeof ZDatasetVersionView>;

/**
 * The metadata fields as stored, the same for the public and for the publisher's form (no
 * defaults applied, nothing re-checked: it is output). Dates as AAAA-MM-DD.
 */
export const ZDatasetStoredFields = z.object({
  title: z.string(),
  description: z.string(),
  theme: z.string(),
  keywords: z.array(z.string()),
  license: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  updateFrequency: z.string(),
  temporalStart: z.string().nullable(),
  temporalEnd: z.string().nullable(),
  spatialCoverage: z.string(),
  language: z.string(),
  documentationUrl: z.string().nullable(),
  entityName: z.string(),
  entitySector: z.string(),
  entityOrder: z.string(),
  entityDepartment: z.string(),
  entityMunicipality: z.string(),
});

/** A published dataset as citizens and machines see it. */
export const ZDatasetView = z.object({
  id: z.string(),
  slug: z.string(),
  ...ZDatasetStoredFields.shape,
  /** Área o dependencia. */
  office: z.object({ slug: z.string(), name: z.string() }).nullable(),
  relatedIndicators: z.array(z.string()),
  isDemo: z.boolean(),
  createdAt: z.date(),
  modifiedAt: z.date(),
  /** The published version (its columns are the dictionary). */
  version: ZDatasetVersionView,
  columns: z.array(ZDatasetColumnView),
  /** Every published version, newest first (earlier ones stay downloadable). */
  versions: z.array(ZDatasetVersionView),
});
export type TDatasetView = z.infer<typeof ZDatasetView>;
