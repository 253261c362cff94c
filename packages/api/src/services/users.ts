import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { addUserToOffices, hashPassword, createUser as insertUser } from "@lab/db/users";
import { AppError } from "@lab/domain/errors";
import {
  accountSummaryEs,
  duplicateEmailMessage,
  SELF_DEACTIVATION_MESSAGE,
  SELF_DEMOTION_MESSAGE,
  SELF_RESET_MESSAGE,
  type TCreatedUser,
  type TCreateUserInput,
  type TGeneratedPassword,
  type TSetUserActiveInput,
  type TUpdateUserInput,
  type TUserIdInput,
  type TUserView,
  UNKNOWN_OFFICE_MESSAGE,
  UNKNOWN_USER_MESSAGE,
} from "@lab/domain/user-admin";
import { generatePassword } from "../auth/generated-password";
import type { TActor } from "../authorization";

// Accounts as the administration manages them. Every change is written with its audit entry
// in one transaction; passwords and hashes never reach an audit entry, a log or a view.

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  createdAt: true,
  offices: { select: { office: { select: { id: true, name: true } } } },
} satisfies Prisma.UserSelect;

type TUserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

function toView(row: TUserRow): TUserView {
  const offices = row.offices
    .map((m) => m.office)
    .sort((a, b) => a.name.localeCompare(b.name, "es"));
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    createdAt: row.createdAt,
    offices,
  };
}

export async function listUsers(prisma: PrismaClient): Promise<TUserView[]> {
  const rows = await prisma.user.findMany({
    select: userSelect,
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return rows.map(toView);
}

/** The named offices, by id; BAD_REQUEST on the offices field if one is gone. */
async function resolveOffices(
  prisma: PrismaClient,
  officeIds: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (officeIds.length === 0) return [];
  const offices = await prisma.office.findMany({
    where: { id: { in: [...officeIds] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (offices.length !== officeIds.length) {
    throw AppError.badRequest({ officeIds: [UNKNOWN_OFFICE_MESSAGE] });
  }
  return offices;
}

async function findUser(prisma: PrismaClient, userId: string): Promise<TUserRow> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user) throw new AppError("NOT_FOUND", UNKNOWN_USER_MESSAGE);
  return user;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function duplicateEmail(email: string): AppError {
  return new AppError("CONFLICT", duplicateEmailMessage(email), {
    fieldErrors: { email: [duplicateEmailMessage(email)] },
  });
}

/**
 * Creates an account with a generated password, returned once in the answer to show to the
 * administrator. CONFLICT (on the email field) if the email already has an account.
 */
export async function createUser(
  prisma: PrismaClient,
  actor: TActor,
  input: TCreateUserInput,
): Promise<TCreatedUser> {
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw duplicateEmail(input.email);
  }
  const offices = await resolveOffices(prisma, input.officeIds);
  const password = generatePassword();
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await insertUser(tx, {
        email: input.email,
        name: input.name,
        role: input.role,
        password,
      });
      const officeNames = offices.map((o) => o.name);
      await addUserToOffices(tx, created.id, officeNames);
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "user.create",
          entityType: "User",
          entityId: created.id,
          details: {
            email: created.email,
            name: created.name,
            role: created.role,
            offices: officeNames,
            before: null,
            after: accountSummaryEs({ ...created, offices: officeNames }),
          },
        },
      });
      return tx.user.findUniqueOrThrow({ where: { id: created.id }, select: userSelect });
    });
    return { user: toView(user), password };
  } catch (error) {
    // Two administrators creating the same email at once: the second meets the unique index.
    if (isUniqueViolation(error)) throw duplicateEmail(input.email);
    throw error;
  }
}

/**
 * Sets an account's role and offices (an EDITOR edits only its offices' indicators; other
 * roles belong to none). An administrator cannot take away their own ADMIN role, so the
 * platform always keeps one. Nothing is written when nothing changes.
 */
export async function updateUser(
  prisma: PrismaClient,
  actor: TActor,
  input: TUpdateUserInput,
): Promise<TUserView> {
  if (input.userId === actor.id && input.role !== "ADMIN") {
    throw AppError.badRequest({ role: [SELF_DEMOTION_MESSAGE] }, SELF_DEMOTION_MESSAGE);
  }
  const user = await findUser(prisma, input.userId);
  const offices = await resolveOffices(prisma, input.officeIds);
  const beforeOffices = toView(user).offices.map((o) => o.name);
  const afterOffices = offices.map((o) => o.name);
  const sameOffices =
    beforeOffices.length === afterOffices.length &&
    beforeOffices.every((name) => afterOffices.includes(name));
  if (user.role === input.role && sameOffices) return toView(user);

  const updated = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await tx.userOffice.deleteMany({
      where: { userId: user.id, officeId: { notIn: offices.map((o) => o.id) } },
    });
    await addUserToOffices(tx, user.id, afterOffices);
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        action: "user.update",
        entityType: "User",
        entityId: user.id,
        details: {
          email: user.email,
          role: { before: user.role, after: input.role },
          offices: { before: beforeOffices, after: afterOffices },
          before: accountSummaryEs({ ...user, offices: beforeOffices }),
          after: accountSummaryEs({ email: user.email, role: input.role, offices: afterOffices }),
        },
      },
    });
    return tx.user.findUniqueOrThrow({ where: { id: user.id }, select: userSelect });
  });
  return toView(updated);
}

/**
 * Deactivates or reactivates an account. A deactivated account can no longer sign in, and its
 * open sessions stop working at their next request (protectedProcedure re-reads `active`).
 * Nobody can deactivate themselves.
 */
export async function setUserActive(
  prisma: PrismaClient,
  actor: TActor,
  input: TSetUserActiveInput,
): Promise<TUserView> {
  if (input.userId === actor.id && !input.active) {
    throw new AppError("BAD_REQUEST", SELF_DEACTIVATION_MESSAGE);
  }
  const user = await findUser(prisma, input.userId);
  if (user.active === input.active) return toView(user);
  const updated = await prisma.$transaction(async (tx) => {
    const saved = await tx.user.update({
      where: { id: user.id },
      data: { active: input.active },
      select: userSelect,
    });
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        action: input.active ? "user.reactivate" : "user.deactivate",
        entityType: "User",
        entityId: user.id,
        details: {
          email: user.email,
          before: `${user.email} · ${user.active ? "activa" : "desactivada"}`,
          after: `${user.email} · ${input.active ? "activa" : "desactivada"}`,
        },
      },
    });
    return saved;
  });
  return toView(updated);
}

/**
 * Replaces someone else's password with a generated one, returned once in the answer. Only
 * its hash is stored; the audit entry says whose password changed, nothing more. The
 * administrator's own password changes through `account.changePassword`, which asks for the
 * current one.
 */
export async function resetPassword(
  prisma: PrismaClient,
  actor: TActor,
  input: TUserIdInput,
): Promise<TGeneratedPassword> {
  if (input.userId === actor.id) throw new AppError("BAD_REQUEST", SELF_RESET_MESSAGE);
  const user = await findUser(prisma, input.userId);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        action: "user.resetPassword",
        entityType: "User",
        entityId: user.id,
        details: { email: user.email, before: null, after: `${user.email} · contraseña generada` },
      },
    });
  });
  return { email: user.email, password };
}
