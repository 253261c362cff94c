import type { Prisma } from "@lab/db/prisma";
import type { TColumnType, TDatasetColumnView } from "@lab/domain/dataset-view";

// What the public reads (dataset-read.ts) and the publisher's services (datasets-store.ts,
// datasets.ts) select of a dataset, of a version and of its dictionary: one list each,
// matching domain's ZDatasetStoredFields, ZDatasetVersionView and ZDatasetColumnView.

/** The stored metadata fields (ZDatasetStoredFields; dates are DATE columns here). */
export const storedFieldsSelect = {
  title: true,
  description: true,
  theme: true,
  keywords: true,
  license: true,
  contactName: true,
  contactEmail: true,
  updateFrequency: true,
  temporalStart: true,
  temporalEnd: true,
  spatialCoverage: true,
  language: true,
  documentationUrl: true,
  entityName: true,
  entitySector: true,
  entityOrder: true,
  entityDepartment: true,
  entityMunicipality: true,
} as const satisfies Prisma.DatasetSelect;

/** What every view of a version shows of it, public or the publisher's. */
export const versionBaseSelect = {
  id: true,
  number: true,
  status: true,
  fileName: true,
  sourceFormat: true,
  rowCount: true,
  createdAt: true,
  publishedAt: true,
} as const satisfies Prisma.DatasetVersionSelect;

/** One column of a version's dictionary (ZDatasetColumnView). */
export const columnSelect = {
  position: true,
  name: true,
  field: true,
  type: true,
  description: true,
  typeNote: true,
  nullCount: true,
  min: true,
  max: true,
  samples: true,
  distinctCount: true,
} as const satisfies Prisma.DatasetColumnSelect;

export const columnView = (
  c: Prisma.DatasetColumnGetPayload<{ select: typeof columnSelect }>,
): TDatasetColumnView => ({ ...c, type: c.type as TColumnType });
