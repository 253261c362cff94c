import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@lab/db/prisma";

// Published (or not) datasets written straight through Prisma, as the publishing workflow
// leaves them, for the catalog suites (DCAT-AP, data.json). No datastore rows are needed:
// the catalogs describe versions, they never read their rows.

export type TVersionFixture = {
  number: number;
  published?: boolean;
  byteSize?: number | null;
  sha256?: string | null;
  rowCount?: number | null;
  publishedAt?: Date;
};

export type TDatasetFixture = {
  slug: string;
  title?: string;
  description?: string;
  theme?: string;
  keywords?: string[];
  license?: string;
  updateFrequency?: string;
  temporalStart?: string | null;
  temporalEnd?: string | null;
  spatialCoverage?: string;
  language?: string;
  documentationUrl?: string | null;
  entityOrder?: string;
  officeSlug?: string | null;
  relatedIndicators?: string[];
  isDemo?: boolean;
  status?: "DRAFT" | "PUBLISHED";
  modifiedAt?: Date;
  createdAt?: Date;
  /** Oldest first; the highest published number becomes the public version. */
  versions?: TVersionFixture[];
};

export const sha256Of = (text: string) => createHash("sha256").update(text).digest("hex");

export async function createDatasetFixture(prisma: PrismaClient, f: TDatasetFixture) {
  const office = f.officeSlug
    ? await prisma.office.findUniqueOrThrow({ where: { slug: f.officeSlug } })
    : null;
  const dataset = await prisma.dataset.create({
    data: {
      slug: f.slug,
      title: f.title ?? `Conjunto de prueba ${f.slug}`,
      description: f.description ?? `Descripción del conjunto de datos de prueba ${f.slug}.`,
      theme: f.theme ?? "gobierno-y-participacion",
      keywords: f.keywords ?? [],
      license: f.license ?? "CC-BY-4.0",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: f.updateFrequency ?? "MONTHLY",
      temporalStart: f.temporalStart ? new Date(`${f.temporalStart}T00:00:00Z`) : null,
      temporalEnd: f.temporalEnd ? new Date(`${f.temporalEnd}T00:00:00Z`) : null,
      ...(f.spatialCoverage ? { spatialCoverage: f.spatialCoverage } : {}),
      ...(f.language ? { language: f.language } : {}),
      documentationUrl: f.documentationUrl ?? null,
      ...(f.entityOrder ? { entityOrder: f.entityOrder } : {}),
      officeId: office?.id ?? null,
      relatedIndicators: f.relatedIndicators ?? [],
      isDemo: f.isDemo ?? false,
      status: f.status ?? "PUBLISHED",
      ...(f.createdAt ? { createdAt: f.createdAt } : {}),
      modifiedAt: f.modifiedAt ?? new Date(),
    },
  });
  let current: string | null = null;
  for (const v of f.versions ?? [{ number: 1 }]) {
    const published = v.published ?? true;
    const version = await prisma.datasetVersion.create({
      data: {
        datasetId: dataset.id,
        number: v.number,
        status: published ? "PUBLISHED" : "READY",
        fileName: `${f.slug}-v${v.number}.csv`,
        sourceFormat: "csv",
        tableName: `t_${randomBytes(8).toString("hex")}`,
        rowCount: v.rowCount === undefined ? 10 : v.rowCount,
        byteSize: v.byteSize == null ? null : BigInt(v.byteSize),
        sha256: v.sha256 ?? null,
        publishedAt: published ? (v.publishedAt ?? new Date()) : null,
      },
    });
    if (published) current = version.id;
  }
  if (current && (f.status ?? "PUBLISHED") === "PUBLISHED") {
    await prisma.dataset.update({
      where: { id: dataset.id },
      data: { publishedVersionId: current, modifiedAt: f.modifiedAt ?? new Date() },
    });
  }
  return dataset;
}
