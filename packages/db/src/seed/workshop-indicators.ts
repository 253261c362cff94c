import {
  WORKSHOP_METRIC_METHODOLOGY,
  WORKSHOP_METRIC_SOURCE,
  WORKSHOP_METRICS,
} from "@lab/domain/workshop-metrics";
import { publishChange } from "../bus";
import type { PrismaClient } from "../generated/prisma/client";
import { recomputeWorkshopIndicators } from "../workshop-indicators";
import type { TSeedIndicator } from "./indicators";

// The participation indicators computed from the workshops' records (domain:
// WORKSHOP_METRICS). seedIndicators creates them, without values, with the other seed
// indicators; seedWorkshopIndicators turns an older hand-typed one into its derived form and
// computes every value from the records. No office owns them: nobody records their values,
// and only the administration edits their ficha.

export const WORKSHOP_SEED_INDICATORS: TSeedIndicator[] = WORKSHOP_METRICS.map((m) => ({
  slug: m.slug,
  code: m.code,
  name: m.name,
  nameEn: m.nameEn,
  description: m.description,
  descriptionEn: m.descriptionEn,
  dimension: "PARTICIPACION_CIUDADANA",
  unit: "COUNT",
  unitLabel: m.unitLabel,
  decimals: 0,
  direction: m.neutral ? "NEUTRAL" : "HIGHER_IS_BETTER",
  periodicity: "ANNUAL",
  sourceName: WORKSHOP_METRIC_SOURCE,
  methodology: WORKSHOP_METRIC_METHODOLOGY,
  derivedMetric: m.key,
  isDemo: false,
  observations: [],
}));

/**
 * An indicator of the same address that was typed in by hand (participantes-cocreacion,
 * seeded with invented values before the workshops' records existed) becomes derived: its
 * ficha says how it is computed, its pending drafts are dropped, and the recomputation
 * replaces its values.
 */
async function convertHandTyped(prisma: PrismaClient): Promise<void> {
  for (const seed of WORKSHOP_SEED_INDICATORS) {
    const row = await prisma.indicator.findUnique({
      where: { slug: seed.slug },
      select: { id: true, derivedMetric: true },
    });
    if (!row || row.derivedMetric) continue;
    await prisma.$transaction([
      prisma.observationDraft.deleteMany({ where: { indicatorId: row.id } }),
      prisma.indicatorDraft.deleteMany({ where: { indicatorId: row.id } }),
      prisma.indicator.update({
        where: { id: row.id },
        data: {
          derivedMetric: seed.derivedMetric ?? null,
          description: seed.description,
          descriptionEn: seed.descriptionEn ?? null,
          sourceName: seed.sourceName,
          sourceUrl: null,
          methodology: seed.methodology ?? "",
          unitLabel: seed.unitLabel ?? null,
          direction: seed.direction ?? "HIGHER_IS_BETTER",
          officeId: null,
          targetValue: null,
          targetDate: null,
        },
      }),
    ]);
  }
}

/** Idempotent: computes the derived indicators' values from the records as they are now. */
export async function seedWorkshopIndicators(prisma: PrismaClient): Promise<void> {
  await convertHandTyped(prisma);
  await prisma.$transaction(
    async (tx) => {
      const { changed } = await recomputeWorkshopIndicators(tx, { audit: false });
      // A running server forgets what it cached (`npm run db:seed -- --no-demo` while it runs).
      if (changed.length > 0) await publishChange(tx, "indicators", { derived: true });
      await publishChange(tx, "workshops", null);
    },
    { timeout: 60_000 },
  );
}
