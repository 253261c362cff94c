import { createHash } from "node:crypto";
import { publishChange } from "@lab/db/bus";
import { Prisma } from "@lab/db/prisma";
import {
  DATASET_FIELDS,
  type TDatasetMetadataView,
  type TVersionProblem,
} from "@lab/domain/dataset-workspace";
import { AppError } from "@lab/domain/errors";
import { storedFieldsSelect } from "./dataset-selects";

// What the publisher's services share: the dataset's row lock, its metadata as the form sees
// it and the token that versions it, its audit entries, and the public announcement.

export const NO_DATASET = "No existe un conjunto de datos con esa dirección.";

export const metadataSelect = {
  id: true,
  slug: true,
  status: true,
  ...storedFieldsSelect,
  office: { select: { slug: true } },
  relatedIndicators: true,
  publishedVersionId: true,
} as const satisfies Prisma.DatasetSelect;
export type TMetadataRow = Prisma.DatasetGetPayload<{ select: typeof metadataSelect }>;

export const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

export function metadataView(row: TMetadataRow): TDatasetMetadataView {
  return {
    title: row.title,
    description: row.description,
    theme: row.theme,
    keywords: row.keywords,
    license: row.license,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    updateFrequency: row.updateFrequency,
    temporalStart: day(row.temporalStart),
    temporalEnd: day(row.temporalEnd),
    spatialCoverage: row.spatialCoverage,
    language: row.language,
    documentationUrl: row.documentationUrl,
    entityName: row.entityName,
    entitySector: row.entitySector,
    entityOrder: row.entityOrder,
    entityDepartment: row.entityDepartment,
    entityMunicipality: row.entityMunicipality,
    officeSlug: row.office?.slug ?? null,
    relatedIndicators: row.relatedIndicators,
  };
}

/**
 * The metadata's version token: a digest of its values, so a save is refused exactly when
 * someone else changed them since the form loaded (publishing a version does not count).
 */
export function metadataToken(view: TDatasetMetadataView): string {
  const values = DATASET_FIELDS.map((field) => view[field]);
  return createHash("sha256").update(JSON.stringify(values)).digest("base64url").slice(0, 22);
}

/**
 * Locks the dataset's row until the transaction ends and returns its metadata: every writer of
 * one dataset takes it first, so their checks see the last committed state. Prisma has no
 * SELECT … FOR UPDATE; an UPDATE that writes the row's own slug takes the same lock.
 */
export async function lockDataset(
  tx: Prisma.TransactionClient,
  slug: string,
): Promise<TMetadataRow> {
  try {
    return await tx.dataset.update({ where: { slug }, data: { slug }, select: metadataSelect });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new AppError("NOT_FOUND", NO_DATASET);
    }
    throw error;
  }
}

export type TDatasetAction =
  | "dataset.create"
  | "dataset.metadata.update"
  | "dataset.columns.update"
  | "dataset.publish"
  | "dataset.rollback"
  | "dataset.unpublish";

export async function writeDatasetAudit(
  tx: Prisma.TransactionClient,
  actorId: string,
  dataset: { id: string; slug: string },
  action: TDatasetAction,
  details: Record<string, Prisma.InputJsonValue | null>,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId,
      action,
      entityType: "Dataset",
      entityId: dataset.id,
      details: { dataset: dataset.slug, source: "app", ...details },
    },
  });
}

/** Tells every instance (at COMMIT) that what the public sees of this dataset changed. */
export async function announceDataset(tx: Prisma.TransactionClient, slug: string): Promise<void> {
  await publishChange(tx, "datasets", { slug });
}

/** The latest audit entry of these actions on the dataset: who and when, for messages. */
export async function lastChange(
  tx: Prisma.TransactionClient,
  datasetId: string,
  actions: TDatasetAction[],
) {
  return tx.auditEntry.findFirst({
    where: { entityType: "Dataset", entityId: datasetId, action: { in: actions } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, details: true, actor: { select: { name: true } } },
  });
}

/** The row problems a failed load stored: a list, or `{ problems, problemCount }`. */
export function problemsOf(raw: Prisma.JsonValue | null): {
  problems: TVersionProblem[];
  problemCount: number;
} {
  if (raw === null || typeof raw !== "object") return { problems: [], problemCount: 0 };
  const record = raw as Record<string, unknown>;
  const list = Array.isArray(raw)
    ? raw
    : Array.isArray(record.problems)
      ? record.problems
      : Array.isArray(record.items)
        ? record.items
        : [];
  const problems = list.flatMap((item): TVersionProblem[] => {
    if (!item || typeof item !== "object") return [];
    const p = item as Record<string, unknown>;
    const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
    return [
      {
        row: typeof p.row === "number" && Number.isInteger(p.row) ? p.row : null,
        column: text(p.column),
        value: text(p.value),
        message: text(p.message) ?? "Valor no válido.",
      },
    ];
  });
  const counted = Array.isArray(raw)
    ? problems.length
    : Number(record.problemCount ?? record.count ?? problems.length);
  return {
    problems,
    problemCount: Number.isFinite(counted) ? Math.max(counted, problems.length) : problems.length,
  };
}
