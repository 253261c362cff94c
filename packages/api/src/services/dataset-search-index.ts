import { readSearchFields, readSearchTexts, type TSearchTextRow } from "@lab/db/dataset-search-sql";
import type { PrismaClient } from "@lab/db/prisma";
import { slugify } from "@lab/domain/slug";
import { addLexemes, keywordKey, type TLexemes } from "./dataset-search-text";

// What the catalog search reads about every published dataset: the fields it filters, sorts
// and counts by, and the dataset's Spanish lexemes (the SQL is packages/db's
// dataset-search-sql.ts). The small fields are read on every search (one query, no text), so
// the answer is never stale; stemming a thousand descriptions costs far more (hundreds of
// milliseconds), so lexemes are kept in memory per dataset and recomputed only when its
// fingerprint changes: the Dataset row's version (xmin, new on every UPDATE, and the dataset
// services touch the row whenever its text or its columns' descriptions change), the
// published version and the office's name.

/** Every published version's distribution is a CSV download (the datastore's rows). */
export const DISTRIBUTION_FORMAT = "CSV";

export type TIndexedDataset = {
  id: string;
  slug: string;
  title: string;
  theme: string;
  /** The entity (datos.gov.co's "Nombre de la Entidad"): its slug and name. */
  publisher: { slug: string; name: string };
  /** Área o dependencia. */
  office: { slug: string; name: string } | null;
  license: string;
  frequency: string;
  keywords: string[];
  /** keywordKey() of each keyword, in the same order. */
  keywordKeys: string[];
  formats: string[];
  createdAt: Date;
  /** Last change to the metadata or to the published versions (CKAN's metadata_modified). */
  modifiedAt: Date;
  lexemes: TLexemes;
};

type TCachedText = { fingerprint: string; lexemes: TLexemes };
/** Per database client: lexemes by dataset id, and the stemming under way, if any. */
type TTextState = { texts: Map<string, TCachedText>; stemming: Promise<unknown> | null };
const textState = new WeakMap<PrismaClient, TTextState>();

function stateOf(prisma: PrismaClient): TTextState {
  let state = textState.get(prisma);
  if (!state) {
    state = { texts: new Map(), stemming: null };
    textState.set(prisma, state);
  }
  return state;
}

function lexemesOf(row: TSearchTextRow): TLexemes {
  const lexemes: TLexemes = new Map();
  addLexemes(lexemes, "title", row.title, row.title_u);
  addLexemes(lexemes, "keywords", row.keywords, row.keywords_u);
  addLexemes(lexemes, "description", row.description, row.description_u);
  addLexemes(lexemes, "other", row.other, row.other_u);
  return lexemes;
}

const publisherSlugs = new Map<string, string>();

/** The publisher's slug as CKAN names organizations: "Alcaldía de Bucaramanga" → "alcaldia-de-bucaramanga". */
export function publisherSlug(entityName: string): string {
  let slug = publisherSlugs.get(entityName);
  if (slug === undefined) {
    slug = slugify(entityName) || "entidad";
    // Entities are few; the bound only guards against a flood of distinct names.
    if (publisherSlugs.size > 10_000) publisherSlugs.clear();
    publisherSlugs.set(entityName, slug);
  }
  return slug;
}

/** Every published dataset as the search sees it, ordered by id. */
export async function loadSearchIndex(prisma: PrismaClient): Promise<TIndexedDataset[]> {
  const rows = await readSearchFields(prisma);
  const state = stateOf(prisma);
  const known = state.texts;
  // Searches arriving together after a start wait for one stemming instead of each doing it.
  while (state.stemming) await state.stemming.catch(() => {});
  const stale = rows.filter((r) => known.get(r.id)?.fingerprint !== r.fingerprint);
  if (stale.length > 0) {
    const stemming = readSearchTexts(
      prisma,
      stale.map((r) => r.id),
    ).then((texts) => {
      for (const row of texts) {
        known.set(row.id, { fingerprint: row.fingerprint, lexemes: lexemesOf(row) });
      }
    });
    state.stemming = stemming;
    try {
      await stemming;
    } finally {
      if (state.stemming === stemming) state.stemming = null;
    }
  }
  // Forget datasets that are no longer published.
  const ids = new Set(rows.map((r) => r.id));
  for (const id of known.keys()) if (!ids.has(id)) known.delete(id);

  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    theme: row.theme,
    publisher: { slug: publisherSlug(row.entityName), name: row.entityName },
    office:
      row.officeSlug && row.officeName ? { slug: row.officeSlug, name: row.officeName } : null,
    license: row.license,
    frequency: row.updateFrequency,
    keywords: row.keywords ?? [],
    keywordKeys: (row.keywords ?? []).map(keywordKey),
    formats: [DISTRIBUTION_FORMAT],
    createdAt: row.createdAt,
    modifiedAt: row.modifiedAt,
    // A text changed between the two queries keeps the lexemes read second: they are newer.
    lexemes: known.get(row.id)?.lexemes ?? new Map(),
  }));
}
