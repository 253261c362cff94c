import { randomBytes } from "node:crypto";
import { resolveDatabaseConfig, type TDatabaseConfig } from "@lab/db/config";
import { loadVersion, type TLoadedColumn, type TLoadSuccess } from "@lab/db/datastore/load";
import { cleanupStaleLoads } from "@lab/db/datastore/load-cleanup";
import { dictionaryRows } from "@lab/db/datastore/load-dictionary";
import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { notTextMessage } from "@lab/domain/column-typing-text";
import { XLSX_MAX_BYTES } from "@lab/domain/dataset";
import type { TVersionProblem } from "@lab/domain/dataset-workspace";
import { AppError, isAppError } from "@lab/domain/errors";
import type { TActor } from "../authorization";
import { workbookAsCsv, xlsxTooLarge } from "./dataset-upload-xlsx";

// Publishing a version, first half: an uploaded CSV (or XLSX) becomes a new DatasetVersion
// with its rows in the datastore. The version is created LOADING (number = last + 1, table
// `datastore."v_<id>"`), the loader streams the rows in, then ONE transaction writes the column
// dictionary (the loader's notes on types as `typeNote`; descriptions are left to the
// publisher) and marks it READY; or it is marked FAILED with the row problems and its table
// dropped. Nothing is public until the publisher publishes it (dataset-versions.ts). A load cut
// short by a crash is failed and dropped at the next start (or before the next upload).

export type TUploadOptions = {
  fileName: string;
  /** Columns (field or header names) to load as text: the publisher's answer to problems. */
  textColumns?: readonly string[];
  /** The largest XLSX accepted (it is read whole); defaults to XLSX_MAX_BYTES. */
  xlsxMaxBytes?: number;
  /** The file's size when the request declares it: the loader parses large files apart. */
  byteSize?: number | null;
};

export type TUploadedColumn = Omit<TLoadedColumn, "note" | "maxLength"> & {
  /** The dictionary's description: the publisher's, empty after a load. */
  description: string;
  /** Why the column is text although it looked typed (Spanish), if so. */
  typeNote: string | null;
};

export type TUploadedVersion = {
  number: number;
  status: "READY";
  rowCount: number;
  sourceFormat: "csv" | "xlsx";
  encoding: string;
  delimiter: string;
  columns: TUploadedColumn[];
};

export type TUploadResult =
  | { ok: true; version: TUploadedVersion }
  | {
      ok: false;
      version: { number: number; status: "FAILED" };
      problems: TVersionProblem[];
      problemCount: number;
    };

const UNEXPECTED_PROBLEM =
  "La carga falló por un error del servidor. Intente de nuevo en unos minutos.";

/** Like cuid ids elsewhere: lowercase letters and digits, so `v_<id>` is a plain SQL name. */
function newVersionId(): string {
  const digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(24);
  let id = "c";
  for (const byte of bytes) id += digits[byte % digits.length];
  return id;
}

/** The name as the publisher's computer had it, without folders, at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop()?.trim() ?? "";
  // Control characters never belong in a name shown back to people.
  const name = base.replace(/\p{Cc}/gu, "").slice(0, 255);
  return name || "archivo.csv";
}

type TPeeked = { head: Uint8Array; source: AsyncIterable<Uint8Array> };

/** The first bytes of the stream, and the stream again from its start. */
async function peek(source: AsyncIterable<Uint8Array>, bytes: number): Promise<TPeeked> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(seen, size);
  async function* again(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, source: again() };
}

async function readAll(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) throw xlsxTooLarge(maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

const isZip = (head: Uint8Array) =>
  head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05);

/**
 * What the loader reads: the CSV as it streams in, or the workbook converted. A file that is
 * neither (empty, an image, a PDF…) is refused here, before any version exists.
 */
async function openUpload(
  source: AsyncIterable<Uint8Array>,
  xlsxMaxBytes: number,
): Promise<{
  format: "csv" | "xlsx";
  source: AsyncIterable<Uint8Array>;
  /** The workbook's size for an XLSX (its CSV is larger); unknown for a CSV. */
  byteSize: number | null;
}> {
  const peeked = await peek(source, 4096);
  if (peeked.head.length === 0) throw new AppError("BAD_REQUEST", "El archivo está vacío.");
  if (isZip(peeked.head)) {
    const workbook = await readAll(peeked.source, xlsxMaxBytes);
    const csv = workbookAsCsv(workbook, xlsxMaxBytes);
    // Opening the workbook may fail: before the version is created, not after.
    const first = await peek(csv, 1);
    return { format: "xlsx", source: first.source, byteSize: workbook.length };
  }
  const message = notTextMessage(peeked.head, null);
  if (message) throw new AppError("BAD_REQUEST", message);
  return { format: "csv", source: peeked.source, byteSize: null };
}

async function createLoadingVersion(
  prisma: PrismaClient,
  data: {
    datasetId: string;
    fileName: string;
    sourceFormat: string;
    textColumns: string[];
    createdById: string;
  },
) {
  // Two uploads at once may pick the same number: the unique (dataset, number) refuses one,
  // which then takes the next.
  for (let attempt = 0; ; attempt += 1) {
    const last = await prisma.datasetVersion.aggregate({
      where: { datasetId: data.datasetId },
      _max: { number: true },
    });
    const id = newVersionId();
    try {
      return await prisma.datasetVersion.create({
        data: {
          ...data,
          id,
          number: (last._max.number ?? 0) + 1,
          status: "LOADING",
          tableName: `v_${id}`,
        },
        select: { id: true, number: true, tableName: true },
      });
    } catch (error) {
      const duplicate =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicate || attempt >= 5) throw error;
    }
  }
}

function columnsOf(result: TLoadSuccess): TUploadedColumn[] {
  return result.columns.map(({ note, maxLength: _, ...column }) => ({
    ...column,
    description: "",
    typeNote: note,
  }));
}

/** Loads a file as the dataset's next version (see the header). */
export async function uploadVersion(
  prisma: PrismaClient,
  database: TDatabaseConfig | undefined,
  actor: TActor,
  datasetSlug: string,
  stream: AsyncIterable<Uint8Array>,
  options: TUploadOptions,
): Promise<TUploadResult> {
  const db = database ?? resolveDatabaseConfig();
  const dataset = await prisma.dataset.findUnique({
    where: { slug: datasetSlug },
    select: { id: true, slug: true },
  });
  if (!dataset) throw new AppError("NOT_FOUND", "El conjunto de datos no existe.");
  await cleanupStaleLoads(db, { datasetId: dataset.id });

  const upload = await openUpload(stream, options.xlsxMaxBytes ?? XLSX_MAX_BYTES);
  const fileName = cleanFileName(options.fileName);
  const textColumns = [
    ...new Set((options.textColumns ?? []).map((c) => c.trim()).filter(Boolean)),
  ];
  const version = await createLoadingVersion(prisma, {
    datasetId: dataset.id,
    fileName,
    sourceFormat: upload.format,
    textColumns,
    createdById: actor.id,
  });
  const audit = (status: string, details: Record<string, Prisma.InputJsonValue | null>) => ({
    actorId: actor.id,
    action: "dataset.version.upload",
    entityType: "Dataset",
    entityId: dataset.id,
    details: {
      dataset: dataset.slug,
      source: "app",
      version: version.number,
      status,
      file: fileName,
      ...details,
    },
  });

  try {
    const outcome = await loadVersion({
      database: db,
      tableName: version.tableName,
      source: upload.source,
      byteSize: upload.byteSize ?? options.byteSize,
      textColumns,
      // The dictionary and READY in one transaction, while the loader still holds the table.
      onLoaded: async (result) => {
        await prisma.$transaction(async (tx) => {
          const marked = await tx.datasetVersion.updateMany({
            where: { id: version.id, status: "LOADING" },
            data: {
              status: "READY",
              rowCount: result.rowCount,
              encoding: result.file.encoding,
              delimiter: result.file.delimiter,
              sourceByteSize: BigInt(result.file.byteSize),
              sourceSha256: result.file.sha256,
              loadedAt: new Date(),
            },
          });
          if (marked.count !== 1) {
            throw new AppError(
              "CONFLICT",
              "La carga se canceló mientras terminaba. Cargue el archivo de nuevo.",
            );
          }
          await tx.datasetColumn.createMany({ data: dictionaryRows(version.id, result.columns) });
          await tx.auditEntry.create({ data: audit("READY", { rows: result.rowCount }) });
        });
      },
    });
    if (outcome.ok) {
      return {
        ok: true,
        version: {
          number: version.number,
          status: "READY",
          rowCount: outcome.rowCount,
          sourceFormat: upload.format,
          encoding: outcome.file.encoding,
          delimiter: outcome.file.delimiter,
          columns: columnsOf(outcome),
        },
      };
    }
    await prisma.$transaction([
      prisma.datasetVersion.update({
        where: { id: version.id },
        data: {
          status: "FAILED",
          problems: { problems: outcome.problems, problemCount: outcome.problemCount },
          encoding: outcome.file.encoding,
          delimiter: outcome.file.delimiter,
          sourceByteSize: BigInt(outcome.file.byteSize),
          sourceSha256: outcome.file.sha256,
        },
      }),
      prisma.auditEntry.create({ data: audit("FAILED", { problems: outcome.problemCount }) }),
    ]);
    return {
      ok: false,
      version: { number: version.number, status: "FAILED" },
      problems: outcome.problems,
      problemCount: outcome.problemCount,
    };
  } catch (error) {
    // The loader dropped its table; the version keeps why it failed.
    const message = isAppError(error) ? error.message : UNEXPECTED_PROBLEM;
    const problem: TVersionProblem = { row: null, column: null, value: null, message };
    await prisma.datasetVersion
      .updateMany({
        where: { id: version.id, status: { in: ["LOADING", "READY"] } },
        data: { status: "FAILED", problems: { problems: [problem], problemCount: 1 } },
      })
      .catch((cause) => console.error("Could not mark a failed upload as FAILED:", cause));
    throw error;
  }
}
