import type { Prisma, PrismaClient } from "@lab/db/prisma";
import type { TVersionInput } from "@lab/domain/dataset-workspace";
import { AppError } from "@lab/domain/errors";
import type { TActor } from "../authorization";
import { announceDataset, lockDataset, writeDatasetAudit } from "./datasets-store";

// What the public sees of a dataset: which loaded version is current. Publishing a version,
// rolling back to one published before and unpublishing each happen in ONE transaction with
// the dataset's row locked: the pointer, the version's and dataset's states, dct:modified, the
// audit entry and the bus announcement (delivered at COMMIT, so every instance refreshes).
// A version's rows are never touched here: earlier versions stay downloadable.

export type TPublication = { slug: string; currentVersion: number | null; previous: number | null };

async function versionOf(tx: Prisma.TransactionClient, datasetId: string, number: number) {
  const version = await tx.datasetVersion.findUnique({
    where: { datasetId_number: { datasetId, number } },
    select: { id: true, number: true, status: true, publishedAt: true, rowCount: true },
  });
  if (!version) throw new AppError("NOT_FOUND", `La versión ${number} no existe.`);
  return version;
}

async function currentNumber(tx: Prisma.TransactionClient, versionId: string | null) {
  if (!versionId) return null;
  const current = await tx.datasetVersion.findUnique({
    where: { id: versionId },
    select: { number: true },
  });
  return current?.number ?? null;
}

/** Makes the version the public one: the shared second half of publish and rollback. */
async function makeCurrent(
  tx: Prisma.TransactionClient,
  actor: TActor,
  dataset: { id: string; slug: string; publishedVersionId: string | null },
  version: { id: string; number: number; publishedAt: Date | null; rowCount: number | null },
  action: "dataset.publish" | "dataset.rollback",
): Promise<TPublication> {
  const now = new Date();
  const previous = await currentNumber(tx, dataset.publishedVersionId);
  await tx.datasetVersion.update({
    where: { id: version.id },
    // A rollback keeps the date the version was first published.
    data: { status: "PUBLISHED", publishedAt: version.publishedAt ?? now },
  });
  await tx.dataset.update({
    where: { id: dataset.id },
    data: { publishedVersionId: version.id, status: "PUBLISHED", modifiedAt: now },
  });
  await writeDatasetAudit(tx, actor.id, dataset, action, {
    version: version.number,
    rows: version.rowCount,
    before: previous === null ? null : `versión ${previous}`,
    after: `versión ${version.number}`,
  });
  await announceDataset(tx, dataset.slug);
  return { slug: dataset.slug, currentVersion: version.number, previous };
}

/** Publishes a loaded (READY) version: from the COMMIT on, the public sees it. */
export async function publishVersion(
  prisma: PrismaClient,
  actor: TActor,
  input: TVersionInput,
): Promise<TPublication> {
  return prisma.$transaction(async (tx) => {
    const dataset = await lockDataset(tx, input.slug);
    const version = await versionOf(tx, dataset.id, input.number);
    switch (version.status) {
      case "LOADING":
        throw new AppError(
          "CONFLICT",
          `La versión ${version.number} todavía se está cargando: publíquela cuando termine.`,
        );
      case "FAILED":
        throw new AppError(
          "BAD_REQUEST",
          `La versión ${version.number} tuvo problemas al cargarse y no se puede publicar: corrija el archivo y cárguelo de nuevo.`,
        );
      case "PUBLISHED":
        throw new AppError(
          "CONFLICT",
          version.id === dataset.publishedVersionId && dataset.status === "PUBLISHED"
            ? `La versión ${version.number} ya es la publicada.`
            : `La versión ${version.number} ya se publicó antes: use «Volver a esta versión».`,
        );
      case "READY":
        return makeCurrent(tx, actor, dataset, version, "dataset.publish");
    }
  });
}

/** Makes an earlier version, published before, the public one again. */
export async function rollbackToVersion(
  prisma: PrismaClient,
  actor: TActor,
  input: TVersionInput,
): Promise<TPublication> {
  return prisma.$transaction(async (tx) => {
    const dataset = await lockDataset(tx, input.slug);
    const version = await versionOf(tx, dataset.id, input.number);
    if (version.status !== "PUBLISHED" || version.publishedAt === null) {
      throw new AppError(
        "BAD_REQUEST",
        `La versión ${version.number} nunca se publicó: para volver a ella, publíquela.`,
      );
    }
    if (version.id === dataset.publishedVersionId && dataset.status === "PUBLISHED") {
      throw new AppError("CONFLICT", `La versión ${version.number} ya es la publicada.`);
    }
    return makeCurrent(tx, actor, dataset, version, "dataset.rollback");
  });
}

/**
 * Takes the dataset off the public site (back to DRAFT). Its versions stay as they are; any
 * version published before can be published again with a rollback.
 */
export async function unpublishDataset(
  prisma: PrismaClient,
  actor: TActor,
  input: { slug: string },
): Promise<TPublication> {
  return prisma.$transaction(async (tx) => {
    const dataset = await lockDataset(tx, input.slug);
    if (dataset.status !== "PUBLISHED") {
      throw new AppError("CONFLICT", "Este conjunto de datos no está publicado.");
    }
    const previous = await currentNumber(tx, dataset.publishedVersionId);
    await tx.dataset.update({
      where: { id: dataset.id },
      data: { status: "DRAFT", publishedVersionId: null, modifiedAt: new Date() },
    });
    await writeDatasetAudit(tx, actor.id, dataset, "dataset.unpublish", {
      before: previous === null ? null : `versión ${previous}`,
      after: null,
    });
    await announceDataset(tx, dataset.slug);
    return { slug: dataset.slug, currentVersion: null, previous };
  });
}
