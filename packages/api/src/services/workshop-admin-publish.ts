import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { WORKSHOP_STATUS_LABELS_ES } from "@lab/domain/workshop";
import {
  FUTURE_WORKSHOP_RESULTS_MESSAGE,
  type TSetWorkshopStatusInput,
  type TWorkshopRevisionInput,
} from "@lab/domain/workshop-admin";
import type { TPublishResultsResult, TRevisionResult } from "@lab/domain/workshop-admin-views";
import type { TActor } from "../authorization";
import { announceWorkshops, bumpRevision, writeAudit } from "./workshop-admin-store";
import { refreshWorkshopIndicators } from "./workshop-metrics";

// A workshop's status, and the publication of its results ("socialización de resultados"):
// RESULTS_PUBLISHED with its time and, in the same transaction, the dashboard's participation
// indicators computed again from the records (./workshop-metrics). Going back to another
// status withdraws them.

/** Recomputing every derived indicator takes more than Prisma's default 5 s on a busy server. */
const PUBLISH_TRANSACTION = { timeout: 60_000 };

/**
 * Publishes (or publishes again, after corrections) the workshop's results. Refused for a
 * workshop that has not started yet.
 */
export async function publishResults(
  prisma: PrismaClient,
  actor: TActor,
  input: TWorkshopRevisionInput,
): Promise<TPublishResultsResult> {
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const before = await tx.workshop.findUniqueOrThrow({
      where: { id: head.id },
      select: {
        status: true,
        startsAt: true,
        _count: { select: { contributions: true, attendees: true, alliances: true } },
      },
    });
    if (before.startsAt > now) throw new AppError("BAD_REQUEST", FUTURE_WORKSHOP_RESULTS_MESSAGE);
    await tx.workshop.update({
      where: { id: head.id },
      data: { status: "RESULTS_PUBLISHED", resultsPublishedAt: now },
    });
    const counts = before._count;
    await writeAudit(tx, actor, {
      action: "workshop.results.publish",
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: WORKSHOP_STATUS_LABELS_ES[before.status],
      after: `${WORKSHOP_STATUS_LABELS_ES.RESULTS_PUBLISHED}: ${counts.attendees} inscripciones, ${counts.contributions} aportes, ${counts.alliances} alianzas`,
    });
    await announceWorkshops(tx, { slug: head.slug });
    // The indicators fed by workshops follow what is published, in the same transaction.
    await refreshWorkshopIndicators(tx, { actorId: actor.id });
    return { revision: head.revision, resultsPublishedAt: now };
  }, PUBLISH_TRANSACTION);
}

/** Planned, live or held; from RESULTS_PUBLISHED, this withdraws the results. */
export async function setWorkshopStatus(
  prisma: PrismaClient,
  actor: TActor,
  input: TSetWorkshopStatusInput,
): Promise<TRevisionResult> {
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const { status } = await tx.workshop.findUniqueOrThrow({
      where: { id: head.id },
      select: { status: true },
    });
    const withdrawn = status === "RESULTS_PUBLISHED";
    await tx.workshop.update({
      where: { id: head.id },
      data: { status: input.status, ...(withdrawn ? { resultsPublishedAt: null } : {}) },
    });
    await writeAudit(tx, actor, {
      action: withdrawn ? "workshop.results.withdraw" : "workshop.status.update",
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: WORKSHOP_STATUS_LABELS_ES[status],
      after: WORKSHOP_STATUS_LABELS_ES[input.status],
    });
    await announceWorkshops(tx, { slug: head.slug });
    if (withdrawn) await refreshWorkshopIndicators(tx, { actorId: actor.id });
    return { revision: head.revision };
  }, PUBLISH_TRANSACTION);
}
