import type { PrismaClient } from "@lab/db/prisma";
import type { TDatasetLicense, TDatasetTheme, TUpdateFrequency } from "@lab/domain/dataset";

// Catalog fixtures for the search and CKAN suites, written straight through Prisma as a
// published dataset is stored: Dataset PUBLISHED with publishedVersionId, versions with
// publishedAt, and the published version's column dictionary. No datastore table: the
// catalog actions never read rows.

export type TFixtureColumn = { name: string; field: string; type?: string; description?: string };

export type TFixtureDataset = {
  slug: string;
  title: string;
  description?: string;
  theme?: TDatasetTheme;
  keywords?: string[];
  license?: TDatasetLicense;
  updateFrequency?: TUpdateFrequency;
  entityName?: string;
  officeSlug?: string;
  createdAt?: Date;
  modifiedAt?: Date;
  /** Publication dates of the versions, oldest first (default: one, at modifiedAt). */
  versions?: Date[];
  columns?: TFixtureColumn[];
  /** Leave it as a draft (never public). */
  draft?: boolean;
  temporalStart?: Date;
  temporalEnd?: Date;
  isDemo?: boolean;
};

const DEFAULT_COLUMNS: TFixtureColumn[] = [
  { name: "Comuna", field: "comuna", type: "text", description: "Comuna o corregimiento" },
  { name: "Total", field: "total", type: "integer", description: "Número de personas" },
];

export async function ensureOffice(prisma: PrismaClient, slug: string, name: string) {
  return prisma.office.upsert({ where: { slug }, update: {}, create: { slug, name } });
}

/** One dataset as the publishing workflow leaves it; returns its id and its versions' ids. */
export async function createCatalogDataset(
  prisma: PrismaClient,
  input: TFixtureDataset,
): Promise<{ id: string; versionIds: string[] }> {
  const modifiedAt = input.modifiedAt ?? new Date("2025-03-01T10:00:00Z");
  const office = input.officeSlug
    ? await prisma.office.findUniqueOrThrow({ where: { slug: input.officeSlug } })
    : null;
  const dataset = await prisma.dataset.create({
    data: {
      slug: input.slug,
      title: input.title,
      description:
        input.description ?? `Datos de prueba de ${input.title}, publicados por la Alcaldía.`,
      theme: input.theme ?? "gobierno-y-participacion",
      keywords: input.keywords ?? [],
      license: input.license ?? "CC-BY-4.0",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: input.updateFrequency ?? "MONTHLY",
      temporalStart: input.temporalStart ?? null,
      temporalEnd: input.temporalEnd ?? null,
      isDemo: input.isDemo ?? true,
      ...(input.entityName ? { entityName: input.entityName } : {}),
      officeId: office?.id ?? null,
      createdAt: input.createdAt ?? new Date("2025-01-01T08:00:00Z"),
      modifiedAt,
    },
  });
  const dates = input.versions ?? [modifiedAt];
  const versionIds: string[] = [];
  for (const [i, publishedAt] of dates.entries()) {
    const version = await prisma.datasetVersion.create({
      data: {
        datasetId: dataset.id,
        number: i + 1,
        status: "PUBLISHED",
        fileName: `${input.slug}-v${i + 1}.csv`,
        sourceFormat: "csv",
        byteSize: BigInt(1000 + i),
        sha256: `${"ab".repeat(31)}${String(i).padStart(2, "0")}`,
        rowCount: 10 + i,
        tableName: `t_${dataset.id}_${i + 1}`,
        createdAt: publishedAt,
        loadedAt: publishedAt,
        publishedAt: input.draft ? null : publishedAt,
        columns: {
          create: (input.columns ?? DEFAULT_COLUMNS).map((c, position) => ({
            position,
            name: c.name,
            field: c.field,
            type: c.type ?? "text",
            description: c.description ?? "",
          })),
        },
      },
    });
    versionIds.push(version.id);
  }
  if (!input.draft) {
    await prisma.dataset.update({
      where: { id: dataset.id },
      data: { status: "PUBLISHED", publishedVersionId: versionIds.at(-1) ?? null },
    });
  }
  return { id: dataset.id, versionIds };
}

/**
 * Many small published datasets at once (createMany), for paging: `<prefix>-000`, … each with
 * one version, modified at `modifiedAt(i)`.
 */
export async function createManyCatalogDatasets(
  prisma: PrismaClient,
  count: number,
  { prefix, modifiedAt }: { prefix: string; modifiedAt: (i: number) => Date },
): Promise<string[]> {
  const items = Array.from({ length: count }, (_, i) => {
    const key = `${prefix}-${String(i).padStart(3, "0")}`;
    return { key, at: modifiedAt(i) };
  });
  await prisma.dataset.createMany({
    data: items.map(({ key, at }) => ({
      id: `ds-${key}`,
      slug: key,
      title: `Conjunto de paginación ${key}`,
      description: "Conjunto creado para recorrer el catálogo por páginas.",
      theme: "poblacion-y-sociedad",
      keywords: ["paginación"],
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: "IRREGULAR",
      isDemo: true,
      createdAt: at,
      modifiedAt: at,
    })),
  });
  await prisma.datasetVersion.createMany({
    data: items.map(({ key, at }) => ({
      id: `v-${key}`,
      datasetId: `ds-${key}`,
      number: 1,
      status: "PUBLISHED" as const,
      fileName: `${key}.csv`,
      sourceFormat: "csv",
      tableName: `t_${key.replaceAll("-", "_")}`,
      createdAt: at,
      publishedAt: at,
    })),
  });
  for (const { key } of items) {
    await prisma.dataset.update({
      where: { id: `ds-${key}` },
      data: { status: "PUBLISHED", publishedVersionId: `v-${key}` },
    });
  }
  return items.map(({ key }) => `ds-${key}`);
}
