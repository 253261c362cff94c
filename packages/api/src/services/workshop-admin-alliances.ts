import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import {
  ALLIANCE_STATUS_LABELS,
  LAB_FUNCTION_LABELS,
  type TLabFunction,
} from "@lab/domain/workshop";
import type { TAllianceInput, TMilestoneInput } from "@lab/domain/workshop-admin";
import type { TActor } from "../authorization";
import {
  announceWorkshops,
  bogotaDayText,
  findWorkshop,
  requireInstitutions,
  writeAudit,
} from "./workshop-admin-store";

// Strategic alliances the lab pursues with institutions (often born in a workshop), with a
// status that records when it last changed, and progress milestones (date, note, percent) in
// the spirit of Decidim's results.

const NO_ALLIANCE = "Esa alianza ya no existe: recargue la página.";
const NO_MILESTONE = "Ese avance ya no existe: recargue la página.";

function allianceSummary(a: {
  title: string;
  status: keyof (typeof ALLIANCE_STATUS_LABELS)["es"];
  labFunction: string;
  institutions: string[];
}) {
  const fn = LAB_FUNCTION_LABELS.es[a.labFunction as TLabFunction] ?? a.labFunction;
  return `${a.title} · ${ALLIANCE_STATUS_LABELS.es[a.status]} · ${fn} · ${a.institutions.join(", ")}`;
}

/** Records (no id) or edits an alliance; its institutions are replaced by the ones given. */
export async function saveAlliance(
  prisma: PrismaClient,
  actor: TActor,
  input: TAllianceInput,
): Promise<{ id: string }> {
  const workshop = input.workshopId ? await findWorkshop(prisma, input.workshopId) : null;
  const names = await requireInstitutions(prisma, input.institutionIds, "institutionIds");
  const after = allianceSummary({
    ...input,
    institutions: input.institutionIds.map((id) => names.get(id) ?? "?"),
  });
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const data = {
      workshopId: input.workshopId,
      title: input.title,
      purpose: input.purpose,
      labFunction: input.labFunction,
      status: input.status,
      startedAt: input.startedAt,
    };
    let id: string;
    let before: string | null = null;
    if (input.id) {
      const old = await tx.alliance.findUnique({
        where: { id: input.id },
        include: { institutions: { include: { institution: { select: { name: true } } } } },
      });
      if (!old) throw new AppError("NOT_FOUND", NO_ALLIANCE);
      before = allianceSummary({
        ...old,
        institutions: old.institutions.map((i) => i.institution.name),
      });
      await tx.alliance.update({
        where: { id: old.id },
        data: { ...data, ...(old.status !== input.status ? { statusChangedAt: now } : {}) },
      });
      await tx.allianceInstitution.deleteMany({ where: { allianceId: old.id } });
      id = old.id;
    } else {
      id = (await tx.alliance.create({ data: { ...data, statusChangedAt: now } })).id;
    }
    await tx.allianceInstitution.createMany({
      data: input.institutionIds.map((institutionId) => ({ allianceId: id, institutionId })),
    });
    await writeAudit(tx, actor, {
      action: input.id ? "alliance.update" : "alliance.create",
      entityType: "Alliance",
      entityId: id,
      workshop,
      before,
      after,
    });
    await announceWorkshops(tx, { alliance: id });
    return { id };
  });
}

export async function deleteAlliance(
  prisma: PrismaClient,
  actor: TActor,
  allianceId: string,
): Promise<{ deleted: string }> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.alliance.findUnique({
      where: { id: allianceId },
      include: {
        institutions: { include: { institution: { select: { name: true } } } },
        workshop: { select: { slug: true } },
      },
    });
    if (!row) throw new AppError("NOT_FOUND", NO_ALLIANCE);
    await tx.alliance.delete({ where: { id: row.id } });
    await writeAudit(tx, actor, {
      action: "alliance.delete",
      entityType: "Alliance",
      entityId: row.id,
      workshop: row.workshop,
      before: allianceSummary({
        ...row,
        institutions: row.institutions.map((i) => i.institution.name),
      }),
      after: null,
    });
    await announceWorkshops(tx, { alliance: row.id });
    return { deleted: row.title };
  });
}

const milestoneSummary = (m: { date: Date; note: string; percent: number }, title: string) =>
  `${title}: ${bogotaDayText(m.date)} · ${m.percent} % · ${m.note}`;

/** Records (no id) or corrects a progress milestone of an alliance. */
export async function saveMilestone(
  prisma: PrismaClient,
  actor: TActor,
  input: TMilestoneInput,
): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const alliance = await tx.alliance.findUnique({
      where: { id: input.allianceId },
      select: { id: true, title: true, workshop: { select: { slug: true } } },
    });
    if (!alliance) throw new AppError("NOT_FOUND", NO_ALLIANCE);
    const data = { date: input.date, note: input.note, percent: input.percent };
    let before: string | null = null;
    let id: string;
    if (input.id) {
      const old = await tx.allianceMilestone.findFirst({
        where: { id: input.id, allianceId: alliance.id },
      });
      if (!old) throw new AppError("NOT_FOUND", NO_MILESTONE);
      before = milestoneSummary(old, alliance.title);
      id = (await tx.allianceMilestone.update({ where: { id: old.id }, data })).id;
    } else {
      id = (await tx.allianceMilestone.create({ data: { ...data, allianceId: alliance.id } })).id;
    }
    await writeAudit(tx, actor, {
      action: input.id ? "alliance.milestone.update" : "alliance.milestone.create",
      entityType: "AllianceMilestone",
      entityId: id,
      workshop: alliance.workshop,
      before,
      after: milestoneSummary(data, alliance.title),
    });
    await announceWorkshops(tx, { alliance: alliance.id });
    return { id };
  });
}

export async function deleteMilestone(
  prisma: PrismaClient,
  actor: TActor,
  milestoneId: string,
): Promise<{ deleted: true }> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.allianceMilestone.findUnique({
      where: { id: milestoneId },
      include: {
        alliance: { select: { id: true, title: true, workshop: { select: { slug: true } } } },
      },
    });
    if (!row) throw new AppError("NOT_FOUND", NO_MILESTONE);
    await tx.allianceMilestone.delete({ where: { id: row.id } });
    await writeAudit(tx, actor, {
      action: "alliance.milestone.delete",
      entityType: "AllianceMilestone",
      entityId: row.id,
      workshop: row.alliance.workshop,
      before: milestoneSummary(row, row.alliance.title),
      after: null,
    });
    await announceWorkshops(tx, { alliance: row.alliance.id });
    return { deleted: true as const };
  });
}
