import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { checkValueForUnit } from "@lab/domain/indicator";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import type { TRecordObservationInput } from "@lab/domain/observation";
import { parsePeriod } from "@lab/domain/period";

const indicatorSelect = {
  slug: true,
  code: true,
  name: true,
  description: true,
  dimension: true,
  unit: true,
  unitLabel: true,
  decimals: true,
  periodicity: true,
  sourceName: true,
  sourceUrl: true,
  isDemo: true,
  updatedAt: true,
  observations: {
    // Canonical periods ("2024", "2024-03", "2024-Q1") sort chronologically as text.
    orderBy: { period: "asc" },
    select: { period: true, value: true, provisional: true, note: true, updatedAt: true },
  },
} as const;

type TIndicatorRow = Awaited<ReturnType<typeof findPublished>>[number];

function findPublished(prisma: PrismaClient, slug?: string) {
  return prisma.indicator.findMany({
    where: { status: "PUBLISHED", ...(slug ? { slug } : {}) },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: indicatorSelect,
  });
}

function toView(row: TIndicatorRow): TIndicatorView {
  return {
    ...row,
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

/**
 * Records (or corrects) the value of one period. The observation and its audit entry are
 * written in one transaction: both or neither.
 */
export async function recordObservation(
  prisma: PrismaClient,
  actorId: string,
  input: TRecordObservationInput,
) {
  const indicator = await prisma.indicator.findUnique({
    where: { slug: input.indicatorSlug },
    select: { id: true, unit: true, periodicity: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");

  const period = parsePeriod(indicator.periodicity, input.period);
  const valueProblem = checkValueForUnit(indicator.unit, input.value);
  const fieldErrors: Record<string, string[]> = {};
  if (!period.ok) fieldErrors.period = [period.message];
  if (valueProblem) fieldErrors.value = [valueProblem];
  if (!period.ok || valueProblem) throw AppError.badRequest(fieldErrors);

  return prisma.$transaction(async (tx) => {
    // Locks the indicator row first, so concurrent recordings of one indicator run one after
    // the other and each audit entry's "before" is the value it actually replaced.
    await tx.indicator.update({ where: { id: indicator.id }, data: { updatedAt: new Date() } });
    const key = { indicatorId_period: { indicatorId: indicator.id, period: period.period } };
    const previous = await tx.observation.findUnique({ where: key, select: { value: true } });
    const data = {
      value: input.value,
      provisional: input.provisional,
      note: input.note ?? null,
      createdById: actorId,
    };
    const saved = await tx.observation.upsert({
      where: key,
      create: { indicatorId: indicator.id, period: period.period, ...data },
      update: data,
      select: {
        id: true,
        period: true,
        value: true,
        provisional: true,
        note: true,
        updatedAt: true,
      },
    });
    await tx.auditEntry.create({
      data: {
        actorId,
        action: previous ? "observation.update" : "observation.create",
        entityType: "Observation",
        entityId: saved.id,
        details: {
          indicator: input.indicatorSlug,
          period: saved.period,
          before: previous ? previous.value.toString() : null,
          after: saved.value.toString(),
        },
      },
    });
    return { ...saved, value: saved.value.toNumber() };
  });
}
