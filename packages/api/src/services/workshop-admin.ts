import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { CAPACITY_TYPES } from "@lab/domain/indicator";
import {
  type TCreateWorkshopInput,
  type TSaveAgendaInput,
  type TSaveFacilitatorsInput,
  type TSaveQuestionsInput,
  type TSaveRulesInput,
  type TSaveSpecificObjectivesInput,
  type TUpdateWorkshopInput,
  type TWorkshopFields,
  type TWorkshopRevisionInput,
  UNKNOWN_WORKSHOP_MESSAGE,
} from "@lab/domain/workshop-admin";
import {
  type TRevisionResult,
  type TWorkshopAdminSummary,
  type TWorkshopAdminView,
  workshopInUseMessage,
} from "@lab/domain/workshop-admin-views";
import { participatingInstitutionIds } from "@lab/domain/workshop-record";
import type { TActor } from "../authorization";
import {
  announceWorkshops,
  bogotaText,
  bumpRevision,
  changedFields,
  isUniqueViolation,
  requireInstitutions,
  type TTx,
  writeAudit,
} from "./workshop-admin-store";

// Workshops as staff edit them: the list, the editor's view, the workshop's own fields and
// its lists (agenda, rules, specific objectives, questions, facilitators), and deleting one that
// holds no records. Each save names the revision the form loaded (a stale one is a CONFLICT), is
// audited and announces "workshops" on the bus, in one transaction. Statuses and the publication
// of results: ./workshop-admin-publish.

export async function listWorkshopsForStaff(
  prisma: PrismaClient,
): Promise<TWorkshopAdminSummary[]> {
  const rows = await prisma.workshop.findMany({
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      status: true,
      resultsPublishedAt: true,
      isDemo: true,
      _count: { select: { questions: true, attendees: true, contributions: true } },
      attendees: { select: { attended: true, institutionId: true } },
      contributions: { select: { institutionId: true } },
    },
  });
  return rows.map(({ _count, attendees, contributions, ...w }) => ({
    ...w,
    questions: _count.questions,
    attendees: _count.attendees,
    contributions: _count.contributions,
    institutions: participatingInstitutionIds({ attendees, contributions }).size,
  }));
}

export async function getWorkshopForStaff(
  prisma: PrismaClient,
  slug: string,
): Promise<TWorkshopAdminView> {
  const row = await prisma.workshop.findUnique({
    where: { slug },
    include: {
      agendaItems: { orderBy: { order: "asc" } },
      rules: { orderBy: { order: "asc" } },
      specificObjectives: { orderBy: { order: "asc" }, select: { text: true } },
      questions: {
        orderBy: { order: "asc" },
        include: { _count: { select: { contributions: true } } },
      },
      facilitators: { orderBy: { order: "asc" } },
      attendees: {
        orderBy: [{ personName: "asc" }, { createdAt: "asc" }],
        include: { institution: { select: { name: true } } },
      },
      contributions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          institution: { select: { name: true } },
          attendee: { select: { personName: true } },
          question: { select: { order: true } },
        },
      },
      capacityProfiles: {
        include: { institution: { select: { name: true, type: true } }, offers: true },
      },
      alliances: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          institutions: { include: { institution: { select: { id: true, name: true } } } },
          milestones: { orderBy: [{ date: "asc" }, { id: "asc" }] },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", UNKNOWN_WORKSHOP_MESSAGE);
  const institutions = await prisma.institution.findMany({
    select: { id: true, name: true, type: true },
    orderBy: { name: "asc" },
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "es");
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place,
    onlineUrl: row.onlineUrl,
    objective: row.objective,
    purpose: row.purpose,
    projectObjective: row.projectObjective,
    diagnosticObjective: row.diagnosticObjective,
    background: row.background,
    status: row.status,
    resultsPublishedAt: row.resultsPublishedAt,
    revision: row.revision,
    isDemo: row.isDemo,
    updatedAt: row.updatedAt,
    agenda: row.agendaItems.map(({ title, presenter, durationMinutes }) => ({
      title,
      presenter,
      durationMinutes,
    })),
    rules: row.rules.map(({ title, description }) => ({ title, description })),
    specificObjectives: row.specificObjectives,
    questions: row.questions.map((q) => ({
      id: q.id,
      order: q.order,
      text: q.text,
      secondsPerIntervention: q.secondsPerIntervention,
      contributions: q._count.contributions,
    })),
    facilitators: row.facilitators.map(({ personName, role, institutionId, nameIsPublic }) => ({
      personName,
      role,
      institutionId,
      nameIsPublic,
    })),
    attendees: row.attendees.map((a) => ({
      id: a.id,
      personName: a.personName,
      email: a.email,
      institutionId: a.institutionId,
      institutionName: a.institution?.name ?? null,
      role: a.role,
      consentAt: a.consentAt,
      consentText: a.consentText,
      attended: a.attended,
      checkedInAt: a.checkedInAt,
      isDemo: a.isDemo,
    })),
    // By question (those without one last), then in the order they were recorded.
    contributions: [...row.contributions]
      .sort(
        (a, b) =>
          (a.question?.order ?? Number.MAX_SAFE_INTEGER) -
          (b.question?.order ?? Number.MAX_SAFE_INTEGER),
      )
      .map((c) => ({
        id: c.id,
        questionId: c.questionId,
        text: c.text,
        institutionId: c.institutionId,
        institutionName: c.institution?.name ?? null,
        attendeeId: c.attendeeId,
        attendeeName: c.attendee?.personName ?? null,
        capacityTypes: c.capacityTypes,
        tags: c.tags,
        votes: c.votes,
        status: c.status,
        source: c.source,
        isDemo: c.isDemo,
      })),
    capacityMap: row.capacityProfiles
      .map((p) => ({
        institutionId: p.institutionId,
        institutionName: p.institution.name,
        institutionType: p.institution.type,
        potentialRole: p.potentialRole,
        offers: CAPACITY_TYPES.flatMap((type) =>
          p.offers
            .filter((o) => o.capacityType === type)
            .map(({ capacityType, level, description, derived }) => ({
              capacityType,
              level,
              description,
              derived,
            })),
        ),
      }))
      .sort((a, b) => a.institutionName.localeCompare(b.institutionName, "es")),
    alliances: row.alliances.map((a) => ({
      id: a.id,
      workshopId: a.workshopId,
      title: a.title,
      purpose: a.purpose,
      labFunction: a.labFunction as TWorkshopAdminView["alliances"][number]["labFunction"],
      status: a.status,
      statusChangedAt: a.statusChangedAt,
      startedAt: a.startedAt,
      isDemo: a.isDemo,
      institutions: a.institutions.map((i) => i.institution).sort(byName),
      milestones: a.milestones.map(({ id, date, note, percent }) => ({ id, date, note, percent })),
    })),
    institutions,
  };
}

// ---------------------------------------------------------------------------------------------
// The workshop's own fields.

const FIELD_LABELS_ES: Record<keyof TWorkshopFields, string> = {
  title: "Título",
  startsAt: "Inicio",
  endsAt: "Cierre",
  place: "Lugar",
  onlineUrl: "Enlace en línea",
  objective: "Objetivo",
  purpose: "Propósito",
  projectObjective: "Objetivo general del proyecto",
  diagnosticObjective: "Objetivo del diagnóstico",
  background: "Contexto",
};

const showField = (value: unknown) =>
  value instanceof Date ? bogotaText(value) : value === null || value === "" ? "—" : String(value);

function duplicateSlug(slug: string): AppError {
  const message = `Ya existe un taller con la dirección ${slug}: elija otra.`;
  return new AppError("CONFLICT", message, { fieldErrors: { slug: [message] } });
}

export async function createWorkshop(
  prisma: PrismaClient,
  actor: TActor,
  input: TCreateWorkshopInput,
): Promise<{ id: string; slug: string }> {
  if (await prisma.workshop.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw duplicateSlug(input.slug);
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.workshop.create({
        data: { slug: input.slug, ...input.fields },
        select: { id: true, slug: true },
      });
      await writeAudit(tx, actor, {
        action: "workshop.create",
        entityType: "Workshop",
        entityId: created.id,
        workshop: created,
        before: null,
        after: `${input.fields.title} · ${bogotaText(input.fields.startsAt)}`,
      });
      await announceWorkshops(tx, { slug: created.slug });
      return created;
    });
  } catch (error) {
    // Two people creating the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw duplicateSlug(input.slug);
    throw error;
  }
}

export async function updateWorkshop(
  prisma: PrismaClient,
  actor: TActor,
  input: TUpdateWorkshopInput,
): Promise<TRevisionResult> {
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const before = await tx.workshop.findUniqueOrThrow({
      where: { id: head.id },
      select: Object.fromEntries(Object.keys(FIELD_LABELS_ES).map((k) => [k, true])) as Record<
        keyof TWorkshopFields,
        true
      >,
    });
    const change = changedFields(FIELD_LABELS_ES, before, input.fields, showField);
    await tx.workshop.update({ where: { id: head.id }, data: input.fields });
    await writeAudit(tx, actor, {
      action: "workshop.update",
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: change?.before ?? null,
      after: change?.after ?? "Sin cambios en los campos",
      details: { fields: change?.fields ?? [] },
    });
    await announceWorkshops(tx, { slug: head.slug });
    return { revision: head.revision };
  });
}

/**
 * Deletes a workshop that holds nothing but its own definition, with the revision the page
 * loaded; one with records (people, contributions, results…) is refused, saying which.
 */
export async function deleteWorkshop(
  prisma: PrismaClient,
  actor: TActor,
  input: TWorkshopRevisionInput,
): Promise<{ deleted: string }> {
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const row = await tx.workshop.findUniqueOrThrow({
      where: { id: head.id },
      select: {
        status: true,
        boardSession: { select: { id: true } },
        _count: {
          select: { attendees: true, contributions: true, capacityProfiles: true, alliances: true },
        },
      },
    });
    const refusal = workshopInUseMessage(head.title, {
      ...row._count,
      boardSession: row.boardSession !== null,
      resultsPublished: row.status === "RESULTS_PUBLISHED",
    });
    if (refusal) throw new AppError("BAD_REQUEST", refusal);
    await tx.workshop.delete({ where: { id: head.id } });
    await writeAudit(tx, actor, {
      action: "workshop.delete",
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: head.title,
      after: null,
    });
    await announceWorkshops(tx, { slug: head.slug });
    return { deleted: head.title };
  });
}

// ---------------------------------------------------------------------------------------------
// The workshop's lists. Each save replaces the whole list, in the order given.

function numbered(lines: string[]): string {
  return lines.length === 0 ? "(vacía)" : lines.map((line, i) => `${i + 1}. ${line}`).join(" · ");
}

function agendaLine(item: {
  title: string;
  presenter: string | null;
  durationMinutes: number | null;
}) {
  return `${item.title}${item.presenter ? ` — ${item.presenter}` : ""}${
    item.durationMinutes ? ` (${item.durationMinutes} min)` : ""
  }`;
}

/** One of the workshop's plain lists replaced whole: what it held and what it holds, audited. */
type TListReplacement = {
  action: string;
  /** The list as it is, a line per item, in order. */
  current: (tx: TTx, workshopId: string) => Promise<string[]>;
  /** Deletes the items and creates the new ones, numbered from 1. */
  replace: (tx: TTx, workshopId: string) => Promise<unknown>;
  /** The new list, a line per item. */
  after: string[];
};

async function replaceList(
  prisma: PrismaClient,
  actor: TActor,
  input: { workshopId: string; revision: number },
  list: TListReplacement,
): Promise<TRevisionResult> {
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const before = await list.current(tx, head.id);
    await list.replace(tx, head.id);
    await writeAudit(tx, actor, {
      action: list.action,
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: numbered(before),
      after: numbered(list.after),
    });
    await announceWorkshops(tx, { slug: head.slug });
    return { revision: head.revision };
  });
}

export function saveAgenda(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveAgendaInput,
): Promise<TRevisionResult> {
  return replaceList(prisma, actor, input, {
    action: "workshop.agenda.update",
    current: async (tx, workshopId) =>
      (
        await tx.workshopAgendaItem.findMany({ where: { workshopId }, orderBy: { order: "asc" } })
      ).map(agendaLine),
    replace: async (tx, workshopId) => {
      await tx.workshopAgendaItem.deleteMany({ where: { workshopId } });
      await tx.workshopAgendaItem.createMany({
        data: input.items.map((item, i) => ({ workshopId, order: i + 1, ...item })),
      });
    },
    after: input.items.map(agendaLine),
  });
}

export function saveRules(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveRulesInput,
): Promise<TRevisionResult> {
  return replaceList(prisma, actor, input, {
    action: "workshop.rules.update",
    current: async (tx, workshopId) =>
      (await tx.workshopRule.findMany({ where: { workshopId }, orderBy: { order: "asc" } })).map(
        (r) => r.title,
      ),
    replace: async (tx, workshopId) => {
      await tx.workshopRule.deleteMany({ where: { workshopId } });
      await tx.workshopRule.createMany({
        data: input.rules.map((rule, i) => ({ workshopId, order: i + 1, ...rule })),
      });
    },
    after: input.rules.map((r) => r.title),
  });
}

/** The specific objectives the public record lists under the workshop's project context. */
export function saveSpecificObjectives(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveSpecificObjectivesInput,
): Promise<TRevisionResult> {
  return replaceList(prisma, actor, input, {
    action: "workshop.objectives.update",
    current: async (tx, workshopId) =>
      (
        await tx.workshopObjective.findMany({ where: { workshopId }, orderBy: { order: "asc" } })
      ).map((o) => o.text),
    replace: async (tx, workshopId) => {
      await tx.workshopObjective.deleteMany({ where: { workshopId } });
      await tx.workshopObjective.createMany({
        data: input.objectives.map((o, i) => ({ workshopId, order: i + 1, text: o.text })),
      });
    },
    after: input.objectives.map((o) => o.text),
  });
}

const questionLine = (q: { text: string; secondsPerIntervention: number }) =>
  `${q.text} (${q.secondsPerIntervention} s)`;

/**
 * Questions keep their ids, so contributions stay tied to them when the list is reordered or
 * reworded. Removing a question that has contributions is refused: they would lose it.
 */
export async function saveQuestions(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveQuestionsInput,
): Promise<TRevisionResult> {
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const before = await tx.workshopQuestion.findMany({
      where: { workshopId: head.id },
      orderBy: { order: "asc" },
      include: { _count: { select: { contributions: true } } },
    });
    const known = new Set(before.map((q) => q.id));
    const fieldErrors: Record<string, string[]> = {};
    input.questions.forEach((q, i) => {
      if (q.id && !known.has(q.id)) {
        fieldErrors[`questions.${i}`] = [
          "Esta pregunta ya no existe en el taller: recargue la página.",
        ];
      }
    });
    const kept = new Set(input.questions.map((q) => q.id));
    const removed = before.filter((q) => !kept.has(q.id));
    const blocked = removed.filter((q) => q._count.contributions > 0);
    if (blocked.length > 0) {
      const list = blocked
        .map(
          (q) =>
            `«${q.text}» (${q._count.contributions} aporte${q._count.contributions === 1 ? "" : "s"})`,
        )
        .join(", ");
      fieldErrors.questions = [
        `No se puede quitar ${blocked.length === 1 ? "la pregunta" : "las preguntas"} ${list}: asigne antes sus aportes a otra pregunta.`,
      ];
    }
    if (Object.keys(fieldErrors).length > 0) {
      throw AppError.badRequest(fieldErrors, fieldErrors.questions?.[0]);
    }
    await tx.workshopQuestion.deleteMany({ where: { id: { in: removed.map((q) => q.id) } } });
    // Out of the way first: (workshopId, order) is unique and the new orders may swap.
    for (const [i, q] of before.filter((q) => kept.has(q.id)).entries()) {
      await tx.workshopQuestion.update({ where: { id: q.id }, data: { order: -(i + 1) } });
    }
    for (const [i, q] of input.questions.entries()) {
      const data = { text: q.text, secondsPerIntervention: q.secondsPerIntervention, order: i + 1 };
      if (q.id) await tx.workshopQuestion.update({ where: { id: q.id }, data });
      else await tx.workshopQuestion.create({ data: { ...data, workshopId: head.id } });
    }
    await writeAudit(tx, actor, {
      action: "workshop.questions.update",
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: numbered(before.map(questionLine)),
      after: numbered(input.questions.map(questionLine)),
    });
    await announceWorkshops(tx, { slug: head.slug });
    return { revision: head.revision };
  });
}

export async function saveFacilitators(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveFacilitatorsInput,
): Promise<TRevisionResult> {
  const names = await requireInstitutions(
    prisma,
    input.facilitators.map((f) => f.institutionId),
    "facilitators",
  );
  const line = (f: {
    personName: string;
    role: string;
    institutionId: string;
    nameIsPublic: boolean;
  }) =>
    `${f.personName} — ${f.role}, ${names.get(f.institutionId) ?? "?"}${f.nameIsPublic ? "" : " (nombre reservado)"}`;
  return prisma.$transaction(async (tx) => {
    const head = await bumpRevision(tx, input.workshopId, input.revision);
    const before = await tx.workshopFacilitator.findMany({
      where: { workshopId: head.id },
      orderBy: { order: "asc" },
      include: { institution: { select: { id: true, name: true } } },
    });
    for (const f of before) names.set(f.institution.id, f.institution.name);
    await tx.workshopFacilitator.deleteMany({ where: { workshopId: head.id } });
    await tx.workshopFacilitator.createMany({
      data: input.facilitators.map((f, i) => ({ workshopId: head.id, order: i + 1, ...f })),
    });
    await writeAudit(tx, actor, {
      action: "workshop.facilitators.update",
      entityType: "Workshop",
      entityId: head.id,
      workshop: head,
      before: numbered(before.map(line)),
      after: numbered(input.facilitators.map(line)),
    });
    await announceWorkshops(tx, { slug: head.slug });
    return { revision: head.revision };
  });
}
