import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import type { TIndicatorView } from "@lab/domain/indicator-view";

const observationSelect = {
  period: true,
  geography: true,
  value: true,
  provisional: true,
  note: true,
  sourceOverride: true,
  updatedAt: true,
} as const;

export const indicatorSelect = {
  slug: true,
  code: true,
  name: true,
  nameEn: true,
  description: true,
  descriptionEn: true,
  dimension: true,
  capacityType: true,
  unit: true,
  unitLabel: true,
  decimals: true,
  direction: true,
  periodicity: true,
  sourceName: true,
  sourceUrl: true,
  methodology: true,
  office: { select: { name: true } },
  targetValue: true,
  targetDate: true,
  geographicBreakdown: true,
  isDemo: true,
  updatedAt: true,
  observations: {
    // Canonical periods ("2024", "2024-03", "2024-Q1") sort chronologically as text.
    orderBy: [
      { period: "asc" },
      { geography: "asc" },
    ] as Prisma.ObservationOrderByWithRelationInput[],
    select: observationSelect,
  },
} as const;

export type TIndicatorRow = Awaited<ReturnType<typeof findPublished>>[number];

function findPublished(prisma: PrismaClient, slug?: string) {
  return prisma.indicator.findMany({
    where: { status: "PUBLISHED", ...(slug ? { slug } : {}) },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: indicatorSelect,
  });
}

export function toView({ office, ...row }: TIndicatorRow): TIndicatorView {
  return {
    ...row,
    responsibleOffice: office?.name ?? "",
    targetValue: row.targetValue?.toNumber() ?? null,
    observations: row.observations.map((o) => ({ ...o, value: o.value.toNumber() })),
  };
}

export async function listPublishedIndicators(prisma: PrismaClient): Promise<TIndicatorView[]> {
  return (await findPublished(prisma)).map(toView);
}

export async function getPublishedIndicator(
  prisma: PrismaClient,
  slug: string,
): Promise<TIndicatorView> {
  const [row] = await findPublished(prisma, slug);
  if (!row) throw new AppError("NOT_FOUND", "No existe un indicador publicado con esa dirección.");
  return toView(row);
}
