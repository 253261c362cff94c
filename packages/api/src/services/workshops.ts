import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import {
  allianceProgress,
  buildCapacityMap,
  compareInstitutions,
  countByInstitutionType,
  participatingInstitutionIds,
  type TPublicInstitution,
  type TWorkshopListItem,
  type TWorkshopRecord,
  type TWorkshopResults,
} from "@lab/domain/workshop-record";

// What citizens see of workshops: the list with key numbers and each workshop's public record
// and results. Ley 1581: every select below names its fields, and none of them is a
// person's (attendees' names, emails and roles, contributors) — the public sees institutions
// and counts. Facilitators' names leave only with their consent (nameIsPublic). Outcomes
// (attendance, contributions, capacity map, alliances) show once results are published.

const institutionSelect = { id: true, name: true, type: true, isDemo: true } as const;

const listSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  status: true,
  objective: true,
  isDemo: true,
  resultsPublishedAt: true,
} as const;

const publicInstitution = (i: {
  name: string;
  type: TPublicInstitution["type"];
  isDemo: boolean;
}) => ({
  name: i.name,
  type: i.type,
  isDemo: i.isDemo,
});

/** Upcoming first (soonest first), then past ones (latest first). */
function byCalendar(now: Date) {
  return (a: { startsAt: Date }, b: { startsAt: Date }) => {
    const aNext = a.startsAt >= now;
    const bNext = b.startsAt >= now;
    if (aNext !== bNext) return aNext ? -1 : 1;
    const diff = a.startsAt.getTime() - b.startsAt.getTime();
    return aNext ? diff : -diff;
  };
}

export async function listWorkshops(
  prisma: PrismaClient,
  now: Date = new Date(),
): Promise<TWorkshopListItem[]> {
  const rows = await prisma.workshop.findMany({
    orderBy: { startsAt: "desc" },
    select: listSelect,
  });
  const published = rows.filter((r) => r.status === "RESULTS_PUBLISHED").map((r) => r.id);
  const [attendees, contributions, alliances] = published.length
    ? await Promise.all([
        prisma.workshopAttendee.findMany({
          where: { workshopId: { in: published } },
          select: { workshopId: true, attended: true, institutionId: true },
        }),
        prisma.contribution.findMany({
          where: { workshopId: { in: published } },
          select: { workshopId: true, institutionId: true },
        }),
        prisma.alliance.groupBy({
          by: ["workshopId"],
          where: { workshopId: { in: published } },
          _count: { _all: true },
        }),
      ])
    : [[], [], []];
  return rows
    .map(({ id, ...row }) => {
      if (row.status !== "RESULTS_PUBLISHED") return { ...row, numbers: null };
      const mine = {
        attendees: attendees.filter((a) => a.workshopId === id),
        contributions: contributions.filter((c) => c.workshopId === id),
      };
      return {
        ...row,
        numbers: {
          attended: mine.attendees.filter((a) => a.attended).length,
          institutions: participatingInstitutionIds(mine).size,
          contributions: mine.contributions.length,
          alliances: alliances.find((a) => a.workshopId === id)?._count._all ?? 0,
        },
      };
    })
    .sort(byCalendar(now));
}

async function loadResults(
  prisma: PrismaClient,
  workshop: { id: string; resultsPublishedAt: Date | null },
  questionOrder: Map<string, number>,
): Promise<TWorkshopResults> {
  const where = { workshopId: workshop.id };
  const [attendees, contributions, profiles, alliances] = await Promise.all([
    prisma.workshopAttendee.findMany({ where, select: { attended: true, institutionId: true } }),
    prisma.contribution.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        questionId: true,
        text: true,
        institutionId: true,
        capacityTypes: true,
        tags: true,
        votes: true,
        status: true,
        isDemo: true,
      },
    }),
    prisma.capacityProfile.findMany({
      where,
      select: {
        institutionId: true,
        potentialRole: true,
        isDemo: true,
        offers: { select: { capacityType: true, level: true, description: true, derived: true } },
      },
    }),
    prisma.alliance.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        purpose: true,
        labFunction: true,
        status: true,
        statusChangedAt: true,
        startedAt: true,
        isDemo: true,
        institutions: { select: { institution: { select: institutionSelect } } },
        milestones: {
          orderBy: [{ date: "asc" }, { id: "asc" }],
          select: { date: true, note: true, percent: true },
        },
      },
    }),
  ]);

  const participating = participatingInstitutionIds({ attendees, contributions });
  const ids = new Set([...participating, ...profiles.map((p) => p.institutionId)]);
  const institutionRows = await prisma.institution.findMany({
    where: { id: { in: [...ids] } },
    select: institutionSelect,
  });
  const institutions = new Map(institutionRows.map((i) => [i.id, publicInstitution(i)]));
  const participants = [...participating]
    .flatMap((id) => {
      const institution = institutions.get(id);
      return institution ? [institution] : [];
    })
    .sort(compareInstitutions);

  const publicAlliances = alliances.map(({ institutions: links, milestones, ...a }) => ({
    ...a,
    institutions: links.map((l) => publicInstitution(l.institution)).sort(compareInstitutions),
    milestones,
    progress: allianceProgress(milestones),
  }));
  const publicContributions = contributions.map(({ questionId, institutionId, ...c }) => ({
    ...c,
    questionOrder: questionId ? (questionOrder.get(questionId) ?? null) : null,
    institution: institutionId ? (institutions.get(institutionId) ?? null) : null,
  }));
  return {
    publishedAt: workshop.resultsPublishedAt,
    attendance: {
      registered: attendees.length,
      attended: attendees.filter((a) => a.attended).length,
      institutions: participants.length,
      byType: countByInstitutionType(participants),
    },
    institutions: participants,
    contributions: publicContributions,
    capacityMap: buildCapacityMap(institutions, profiles, contributions),
    alliances: publicAlliances,
    hasDemo:
      participants.some((i) => i.isDemo) ||
      contributions.some((c) => c.isDemo) ||
      profiles.some((p) => p.isDemo) ||
      alliances.some((a) => a.isDemo),
  };
}

const recordSelect = {
  ...listSelect,
  onlineUrl: true,
  purpose: true,
  projectObjective: true,
  diagnosticObjective: true,
  background: true,
  agendaItems: {
    orderBy: { order: "asc" },
    select: { order: true, title: true, presenter: true, durationMinutes: true },
  },
  rules: { orderBy: { order: "asc" }, select: { order: true, title: true, description: true } },
  specificObjectives: { orderBy: { order: "asc" }, select: { order: true, text: true } },
  questions: {
    orderBy: { order: "asc" },
    select: { id: true, order: true, text: true, secondsPerIntervention: true },
  },
  facilitators: {
    orderBy: { order: "asc" },
    select: {
      personName: true,
      nameIsPublic: true,
      role: true,
      institution: { select: { name: true, type: true } },
    },
  },
} as const satisfies Prisma.WorkshopSelect;

export async function getWorkshop(prisma: PrismaClient, slug: string): Promise<TWorkshopRecord> {
  const row = await prisma.workshop.findUnique({ where: { slug }, select: recordSelect });
  if (!row) throw new AppError("NOT_FOUND", "No existe un taller con esa dirección.");
  const { id, agendaItems, facilitators, questions, onlineUrl, ...rest } = row;
  const results =
    row.status === "RESULTS_PUBLISHED"
      ? await loadResults(prisma, row, new Map(questions.map((q) => [q.id, q.order])))
      : null;
  return {
    ...rest,
    // The meeting link is for joining: once the workshop is held it is no one's business.
    onlineUrl: row.status === "PLANNED" || row.status === "LIVE" ? onlineUrl : null,
    agenda: agendaItems,
    questions: questions.map(({ id: _id, ...q }) => q),
    // Ley 1581: names leave the server only with the person's consent.
    facilitators: facilitators.map(({ personName, nameIsPublic, ...f }) => ({
      ...f,
      personName: nameIsPublic ? personName : null,
    })),
    results,
  };
}
