import { hash, verify } from "@node-rs/argon2";
import type { Prisma, Role } from "./generated/prisma/client";

// argon2id with OWASP's recommended minimums (19 MiB, 2 passes); algorithm 2 = argon2id.
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export type TNewUser = {
  email: string;
  name: string;
  role: Role;
  /** In clear, or already hashed: hashing takes a while, better not inside a transaction. */
  password: string | { hash: string };
  /** A participant's institution and their consent (Ley 1581), from the sign-up form. */
  institutionId?: string | null;
  dataConsentAt?: Date | null;
  dataConsentText?: string | null;
};

/** A client or an open transaction: the admin screens create accounts with their audit entry. */
type TDb = Prisma.TransactionClient;

export async function createUser(prisma: TDb, user: TNewUser) {
  return prisma.user.create({
    data: {
      email: user.email.trim().toLowerCase(),
      name: user.name,
      role: user.role,
      passwordHash:
        typeof user.password === "string" ? await hashPassword(user.password) : user.password.hash,
      institutionId: user.institutionId ?? null,
      dataConsentAt: user.dataConsentAt ?? null,
      dataConsentText: user.dataConsentText ?? null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/**
 * Makes the user a member of the named offices (dependencias), which must exist; idempotent.
 * An EDITOR may edit only the indicators of their offices.
 */
export async function addUserToOffices(
  prisma: TDb,
  userId: string,
  officeNames: readonly string[],
): Promise<void> {
  if (officeNames.length === 0) return;
  const offices = await prisma.office.findMany({
    where: { name: { in: [...officeNames] } },
    select: { id: true, name: true },
  });
  const missing = officeNames.filter((name) => !offices.some((o) => o.name === name));
  if (missing.length) throw new Error(`Unknown office(s): ${missing.join(", ")}`);
  await prisma.userOffice.createMany({
    data: offices.map((office) => ({ userId, officeId: office.id })),
    skipDuplicates: true,
  });
}
