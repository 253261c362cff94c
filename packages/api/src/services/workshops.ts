import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import type { TWorkshopSummary, TWorkshopView } from "@lab/domain/workshop";

const summarySelect = {
  slug: true,
  title: true,
  startsAt: true,
  place: true,
  status: true,
  objective: true,
} as const;

export function listWorkshops(prisma: PrismaClient): Promise<TWorkshopSummary[]> {
  return prisma.workshop.findMany({ orderBy: { startsAt: "desc" }, select: summarySelect });
}

export async function getWorkshop(prisma: PrismaClient, slug: string): Promise<TWorkshopView> {
  const row = await prisma.workshop.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
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
      facilitators: {
        orderBy: { order: "asc" },
        select: {
          personName: true,
          nameIsPublic: true,
          role: true,
          institution: { select: { name: true, type: true } },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "No existe un taller con esa dirección.");
  const { agendaItems, facilitators, ...rest } = row;
  return {
    ...rest,
    agenda: agendaItems,
    // Ley 1581: names leave the server only with the person's consent.
    facilitators: facilitators.map(({ personName, nameIsPublic, ...f }) => ({
      ...f,
      personName: nameIsPublic ? personName : null,
    })),
  };
}
