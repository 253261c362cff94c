import type { Prisma } from "@lab/db/prisma";
import {
  METADATA_FIELDS,
  type TIndicatorMetadata,
  type TIndicatorMetadataPatch,
  ZIndicatorMetadataPatch,
} from "@lab/domain/indicator-metadata";
import type { TDb } from "./draft-store";

// The ficha's fields between the database (Decimal, Date) and the plain form the drafts
// store and compare (numbers, AAAA-MM-DD).

const metadataSelect = Object.fromEntries(METADATA_FIELDS.map((f) => [f, true])) as Record<
  keyof TIndicatorMetadata,
  true
>;

type TMetadataRow = {
  [K in keyof TIndicatorMetadata]: K extends "targetValue"
    ? Prisma.Decimal | null
    : K extends "targetDate"
      ? Date | null
      : TIndicatorMetadata[K];
};

export function plainMetadata(row: TMetadataRow): TIndicatorMetadata {
  return {
    ...row,
    targetValue: row.targetValue?.toNumber() ?? null,
    targetDate: row.targetDate?.toISOString().slice(0, 10) ?? null,
  };
}

export async function publishedMetadata(db: TDb, indicatorId: string): Promise<TIndicatorMetadata> {
  const row = await db.indicator.findUniqueOrThrow({
    where: { id: indicatorId },
    select: metadataSelect,
  });
  return plainMetadata(row as TMetadataRow);
}

/** A stored draft patch, checked again: it is JSON written by an earlier version of the app. */
export function pendingMetadata(stored: Prisma.JsonValue | null | undefined) {
  const parsed = ZIndicatorMetadataPatch.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** The Prisma update that publishes a patch. */
export function metadataUpdateData(patch: TIndicatorMetadataPatch): Prisma.IndicatorUpdateInput {
  const { targetDate, ...rest } = patch;
  return {
    ...rest,
    ...(targetDate !== undefined
      ? { targetDate: targetDate ? new Date(`${targetDate}T00:00:00Z`) : null }
      : {}),
  };
}
