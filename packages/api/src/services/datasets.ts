import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { resolveUploadSettings } from "@lab/db/settings";
import type { TCreateDatasetInput, TDatasetMetadata } from "@lab/domain/dataset";
import { datasetQuality } from "@lab/domain/dataset-quality";
import {
  DATASET_FIELD_LABELS_ES,
  type TDatasetField,
  type TDatasetMetadataView,
  type TPublisherDataset,
  type TPublisherDatasetSummary,
  type TPublisherVersion,
  type TUpdateColumnsInput,
  type TUpdateDatasetMetadataInput,
} from "@lab/domain/dataset-workspace";
import { AppError } from "@lab/domain/errors";
import type { TActor } from "../authorization";
import { columnSelect, columnView, versionBaseSelect } from "./dataset-selects";
import {
  announceDataset,
  lastChange,
  lockDataset,
  metadataSelect,
  metadataToken,
  metadataView,
  NO_DATASET,
  problemsOf,
  writeDatasetAudit,
} from "./datasets-store";
import { namesOf, whenEsCo } from "./draft-store";

// The publisher's side of the catalog (PUBLISHER or ADMIN, any dataset): creating a dataset,
// editing its metadata and its column dictionary, and reading it with its versions and quality.
// Publishing and rolling back are in ./dataset-versions; uploads in ./dataset-upload. Every
// change and its audit entry share one transaction; changes to what the public sees announce
// "datasets" on the bus.

// Addresses the public catalog uses for its own pages (/datos/licencias).
const RESERVED_SLUGS = new Set(["nuevo", "licencias", "buscar"]);

type TFieldErrors = Record<string, string[]>;

/** Checks what only the database knows: the office and the related indicators exist. */
async function references(
  db: PrismaClient | Prisma.TransactionClient,
  metadata: TDatasetMetadata,
): Promise<{ officeId: string | null; errors: TFieldErrors }> {
  const errors: TFieldErrors = {};
  let officeId: string | null = null;
  if (metadata.officeSlug) {
    const office = await db.office.findUnique({
      where: { slug: metadata.officeSlug },
      select: { id: true },
    });
    if (office) officeId = office.id;
    else errors.officeSlug = ["Esa dependencia no existe: elija una de la lista."];
  }
  if (metadata.relatedIndicators.length > 0) {
    const found = await db.indicator.findMany({
      where: { slug: { in: metadata.relatedIndicators } },
      select: { slug: true },
    });
    const known = new Set(found.map((i) => i.slug));
    const unknown = metadata.relatedIndicators.filter((s) => !known.has(s));
    if (unknown.length > 0) {
      errors.relatedIndicators = [`No existe el indicador ${unknown.join(", ")}.`];
    }
  }
  return { officeId, errors };
}

/** The Dataset columns of the metadata (everything but the office, which is a relation). */
function metadataData(metadata: TDatasetMetadata) {
  const { officeSlug: _office, temporalStart, temporalEnd, keywords, ...rest } = metadata;
  return {
    ...rest,
    // Keywords are tags: one of each, in the order given.
    keywords: [...new Set(keywords)],
    temporalStart: temporalStart ? new Date(`${temporalStart}T00:00:00Z`) : null,
    temporalEnd: temporalEnd ? new Date(`${temporalEnd}T00:00:00Z`) : null,
  };
}

export async function createDataset(
  prisma: PrismaClient,
  actor: TActor,
  input: TCreateDatasetInput,
): Promise<{ slug: string }> {
  const { slug, ...metadata } = input;
  const { officeId, errors } = await references(prisma, metadata);
  const same = await prisma.dataset.findUnique({ where: { slug }, select: { title: true } });
  if (same) errors.slug = [`Esa dirección ya la usa «${same.title}».`];
  if (RESERVED_SLUGS.has(slug)) errors.slug = ["Esa dirección está reservada: elija otra."];
  if (Object.keys(errors).length > 0) throw AppError.badRequest(errors);

  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.dataset.create({
        data: {
          ...metadataData(metadata),
          slug,
          officeId,
          status: "DRAFT",
          createdById: actor.id,
        },
        select: { id: true, slug: true },
      });
      await writeDatasetAudit(tx, actor.id, created, "dataset.create", {
        before: null,
        after: metadata.title,
      });
      return { slug: created.slug };
    });
  } catch (error) {
    // Two publishers creating the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "Otra persona acaba de crear un conjunto de datos con esa dirección.";
      throw new AppError("CONFLICT", message, { fieldErrors: { slug: [message] } });
    }
    throw error;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const auditValue = (v: unknown) =>
  v === null || v === undefined ? null : Array.isArray(v) ? v.join(", ") : String(v);

/** The fields named in a metadata audit entry's `changes`, as labels. */
function changedLabels(details: Prisma.JsonValue | null | undefined): string {
  const changes = (details as { changes?: { field?: string }[] } | null)?.changes;
  if (!Array.isArray(changes)) return "";
  return changes
    .map((c) => DATASET_FIELD_LABELS_ES[c.field as TDatasetField] ?? c.field)
    .filter(Boolean)
    .join(", ");
}

/**
 * Saves the metadata the form sends, if it was edited from the version the form loaded; only
 * the fields that differ are written and audited. A published dataset changes on the public
 * site at once (dct:modified moves).
 */
export async function updateDatasetMetadata(
  prisma: PrismaClient,
  actor: TActor,
  input: TUpdateDatasetMetadataInput,
): Promise<{ changed: TDatasetField[]; metadataVersion: string }> {
  const { officeId, errors } = await references(prisma, input.metadata);
  if (Object.keys(errors).length > 0) throw AppError.badRequest(errors);

  return prisma.$transaction(async (tx) => {
    const row = await lockDataset(tx, input.slug);
    const current = metadataView(row);
    if (metadataToken(current) !== input.metadataVersion) {
      const last = await lastChange(tx, row.id, ["dataset.metadata.update"]);
      const who = last?.actor?.name ?? "Otra persona";
      const fields = changedLabels(last?.details);
      throw new AppError(
        "CONFLICT",
        `Mientras usted editaba, ${who} cambió la ficha de este conjunto de datos${last ? ` ${whenEsCo(last.createdAt)}` : ""}${fields ? ` (${fields})` : ""}. Sus cambios no se guardaron; recargue la ficha para ver la versión actual y vuelva a aplicarlos.`,
      );
    }
    const next: TDatasetMetadataView = {
      ...input.metadata,
      keywords: [...new Set(input.metadata.keywords)],
    };
    const changes = (Object.keys(DATASET_FIELD_LABELS_ES) as TDatasetField[])
      .filter((field) => !same(current[field], next[field]))
      .map((field) => ({
        field,
        before: auditValue(current[field]),
        after: auditValue(next[field]),
      }));
    if (changes.length === 0) return { changed: [], metadataVersion: metadataToken(current) };

    await tx.dataset.update({
      where: { id: row.id },
      data: { ...metadataData(input.metadata), officeId, modifiedAt: new Date() },
    });
    await writeDatasetAudit(tx, actor.id, row, "dataset.metadata.update", { changes });
    if (row.status === "PUBLISHED") await announceDataset(tx, row.slug);
    return { changed: changes.map((c) => c.field), metadataVersion: metadataToken(next) };
  });
}

/**
 * Saves the descriptions of a version's columns. Each carries the description the form loaded:
 * if someone else changed that column meanwhile, nothing is saved and the message says who.
 */
export async function updateColumnDescriptions(
  prisma: PrismaClient,
  actor: TActor,
  input: TUpdateColumnsInput,
): Promise<{ changed: number }> {
  return prisma.$transaction(async (tx) => {
    const dataset = await lockDataset(tx, input.slug);
    const version = await tx.datasetVersion.findUnique({
      where: { datasetId_number: { datasetId: dataset.id, number: input.number } },
      select: {
        id: true,
        status: true,
        columns: { select: { id: true, field: true, name: true, description: true } },
      },
    });
    if (!version) throw new AppError("NOT_FOUND", `La versión ${input.number} no existe.`);
    if (version.status !== "READY" && version.status !== "PUBLISHED") {
      throw new AppError(
        "BAD_REQUEST",
        `La versión ${input.number} no se cargó completa: no tiene diccionario que describir.`,
      );
    }
    const byField = new Map(version.columns.map((c) => [c.field, c]));
    const unknown = input.columns.filter((c) => !byField.has(c.field)).map((c) => c.field);
    if (unknown.length > 0) {
      throw new AppError(
        "BAD_REQUEST",
        `La versión ${input.number} no tiene la columna ${unknown.join(", ")}.`,
      );
    }
    const stale = input.columns.filter((c) => byField.get(c.field)?.description !== c.previous);
    if (stale.length > 0) {
      const last = await lastChange(tx, dataset.id, ["dataset.columns.update"]);
      const names = stale.map((c) => `«${byField.get(c.field)?.name}»`).join(", ");
      throw new AppError(
        "CONFLICT",
        `Mientras usted editaba, ${last?.actor?.name ?? "otra persona"} cambió la descripción de ${names}${last ? ` ${whenEsCo(last.createdAt)}` : ""}. Sus cambios no se guardaron; recargue la página para ver las descripciones actuales.`,
      );
    }
    const changes = input.columns.filter(
      (c) => byField.get(c.field)?.description !== c.description,
    );
    if (changes.length === 0) return { changed: 0 };
    for (const c of changes) {
      await tx.datasetColumn.update({
        where: { versionId_field: { versionId: version.id, field: c.field } },
        data: { description: c.description },
      });
    }
    await writeDatasetAudit(tx, actor.id, dataset, "dataset.columns.update", {
      version: input.number,
      changes: changes.map((c) => ({
        field: c.field,
        before: c.previous || null,
        after: c.description || null,
      })),
    });
    // The published version's dictionary is on the public page.
    if (version.id === dataset.publishedVersionId) {
      await tx.dataset.update({ where: { id: dataset.id }, data: { modifiedAt: new Date() } });
      await announceDataset(tx, dataset.slug);
    }
    return { changed: changes.length };
  });
}

/** Who changed the dataset last, from its audit trail and its uploads. */
async function lastUpdates(
  prisma: PrismaClient,
  datasets: { id: string; createdAt: Date; createdById: string | null }[],
  versions: { datasetId: string; createdAt: Date; createdById: string | null }[],
): Promise<Map<string, { name: string | null; at: Date }>> {
  const ids = datasets.map((d) => d.id);
  const entries =
    ids.length === 0
      ? []
      : await prisma.auditEntry.findMany({
          where: { entityType: "Dataset", entityId: { in: ids } },
          orderBy: [{ entityId: "asc" }, { createdAt: "desc" }],
          distinct: ["entityId"],
          select: { entityId: true, createdAt: true, actorId: true },
        });
  const latest = new Map<string, { at: Date; by: string | null }>();
  const consider = (id: string, at: Date, by: string | null) => {
    const known = latest.get(id);
    if (!known || at > known.at) latest.set(id, { at, by });
  };
  for (const d of datasets) consider(d.id, d.createdAt, d.createdById);
  for (const v of versions) consider(v.datasetId, v.createdAt, v.createdById);
  for (const e of entries) consider(e.entityId, e.createdAt, e.actorId);
  const names = await namesOf(
    prisma,
    [...latest.values()].map((l) => l.by),
  );
  return new Map(
    [...latest].map(([id, l]) => [id, { at: l.at, name: l.by ? (names.get(l.by) ?? null) : null }]),
  );
}

type TQualityVersion = {
  id: string;
  status: string;
  publishedAt: Date | null;
  columns: { name: string; description: string }[];
};

/** The quality of a dataset, judged on its published version (else its newest loaded one). */
function qualityOf(
  metadata: Pick<
    TDatasetMetadataView,
    | "description"
    | "license"
    | "updateFrequency"
    | "temporalStart"
    | "temporalEnd"
    | "spatialCoverage"
  >,
  publishedVersionId: string | null,
  versions: TQualityVersion[],
  now: Date,
) {
  const loaded = versions.filter((v) => v.status === "READY" || v.status === "PUBLISHED");
  const working = loaded.find((v) => v.id === publishedVersionId) ?? loaded[0] ?? null;
  const published = versions.flatMap((v) => (v.publishedAt ? [v.publishedAt.getTime()] : []));
  return datasetQuality({
    ...metadata,
    columns: working ? working.columns : null,
    // Every loaded version is offered as CSV (and JSON), whatever was uploaded.
    formats: loaded.length > 0 ? ["csv"] : [],
    lastPublishedAt: published.length > 0 ? new Date(Math.max(...published)) : null,
    now,
  });
}

/** Every dataset of the catalog, published or not, for the publisher's list; newest change first. */
export async function listDatasetsForPublisher(
  prisma: PrismaClient,
  now = new Date(),
): Promise<TPublisherDatasetSummary[]> {
  const rows = await prisma.dataset.findMany({
    select: {
      ...metadataSelect,
      isDemo: true,
      createdAt: true,
      createdById: true,
      office: { select: { slug: true, name: true } },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          publishedAt: true,
          createdAt: true,
          createdById: true,
          columns: { select: { name: true, description: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  const updates = await lastUpdates(
    prisma,
    rows,
    rows.flatMap((r) => r.versions.map((v) => ({ ...v, datasetId: r.id }))),
  );
  const summaries = rows.map((row): TPublisherDatasetSummary => {
    const current = row.versions.find((v) => v.id === row.publishedVersionId);
    const latest = row.versions[0];
    return {
      slug: row.slug,
      title: row.title,
      theme: row.theme,
      status: row.status,
      isDemo: row.isDemo,
      office: row.office?.name ?? null,
      currentVersion: current?.number ?? null,
      latestVersion: latest ? { number: latest.number, status: latest.status } : null,
      score: qualityOf(metadataView(row), row.publishedVersionId, row.versions, now).score,
      lastUpdate: updates.get(row.id) ?? { at: row.createdAt, name: null },
    };
  });
  return summaries.sort((a, b) => b.lastUpdate.at.getTime() - a.lastUpdate.at.getTime());
}

/** One dataset as the publisher edits it: metadata and its token, versions, dictionary, quality. */
export async function getDatasetForPublisher(
  prisma: PrismaClient,
  slug: string,
  now = new Date(),
): Promise<TPublisherDataset> {
  const row = await prisma.dataset.findUnique({
    where: { slug },
    select: {
      ...metadataSelect,
      isDemo: true,
      createdAt: true,
      createdById: true,
      modifiedAt: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          ...versionBaseSelect,
          sourceByteSize: true,
          textColumns: true,
          createdById: true,
          loadedAt: true,
          problems: true,
          columns: { select: columnSelect, orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", NO_DATASET);
  const metadata = metadataView(row);
  const names = await namesOf(
    prisma,
    row.versions.map((v) => v.createdById),
  );
  const updates = await lastUpdates(
    prisma,
    [row],
    row.versions.map((v) => ({ ...v, datasetId: row.id })),
  );
  const versions = row.versions.map((v): TPublisherVersion => {
    const current = v.id === row.publishedVersionId;
    return {
      id: v.id,
      number: v.number,
      status: v.status,
      fileName: v.fileName,
      sourceFormat: v.sourceFormat,
      rowCount: v.rowCount,
      sourceByteSize: v.sourceByteSize === null ? null : Number(v.sourceByteSize),
      textColumns: v.textColumns,
      createdAt: v.createdAt,
      createdBy: v.createdById ? (names.get(v.createdById) ?? null) : null,
      loadedAt: v.loadedAt,
      publishedAt: v.publishedAt,
      current,
      canRollBack: !current && v.status === "PUBLISHED" && v.publishedAt !== null,
      ...problemsOf(v.problems),
      columns: v.columns.map(columnView),
    };
  });
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    isDemo: row.isDemo,
    metadata,
    metadataVersion: metadataToken(metadata),
    createdAt: row.createdAt,
    modifiedAt: row.modifiedAt,
    lastUpdate: updates.get(row.id) ?? { at: row.createdAt, name: null },
    currentVersion: versions.find((v) => v.current)?.number ?? null,
    versions,
    quality: qualityOf(metadata, row.publishedVersionId, row.versions, now),
  };
}

/**
 * What the publisher's forms need: the Alcaldía's offices (Área o dependencia) and the upload
 * limit, so a file too large is refused before it is sent.
 */
export async function datasetFormOptions(prisma: PrismaClient) {
  const offices = await prisma.office.findMany({
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  return { offices, uploadMaxBytes: resolveUploadSettings().datasetUploadMaxBytes };
}
