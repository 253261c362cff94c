import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { slugify } from "@lab/domain/slug";
import {
  duplicateOfficeMessage,
  type TCreateOfficeInput,
  type TOfficeView,
} from "@lab/domain/user-admin";
import type { TActor } from "../authorization";

// Offices (dependencias): they own indicators, and editors belong to them.

export async function listOffices(prisma: PrismaClient): Promise<TOfficeView[]> {
  const rows = await prisma.office.findMany({
    select: {
      id: true,
      name: true,
      slug: true,
      _count: { select: { members: true, indicators: true } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...office }) => ({ ...office, ..._count }));
}

function duplicate(existingName: string): AppError {
  const message = duplicateOfficeMessage(existingName);
  return new AppError("CONFLICT", message, { fieldErrors: { name: [message] } });
}

/**
 * Creates an office; its slug comes from the name. CONFLICT when the name, or one that only
 * differs in case, accents or punctuation (same slug), already exists.
 */
export async function createOffice(
  prisma: PrismaClient,
  actor: TActor,
  input: TCreateOfficeInput,
): Promise<TOfficeView> {
  const slug = slugify(input.name);
  if (!slug) {
    throw AppError.badRequest({
      name: ["Escriba el nombre con letras del alfabeto latino o números."],
    });
  }
  const existing = await prisma.office.findFirst({
    where: { OR: [{ slug }, { name: input.name }] },
    select: { name: true },
  });
  if (existing) throw duplicate(existing.name);
  try {
    const office = await prisma.$transaction(async (tx) => {
      const created = await tx.office.create({
        data: { name: input.name, slug },
        select: { id: true, name: true, slug: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "office.create",
          entityType: "Office",
          entityId: created.id,
          details: { name: created.name, slug: created.slug, before: null, after: created.name },
        },
      });
      return created;
    });
    return { ...office, members: 0, indicators: 0 };
  } catch (error) {
    // Created by someone else between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw duplicate(input.name);
    }
    throw error;
  }
}
