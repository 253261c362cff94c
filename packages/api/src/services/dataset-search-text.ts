import { stemSearchWords } from "@lab/db/dataset-search-sql";
import type { PrismaClient } from "@lab/db/prisma";

// Spanish-aware words for the catalog search. PostgreSQL's "spanish" Snowball stemmer (built
// into PGlite too) turns words into lexemes, so "participativos" finds "participación". The
// `unaccent` extension is missing from PGlite, and accents confuse the stemmer when they are
// missing ("participacion" is not stemmed like "participación"), so every text is stemmed
// twice (packages/db's dataset-search-sql.ts): as written (accents then dropped from the
// lexemes, here) and with accents dropped first. A word matches a dataset when either of its
// forms is among the dataset's lexemes.

/** Where a lexeme occurs in a dataset, as bits; a word scores its best field's weight. */
export const TEXT_FIELDS = { title: 1, keywords: 2, description: 4, other: 8 } as const;
export type TTextField = keyof typeof TEXT_FIELDS;
const FIELD_WEIGHTS: [number, number][] = [
  [TEXT_FIELDS.title, 1],
  [TEXT_FIELDS.keywords, 0.6],
  [TEXT_FIELDS.description, 0.3],
  [TEXT_FIELDS.other, 0.15],
];

/** A dataset's lexemes → the fields (bits of TEXT_FIELDS) they occur in. */
export type TLexemes = Map<string, number>;

/** One word or quoted phrase of a query, stemmed both ways (empty: a stop word). */
export type TStemmedWord = { asWritten: string[]; unaccented: string[] };

export const SEARCH_TEXT_MAX_LENGTH = 500;
const MAX_WORDS = 32;

export function dropAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Keywords compare without case, accents or punctuation: "Presupuesto-Participativo" = "presupuesto participativo". */
export function keywordKey(keyword: string): string {
  return dropAccents(keyword)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Adds one field's two stemmings (as the database returned them) to a dataset's lexemes. */
export function addLexemes(
  into: TLexemes,
  field: TTextField,
  asWritten: string[] | null,
  unaccented: string[] | null,
): void {
  const bit = TEXT_FIELDS[field];
  for (const lexeme of asWritten ?? []) {
    const key = dropAccents(lexeme);
    into.set(key, (into.get(key) ?? 0) | bit);
  }
  for (const lexeme of unaccented ?? []) into.set(lexeme, (into.get(lexeme) ?? 0) | bit);
}

/**
 * The words of a free-text query: quoted phrases stay whole (each must match, in any order),
 * the rest split at spaces. Lucene's operators are not interpreted here.
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const word = (match[1] ?? match[2] ?? "").trim();
    if (word && /[\p{L}\p{N}]/u.test(word)) words.push(word);
  }
  return words.slice(0, MAX_WORDS);
}

// Stemming is a pure function of the word, so answers are kept (bounded) per database client.
const stemCache = new WeakMap<PrismaClient, Map<string, TStemmedWord>>();
const STEM_CACHE_SIZE = 2_000;

/** Stems the words in one query, except those stemmed before. */
export async function stemWords(
  prisma: PrismaClient,
  words: readonly string[],
): Promise<Map<string, TStemmedWord>> {
  let cache = stemCache.get(prisma);
  if (!cache) {
    cache = new Map();
    stemCache.set(prisma, cache);
  }
  const missing = [...new Set(words)].filter((w) => !cache.has(w));
  if (missing.length > 0) {
    const rows = await stemSearchWords(prisma, missing);
    for (const row of rows) {
      if (cache.size >= STEM_CACHE_SIZE) cache.clear();
      cache.set(row.w, {
        asWritten: [...new Set((row.s ?? []).map(dropAccents))],
        unaccented: row.s_u ?? [],
      });
    }
  }
  return new Map(words.map((w) => [w, cache.get(w) ?? { asWritten: [], unaccented: [] }]));
}

export function isStopWord(word: TStemmedWord): boolean {
  return word.asWritten.length === 0 && word.unaccented.length === 0;
}

/** The fields (bits) where every lexeme of `lexemes` occurs; 0 when one is missing. */
function fieldsOfAll(dataset: TLexemes, lexemes: string[]): number {
  if (lexemes.length === 0) return 0;
  let fields = -1;
  for (const lexeme of lexemes) {
    fields &= dataset.get(lexeme) ?? 0;
    if (fields === 0) return 0;
  }
  return fields;
}

/**
 * How well a word matches a dataset: its best field's weight, 0 when absent. `within`
 * restricts it to some fields (bits of TEXT_FIELDS).
 */
export function wordScore(dataset: TLexemes, word: TStemmedWord, within = -1): number {
  const fields =
    (fieldsOfAll(dataset, word.asWritten) | fieldsOfAll(dataset, word.unaccented)) & within;
  if (fields === 0) return 0;
  for (const [bit, weight] of FIELD_WEIGHTS) if (fields & bit) return weight;
  return 0;
}

/**
 * How many of `count` words must match, as CKAN's default (Solr `mm` "2<-1 5<80%"): all of
 * one or two words, all but one of three to five, 80% of more.
 */
export function wordsRequired(count: number): number {
  if (count <= 2) return count;
  if (count <= 5) return count - 1;
  return Math.floor(count * 0.8);
}
