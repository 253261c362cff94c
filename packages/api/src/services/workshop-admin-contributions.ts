import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { CAPACITY_TYPE_LABELS_ES } from "@lab/domain/indicator";
import { CONTRIBUTION_STATUS_LABELS } from "@lab/domain/workshop";
import type { TContributionInput } from "@lab/domain/workshop-admin";
import type { TActor } from "../authorization";
import {
  deleteWorkshopRecord,
  findWorkshop,
  requireInstitutions,
  saveWorkshopRecord,
} from "./workshop-admin-store";

// Contributions staff enter after a workshop (the live board of a later issue adds its own,
// source BOARD): tied to one of the workshop's questions, an institution and, for staff only,
// the person who gave it.

function contributionSummary(c: {
  text: string;
  institution: string | null;
  capacityTypes: readonly (keyof typeof CAPACITY_TYPE_LABELS_ES)[];
  status: keyof (typeof CONTRIBUTION_STATUS_LABELS)["es"];
  votes: number;
}) {
  const types = c.capacityTypes.map((t) => CAPACITY_TYPE_LABELS_ES[t]).join(", ");
  return [
    `«${c.text}»`,
    c.institution,
    types ? `capacidad ${types.toLowerCase()}` : null,
    CONTRIBUTION_STATUS_LABELS.es[c.status],
    `${c.votes} voto${c.votes === 1 ? "" : "s"}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

type TStoredContribution = Omit<Parameters<typeof contributionSummary>[0], "institution"> & {
  id: string;
  institution: { name: string } | null;
};

const contributionRecord = {
  action: "contribution",
  entityType: "Contribution",
  notFound: "Ese aporte ya no existe: recargue la página.",
  summary: (row: TStoredContribution) =>
    contributionSummary({ ...row, institution: row.institution?.name ?? null }),
};

/** Records (no id) or corrects a contribution. Its question and person must be this workshop's. */
export async function saveContribution(
  prisma: PrismaClient,
  actor: TActor,
  input: TContributionInput,
): Promise<{ id: string }> {
  const workshop = await findWorkshop(prisma, input.workshopId);
  const names = await requireInstitutions(prisma, [input.institutionId], "institutionId");
  const fieldErrors: Record<string, string[]> = {};
  if (input.questionId) {
    const question = await prisma.workshopQuestion.findFirst({
      where: { id: input.questionId, workshopId: workshop.id },
      select: { id: true },
    });
    if (!question) fieldErrors.questionId = ["Esa pregunta no es de este taller: elija otra."];
  }
  if (input.attendeeId) {
    const attendee = await prisma.workshopAttendee.findFirst({
      where: { id: input.attendeeId, workshopId: workshop.id },
      select: { id: true },
    });
    if (!attendee) {
      fieldErrors.attendeeId = ["Esa persona no está en el registro de este taller: elija otra."];
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw AppError.badRequest(fieldErrors);
  const data = {
    questionId: input.questionId,
    text: input.text,
    institutionId: input.institutionId,
    attendeeId: input.attendeeId,
    capacityTypes: input.capacityTypes,
    tags: input.tags,
    votes: input.votes,
    status: input.status,
  };
  const after = contributionSummary({
    ...data,
    institution: input.institutionId ? (names.get(input.institutionId) ?? null) : null,
  });
  return saveWorkshopRecord<TStoredContribution>(prisma, actor, {
    ...contributionRecord,
    workshop,
    id: input.id,
    after,
    find: (tx, id) =>
      tx.contribution.findFirst({
        where: { id, workshopId: workshop.id },
        include: { institution: { select: { name: true } } },
      }),
    update: (tx, id) => tx.contribution.update({ where: { id }, data }),
    create: (tx) =>
      tx.contribution.create({ data: { ...data, workshopId: workshop.id, source: "STAFF" } }),
  });
}

export async function deleteContribution(
  prisma: PrismaClient,
  actor: TActor,
  contributionId: string,
): Promise<{ deleted: true }> {
  await deleteWorkshopRecord<TStoredContribution & { workshop: { slug: string } }>(prisma, actor, {
    ...contributionRecord,
    find: (tx) =>
      tx.contribution.findUnique({
        where: { id: contributionId },
        include: {
          institution: { select: { name: true } },
          workshop: { select: { slug: true } },
        },
      }),
    remove: (tx, id) => tx.contribution.delete({ where: { id } }),
  });
  return { deleted: true as const };
}
