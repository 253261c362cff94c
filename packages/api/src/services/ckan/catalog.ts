import type { PrismaClient } from "@lab/db/prisma";
import { DATASET_THEME_KEYS, type TDatasetTheme } from "@lab/domain/dataset";
import { cached, type TPublicCache } from "../../public-cache";
import { PUBLISHED_DATASET } from "../dataset-read";
import { publisherSlug, type TIndexedDataset } from "../dataset-search-index";
import { ckanTagName } from "./package";

// What CKAN calls organizations, groups and tags, summed up from the published datasets: an
// organization is an entity that publishes (datos.gov.co's "Nombre de la Entidad"), a group
// is a theme of the controlled list, a tag is a keyword. None has a table of its own.

export type TPublisherSummary = {
  slug: string;
  name: string;
  created: Date;
  datasetCount: number;
  /** The entity block of its most recently changed dataset. */
  sector: string;
  order: string;
  department: string;
  municipality: string;
};

export type TThemeSummary = { key: TDatasetTheme; created: Date | null; datasetCount: number };

export type TCatalogSummary = {
  publishers: Map<string, TPublisherSummary>;
  themes: TThemeSummary[];
  /** Tag name → how many datasets carry it. */
  tags: Map<string, number>;
};

async function readSummary(prisma: PrismaClient): Promise<TCatalogSummary> {
  const rows = await prisma.dataset.findMany({
    where: PUBLISHED_DATASET,
    orderBy: { modifiedAt: "desc" },
    select: {
      theme: true,
      keywords: true,
      entityName: true,
      entitySector: true,
      entityOrder: true,
      entityDepartment: true,
      entityMunicipality: true,
      createdAt: true,
    },
  });
  const publishers = new Map<string, TPublisherSummary>();
  const themes = new Map<string, { created: Date; datasetCount: number }>();
  const tags = new Map<string, number>();
  for (const row of rows) {
    const slug = publisherSlug(row.entityName);
    const publisher = publishers.get(slug);
    if (publisher) {
      publisher.datasetCount += 1;
      if (row.createdAt < publisher.created) publisher.created = row.createdAt;
    } else {
      publishers.set(slug, {
        slug,
        name: row.entityName,
        created: row.createdAt,
        datasetCount: 1,
        sector: row.entitySector,
        order: row.entityOrder,
        department: row.entityDepartment,
        municipality: row.entityMunicipality,
      });
    }
    const theme = themes.get(row.theme);
    if (theme) {
      theme.datasetCount += 1;
      if (row.createdAt < theme.created) theme.created = row.createdAt;
    } else themes.set(row.theme, { created: row.createdAt, datasetCount: 1 });
    for (const name of new Set(row.keywords.map(ckanTagName).filter(Boolean))) {
      tags.set(name, (tags.get(name) ?? 0) + 1);
    }
  }
  return {
    publishers,
    // Every theme of the controlled list is a group, with datasets or not yet.
    themes: DATASET_THEME_KEYS.map((key) => ({
      key,
      created: themes.get(key)?.created ?? null,
      datasetCount: themes.get(key)?.datasetCount ?? 0,
    })),
    tags,
  };
}

export function catalogSummary(
  prisma: PrismaClient,
  cache: TPublicCache | undefined,
): Promise<TCatalogSummary> {
  return cached(cache, "datasets", "ckan-summary", () => readSummary(prisma));
}

/** When each organization (publisher slug) appeared: its first published dataset's creation. */
export function publisherCreatedDates(index: readonly TIndexedDataset[]): Map<string, Date> {
  const created = new Map<string, Date>();
  for (const d of index) {
    const known = created.get(d.publisher.slug);
    if (!known || d.createdAt < known) created.set(d.publisher.slug, d.createdAt);
  }
  return created;
}
