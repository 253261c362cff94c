import { authorizeCredentials } from "@lab/api/auth/options";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

let db: TTestDatabase;
let ana: Awaited<ReturnType<typeof createSessionUser>>;

beforeAll(async () => {
  db = await createTestDatabase();
  ana = await createSessionUser(db.prisma, "EDITOR", "  clave con espacios 2024 ");
});

afterAll(async () => {
  await db?.drop();
});

const signIn = (raw: unknown) => authorizeCredentials(db.prisma, raw);

describe("signing in with email and password", () => {
  it("returns the user, with id and role, for the right password", async () => {
    expect(await signIn({ email: ana.email, password: ana.password })).toEqual({
      id: ana.id,
      email: ana.email,
      name: ana.name,
      role: "EDITOR",
    });
  });

  it("stores only an argon2id hash of the password", async () => {
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { id: ana.id } });
    expect(passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(passwordHash).not.toContain("clave");
  });

  it("refuses a wrong password, including the right one with its spaces trimmed", async () => {
    expect(await signIn({ email: ana.email, password: "otra clave cualquiera" })).toBeNull();
    expect(await signIn({ email: ana.email, password: ana.password.trim() })).toBeNull();
  });

  it("answers an unknown email exactly as a wrong password, so accounts cannot be probed", async () => {
    const unknown = await signIn({ email: "nadie@example.org", password: ana.password });
    const wrong = await signIn({ email: ana.email, password: "otra clave cualquiera" });
    expect(unknown).toBeNull();
    expect(unknown).toStrictEqual(wrong);
  });

  it("ignores case and surrounding spaces in the email", async () => {
    const variant = `  ${ana.email.toUpperCase()}\t`;
    expect(await signIn({ email: variant, password: ana.password })).toMatchObject({
      id: ana.id,
      role: "EDITOR",
    });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const leaving = await createSessionUser(db.prisma, "ADMIN");
    expect(await signIn({ email: leaving.email, password: leaving.password })).not.toBeNull();
    await db.prisma.user.update({ where: { id: leaving.id }, data: { active: false } });
    expect(await signIn({ email: leaving.email, password: leaving.password })).toBeNull();
  });

  it("returns the role the account has now", async () => {
    const promoted = await createSessionUser(db.prisma, "PARTICIPANT");
    await db.prisma.user.update({ where: { id: promoted.id }, data: { role: "PUBLISHER" } });
    const user = await signIn({ email: promoted.email, password: promoted.password });
    expect(user?.role).toBe("PUBLISHER");
  });

  it.each([
    ["no password", { email: "x@example.org" }],
    ["an empty password", { email: "x@example.org", password: "" }],
    ["a name instead of an email", { email: "ana", password: "contraseña-de-prueba-123" }],
    ["no email", { password: "contraseña-de-prueba-123" }],
    ["a non-string password", { email: "x@example.org", password: 12345678901 }],
    ["nothing at all", undefined],
  ])("returns null, without throwing, for malformed input: %s", async (_, raw) => {
    await expect(signIn(raw)).resolves.toBeNull();
  });

  it("never signs in with malformed input even for an existing account", async () => {
    await expect(signIn({ email: ana.email })).resolves.toBeNull();
    await expect(signIn({ email: ana.email, password: [ana.password] })).resolves.toBeNull();
  });
});
