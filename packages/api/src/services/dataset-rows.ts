import { createHash } from "node:crypto";
import { publishChange } from "@lab/db/bus";
import type { TDatabaseConfig } from "@lab/db/config";
import { openExport, type TExportColumn } from "@lab/db/datastore/export";
import { queryRows, type TRowsQuery } from "@lab/db/datastore/query";
import { openSqlDriver } from "@lab/db/driver";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import {
  parseDownloadParams,
  parseRowsParams,
  type TDownloadFormat,
  type TRowsDocument,
} from "@lab/domain/dataset-query";
import type { TColumnType } from "@lab/domain/dataset-view";
import { AppError } from "@lab/domain/errors";
import type { TRawParams } from "@lab/domain/view-state";
import { cached, type TPublicCache } from "../public-cache";

// The public datastore: a published dataset's rows (Row API), its downloads, and the lookup
// both share (and CKAN's datastore_search): the published version, or an earlier published
// one by number, to its table and columns. Drafts and unpublished versions are never found.

export type TDatasetRowsContext = {
  prisma: PrismaClient;
  /** The database holding the datastore (the one `prisma` is on). */
  database: TDatabaseConfig;
  /**
   * Keeps each dataset's table and columns until the bus announces a dataset change (a
   * publication, rollback or withdrawal), so a page of rows costs the datastore query alone.
   */
  cache?: TPublicCache;
};

export type TDatasetTable = {
  dataset: { id: string; slug: string; title: string };
  version: {
    id: string;
    number: number;
    tableName: string;
    rowCount: number | null;
    byteSize: bigint | null;
    sha256: string | null;
    /** Whether this is the version the public sees now. */
    current: boolean;
  };
  /** The file's columns in order: field, type, header name, null count, description. */
  columns: (TExportColumn & { description: string })[];
};

const versionSelect = {
  id: true,
  number: true,
  tableName: true,
  rowCount: true,
  byteSize: true,
  sha256: true,
  dataset: { select: { id: true, slug: true, title: true, publishedVersionId: true } },
  columns: {
    orderBy: { position: "asc" },
    select: { field: true, name: true, type: true, nullCount: true, description: true },
  },
} as const satisfies Prisma.DatasetVersionSelect;

// Public: the dataset is published and the version is (or was) its published one.
const publicVersion = (where: Prisma.DatasetVersionWhereInput) => ({
  AND: [
    where,
    { publishedAt: { not: null } },
    { dataset: { status: "PUBLISHED" as const, publishedVersionId: { not: null } } },
  ],
});

const publicDataset = (slug: string): Prisma.DatasetWhereInput => ({
  slug,
  status: "PUBLISHED",
  publishedVersionId: { not: null },
});

function toTable(
  row: Prisma.DatasetVersionGetPayload<{ select: typeof versionSelect }>,
): TDatasetTable {
  const { dataset, columns, ...version } = row;
  return {
    dataset: { id: dataset.id, slug: dataset.slug, title: dataset.title },
    version: { ...version, current: dataset.publishedVersionId === version.id },
    columns: columns.map((c) => ({ ...c, type: c.type as TColumnType })),
  };
}

const NO_DATASET = "No existe un conjunto de datos publicado con esa dirección.";

/** A published dataset's table: its current version, or published version number `version`. */
export async function resolveDatasetTable(
  prisma: PrismaClient,
  slug: string,
  version: number | null = null,
): Promise<TDatasetTable> {
  const row = await prisma.datasetVersion.findFirst({
    where: publicVersion(
      version === null
        ? { dataset: { slug }, publishedBy: { isNot: null } }
        : { dataset: { slug }, number: version },
    ),
    select: versionSelect,
  });
  if (row) return toTable(row);
  if (version !== null && (await prisma.dataset.count({ where: publicDataset(slug) })) > 0) {
    throw new AppError(
      "NOT_FOUND",
      `Este conjunto de datos no tiene una versión publicada número ${version}.`,
    );
  }
  throw new AppError("NOT_FOUND", NO_DATASET);
}

/**
 * A distribution by id (a DatasetVersion id: CKAN's resource_id), if it is a published
 * version of a published dataset; otherwise null.
 */
export async function resolveDistribution(
  prisma: PrismaClient,
  versionId: string,
): Promise<TDatasetTable | null> {
  const row = await prisma.datasetVersion.findFirst({
    where: publicVersion({ id: versionId }),
    select: versionSelect,
  });
  return row ? toTable(row) : null;
}

/** resolveDatasetTable through the context's cache. */
export function lookupDatasetTable(
  ctx: TDatasetRowsContext,
  slug: string,
  version: number | null,
): Promise<TDatasetTable> {
  return cached(ctx.cache, "datasets", `datastore:${slug}@${version ?? "current"}`, () =>
    resolveDatasetTable(ctx.prisma, slug, version),
  );
}

/** resolveDistribution through the context's cache. */
export function lookupDistribution(
  ctx: TDatasetRowsContext,
  versionId: string,
): Promise<TDatasetTable | null> {
  return cached(ctx.cache, "datasets", `datastore:resource:${versionId}`, () =>
    resolveDistribution(ctx.prisma, versionId),
  );
}

/** Rows of a resolved table, with the dictionary's row count as the unfiltered total. */
export function readRows(
  database: TDatabaseConfig,
  table: TDatasetTable,
  query: TRowsQuery,
): ReturnType<typeof queryRows> {
  return queryRows(openSqlDriver(database), table.version.tableName, table.columns, {
    knownTotal: table.version.rowCount,
    ...query,
  });
}

/**
 * `GET /api/v1/datasets/{slug}/rows`: a page of rows. `url` is the request's, so that `next`
 * is the same request with the cursor of the following page.
 */
export async function getDatasetRows(
  ctx: TDatasetRowsContext,
  slug: string,
  url: URL,
  raw: TRawParams,
): Promise<TRowsDocument> {
  const { version, ...query } = parseRowsParams(raw);
  const table = await lookupDatasetTable(ctx, slug, version);
  const page = await readRows(ctx.database, table, query);
  let next: string | null = null;
  if (page.next) {
    const link = new URL(url);
    link.searchParams.delete("offset");
    link.searchParams.set("cursor", page.next);
    next = link.toString();
  }
  return {
    fields: page.fields.map((f) => ({ id: f.field, type: f.type })),
    records: page.records,
    total: page.total ?? 0,
    total_is_estimate: page.totalIsEstimate,
    next,
  };
}

export type TDatasetDownload = {
  filename: string;
  contentType: string;
  format: TDownloadFormat;
  /** The file, chunk by chunk, read from the database as the client takes it. */
  body: AsyncGenerator<Uint8Array>;
};

const CONTENT_TYPES: Record<TDownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** `GET /api/v1/datasets/{slug}/download?format=csv|json&version=N`. */
export async function downloadDataset(
  ctx: TDatasetRowsContext,
  slug: string,
  raw: TRawParams,
): Promise<TDatasetDownload> {
  const { format, version } = parseDownloadParams(raw);
  const table = await lookupDatasetTable(ctx, slug, version);
  // Fails before answering 200 if the table is missing: once the file streams, an error can
  // only cut it short.
  const rows = await openExport(ctx.database, table.version.tableName, table.columns, format);
  const { sha256, byteSize, id } = table.version;
  return {
    filename: `${table.dataset.slug}-v${table.version.number}.${format}`,
    contentType: CONTENT_TYPES[format],
    format,
    body:
      format === "csv" && (sha256 === null || byteSize === null)
        ? recordingChecksum(ctx.prisma, id, rows)
        : rows,
  };
}

/**
 * Passes the CSV through and, once all of it has gone out, stores its size and SHA-256 on
 * the version (DCAT's dcat:byteSize and spdx:checksum). The CSV is the same bytes on every
 * request, so the first complete download describes them all; a cut one stores nothing.
 */
async function* recordingChecksum(
  prisma: PrismaClient,
  versionId: string,
  chunks: AsyncGenerator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
    yield chunk;
  }
  try {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.datasetVersion.updateMany({
        where: { id: versionId, OR: [{ byteSize: null }, { sha256: null }] },
        data: { byteSize: BigInt(size), sha256: hash.digest("hex") },
      });
      // DCAT and CKAN show them: their cached catalogs must reload.
      if (count > 0) await publishChange(tx, "datasets", { version: versionId });
    });
  } catch (error) {
    // The download itself succeeded; the next one will try again.
    console.error("Could not store the size and checksum of a dataset download:", error);
  }
}

/**
 * An async iterator as a web stream, read on demand: nothing is read from the database
 * before the client asks for the first chunk (a HEAD, or a client gone before the body
 * starts, costs no query), and the iterator is closed (its COPY and connection released)
 * when the stream is cancelled or `signal` says the client went away, since Next.js does not
 * cancel a body it never started sending.
 */
export function toWebStream(
  chunks: AsyncGenerator<Uint8Array>,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const stop = () => {
    void chunks.return(undefined).catch(() => {});
  };
  if (signal?.aborted) stop();
  else signal?.addEventListener("abort", stop, { once: true });
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) {
          signal?.removeEventListener("abort", stop);
          controller.close();
        } else controller.enqueue(value);
      },
      async cancel() {
        signal?.removeEventListener("abort", stop);
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
