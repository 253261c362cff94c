import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { CAPACITY_TYPE_LABELS_ES } from "@lab/domain/indicator";
import { CAPACITY_LEVEL_LABELS } from "@lab/domain/workshop";
import { type TSaveCapacityMapInput, UNKNOWN_WORKSHOP_MESSAGE } from "@lab/domain/workshop-admin";
import type { TCapacityProfileView, TRevisionResult } from "@lab/domain/workshop-admin-views";
import { deriveCapacityMap } from "@lab/domain/workshop-record";
import type { TActor } from "../authorization";
import {
  announceWorkshops,
  bumpRevision,
  requireInstitutions,
  writeAudit,
} from "./workshop-admin-store";

// The actor–capacity map of a workshop: per institution, what it offers for each capacity
// type (a level and a text) and its potential role in the lab. Staff save the whole grid at
// once (a workshop revision, like the workshop's other lists); the suggestion from
// contributions is the domain's (workshop-record.ts) and is only a proposal until saved.

type TProfileLine = {
  institution: string;
  potentialRole: string | null;
  offers: {
    capacityType: keyof typeof CAPACITY_TYPE_LABELS_ES;
    level: "NONE" | "SOME" | "STRONG";
  }[];
};

function mapSummary(profiles: TProfileLine[]): string {
  if (profiles.length === 0) return "(vacío)";
  return profiles
    .map((p) => {
      const offered = p.offers
        .filter((o) => o.level !== "NONE")
        .map(
          (o) =>
            `${CAPACITY_TYPE_LABELS_ES[o.capacityType]} ${CAPACITY_LEVEL_LABELS.es[o.level].toLowerCase()}`,
        );
      return `${p.institution}: ${offered.length > 0 ? offered.join(", ") : "sin capacidades"}${p.potentialRole ? ` (rol: ${p.potentialRole})` : ""}`;
    })
    .join(" · ");
}

export async function saveCapacityMap(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveCapacityMapInput,
): Promise<TRevisionResult> {
  const names = await requireInstitutions(
    prisma,
    input.profiles.map((p) => p.institutionId),
    "profiles",
  );
  return prisma.$transaction(
    async (tx) => {
      const head = await bumpRevision(tx, input.workshopId, input.revision);
      const before = await tx.capacityProfile.findMany({
        where: { workshopId: head.id },
        include: { institution: { select: { name: true } }, offers: true },
        orderBy: { institution: { name: "asc" } },
      });
      const kept = input.profiles.map((p) => p.institutionId);
      await tx.capacityProfile.deleteMany({
        where: { workshopId: head.id, institutionId: { notIn: kept } },
      });
      for (const profile of input.profiles) {
        const saved = await tx.capacityProfile.upsert({
          where: {
            workshopId_institutionId: { workshopId: head.id, institutionId: profile.institutionId },
          },
          create: {
            workshopId: head.id,
            institutionId: profile.institutionId,
            potentialRole: profile.potentialRole,
          },
          update: { potentialRole: profile.potentialRole },
          select: { id: true },
        });
        await tx.capacityOffer.deleteMany({ where: { profileId: saved.id } });
        await tx.capacityOffer.createMany({
          data: profile.offers.map((o) => ({ profileId: saved.id, ...o })),
        });
      }
      await writeAudit(tx, actor, {
        action: "workshop.capacityMap.update",
        entityType: "Workshop",
        entityId: head.id,
        workshop: head,
        before: mapSummary(before.map((p) => ({ ...p, institution: p.institution.name }))),
        after: mapSummary(
          [...input.profiles]
            .map((p) => ({ ...p, institution: names.get(p.institutionId) ?? "?" }))
            .sort((a, b) => a.institution.localeCompare(b.institution, "es")),
        ),
      });
      await announceWorkshops(tx, { slug: head.slug });
      return { revision: head.revision };
    },
    { timeout: 30_000 },
  );
}

/**
 * What the workshop's contributions suggest, per institution that gave one: every capacity
 * type with a level and a description quoting them. Nothing is saved.
 */
export async function suggestCapacityMap(
  prisma: PrismaClient,
  workshopId: string,
): Promise<TCapacityProfileView[]> {
  const workshop = await prisma.workshop.findUnique({
    where: { id: workshopId },
    select: {
      contributions: {
        select: {
          institutionId: true,
          capacityTypes: true,
          status: true,
          text: true,
          votes: true,
        },
      },
    },
  });
  if (!workshop) throw new AppError("NOT_FOUND", UNKNOWN_WORKSHOP_MESSAGE);
  const suggested = deriveCapacityMap(workshop.contributions);
  const institutions = await prisma.institution.findMany({
    where: { id: { in: [...suggested.keys()] } },
    select: { id: true, name: true, type: true },
  });
  return institutions
    .map((institution) => ({
      institutionId: institution.id,
      institutionName: institution.name,
      institutionType: institution.type,
      potentialRole: null,
      offers: (suggested.get(institution.id) ?? []).map((s) => ({
        capacityType: s.capacityType,
        level: s.level,
        description: s.description,
        derived: true,
      })),
    }))
    .sort((a, b) => a.institutionName.localeCompare(b.institutionName, "es"));
}
