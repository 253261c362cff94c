// The datastore's column types and its row-number column, without any schema library: the
// upload's parse worker imports these, and starts faster for not loading zod.

export const COLUMN_TYPES = ["integer", "decimal", "boolean", "date", "datetime", "text"] as const;
export type TColumnType = (typeof COLUMN_TYPES)[number];

/** Every datastore table's first column: the row's 1-based position (primary key, paging). */
export const ROW_NUMBER_COLUMN = "_row";
