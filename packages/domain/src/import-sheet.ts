import type { TImportCell } from "./observation-import";

// What every spreadsheet import (indicator observations, workshop attendees) reads alike:
// header words compared without accents or punctuation, blank lines skipped, and the header
// row looked for among the first rows (a title may sit above it).

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Lowercase, no accents, no punctuation, single spaces: "Institución*" → "institucion".
 * With `dropParenthesised`, "(…)" goes too: "Año (vigencia)*" → "ano".
 */
export function foldText(text: string, options: { dropParenthesised?: boolean } = {}): string {
  const plain = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return (options.dropParenthesised ? plain.replace(/\([^)]*\)/g, " ") : plain)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Empty, or only spaces. */
export function isBlankCell(cell: TImportCell | undefined): boolean {
  return cell === null || cell === undefined || String(cell).trim() === "";
}

/** The rows with at least one filled cell. */
export function filledRows<TRow extends { cells: TImportCell[] }>(rows: readonly TRow[]): TRow[] {
  return rows.filter((r) => r.cells.some((cell) => !isBlankCell(cell)));
}

/** The position of the first of the top rows that `isHeader` accepts, or null. */
export function findHeaderRowWhere(
  rows: readonly { cells: TImportCell[] }[],
  isHeader: (cells: TImportCell[]) => boolean,
): number | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    if (isHeader(rows[i]?.cells ?? [])) return i;
  }
  return null;
}
