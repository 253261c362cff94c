import { publishChange } from "@lab/db/bus";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { MUNICIPALITY_CODE } from "@lab/domain/geography";
import { checkValueForUnit } from "@lab/domain/indicator";
import type { TEditableIndicator, TIndicatorView } from "@lab/domain/indicator-view";
import type { TRecordObservationInput } from "@lab/domain/observation";
import { parsePeriod } from "@lab/domain/period";
import { assertCanEditIndicator, editableIndicatorsWhere, type TActor } from "../authorization";

const observationSelect = {
  period: true,
  geography: true,
  value: true,
  provisional: true,
  note: true,
  sourceOverride: true,
  updatedAt: true,
} as const;

const indicatorSelect = {
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

type TIndicatorRow = Awaited<ReturnType<typeof findPublished>>[number];

function findPublished(prisma: PrismaClient, slug?: string) {
  return prisma.indicator.findMany({
    where: { status: "PUBLISHED", ...(slug ? { slug } : {}) },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: indicatorSelect,
  });
}

function toView({ office, ...row }: TIndicatorRow): TIndicatorView {
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

/** The published indicators the actor may edit, with their office: the workspace's list. */
export async function listEditableIndicators(
  prisma: PrismaClient,
  actor: TActor,
): Promise<TEditableIndicator[]> {
  const rows = await prisma.indicator.findMany({
    where: { status: "PUBLISHED", ...editableIndicatorsWhere(actor) },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: { slug: true, code: true, name: true, office: { select: { name: true } } },
  });
  return rows.map(({ office, ...row }) => ({ ...row, office: office?.name ?? null }));
}

/**
 * Records (or corrects) the value of one period, if the actor may edit the indicator. The
 * observation, its audit entry and the announcement on the change bus (which every app
 * instance hears, to refresh its public pages) belong to one transaction: all or nothing.
 */
export async function recordObservation(
  prisma: PrismaClient,
  actor: TActor,
  input: TRecordObservationInput,
) {
  await assertCanEditIndicator({ prisma, session: actor }, input.indicatorSlug);
  const actorId = actor.id;
  const indicator = await prisma.indicator.findUnique({
    where: { slug: input.indicatorSlug },
    select: { id: true, unit: true, periodicity: true, geographicBreakdown: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");

  const period = parsePeriod(indicator.periodicity, input.period);
  const valueProblem = checkValueForUnit(indicator.unit, input.value);
  const fieldErrors: Record<string, string[]> = {};
  if (!period.ok) fieldErrors.period = [period.message];
  if (valueProblem) fieldErrors.value = [valueProblem];
  if (indicator.geographicBreakdown === "MUNICIPALITY" && input.geography !== MUNICIPALITY_CODE) {
    fieldErrors.geography = ["Este indicador solo tiene valores para el total municipal."];
  }
  if (!period.ok || Object.keys(fieldErrors).length > 0) throw AppError.badRequest(fieldErrors);

  return prisma.$transaction(async (tx) => {
    // Locks the indicator row first, so concurrent recordings of one indicator run one after
    // the other and each audit entry's "before" is the value it actually replaced.
    await tx.indicator.update({ where: { id: indicator.id }, data: { updatedAt: new Date() } });
    const key = {
      indicatorId_period_geography: {
        indicatorId: indicator.id,
        period: period.period,
        geography: input.geography,
      },
    };
    const previous = await tx.observation.findUnique({ where: key, select: { value: true } });
    const data = {
      value: input.value,
      provisional: input.provisional,
      note: input.note ?? null,
      createdById: actorId,
    };
    const saved = await tx.observation.upsert({
      where: key,
      create: {
        indicatorId: indicator.id,
        period: period.period,
        geography: input.geography,
        ...data,
      },
      update: data,
      select: { id: true, ...observationSelect },
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
          geography: saved.geography,
          before: previous ? previous.value.toString() : null,
          after: saved.value.toString(),
        },
      },
    });
    await publishChange(tx, "indicators", { slug: input.indicatorSlug });
    return { ...saved, value: saved.value.toNumber() };
  });
}
