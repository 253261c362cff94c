// Datasets with many columns (a survey export can have a thousand): the preview grid shows at
// most MAX_GRID_COLUMNS at once, reads only those through the row API's `fields`, and lets the
// reader choose which. No React here: the page (server) and the grid (browser) share it.

/** The grid's widest view: more columns would make the table, and each page of rows, heavy. */
export const MAX_GRID_COLUMNS = 50;

/** The row API's row number, which the grid keys its rows by. */
const ROW_FIELD = "_row";

type TColumn = { field: string; name: string };

/** Whether the dataset has more columns than the grid shows at once. */
export const isWide = (columns: readonly TColumn[]) => columns.length > MAX_GRID_COLUMNS;

/** The fields the grid starts with: the file's first columns. */
export function firstFields(columns: readonly TColumn[]): string[] {
  return columns.slice(0, MAX_GRID_COLUMNS).map((c) => c.field);
}

/**
 * The `fields` the grid asks the row API for: the row number and the shown columns in the
 * file's order; null (every field) when the dataset is narrow enough to show whole.
 */
export function gridFields(columns: readonly TColumn[], shown: readonly string[]): string[] | null {
  if (!isWide(columns)) return null;
  const chosen = new Set(shown);
  return [ROW_FIELD, ...columns.filter((c) => chosen.has(c.field)).map((c) => c.field)];
}

/** The first page's fields, the same on the server (HTML) and in the browser (its first key). */
export const initialGridFields = (columns: readonly TColumn[]) =>
  gridFields(columns, firstFields(columns));

/**
 * One column shown or hidden, keeping the file's order: a column is added only while fewer
 * than MAX_GRID_COLUMNS are shown, and the last one shown stays.
 */
export function toggleField(
  columns: readonly TColumn[],
  shown: readonly string[],
  field: string,
): string[] {
  const chosen = new Set(shown);
  if (chosen.has(field)) {
    if (chosen.size > 1) chosen.delete(field);
  } else if (chosen.size < MAX_GRID_COLUMNS) {
    chosen.add(field);
  }
  return columns.filter((c) => chosen.has(c.field)).map((c) => c.field);
}

/** Consecutive blocks of MAX_GRID_COLUMNS columns, numbered from 1 as the reader counts them. */
export function columnBlocks(total: number): { from: number; to: number }[] {
  const blocks: { from: number; to: number }[] = [];
  for (let from = 1; from <= total; from += MAX_GRID_COLUMNS) {
    blocks.push({ from, to: Math.min(total, from + MAX_GRID_COLUMNS - 1) });
  }
  return blocks;
}

/** The fields of the block that starts at column `from` (1-based). */
export function blockFields(columns: readonly TColumn[], from: number): string[] {
  return columns.slice(from - 1, from - 1 + MAX_GRID_COLUMNS).map((c) => c.field);
}

/** The block the shown columns are exactly, if they are one. */
export function shownBlock(columns: readonly TColumn[], shown: readonly string[]): number | null {
  const first = columns.findIndex((c) => c.field === shown[0]);
  if (first < 0 || first % MAX_GRID_COLUMNS !== 0) return null;
  const block = blockFields(columns, first + 1);
  return block.length === shown.length && block.every((f, i) => f === shown[i]) ? first + 1 : null;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

/** Columns whose name or field contains the text, accents and case aside. */
export function matchColumns<T extends TColumn>(columns: readonly T[], text: string): T[] {
  const wanted = fold(text);
  if (!wanted) return [...columns];
  return columns.filter((c) => fold(c.name).includes(wanted) || c.field.includes(wanted));
}
