import { MUNICIPALITY_CODE } from "@lab/domain/geography";
import {
  computeWorkshopMetrics,
  type TMetricInstitution,
  type TWorkshopMetricKey,
} from "@lab/domain/workshop-metrics";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

// The derived participation indicators (domain: WORKSHOP_METRICS), recomputed from the
// workshops' records and written straight to the published observations: nobody reviews a
// count. Shared by the seed and by the API's refreshWorkshopIndicators (which adds the bus
// announcements); both call it inside a transaction.

type TDb = PrismaClient | Prisma.TransactionClient;

export type TRecomputeResult = {
  /** Slugs of the indicators whose values (or demo flag) changed. */
  changed: string[];
};

/** Two publications at once would otherwise both insert the same new year. */
const LOCK_SQL = "SELECT pg_advisory_xact_lock(7204612)";

function sameValue(a: Prisma.Decimal, b: number): boolean {
  return a.toNumber() === b;
}

/**
 * Workshops with published results and the records counted, one query per table: Prisma
 * reads a select's relations concurrently, which node-postgres deprecates inside a
 * transaction (and this runs inside one).
 */
async function publishedWorkshopRecords(db: TDb) {
  const heads = await db.workshop.findMany({
    where: { status: "RESULTS_PUBLISHED" },
    select: { id: true, status: true, startsAt: true, isDemo: true },
  });
  const where = { workshopId: { in: heads.map((w) => w.id) } };
  const attendees = await db.workshopAttendee.findMany({
    where,
    select: { workshopId: true, attended: true, institutionId: true, isDemo: true },
  });
  const contributions = await db.contribution.findMany({
    where,
    select: { workshopId: true, institutionId: true, status: true, isDemo: true },
  });
  const alliances = await db.alliance.findMany({
    where,
    select: { workshopId: true, status: true, isDemo: true },
  });
  return heads.map((w) => ({
    ...w,
    attendees: attendees.filter((a) => a.workshopId === w.id),
    contributions: contributions.filter((c) => c.workshopId === w.id),
    alliances: alliances.filter((a) => a.workshopId === w.id),
  }));
}

/**
 * Replaces every derived indicator's municipal observations with what the records say now
 * (years no longer counted are removed), sets its demo flag, and writes one audit entry per
 * value changed (`source: "workshops"`) unless told not to. Indicators without a
 * `derivedMetric` are untouched.
 */
export async function recomputeWorkshopIndicators(
  db: TDb,
  options: {
    actorId?: string | null;
    /** False for the seed: seeded values are not changes anyone made (as seedIndicators). */
    audit?: boolean;
  } = {},
): Promise<TRecomputeResult> {
  await db.$executeRawUnsafe(LOCK_SQL);
  const indicators = await db.indicator.findMany({
    where: { derivedMetric: { not: null } },
    select: {
      id: true,
      slug: true,
      derivedMetric: true,
      isDemo: true,
      observations: {
        where: { geography: MUNICIPALITY_CODE },
        select: { id: true, period: true, value: true, provisional: true, note: true },
      },
    },
  });
  if (indicators.length === 0) return { changed: [] };

  const workshops = await publishedWorkshopRecords(db);
  const ids = new Set(
    workshops.flatMap((w) => [
      ...w.attendees.map((a) => a.institutionId),
      ...w.contributions.map((c) => c.institutionId),
    ]),
  );
  ids.delete(null);
  const institutions = new Map<string, TMetricInstitution>(
    (
      await db.institution.findMany({
        where: { id: { in: [...ids] as string[] } },
        select: { id: true, type: true, isDemo: true },
      })
    ).map((i) => [i.id, { type: i.type, isDemo: i.isDemo }]),
  );
  const metrics = computeWorkshopMetrics(workshops, institutions);

  const changed: string[] = [];
  const audit: Prisma.AuditEntryCreateManyInput[] = [];
  const snapshot = (value: number | Prisma.Decimal) => ({
    value: value.toString(),
    provisional: false,
    note: null,
  });
  for (const indicator of indicators) {
    const series = metrics.get(indicator.derivedMetric as TWorkshopMetricKey);
    // A key this code does not know (renamed metric): leave the indicator as it is.
    if (!series) continue;
    const wanted = new Map(series.observations.map((o) => [o.period, o.value]));
    const stored = new Map(indicator.observations.map((o) => [o.period, o]));
    let touched = indicator.isDemo !== series.isDemo;
    const details = (period: string) => ({
      indicator: indicator.slug,
      period,
      geography: MUNICIPALITY_CODE,
      source: "workshops",
    });

    for (const [period, row] of stored) {
      if (wanted.has(period)) continue;
      await db.observation.delete({ where: { id: row.id } });
      audit.push({
        actorId: options.actorId ?? null,
        action: "observation.publish.delete",
        entityType: "Observation",
        entityId: row.id,
        indicatorId: indicator.id,
        details: { ...details(period), before: snapshot(row.value), after: null },
      });
      touched = true;
    }
    for (const [period, value] of wanted) {
      const row = stored.get(period);
      if (row && sameValue(row.value, value) && !row.provisional && row.note === null) continue;
      const saved = await db.observation.upsert({
        where: {
          indicatorId_period_geography: {
            indicatorId: indicator.id,
            period,
            geography: MUNICIPALITY_CODE,
          },
        },
        create: { indicatorId: indicator.id, period, geography: MUNICIPALITY_CODE, value },
        update: { value, provisional: false, note: null },
        select: { id: true },
      });
      audit.push({
        actorId: options.actorId ?? null,
        action: "observation.publish",
        entityType: "Observation",
        entityId: saved.id,
        indicatorId: indicator.id,
        details: {
          ...details(period),
          before: row ? snapshot(row.value) : null,
          after: snapshot(value),
        },
      });
      touched = true;
    }
    if (touched) {
      // Also bumps updatedAt, which the public pages show as the last update.
      await db.indicator.update({
        where: { id: indicator.id },
        data: { isDemo: series.isDemo },
      });
      changed.push(indicator.slug);
    }
  }
  if (audit.length > 0 && options.audit !== false) await db.auditEntry.createMany({ data: audit });
  return { changed };
}
