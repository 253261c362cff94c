import type { Prisma, PrismaClient } from "@lab/db/prisma";
import type { TDatasetVersionView, TDatasetView } from "@lab/domain/dataset-view";
import { AppError } from "@lab/domain/errors";
import { columnSelect, columnView, storedFieldsSelect, versionBaseSelect } from "./dataset-selects";

// Published datasets as every public surface reads them (pages, REST, CKAN API, DCAT): only
// datasets with a published version, described by that version. One shape, built here once.

const versionSelect = {
  ...versionBaseSelect,
  byteSize: true,
  sha256: true,
} as const satisfies Prisma.DatasetVersionSelect;

const datasetSelect = {
  id: true,
  slug: true,
  ...storedFieldsSelect,
  office: { select: { slug: true, name: true } },
  relatedIndicators: true,
  isDemo: true,
  createdAt: true,
  modifiedAt: true,
  publishedVersionId: true,
  publishedVersion: {
    select: {
      ...versionSelect,
      columns: { orderBy: { position: "asc" }, select: columnSelect },
    },
  },
  versions: {
    where: { publishedAt: { not: null } },
    orderBy: { number: "desc" },
    select: versionSelect,
  },
} as const satisfies Prisma.DatasetSelect;

type TRow = Prisma.DatasetGetPayload<{ select: typeof datasetSelect }>;
type TVersionRow = Prisma.DatasetVersionGetPayload<{ select: typeof versionSelect }>;

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

export function versionView(v: TVersionRow, currentId: string | null): TDatasetVersionView {
  return {
    ...v,
    byteSize: v.byteSize === null ? null : Number(v.byteSize),
    current: v.id === currentId,
  };
}

function toView(row: TRow): TDatasetView | null {
  const { publishedVersion, publishedVersionId, versions, ...rest } = row;
  if (!publishedVersion) return null;
  const { columns, ...version } = publishedVersion;
  return {
    ...rest,
    temporalStart: day(rest.temporalStart),
    temporalEnd: day(rest.temporalEnd),
    version: versionView(version, publishedVersionId),
    columns: columns.map(columnView),
    versions: versions.map((v) => versionView(v, publishedVersionId)),
  };
}

/** What "published" means for a dataset, for every public surface that queries datasets. */
export const PUBLISHED_DATASET: Prisma.DatasetWhereInput = {
  status: "PUBLISHED",
  publishedVersionId: { not: null },
};

/**
 * Every published dataset, ordered by id (stable paging for harvesters). `where` narrows it
 * (e.g. modified since a date); a dataset whose row cannot be shaped is left out, not fatal.
 */
export async function listPublishedDatasets(
  prisma: PrismaClient,
  options: { where?: Prisma.DatasetWhereInput; skip?: number; take?: number } = {},
): Promise<TDatasetView[]> {
  const rows = await prisma.dataset.findMany({
    where: { AND: [PUBLISHED_DATASET, options.where ?? {}] },
    orderBy: { id: "asc" },
    select: datasetSelect,
    ...(options.skip !== undefined ? { skip: options.skip } : {}),
    ...(options.take !== undefined ? { take: options.take } : {}),
  });
  return rows.flatMap((row) => toView(row) ?? []);
}

export async function getPublishedDataset(
  prisma: PrismaClient,
  slug: string,
): Promise<TDatasetView> {
  const row = await prisma.dataset.findFirst({
    where: { AND: [PUBLISHED_DATASET, { slug }] },
    select: datasetSelect,
  });
  const view = row ? toView(row) : null;
  if (!view)
    throw new AppError("NOT_FOUND", "No existe un conjunto de datos publicado con esa dirección.");
  return view;
}
