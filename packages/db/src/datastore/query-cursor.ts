import { normalizeFilterValue, type TSortKey } from "@lab/domain/dataset-query";
import { AppError } from "@lab/domain/errors";
import type { TDatastoreColumn } from "./query-sql";

// The keyset cursor of the Row API: base64url of the last row's sort-key values and its
// `_row`, plus the sort it belongs to. Opaque to clients; checked like any other input, since
// anyone can edit it.

export type TCursor = {
  /** The sort it was made for, as sortSignature() writes it. */
  sort: string;
  /** The last row's value of each sort key (as text; null for an empty cell). */
  values: (string | null)[];
  /** The last row's `_row`. */
  row: string;
};

export const sortSignature = (keys: TSortKey[]) =>
  keys.map((k) => `${k.field}:${k.direction}`).join(",");

export function encodeCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.values, cursor.row])).toString(
    "base64url",
  );
}

const INVALID =
  "El cursor no es válido: use el enlace next de la respuesta anterior tal como llegó.";
const OTHER_SORT =
  "El cursor corresponde a otro orden: pida la página siguiente con el mismo sort que la anterior.";

const invalid = (message = INVALID) =>
  new AppError("BAD_REQUEST", message, { fieldErrors: { cursor: [message] } });

/**
 * The cursor, if it was made for this sort and its values fit the key columns' types (so
 * PostgreSQL's casts cannot fail on it); otherwise a Spanish 400.
 */
export function decodeCursor(
  text: string,
  sort: TSortKey[],
  keyColumns: TDatastoreColumn[],
): TCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [signature, values, row] = parsed as unknown[];
  if (typeof signature !== "string" || !Array.isArray(values) || typeof row !== "string") {
    throw invalid();
  }
  if (signature !== sortSignature(sort)) throw invalid(OTHER_SORT);
  if (values.length !== keyColumns.length || !/^\d{1,19}$/.test(row)) throw invalid();
  const checked = values.map((value, i) => {
    const column = keyColumns[i] as TDatastoreColumn;
    if (value === null) return null;
    if (typeof value !== "string") throw invalid();
    const normal = normalizeFilterValue(column.field, column.type, value);
    if (!normal.ok) throw invalid();
    return normal.value;
  });
  return { sort: signature, values: checked, row };
}
