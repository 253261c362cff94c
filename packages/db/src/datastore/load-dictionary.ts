import type { Prisma } from "../generated/prisma/client";
import type { TLoadedColumn } from "./load";

/**
 * A loaded version's column dictionary as DatasetColumn rows. The loader's note on the type goes
 * to `typeNote`; the description is the publisher's (empty, or what `describe` gives).
 */
export function dictionaryRows(
  versionId: string,
  columns: readonly TLoadedColumn[],
  describe: (column: TLoadedColumn) => string = () => "",
): Prisma.DatasetColumnCreateManyInput[] {
  return columns.map((column) => ({
    versionId,
    position: column.position,
    name: column.name,
    field: column.field,
    type: column.type,
    description: describe(column),
    typeNote: column.note,
    nullCount: column.nullCount,
    min: column.min,
    max: column.max,
    samples: column.samples,
    distinctCount: column.distinctCount,
    maxLength: column.maxLength,
  }));
}
