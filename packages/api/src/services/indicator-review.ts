import { publishChange } from "@lab/db/bus";
import {
  insertAuditEntries,
  publishObservationDrafts,
  type TNewAuditEntry,
} from "@lab/db/indicator-drafts-sql";
import { Prisma, type PrismaClient } from "@lab/db/prisma";
import type { TRejectInput, TReviewInput } from "@lab/domain/draft";
import { AppError } from "@lab/domain/errors";
import { assertCanEditIndicator, type TActor } from "../authorization";
import {
  draftRows,
  effectiveRow,
  keyOf,
  lockDraft,
  namesOf,
  pairRows,
  publishedRows,
  type TDraftRow,
  whenEsCo,
} from "./draft-store";
import { metadataUpdateData, pendingMetadata } from "./indicator-metadata-store";

// The publishing workflow: an editor submits the indicator's drafts, an admin publishes them
// (the public site, API and downloads change only then, and every app instance hears it on
// the change bus) or sends them back with a reason. Each step names the revision the person
// reviewed: if the drafts changed meanwhile, the step is refused (CONFLICT).

// Publishing tens of thousands of imported rows takes a while on the embedded database.
const TRANSACTION_TIMEOUT_MS = 120_000;

async function reviewTarget(prisma: PrismaClient, actor: TActor, slug: string) {
  await assertCanEditIndicator({ prisma, session: actor }, slug);
  const indicator = await prisma.indicator.findUnique({
    where: { slug },
    select: { id: true, slug: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");
  return indicator;
}

async function assertRevision(tx: Prisma.TransactionClient, draft: TDraftRow, revision: number) {
  if (draft.revision === revision) return;
  const who = (await namesOf(tx, [draft.updatedById])).get(draft.updatedById ?? "");
  throw new AppError(
    "CONFLICT",
    `El indicador cambió mientras usted lo revisaba${who ? ` (${who}, ${whenEsCo(draft.updatedAt)})` : ""}. Revise la versión actual antes de continuar.`,
  );
}

const NOTHING_PENDING = "Este indicador no tiene cambios pendientes.";

async function hasPendingChanges(tx: Prisma.TransactionClient, draft: TDraftRow) {
  if (draft.state === "CLEAN") return false;
  const rows = await tx.observationDraft.count({ where: { indicatorId: draft.indicatorId } });
  return rows > 0 || Object.keys(pendingMetadata(draft.metadata)).length > 0;
}

function workflowAudit(
  actorId: string,
  indicator: { id: string; slug: string },
  action: string,
  details: Record<string, Prisma.InputJsonValue | null> = {},
): TNewAuditEntry {
  return {
    actorId,
    action,
    entityType: "Indicator",
    entityId: indicator.id,
    indicatorId: indicator.id,
    details: { indicator: indicator.slug, ...details },
  };
}

/** The editor sends the drafts for review. */
export async function submitForReview(prisma: PrismaClient, actor: TActor, input: TReviewInput) {
  const indicator = await reviewTarget(prisma, actor, input.indicatorSlug);
  return prisma.$transaction(async (tx) => {
    const draft = await lockDraft(tx, indicator.id);
    await assertRevision(tx, draft, input.revision);
    if (!(await hasPendingChanges(tx, draft))) throw new AppError("BAD_REQUEST", NOTHING_PENDING);
    if (draft.state === "SUBMITTED") {
      throw new AppError("BAD_REQUEST", "Estos cambios ya están enviados a revisión.");
    }
    const saved = await tx.indicatorDraft.update({
      where: { indicatorId: indicator.id },
      data: {
        state: "SUBMITTED",
        revision: { increment: 1 },
        submittedById: actor.id,
        submittedAt: new Date(),
      },
    });
    await tx.auditEntry.create({ data: workflowAudit(actor.id, indicator, "indicator.submit") });
    return { state: saved.state, revision: saved.revision };
  });
}

/** The admin sends the drafts back with a reason; they stay, for the editor to fix. */
export async function rejectSubmission(prisma: PrismaClient, actor: TActor, input: TRejectInput) {
  const indicator = await reviewTarget(prisma, actor, input.indicatorSlug);
  return prisma.$transaction(async (tx) => {
    const draft = await lockDraft(tx, indicator.id);
    await assertRevision(tx, draft, input.revision);
    if (draft.state !== "SUBMITTED") {
      throw new AppError("BAD_REQUEST", "Solo se pueden devolver cambios enviados a revisión.");
    }
    const saved = await tx.indicatorDraft.update({
      where: { indicatorId: indicator.id },
      data: {
        state: "REJECTED",
        revision: { increment: 1 },
        rejectionReason: input.reason,
        reviewedById: actor.id,
        reviewedAt: new Date(),
      },
    });
    await tx.auditEntry.create({
      data: workflowAudit(actor.id, indicator, "indicator.reject", { reason: input.reason }),
    });
    return { state: saved.state, revision: saved.revision };
  });
}

/**
 * The admin publishes every pending change of the indicator at once: values written, deleted
 * values removed, the ficha updated, one audit entry per published value and one for the
 * whole, and the announcement on the change bus, all in one transaction.
 */
export async function publishDrafts(prisma: PrismaClient, actor: TActor, input: TReviewInput) {
  const indicator = await reviewTarget(prisma, actor, input.indicatorSlug);
  return prisma.$transaction(
    async (tx) => {
      const draft = await lockDraft(tx, indicator.id);
      await assertRevision(tx, draft, input.revision);
      const metadata = pendingMetadata(draft.metadata);
      const status = await tx.indicator.findUniqueOrThrow({
        where: { id: indicator.id },
        select: { status: true },
      });
      const firstPublication = status.status !== "PUBLISHED";
      if (!firstPublication && !(await hasPendingChanges(tx, draft))) {
        throw new AppError("BAD_REQUEST", NOTHING_PENDING);
      }

      const published = await publishedRows(tx, indicator.id);
      const drafts = await draftRows(tx, indicator.id);
      const pairs = pairRows(published, drafts);
      const audit: TNewAuditEntry[] = [];
      for (const d of drafts) {
        const pair = pairs.get(keyOf(d)) ?? {};
        const before = pair.published ? effectiveRow({ published: pair.published }) : null;
        const after = effectiveRow({ draft: d });
        const same =
          before &&
          after &&
          before.value.equals(after.value) &&
          before.provisional === after.provisional &&
          before.note === after.note;
        if (same || (!before && !after)) continue;
        const snap = (r: typeof before) =>
          r ? { value: r.value.toString(), provisional: r.provisional, note: r.note } : null;
        audit.push({
          actorId: actor.id,
          action: after ? "observation.publish" : "observation.publish.delete",
          entityType: "Observation",
          entityId: pair.published?.id ?? d.id,
          indicatorId: indicator.id,
          details: {
            indicator: indicator.slug,
            period: d.period,
            geography: d.geography,
            before: snap(before),
            after: snap(after),
            editedBy: d.updatedById,
          },
        });
      }

      // Set-based, so a draft of tens of thousands of rows publishes in two statements.
      await publishObservationDrafts(tx, indicator.id);
      await tx.observationDraft.deleteMany({ where: { indicatorId: indicator.id } });
      await tx.indicator.update({
        where: { id: indicator.id },
        data: { ...metadataUpdateData(metadata), status: "PUBLISHED" },
      });
      await tx.indicatorDraft.update({
        where: { indicatorId: indicator.id },
        data: {
          state: "CLEAN",
          metadata: Prisma.DbNull,
          revision: { increment: 1 },
          metadataVersion: { increment: 1 },
          rejectionReason: null,
          reviewedById: actor.id,
          reviewedAt: new Date(),
        },
      });
      audit.push(
        workflowAudit(actor.id, indicator, "indicator.publish", {
          values: audit.length,
          fields: Object.keys(metadata),
          firstPublication,
        }),
      );
      await insertAuditEntries(tx, audit);
      await publishChange(tx, "indicators", { slug: indicator.slug });
      return { published: audit.length - 1, fields: Object.keys(metadata).length };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
