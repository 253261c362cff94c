import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { resolveSecuritySettings } from "@lab/db/settings";
import { AppError } from "@lab/domain/errors";
import { UNKNOWN_IP } from "./login-limits";

// How many participant accounts one address may create in an hour. Each account created is a
// SignupAttempt row written in the account's own transaction, so the limit holds across app
// instances and counts only accounts that exist. The limit is high (SIGNUP_MAX_PER_HOUR, 150):
// a workshop's room signs up through one Wi-Fi address; it stops a script, not a room. Rows
// older than a day are purged now and then.

const HOUR = 60 * 60_000;
const KEEP_MS = 24 * HOUR;
const PURGE_EVERY_MS = HOUR;

let nextPurge = 0;

export const SIGNUP_LIMIT_MESSAGE =
  "Desde esta conexión se crearon muchas cuentas en la última hora. Espere un rato e intente de nuevo, o pida ayuda a quien modera el taller.";

/** SIGNUP_MAX_PER_HOUR, checked in @lab/db/settings. */
export function signupMaxPerHour(): number {
  return resolveSecuritySettings().signupMaxPerHour;
}

/** Refuses (TOO_MANY_REQUESTS) when `ip` has created `max` accounts within the last hour. */
export async function checkSignupLimit(
  prisma: PrismaClient,
  { ip, now, max }: { ip: string; now: Date; max: number },
): Promise<void> {
  // An address nobody can tell (scripts, tests) is shared by every such caller: never limited.
  if (ip === UNKNOWN_IP) return;
  const recent = await prisma.signupAttempt.count({
    where: { ip, createdAt: { gt: new Date(now.getTime() - HOUR) } },
  });
  if (recent >= max) throw new AppError("TOO_MANY_REQUESTS", SIGNUP_LIMIT_MESSAGE);
}

/** Counts an account created from `ip`, in the account's transaction. */
export async function recordSignup(
  tx: Prisma.TransactionClient,
  { ip, now }: { ip: string; now: Date },
) {
  if (ip === UNKNOWN_IP) return;
  await tx.signupAttempt.create({ data: { ip, createdAt: now } });
}

/** Deletes the rows the limit no longer reads (at most once an hour per process). */
export async function purgeSignupAttempts(prisma: PrismaClient, now: Date): Promise<void> {
  if (now.getTime() < nextPurge) return;
  nextPurge = now.getTime() + PURGE_EVERY_MS;
  await prisma.signupAttempt
    .deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } })
    .catch((error) => console.error("Purging old sign-up attempts failed:", error));
}
