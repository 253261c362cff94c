import type { PrismaClient } from "@lab/db/prisma";
import { hashPassword, verifyPassword } from "@lab/db/users";
import {
  EMAIL_PASSWORD_MESSAGE,
  passwordMatchesEmail,
  type TChangePasswordInput,
} from "@lab/domain/auth";
import { AppError } from "@lab/domain/errors";
import type { TSessionUser } from "../trpc";

export const WRONG_CURRENT_PASSWORD_MESSAGE = "La contraseña actual no es correcta.";
export const SAME_PASSWORD_MESSAGE = "La nueva contraseña debe ser distinta de la actual.";

/**
 * Changes the signed-in user's password: the current one must match, the new one must differ
 * from it and from the email. Hash and audit entry (no secrets) in one transaction.
 */
export async function changePassword(
  prisma: PrismaClient,
  actor: TSessionUser,
  input: TChangePasswordInput,
): Promise<{ changedAt: Date }> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw AppError.badRequest({ currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] });
  }
  if (input.newPassword === input.currentPassword) {
    throw AppError.badRequest({ newPassword: [SAME_PASSWORD_MESSAGE] });
  }
  if (passwordMatchesEmail(input.newPassword, user.email)) {
    throw AppError.badRequest({ newPassword: [EMAIL_PASSWORD_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    // Only if the hash is still the one verified: a concurrent change wins, this one fails.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (count !== 1) {
      throw AppError.badRequest({ currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] });
    }
    const entry = await tx.auditEntry.create({
      data: {
        actorId: user.id,
        action: "user.password.change",
        entityType: "User",
        entityId: user.id,
        details: { email: user.email },
      },
      select: { createdAt: true },
    });
    return { changedAt: entry.createdAt };
  });
}
