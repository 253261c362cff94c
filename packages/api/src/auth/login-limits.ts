import type { PrismaClient } from "@lab/db/prisma";
import { resolveSecuritySettings } from "@lab/db/settings";
import { LOGIN_LOCKED_ERROR } from "@lab/domain/login-lock";

// Login rate limits. Every checked attempt is a LoginAttempt row, so the limits hold across
// app instances: `maxFailures` failures within `lockMinutes` lock that account (email, known
// or not) or that IP address for `lockMinutes`, counted from the failure that reached the
// limit. A success clears the account's count, not the address's (one valid account must not
// reset an attacker's address). Attempts refused by a lock are neither checked nor recorded.

export type TLoginLimits = { maxFailures: number; lockMinutes: number };

/** Shared by every caller whose address cannot be told: it never locks anybody. */
export const UNKNOWN_IP = "unknown";

const MINUTE = 60_000;
// Rows kept for the limits; older ones are deleted now and then (at most once an hour).
const KEEP_MS = 24 * 60 * MINUTE;
const PURGE_EVERY_MS = 60 * MINUTE;
// Enough rows to find a lock; bounds the read for an address under attack.
const RECENT = 200;

let limits: TLoginLimits | undefined;

/** LOGIN_MAX_FAILURES and LOGIN_LOCK_MINUTES (checked in @lab/db/settings), read once. */
export function loginLimits(): TLoginLimits {
  if (!limits) {
    const settings = resolveSecuritySettings();
    limits = { maxFailures: settings.loginMaxFailures, lockMinutes: settings.loginLockMinutes };
  }
  return limits;
}

/** Thrown by `authorize`; next-auth hands its message to `signIn()` as `result.error`. */
export class LoginLockedError extends Error {
  override name = "LoginLockedError";
  constructor(readonly until: Date) {
    super(LOGIN_LOCKED_ERROR);
  }
}

type THeaders = Record<string, string | string[] | undefined> | undefined;

/**
 * The caller's address: the first X-Forwarded-For entry only behind a trusted proxy, else
 * X-Real-IP (server.mjs sets it from the socket, replacing whatever the client sent).
 */
export function clientIp(headers: THeaders, trustProxy: boolean): string {
  const header = (name: string) => {
    const value = headers?.[name];
    return (Array.isArray(value) ? value[0] : value)?.trim();
  };
  const forwarded = trustProxy ? header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  const ip = forwarded || header("x-real-ip");
  return ip ? ip.slice(0, 64).toLowerCase() : UNKNOWN_IP;
}

/** When the latest lock these failures (oldest first) cause ends; null if they cause none. */
export function lockEnd(failures: readonly Date[], { maxFailures, lockMinutes }: TLoginLimits) {
  const window = lockMinutes * MINUTE;
  let end: number | null = null;
  for (let i = maxFailures - 1; i < failures.length; i += 1) {
    const last = failures[i]?.getTime() ?? 0;
    const first = failures[i - maxFailures + 1]?.getTime() ?? 0;
    if (last - first < window) end = last + window;
  }
  return end === null ? null : new Date(end);
}

/** Until when this email or address is locked at `now`; null when it may try. */
export async function lockedUntil(
  prisma: PrismaClient,
  { email, ip, now, limits }: { email: string; ip: string; now: Date; limits: TLoginLimits },
): Promise<Date | null> {
  // A lock ends a window after its last failure, whose first failure is a window earlier.
  const createdAt = { gt: new Date(now.getTime() - 2 * limits.lockMinutes * MINUTE) };
  const newestFirst = { createdAt: "desc" } as const;
  const [byEmail, byIp] = await Promise.all([
    prisma.loginAttempt.findMany({
      where: { email, createdAt },
      orderBy: newestFirst,
      take: RECENT,
      select: { createdAt: true, succeeded: true },
    }),
    ip === UNKNOWN_IP
      ? []
      : prisma.loginAttempt.findMany({
          where: { ip, succeeded: false, createdAt },
          orderBy: newestFirst,
          take: RECENT,
          select: { createdAt: true },
        }),
  ]);
  const lastSuccess = byEmail.findIndex((attempt) => attempt.succeeded);
  const emailFailures = lastSuccess === -1 ? byEmail : byEmail.slice(0, lastSuccess);
  const ends = [emailFailures, byIp]
    .map((rows) => lockEnd(rows.map((row) => row.createdAt).reverse(), limits))
    .filter((end): end is Date => end !== null && end > now);
  return ends.length ? new Date(Math.max(...ends.map((end) => end.getTime()))) : null;
}

let nextPurge = 0;

/** Deletes attempts older than a day; the limits never look that far back. */
export async function purgeLoginAttempts(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } },
  });
  return count;
}

export async function recordLoginAttempt(
  prisma: PrismaClient,
  attempt: { email: string; ip: string; succeeded: boolean; now: Date },
): Promise<void> {
  const { now, ...data } = attempt;
  await prisma.loginAttempt.create({ data: { ...data, createdAt: now } });
  if (now.getTime() >= nextPurge) {
    nextPurge = now.getTime() + PURGE_EVERY_MS;
    await purgeLoginAttempts(prisma, now).catch((error) => {
      console.error("Purging old login attempts failed:", error);
    });
  }
}
