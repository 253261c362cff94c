import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import type { TRole } from "@lab/domain/role";

// The office rule of permissions.ts's "ownOffice" scope, in one place: ADMIN may edit every
// indicator, an EDITOR those owned by one of their offices (dependencias), nobody else any.

export type TActor = { id: string; role: TRole };

/** What the checks need: the database and who is asking (null: nobody signed in). */
export type TAuthContext = { prisma: PrismaClient; session: TActor | null };

export const OTHER_OFFICE_MESSAGE = "Este indicador pertenece a otra dependencia.";

/** The indicators the actor may edit, as a Prisma filter. */
export function editableIndicatorsWhere(actor: TActor): Prisma.IndicatorWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "EDITOR":
      return { office: { members: { some: { userId: actor.id } } } };
    default:
      return { id: { in: [] } };
  }
}

/**
 * UNAUTHORIZED without a session, NOT_FOUND for an unknown indicator, FORBIDDEN unless the
 * actor may edit it. Services call it before writing anything about an indicator.
 */
export async function assertCanEditIndicator(
  ctx: TAuthContext,
  indicatorSlug: string,
): Promise<void> {
  const actor = ctx.session;
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (actor.role !== "ADMIN" && actor.role !== "EDITOR") throw new AppError("FORBIDDEN");
  const editable = await ctx.prisma.indicator.findFirst({
    where: { slug: indicatorSlug, ...editableIndicatorsWhere(actor) },
    select: { id: true },
  });
  if (editable) return;
  const indicator = await ctx.prisma.indicator.findUnique({
    where: { slug: indicatorSlug },
    select: { officeId: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");
  throw new AppError(
    "FORBIDDEN",
    indicator.officeId
      ? OTHER_OFFICE_MESSAGE
      : "Este indicador no tiene dependencia responsable: solo la administración puede editarlo.",
  );
}
