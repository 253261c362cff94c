import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { INSTITUTION_TYPE_LABELS_ES } from "@lab/domain/workshop";
import {
  duplicateInstitutionMessage,
  type TInstitutionInput,
  type TMergeInstitutionsInput,
} from "@lab/domain/workshop-admin";
import {
  institutionInUseMessage,
  type TInstitutionAdminView,
  type TInstitutionUsage,
  type TMergeResult,
} from "@lab/domain/workshop-admin-views";
import type { TActor } from "../authorization";
import { announceWorkshops, isUniqueViolation, type TTx, writeAudit } from "./workshop-admin-store";

// Institutions (organisations) as typed records that workshops refer to: attendees,
// contributions, capacity maps, alliances, facilitators, and the Alcaldía's dependencias as
// children of the Alcaldía. One in use is never deleted (its records would lose it); a merge
// moves everything to the institution that replaces it, in one transaction.

const usageSelect = {
  _count: {
    select: {
      attendees: true,
      contributions: true,
      capacityProfiles: true,
      alliances: true,
      facilitators: true,
      children: true,
    },
  },
} as const satisfies Prisma.InstitutionSelect;

const viewSelect = {
  id: true,
  name: true,
  type: true,
  city: true,
  website: true,
  parentId: true,
  isDemo: true,
  parent: { select: { name: true } },
  ...usageSelect,
} as const satisfies Prisma.InstitutionSelect;

type TViewRow = Prisma.InstitutionGetPayload<{ select: typeof viewSelect }>;

function toView({ _count, parent, ...row }: TViewRow): TInstitutionAdminView {
  return { ...row, parentName: parent?.name ?? null, usage: _count };
}

export async function listInstitutions(prisma: PrismaClient): Promise<TInstitutionAdminView[]> {
  const rows = await prisma.institution.findMany({ select: viewSelect, orderBy: { name: "asc" } });
  return rows.map(toView).sort((a, b) => a.name.localeCompare(b.name, "es"));
}

const summary = (i: {
  name: string;
  type: keyof typeof INSTITUTION_TYPE_LABELS_ES;
  city: string | null;
}) => [i.name, INSTITUTION_TYPE_LABELS_ES[i.type], i.city].filter(Boolean).join(" · ");

function duplicate(name: string): AppError {
  const message = duplicateInstitutionMessage(name);
  return new AppError("CONFLICT", message, { fieldErrors: { name: [message] } });
}

/** The parent must exist and must not be the institution itself or one of its descendants. */
async function checkParent(db: TTx | PrismaClient, id: string | null, parentId: string | null) {
  if (!parentId) return;
  const message = "Una institución no puede depender de sí misma ni de una de sus dependencias.";
  for (let at: string | null = parentId, steps = 0; at && steps < 50; steps += 1) {
    if (at === id) throw AppError.badRequest({ parentId: [message] }, message);
    const row: { parentId: string | null } | null = await db.institution.findUnique({
      where: { id: at },
      select: { parentId: true },
    });
    if (!row) {
      const gone = "La institución de la que depende ya no existe: elija otra.";
      throw AppError.badRequest({ parentId: [gone] }, gone);
    }
    at = row.parentId;
  }
}

/** Creates (no id) or edits an institution. Names are unique, whatever their case or accents. */
export async function saveInstitution(
  prisma: PrismaClient,
  actor: TActor,
  input: TInstitutionInput,
): Promise<TInstitutionAdminView> {
  const same = await prisma.institution.findFirst({
    where: {
      name: { equals: input.name, mode: "insensitive" },
      ...(input.id ? { NOT: { id: input.id } } : {}),
    },
    select: { name: true },
  });
  if (same) throw duplicate(same.name);
  const data = {
    name: input.name,
    type: input.type,
    city: input.city,
    website: input.website,
    parentId: input.parentId,
  };
  try {
    return await prisma.$transaction(async (tx) => {
      await checkParent(tx, input.id, input.parentId);
      if (!input.id) {
        const created = await tx.institution.create({ data, select: viewSelect });
        await writeAudit(tx, actor, {
          action: "institution.create",
          entityType: "Institution",
          entityId: created.id,
          before: null,
          after: summary(created),
        });
        await announceWorkshops(tx, { institution: created.id });
        return toView(created);
      }
      const before = await tx.institution.findUnique({ where: { id: input.id } });
      if (!before) throw new AppError("NOT_FOUND", "La institución no existe.");
      const saved = await tx.institution.update({
        where: { id: input.id },
        data,
        select: viewSelect,
      });
      await writeAudit(tx, actor, {
        action: "institution.update",
        entityType: "Institution",
        entityId: saved.id,
        before: summary(before),
        after: summary(saved),
      });
      await announceWorkshops(tx, { institution: saved.id });
      return toView(saved);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input.name);
    throw error;
  }
}

/** Deletes an institution nothing refers to; otherwise says what refers to it and to merge. */
export async function deleteInstitution(
  prisma: PrismaClient,
  actor: TActor,
  institutionId: string,
): Promise<{ deleted: string }> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.institution.findUnique({
      where: { id: institutionId },
      select: viewSelect,
    });
    if (!row) throw new AppError("NOT_FOUND", "La institución no existe.");
    const refusal = institutionInUseMessage(row.name, row._count);
    if (refusal) throw new AppError("BAD_REQUEST", refusal);
    await tx.institution.delete({ where: { id: row.id } });
    await writeAudit(tx, actor, {
      action: "institution.delete",
      entityType: "Institution",
      entityId: row.id,
      before: summary(row),
      after: null,
    });
    await announceWorkshops(tx, { institution: row.id });
    return { deleted: row.name };
  });
}

/**
 * Merges `source` into `target` in one transaction: attendees, contributions, facilitators,
 * capacity profiles, alliances and dependencias move to the target, then the source is
 * deleted. Where both had a capacity profile in one workshop, the target's cells win and the
 * source's fill the ones it left empty; where both were in one alliance, it stays once.
 */
export async function mergeInstitutions(
  prisma: PrismaClient,
  actor: TActor,
  input: TMergeInstitutionsInput,
): Promise<TMergeResult> {
  return prisma.$transaction(
    async (tx) => {
      const [source, target] = await Promise.all([
        tx.institution.findUnique({ where: { id: input.sourceId }, select: viewSelect }),
        tx.institution.findUnique({ where: { id: input.targetId }, select: viewSelect }),
      ]);
      if (!source || !target) {
        throw new AppError(
          "NOT_FOUND",
          "Una de las dos instituciones ya no existe: recargue la página.",
        );
      }
      const moved: TInstitutionUsage = source._count;
      const from = { institutionId: source.id };
      const to = { institutionId: target.id };
      await tx.workshopAttendee.updateMany({ where: from, data: to });
      await tx.contribution.updateMany({ where: from, data: to });
      await tx.workshopFacilitator.updateMany({ where: from, data: to });
      await mergeProfiles(tx, source.id, target.id);
      await mergeAlliances(tx, source.id, target.id);
      // A dependencia of the source becomes one of the target; the target itself, if it was
      // one, takes the source's place.
      if (target.parentId === source.id) {
        const { parentId } = await tx.institution.findUniqueOrThrow({
          where: { id: source.id },
          select: { parentId: true },
        });
        await tx.institution.update({
          where: { id: target.id },
          data: { parentId: parentId === target.id ? null : parentId },
        });
      }
      await tx.institution.updateMany({
        where: { parentId: source.id, NOT: { id: target.id } },
        data: { parentId: target.id },
      });
      await tx.institution.delete({ where: { id: source.id } });
      await writeAudit(tx, actor, {
        action: "institution.merge",
        entityType: "Institution",
        entityId: target.id,
        before: `${summary(source)} y ${summary(target)}`,
        after: summary(target),
        details: { merged: source.name, mergedId: source.id, moved },
      });
      await announceWorkshops(tx, { institution: target.id });
      return { target: { id: target.id, name: target.name }, moved };
    },
    { timeout: 30_000 },
  );
}

async function mergeProfiles(tx: TTx, sourceId: string, targetId: string) {
  const profiles = await tx.capacityProfile.findMany({
    where: { institutionId: sourceId },
    include: { offers: true },
  });
  for (const profile of profiles) {
    const existing = await tx.capacityProfile.findUnique({
      where: {
        workshopId_institutionId: { workshopId: profile.workshopId, institutionId: targetId },
      },
      include: { offers: true },
    });
    if (!existing) {
      await tx.capacityProfile.update({
        where: { id: profile.id },
        data: { institutionId: targetId },
      });
      continue;
    }
    for (const offer of profile.offers) {
      const own = existing.offers.find((o) => o.capacityType === offer.capacityType);
      const ownIsEmpty = !own || (own.level === "NONE" && own.description === "");
      if (!ownIsEmpty) continue;
      const data = { level: offer.level, description: offer.description, derived: offer.derived };
      await tx.capacityOffer.upsert({
        where: {
          profileId_capacityType: { profileId: existing.id, capacityType: offer.capacityType },
        },
        create: { profileId: existing.id, capacityType: offer.capacityType, ...data },
        update: data,
      });
    }
    if (!existing.potentialRole && profile.potentialRole) {
      await tx.capacityProfile.update({
        where: { id: existing.id },
        data: { potentialRole: profile.potentialRole },
      });
    }
    await tx.capacityProfile.delete({ where: { id: profile.id } });
  }
}

async function mergeAlliances(tx: TTx, sourceId: string, targetId: string) {
  const links = await tx.allianceInstitution.findMany({ where: { institutionId: sourceId } });
  if (links.length === 0) return;
  await tx.allianceInstitution.createMany({
    data: links.map((l) => ({ allianceId: l.allianceId, institutionId: targetId })),
    skipDuplicates: true,
  });
  await tx.allianceInstitution.deleteMany({ where: { institutionId: sourceId } });
}
