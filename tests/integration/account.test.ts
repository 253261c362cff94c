import { authorizeCredentials } from "@lab/api/auth/options";
import { createCaller } from "@lab/api/root";
import { SAME_PASSWORD_MESSAGE, WRONG_CURRENT_PASSWORD_MESSAGE } from "@lab/api/services/account";
import type { Role } from "@lab/db/prisma";
import { COMMON_PASSWORD_MESSAGE, EMAIL_PASSWORD_MESSAGE } from "@lab/domain/auth";
import { TRPCError } from "@trpc/server";
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

async function signedIn(role: Role = "EDITOR") {
  const user = await createSessionUser(db.prisma, role);
  const caller = createCaller({ session: user, prisma: db.prisma });
  return { user, caller };
}

/** The tRPC error of a refused call: code, message and Spanish messages per field. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const trpc = error as TRPCError;
  const cause = trpc.cause as { fieldErrors?: Record<string, string[]>; issues?: unknown[] };
  const fieldErrors =
    cause?.fieldErrors ??
    Object.fromEntries(
      ((cause?.issues ?? []) as { path: string[]; message: string }[]).map((i) => [
        i.path.join("."),
        [i.message],
      ]),
    );
  return { code: trpc.code, fieldErrors };
}

async function storedHash(id: string) {
  return (await db.prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash;
}

const auditEntries = (id: string) =>
  db.prisma.auditEntry.findMany({ where: { entityType: "User", entityId: id } });

describe("account.changePassword", () => {
  it("refuses a wrong current password with a Spanish field message and changes nothing", async () => {
    const { user, caller } = await signedIn();
    const before = await storedHash(user.id);
    const result = await refusal(
      caller.account.changePassword({
        currentPassword: "no-es-la-contraseña",
        newPassword: "una-frase-nueva-y-larga",
      }),
    );
    expect(result).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] },
    });
    expect(await storedHash(user.id)).toBe(before);
    expect(await auditEntries(user.id)).toEqual([]);
  });

  it("refuses common passwords, the email's local part and the same password", async () => {
    const { user, caller } = await signedIn("PARTICIPANT");
    const before = await storedHash(user.id);
    const attempt = (newPassword: string) =>
      refusal(caller.account.changePassword({ currentPassword: user.password, newPassword }));

    for (const common of ["Bucaramanga", "colombia123", "CONTRASEÑA123", "qwertyuiop"]) {
      const { code, fieldErrors } = await attempt(common);
      expect(code, common).toBe("BAD_REQUEST");
      expect(fieldErrors.newPassword, common).toContain(COMMON_PASSWORD_MESSAGE);
    }
    const local = user.email.split("@")[0] ?? "";
    expect(await attempt(`${local.toUpperCase()}!`)).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: { newPassword: [EMAIL_PASSWORD_MESSAGE] },
    });
    expect(await attempt(user.password)).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: { newPassword: [SAME_PASSWORD_MESSAGE] },
    });
    expect(await storedHash(user.id)).toBe(before);
    expect(await auditEntries(user.id)).toEqual([]);
  });

  it("changes the password: the old one no longer signs in, the new one does, and it is audited", async () => {
    const { user, caller } = await signedIn("PUBLISHER");
    const newPassword = "Río de Oro en diciembre 7";
    const before = await storedHash(user.id);
    expect(
      await authorizeCredentials(db.prisma, { email: user.email, password: user.password }),
    ).toMatchObject({ id: user.id });

    const result = await caller.account.changePassword({
      currentPassword: user.password,
      newPassword,
    });
    expect(result.changedAt).toBeInstanceOf(Date);

    const after = await storedHash(user.id);
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\$argon2id\$/);
    expect(
      await authorizeCredentials(db.prisma, { email: user.email, password: user.password }),
    ).toBeNull();
    expect(
      await authorizeCredentials(db.prisma, { email: user.email, password: newPassword }),
    ).toMatchObject({ id: user.id, email: user.email, role: "PUBLISHER" });

    const entries = await auditEntries(user.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: user.id, action: "user.password.change" });
    const stored = JSON.stringify(entries[0]);
    for (const secret of [user.password, newPassword, before, after]) {
      expect(stored).not.toContain(secret);
    }

    // The old password is no longer the current one.
    expect(
      await refusal(
        caller.account.changePassword({
          currentPassword: user.password,
          newPassword: "otra-frase-más-larga",
        }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] },
    });
  });

  it("needs a session", async () => {
    const caller = createCaller({ session: null, prisma: db.prisma });
    const { code } = await refusal(
      caller.account.changePassword({ currentPassword: "x", newPassword: "una-frase-larga" }),
    );
    expect(code).toBe("UNAUTHORIZED");
  });
});
