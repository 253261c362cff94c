import { LoginLockedError, purgeLoginAttempts } from "@lab/api/auth/login-limits";
import { authorizeCredentials } from "@lab/api/auth/options";
import { LOGIN_LOCKED_ERROR } from "@lab/domain/login-lock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

let db: TTestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const limits = { maxFailures: 5, lockMinutes: 15 };
// Each test has its own hour of the clock and its own addresses, so they never interfere.
const hour = (h: number) => (minutes: number) => new Date(Date.UTC(2026, 2, 2, h, minutes));
let addresses = 0;
function newIp() {
  addresses += 1;
  return `198.51.100.${addresses}`;
}

function attempt(email: string, password: string, ip: string, now: Date) {
  return authorizeCredentials(db.prisma, { email, password }, { ip, now, limits });
}

async function expectLocked(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LoginLockedError);
  expect((error as Error).message).toBe(LOGIN_LOCKED_ERROR);
}

async function fail(email: string, ips: string | (() => string), at: (m: number) => Date) {
  for (let i = 0; i < 5; i += 1) {
    const ip = typeof ips === "string" ? ips : ips();
    expect(await attempt(email, "clave equivocada", ip, at(i))).toBeNull();
  }
}

describe("login limits", () => {
  it("locks an account after 5 failures: the right password is then refused with the lock", async () => {
    const at = hour(8);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    await fail(ana.email, newIp, at); // five different addresses: the account limit alone
    await expectLocked(attempt(ana.email, ana.password, newIp(), at(5)));
    // Refused attempts are not checked, so they neither count nor extend the lock.
    await expectLocked(attempt(ana.email, "clave equivocada", newIp(), at(10)));
    const rows = await db.prisma.loginAttempt.count({ where: { email: ana.email } });
    expect(rows).toBe(5);
  });

  it("leaves other accounts alone", async () => {
    const at = hour(9);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const luis = await createSessionUser(db.prisma, "PUBLISHER");
    await fail(ana.email, newIp, at);
    await expectLocked(attempt(ana.email, ana.password, newIp(), at(6)));
    expect(await attempt(luis.email, luis.password, newIp(), at(6))).toMatchObject({
      id: luis.id,
    });
  });

  it("locks an address after 5 failures across different emails, for every email", async () => {
    const at = hour(10);
    const ip = newIp();
    const ana = await createSessionUser(db.prisma, "EDITOR");
    for (let i = 0; i < 5; i += 1) {
      expect(await attempt(`persona-${i}@example.org`, "clave", ip, at(i))).toBeNull();
    }
    await expectLocked(attempt(ana.email, ana.password, ip, at(5)));
    // The same account from another address is fine: it had no failures.
    expect(await attempt(ana.email, ana.password, newIp(), at(5))).toMatchObject({ id: ana.id });
  });

  it("unlocks after the lock time, counted from the failure that reached the limit", async () => {
    const at = hour(11);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const ip = newIp();
    await fail(ana.email, ip, at); // failures at :00 … :04, so locked until :19
    await expectLocked(attempt(ana.email, ana.password, ip, at(18)));
    expect(await attempt(ana.email, ana.password, ip, at(19))).toMatchObject({ id: ana.id });
  });

  it("counts only failures within the window", async () => {
    const at = hour(12);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const ip = newIp();
    for (const minute of [0, 4, 8, 12, 16]) {
      expect(await attempt(ana.email, "clave equivocada", ip, at(minute))).toBeNull();
    }
    expect(await attempt(ana.email, ana.password, ip, at(17))).toMatchObject({ id: ana.id });
  });

  it("starts an account's count again after a success, but not an address's", async () => {
    const at = hour(13);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const ip = newIp();
    for (let i = 0; i < 4; i += 1) {
      expect(await attempt(ana.email, "clave equivocada", newIp(), at(i))).toBeNull();
    }
    expect(await attempt(ana.email, ana.password, newIp(), at(4))).not.toBeNull();
    expect(await attempt(ana.email, "clave equivocada", newIp(), at(5))).toBeNull();
    expect(await attempt(ana.email, ana.password, newIp(), at(6))).not.toBeNull();

    // Four failures, a success of the attacker's own account, one more failure: locked.
    const mine = await createSessionUser(db.prisma, "PARTICIPANT");
    for (let i = 0; i < 4; i += 1) {
      expect(await attempt(`otra-${i}@example.org`, "clave", ip, at(10 + i))).toBeNull();
    }
    expect(await attempt(mine.email, mine.password, ip, at(14))).not.toBeNull();
    expect(await attempt("otra-5@example.org", "clave", ip, at(15))).toBeNull();
    await expectLocked(attempt(ana.email, ana.password, ip, at(16)));
  });

  it("gives a locked unknown email the same answer as a locked account", async () => {
    const at = hour(14);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const nobody = "nadie-registrado@example.org";
    await fail(ana.email, newIp, at);
    await fail(nobody, newIp, at);
    const known = await attempt(ana.email, ana.password, newIp(), at(6)).catch((e: Error) => e);
    const unknown = await attempt(nobody, "cualquiera", newIp(), at(6)).catch((e: Error) => e);
    expect(unknown).toBeInstanceOf(LoginLockedError);
    expect(known).toBeInstanceOf(LoginLockedError);
    expect((unknown as Error).message).toBe((known as Error).message);
  });

  it("counts the email as typed in any case or spacing", async () => {
    const at = hour(15);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    await fail(`  ${ana.email.toUpperCase()} `, newIp, at);
    await expectLocked(attempt(ana.email, ana.password, newIp(), at(5)));
  });

  it("never locks callers whose address is unknown, only their accounts", async () => {
    const at = hour(16);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    for (let i = 0; i < 6; i += 1) {
      expect(await attempt(`anonimo-${i}@example.org`, "clave", "unknown", at(i))).toBeNull();
    }
    expect(await attempt(ana.email, ana.password, "unknown", at(6))).not.toBeNull();
  });

  it("follows the configured numbers", async () => {
    const at = hour(17);
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const strict = { maxFailures: 2, lockMinutes: 60 };
    const strictAttempt = (password: string, minute: number) =>
      authorizeCredentials(
        db.prisma,
        { email: ana.email, password },
        { ip: newIp(), now: at(minute), limits: strict },
      );
    expect(await strictAttempt("clave equivocada", 0)).toBeNull();
    expect(await strictAttempt("clave equivocada", 1)).toBeNull();
    await expectLocked(strictAttempt(ana.password, 59));
    expect(await strictAttempt(ana.password, 61)).not.toBeNull();
  });

  it("records successes too, and purges attempts older than a day", async () => {
    const ana = await createSessionUser(db.prisma, "EDITOR");
    const ip = newIp();
    const now = new Date(Date.UTC(2026, 2, 5, 8, 0));
    await attempt(ana.email, ana.password, ip, now);
    const rows = await db.prisma.loginAttempt.findMany({ where: { email: ana.email } });
    expect(rows).toMatchObject([{ ip, succeeded: true, createdAt: now }]);

    // Kept for exactly a day, gone a millisecond later. Counted on this account's rows only:
    // the other tests' older rows go on the first purge, or earlier, on the purge that
    // recording an attempt runs now and then (its schedule is the process's, not this file's).
    const dayLater = new Date(now.getTime() + 24 * 60 * 60_000);
    const anasRows = () => db.prisma.loginAttempt.count({ where: { email: ana.email } });
    await purgeLoginAttempts(db.prisma, dayLater);
    expect(await anasRows()).toBe(1);
    expect(await purgeLoginAttempts(db.prisma, new Date(dayLater.getTime() + 1))).toBeGreaterThan(
      0,
    );
    expect(await anasRows()).toBe(0);
  });
});
