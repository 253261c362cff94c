import { authorizeCredentials } from "@lab/api/auth/options";
import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import {
  duplicateEmailMessage,
  ONLY_EDITORS_HAVE_OFFICES_MESSAGE,
  SELF_DEACTIVATION_MESSAGE,
  SELF_DEMOTION_MESSAGE,
  SELF_RESET_MESSAGE,
  UNKNOWN_OFFICE_MESSAGE,
  UNKNOWN_USER_MESSAGE,
} from "@lab/domain/user-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { trpcRefusal as refusal } from "./support/trpc-refusal";
import { createSessionUser } from "./support/users";

// Account and office management by the administration (users.*, offices.*): what changes, what
// the audit trail says, what the changed person can then do, and the Spanish refusals.

const PLANEACION = "Secretaría de Planeación";
const TIC = "Oficina TIC";

let db: TTestDatabase;
let admin: TSessionUser;
let officeIds: Record<string, string>;
let counter = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  admin = await createSessionUser(db.prisma, "ADMIN");
  const offices = await db.prisma.office.findMany({ select: { id: true, name: true } });
  officeIds = Object.fromEntries(offices.map((o) => [o.name, o.id]));
});

afterAll(async () => {
  await db?.drop();
});

const as = (session: TSessionUser | null) => createCaller({ session, prisma: db.prisma });
const adminApi = () => as(admin);
const signIn = (email: string, password: string) =>
  authorizeCredentials(db.prisma, { email, password });

function newEmail(): string {
  counter += 1;
  return `persona-${counter}-${process.pid}@bucaramanga.gov.co`;
}

function officeId(name: string): string {
  const id = officeIds[name];
  if (!id) throw new Error(`no office ${name} in the seed`);
  return id;
}

const auditOf = (entityId: string) =>
  db.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

async function createEditor(offices: string[] = [PLANEACION]) {
  return adminApi().users.create({
    name: "Ana Pérez",
    email: newEmail(),
    role: "EDITOR",
    officeIds: offices.map(officeId),
  });
}

describe("users.create", () => {
  it("creates an editor with offices and a generated password that signs in", async () => {
    const email = newEmail();
    const { user, password } = await adminApi().users.create({
      name: "  Ana Pérez  ",
      email: `  ${email.toUpperCase()} `,
      role: "EDITOR",
      officeIds: [officeId(PLANEACION), officeId(TIC)],
    });
    expect(user).toMatchObject({
      name: "Ana Pérez",
      email,
      role: "EDITOR",
      active: true,
      offices: [
        { id: officeId(TIC), name: TIC },
        { id: officeId(PLANEACION), name: PLANEACION },
      ],
    });
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

    expect(await signIn(email, password)).toMatchObject({ id: user.id, role: "EDITOR" });
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain(password);

    const listed = (await adminApi().users.list()).find((u) => u.id === user.id);
    expect(listed).toEqual(user);

    const [entry, ...more] = await auditOf(user.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.create",
      entityType: "User",
      details: {
        email,
        role: "EDITOR",
        offices: [TIC, PLANEACION],
        after: `${email} · Editor (funcionario) · ${TIC} · ${PLANEACION}`,
      },
    });
    const stored = JSON.stringify(entry);
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(passwordHash);
  });

  it("shows the new account in the global audit trail with a Spanish label", async () => {
    const { user } = await createEditor();
    const page = await adminApi().audit.list({ action: "user.create" });
    const entry = page.entries.find((e) => e.after?.startsWith(user.email));
    expect(entry).toMatchObject({
      actorEmail: admin.email,
      actionLabel: "Creó una cuenta",
      before: null,
      after: `${user.email} · Editor (funcionario) · ${PLANEACION}`,
    });
  });

  it("answers CONFLICT with a Spanish message on the email field for an email in use", async () => {
    const { user } = await createEditor();
    const users = await db.prisma.user.count();
    const entries = await db.prisma.auditEntry.count();
    const result = await refusal(
      adminApi().users.create({
        name: "Otra persona",
        email: ` ${user.email.toUpperCase()}`,
        role: "PUBLISHER",
      }),
    );
    expect(result).toEqual({
      code: "CONFLICT",
      message: duplicateEmailMessage(user.email),
      fieldErrors: { email: [duplicateEmailMessage(user.email)] },
    });
    expect(await db.prisma.user.count()).toBe(users);
    expect(await db.prisma.auditEntry.count()).toBe(entries);
  });

  it("two admins creating the same email at once: one account, and a CONFLICT for the other", async () => {
    const email = newEmail();
    const input = { name: "Ana Pérez", email, role: "PUBLISHER" as const };
    const results = await Promise.allSettled([
      adminApi().users.create(input),
      adminApi().users.create(input),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failed = results.find((r) => r.status === "rejected");
    expect(await refusal(Promise.reject(failed?.reason))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [duplicateEmailMessage(email)] },
    });
    expect(await db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it("refuses bad input with BAD_REQUEST and Spanish messages per field, writing nothing", async () => {
    const users = await db.prisma.user.count();
    const bad = await refusal(
      adminApi().users.create({
        name: "   ",
        email: "ana@",
        role: "SUPERUSER" as never,
      }),
    );
    expect(bad).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: {
        name: ["Escriba el nombre de la persona."],
        email: ["Escriba un correo electrónico válido."],
        role: ["Elija un rol válido."],
      },
    });

    const officesForAnAdmin = await refusal(
      adminApi().users.create({
        name: "Luis",
        email: newEmail(),
        role: "ADMIN",
        officeIds: [officeId(PLANEACION)],
      }),
    );
    expect(officesForAnAdmin).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { officeIds: [ONLY_EDITORS_HAVE_OFFICES_MESSAGE] },
    });

    const unknownOffice = await refusal(
      adminApi().users.create({
        name: "Luis",
        email: newEmail(),
        role: "EDITOR",
        officeIds: ["no-existe"],
      }),
    );
    expect(unknownOffice).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { officeIds: [UNKNOWN_OFFICE_MESSAGE] },
    });
    expect(await db.prisma.user.count()).toBe(users);
  });
});

describe("users.update", () => {
  it("moves an editor to another office, then makes them an admin; each change audited", async () => {
    const { user } = await createEditor([PLANEACION]);
    const moved = await adminApi().users.update({
      userId: user.id,
      role: "EDITOR",
      officeIds: [officeId(TIC)],
    });
    expect(moved.offices).toEqual([{ id: officeId(TIC), name: TIC }]);
    const memberships = await db.prisma.userOffice.findMany({ where: { userId: user.id } });
    expect(memberships.map((m) => m.officeId)).toEqual([officeId(TIC)]);

    const promoted = await adminApi().users.update({ userId: user.id, role: "ADMIN" });
    expect(promoted).toMatchObject({ role: "ADMIN", offices: [] });
    // The new role counts at the next request, without signing in again.
    const stale: TSessionUser = { ...user, role: "EDITOR" };
    expect(await as(stale).users.list()).toContainEqual(promoted);

    const updates = (await auditOf(user.id)).filter((e) => e.action === "user.update");
    expect(updates.map((e) => e.details)).toEqual([
      {
        email: user.email,
        role: { before: "EDITOR", after: "EDITOR" },
        offices: { before: [PLANEACION], after: [TIC] },
        before: `${user.email} · Editor (funcionario) · ${PLANEACION}`,
        after: `${user.email} · Editor (funcionario) · ${TIC}`,
      },
      {
        email: user.email,
        role: { before: "EDITOR", after: "ADMIN" },
        offices: { before: [TIC], after: [] },
        before: `${user.email} · Editor (funcionario) · ${TIC}`,
        after: `${user.email} · Administrador`,
      },
    ]);
    expect(updates.every((e) => e.actorId === admin.id)).toBe(true);
  });

  it("writes nothing when nothing changes", async () => {
    const { user } = await createEditor([PLANEACION]);
    const same = await adminApi().users.update({
      userId: user.id,
      role: "EDITOR",
      officeIds: [officeId(PLANEACION)],
    });
    expect(same).toEqual(user);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(["user.create"]);
  });

  it("refuses an admin's own demotion with a clear Spanish message", async () => {
    const result = await refusal(
      adminApi().users.update({ userId: admin.id, role: "EDITOR", officeIds: [] }),
    );
    expect(result).toEqual({
      code: "BAD_REQUEST",
      message: SELF_DEMOTION_MESSAGE,
      fieldErrors: { role: [SELF_DEMOTION_MESSAGE] },
    });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(stored.role).toBe("ADMIN");
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("answers NOT_FOUND for an account that does not exist", async () => {
    const result = await refusal(adminApi().users.update({ userId: "no-existe", role: "EDITOR" }));
    expect(result).toMatchObject({ code: "NOT_FOUND", message: UNKNOWN_USER_MESSAGE });
  });
});

describe("users.setActive", () => {
  it("a deactivated account can no longer sign in nor use its open session; reactivated, it can", async () => {
    const { user, password } = await adminApi().users.create({
      name: "Admin que se va",
      email: newEmail(),
      role: "ADMIN",
    });
    // The session the person's browser still carries.
    const session: TSessionUser = {
      id: user.id,
      email: user.email,
      name: user.name,
      role: "ADMIN",
    };
    expect(await as(session).users.list()).toContainEqual(user);
    expect(await signIn(user.email, password)).not.toBeNull();

    const deactivated = await adminApi().users.setActive({ userId: user.id, active: false });
    expect(deactivated.active).toBe(false);
    expect(await refusal(as(session).users.list())).toMatchObject({
      code: "UNAUTHORIZED",
      message: "Su sesión ya no es válida. Ingrese de nuevo.",
    });
    expect(await signIn(user.email, password)).toBeNull();
    // Deactivating again changes nothing and writes nothing.
    await adminApi().users.setActive({ userId: user.id, active: false });

    const reactivated = await adminApi().users.setActive({ userId: user.id, active: true });
    expect(reactivated.active).toBe(true);
    expect(await as(session).users.list()).toContainEqual(reactivated);
    expect(await signIn(user.email, password)).toMatchObject({ id: user.id });

    const entries = await auditOf(user.id);
    expect(entries.map((e) => [e.action, e.actorId, e.details])).toEqual([
      ["user.create", admin.id, expect.anything()],
      [
        "user.deactivate",
        admin.id,
        {
          email: user.email,
          before: `${user.email} · activa`,
          after: `${user.email} · desactivada`,
        },
      ],
      [
        "user.reactivate",
        admin.id,
        {
          email: user.email,
          before: `${user.email} · desactivada`,
          after: `${user.email} · activa`,
        },
      ],
    ]);
  });

  it("a deactivated editor's session is refused too", async () => {
    const editor = await createSessionUser(db.prisma, "EDITOR");
    await adminApi().users.setActive({ userId: editor.id, active: false });
    const result = await refusal(
      as(editor).account.changePassword({
        currentPassword: editor.password,
        newPassword: "una-frase-nueva-y-larga",
      }),
    );
    expect(result.code).toBe("UNAUTHORIZED");
  });

  it("refuses an admin's own deactivation with a clear Spanish message", async () => {
    const result = await refusal(adminApi().users.setActive({ userId: admin.id, active: false }));
    expect(result).toMatchObject({ code: "BAD_REQUEST", message: SELF_DEACTIVATION_MESSAGE });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(stored.active).toBe(true);
    expect(await adminApi().users.list()).toContainEqual(expect.objectContaining({ id: admin.id }));
  });
});

describe("users.resetPassword", () => {
  it("gives a new password that signs in while the old one no longer does; audited without secrets", async () => {
    const { user, password: first } = await createEditor();
    const hashBefore = (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } }))
      .passwordHash;

    const reset = await adminApi().users.resetPassword({ userId: user.id });
    expect(reset.email).toBe(user.email);
    expect(reset.password).not.toBe(first);
    expect(await signIn(user.email, first)).toBeNull();
    expect(await signIn(user.email, reset.password)).toMatchObject({ id: user.id });

    const hashAfter = (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } }))
      .passwordHash;
    expect(hashAfter).not.toBe(hashBefore);
    const entry = (await auditOf(user.id)).find((e) => e.action === "user.resetPassword");
    expect(entry).toMatchObject({
      actorId: admin.id,
      details: { email: user.email, before: null, after: `${user.email} · contraseña generada` },
    });
    const everything = JSON.stringify(await auditOf(user.id));
    for (const secret of [first, reset.password, hashBefore, hashAfter]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("refuses the admin's own account: that goes through «Mi cuenta»", async () => {
    const result = await refusal(adminApi().users.resetPassword({ userId: admin.id }));
    expect(result).toMatchObject({ code: "BAD_REQUEST", message: SELF_RESET_MESSAGE });
  });
});

describe("offices", () => {
  it("creates an office with a slug from its name, lists it and audits it", async () => {
    const office = await adminApi().offices.create({ name: "  Secretaría de Cultura y Turismo " });
    expect(office).toMatchObject({
      name: "Secretaría de Cultura y Turismo",
      slug: "secretaria-de-cultura-y-turismo",
      members: 0,
      indicators: 0,
    });
    // New offices can be given to editors at once.
    const { user } = await createEditor([PLANEACION]);
    const moved = await adminApi().users.update({
      userId: user.id,
      role: "EDITOR",
      officeIds: [office.id],
    });
    expect(moved.offices).toEqual([{ id: office.id, name: office.name }]);
    const listed = (await adminApi().offices.list()).find((o) => o.id === office.id);
    expect(listed).toEqual({ ...office, members: 1 });

    const [entry] = await auditOf(office.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "office.create",
      entityType: "Office",
      details: { name: office.name, slug: office.slug },
    });
  });

  it("lists the seeded offices with their indicators", async () => {
    const planeacion = (await adminApi().offices.list()).find((o) => o.name === PLANEACION);
    expect(planeacion).toMatchObject({ slug: "secretaria-de-planeacion" });
    expect(planeacion?.indicators).toBeGreaterThan(0);
  });

  it("refuses a name already in use, even written differently, with CONFLICT on the name", async () => {
    for (const name of [PLANEACION, "SECRETARIA DE PLANEACIÓN", "secretaría de planeación."]) {
      const result = await refusal(adminApi().offices.create({ name }));
      expect(result, name).toEqual({
        code: "CONFLICT",
        message: `Ya existe la dependencia «${PLANEACION}».`,
        fieldErrors: { name: [`Ya existe la dependencia «${PLANEACION}».`] },
      });
    }
  });

  it("refuses an empty name with a Spanish message", async () => {
    const result = await refusal(adminApi().offices.create({ name: "  " }));
    expect(result).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { name: ["Escriba el nombre de la dependencia."] },
    });
  });
});
