/**
 * The catalog search's SQL (packages/api's dataset-search-*.ts keep the index and the scoring):
 * the small fields of every published dataset, their Spanish lexemes, and the stemming of a
 * query's words. PostgreSQL's "spanish" Snowball stemmer (built into PGlite too) turns words
 * into lexemes. `unaccent` is missing from PGlite, so every text is stemmed twice: as written
 * (the caller drops accents from the lexemes) and with accents dropped first (translate()).
 */
import { Prisma, type PrismaClient } from "./generated/prisma/client";

// translate() tables: each accented letter and the letter without its accent, folded as the
// search folds text in JavaScript (NFD, combining marks dropped).
const ACCENTED = "ÁÀÂÄÃáàâäãÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇç";
const PLAIN = ACCENTED.normalize("NFD").replace(/\p{M}/gu, "");

function unaccentSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`translate(${expression}, ${ACCENTED}, ${PLAIN})`;
}

/** Lexemes of an SQL text expression as written. */
function stemSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`tsvector_to_array(to_tsvector('spanish', coalesce(${expression}, '')))`;
}

/** Both stemmings of an SQL text expression, as two columns `<name>` and `<name>_u`. */
function stemColumnsSql(expression: Prisma.Sql, name: string): Prisma.Sql {
  return Prisma.sql`${stemSql(expression)} AS ${Prisma.raw(`"${name}"`)}, ${stemSql(
    unaccentSql(expression),
  )} AS ${Prisma.raw(`"${name}_u"`)}`;
}

/** The small fields of a published dataset, and the fingerprint of its searchable text. */
export type TSearchFieldsRow = {
  id: string;
  slug: string;
  title: string;
  theme: string;
  entityName: string;
  license: string;
  updateFrequency: string;
  keywords: string[] | null;
  officeSlug: string | null;
  officeName: string | null;
  createdAt: Date;
  /** The later of the metadata's change and the last publication. */
  modifiedAt: Date;
  fingerprint: string;
};

/** A dataset's lexemes per field: as written (`<field>`) and stemmed unaccented (`<field>_u`). */
export type TSearchTextRow = {
  id: string;
  fingerprint: string;
  title: string[] | null;
  title_u: string[] | null;
  keywords: string[] | null;
  keywords_u: string[] | null;
  description: string[] | null;
  description_u: string[] | null;
  other: string[] | null;
  other_u: string[] | null;
};

const WITH_OFFICE = Prisma.sql`FROM "Dataset" d LEFT JOIN "Office" o ON o."id" = d."officeId"`;
// The Dataset row's version (xmin, new on every UPDATE; the dataset services touch the row
// whenever its text or its columns' descriptions change), the published version, the office.
const FINGERPRINT = Prisma.sql`d."xmin"::text || '/' || coalesce(d."publishedVersionId", '')
  || '/' || coalesce(o."name", '')`;
const PUBLISHED = Prisma.sql`d."status" = 'PUBLISHED' AND d."publishedVersionId" IS NOT NULL`;

/** Every published dataset's small fields (no text), ordered by id: one query. */
export async function readSearchFields(prisma: PrismaClient): Promise<TSearchFieldsRow[]> {
  return prisma.$queryRaw<TSearchFieldsRow[]>`
    SELECT d."id", d."slug", d."title", d."theme", d."entityName", d."license",
      d."updateFrequency", d."keywords", o."slug" AS "officeSlug", o."name" AS "officeName",
      d."createdAt",
      GREATEST(d."modifiedAt", (SELECT max(v."publishedAt") FROM "DatasetVersion" v
        WHERE v."datasetId" = d."id")) AS "modifiedAt",
      ${FINGERPRINT} AS "fingerprint"
    ${WITH_OFFICE}
    WHERE ${PUBLISHED}
    ORDER BY d."id"`;
}

/** The lexemes of these datasets' texts: title, keywords, description, and the rest. */
export async function readSearchTexts(
  prisma: PrismaClient,
  ids: readonly string[],
): Promise<TSearchTextRow[]> {
  if (ids.length === 0) return [];
  return prisma.$queryRaw<TSearchTextRow[]>`
    SELECT d."id", ${FINGERPRINT} AS "fingerprint",
      ${stemColumnsSql(Prisma.sql`d."title" || ' ' || replace(d."slug", '-', ' ')`, "title")},
      ${stemColumnsSql(Prisma.sql`array_to_string(d."keywords", ' ')`, "keywords")},
      ${stemColumnsSql(Prisma.sql`d."description"`, "description")},
      ${stemColumnsSql(Prisma.sql`concat_ws(' ', cols."text", d."entityName", o."name")`, "other")}
    ${WITH_OFFICE}
    -- The searchable text of the published columns: names and descriptions.
    LEFT JOIN LATERAL (
      SELECT string_agg(c."name" || ' ' || c."description", ' ' ORDER BY c."position") AS "text"
      FROM "DatasetColumn" c WHERE c."versionId" = d."publishedVersionId"
    ) cols ON true
    WHERE d."id" = ANY(${[...ids]}::text[])`;
}

type TStemmedRow = { w: string; s: string[] | null; s_u: string[] | null };

/** Each word's lexemes: as written (`s`) and stemmed unaccented (`s_u`). */
export async function stemSearchWords(
  prisma: PrismaClient,
  words: readonly string[],
): Promise<TStemmedRow[]> {
  if (words.length === 0) return [];
  return prisma.$queryRaw<TStemmedRow[]>`
    SELECT t.w, ${stemColumnsSql(Prisma.sql`t.w`, "s")}
    FROM unnest(${[...words]}::text[]) AS t(w)`;
}
