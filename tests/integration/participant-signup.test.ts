import { authorizeCredentials } from "@lab/api/auth/options";
import { SIGNUP_LIMIT_MESSAGE } from "@lab/api/auth/signup-limits";
import { createCaller } from "@lab/api/root";
import { registerParticipant } from "@lab/api/services/participant-signup";
import { COMMON_PASSWORD_MESSAGE, EMAIL_PASSWORD_MESSAGE } from "@lab/domain/auth";
import {
  CONSENT_REQUIRED_MESSAGE,
  DATA_CONSENT_TEXT,
  DATA_CONSENT_VERSION,
  existingAccountMessage,
  GONE_INSTITUTION_MESSAGE,
  type TParticipantSignupInput,
} from "@lab/domain/participant-signup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { trpcRefusal as refusal } from "./support/trpc-refusal";
import { createSessionUser } from "./support/users";

// A workshop participant creates their own account (participants.register, public): the
// account, its institution, the consent as agreed to, the audit trail, and the refusals that
// leave nothing behind.

let db: TTestDatabase;
const institutions: Record<string, string> = {};
let counter = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const [name, type, isDemo] of [
    ["Universidad Industrial de Santander (UIS)", "UNIVERSIDAD", false],
    ["Alcaldía de Bucaramanga", "ENTIDAD_PUBLICA", false],
    ["Ñandú Creativo S.A.S.", "EMPRESA", false],
    ["Nodo Ciudadano", "SOCIEDAD_CIVIL", false],
    ["Oficina TIC", "ENTIDAD_PUBLICA", false],
    ["Universidad Inventada del Oriente", "UNIVERSIDAD", true],
  ] as const) {
    const row = await db.prisma.institution.create({ data: { name, type, isDemo } });
    institutions[name] = row.id;
  }
});

afterAll(async () => {
  await db?.drop();
});

const anonymous = () => createCaller({ session: null, prisma: db.prisma });

function newEmail(): string {
  counter += 1;
  return `participante-${counter}-${process.pid}@example.org`;
}

function institutionId(name: string): string {
  const id = institutions[name];
  if (!id) throw new Error(`no institution ${name} in this test`);
  return id;
}

function signup(overrides: Partial<TParticipantSignupInput> = {}): TParticipantSignupInput {
  return {
    name: "Laura Gómez",
    email: newEmail(),
    password: "arepa de choclo con queso",
    institution: { kind: "existing", id: institutionId("Alcaldía de Bucaramanga") },
    consent: true,
    consentVersion: DATA_CONSENT_VERSION,
    ...overrides,
  };
}

/** What a refusal must leave as it was. */
async function counts() {
  const [users, institutionRows, entries] = await Promise.all([
    db.prisma.user.count(),
    db.prisma.institution.count(),
    db.prisma.auditEntry.count(),
  ]);
  return { users, institutions: institutionRows, entries };
}

const stored = (email: string) =>
  db.prisma.user.findUnique({ where: { email }, include: { institution: true } });

describe("participants.register", () => {
  it("creates a participant account that signs in, with the consent's text and time", async () => {
    const input = signup({ name: "  Laura Gómez ", email: " Laura.Gomez@Example.ORG " });
    const before = new Date();
    const account = await anonymous().participants.register(input);
    const after = new Date();

    expect(account).toEqual({
      id: expect.any(String),
      name: "Laura Gómez",
      email: "laura.gomez@example.org",
    });
    expect(
      await authorizeCredentials(db.prisma, {
        email: "laura.gomez@example.org",
        password: input.password,
      }),
    ).toMatchObject({ id: account.id, role: "PARTICIPANT", name: "Laura Gómez" });

    const user = await stored("laura.gomez@example.org");
    expect(user).toMatchObject({
      role: "PARTICIPANT",
      active: true,
      institutionId: institutionId("Alcaldía de Bucaramanga"),
      dataConsentText: DATA_CONSENT_TEXT,
    });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.dataConsentAt?.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(user?.dataConsentAt?.getTime()).toBeLessThanOrEqual(after.getTime());
  });

  it("writes an audit entry by the person, without the password, shown with a Spanish label", async () => {
    const input = signup();
    const { id, email } = await anonymous().participants.register(input);
    const entries = await db.prisma.auditEntry.findMany({ where: { entityId: id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: id,
      action: "user.signup",
      entityType: "User",
      details: {
        email,
        consentVersion: DATA_CONSENT_VERSION,
        before: null,
        after: `${email} · Participante · Alcaldía de Bucaramanga · autorizó el tratamiento de datos (versión ${DATA_CONSENT_VERSION})`,
      },
    });
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(entries)).not.toContain(input.password);
    expect(JSON.stringify(entries)).not.toContain(passwordHash);

    const admin = await createSessionUser(db.prisma, "ADMIN");
    const trail = await createCaller({ session: admin, prisma: db.prisma }).audit.list({
      action: "user.signup",
    });
    expect(trail.entries.find((e) => e.after?.startsWith(email))).toMatchObject({
      actorEmail: email,
      actionLabel: "Creó su cuenta de participante",
    });
  });

  it("registers a new institution with its type, once, and lists it for the next person", async () => {
    const name = `Fundación Cerros Orientales ${process.pid}`;
    const first = await anonymous().participants.register(
      signup({ institution: { kind: "new", name: ` ${name} `, type: "SOCIEDAD_CIVIL" } }),
    );
    const created = await db.prisma.institution.findUniqueOrThrow({ where: { name } });
    expect(created).toMatchObject({ type: "SOCIEDAD_CIVIL", isDemo: false });
    expect((await stored(first.email))?.institutionId).toBe(created.id);
    expect(
      await db.prisma.auditEntry.findMany({
        where: { entityId: created.id },
        select: { action: true, actorId: true },
      }),
    ).toEqual([{ action: "institution.create", actorId: first.id }]);
    expect(await anonymous().participants.institutions()).toContainEqual({
      id: created.id,
      name,
      type: "SOCIEDAD_CIVIL",
    });

    // The next person types it differently: the same institution, not a second one.
    const second = await anonymous().participants.register(
      signup({
        institution: { kind: "new", name: name.toUpperCase().replace("Ó", "O"), type: "EMPRESA" },
      }),
    );
    expect((await stored(second.email))?.institutionId).toBe(created.id);
    expect(await db.prisma.institution.count({ where: { name: { contains: "Cerros" } } })).toBe(1);
  });

  it("matches a typed name to the registered institution, whatever its case or accents", async () => {
    const before = await db.prisma.institution.count();
    const { email } = await anonymous().participants.register(
      signup({
        institution: {
          kind: "new",
          name: "universidad industrial de santander (uis)",
          type: "OTRO",
        },
      }),
    );
    const user = await stored(email);
    expect(user?.institution).toMatchObject({
      name: "Universidad Industrial de Santander (UIS)",
      type: "UNIVERSIDAD",
    });
    expect(await db.prisma.institution.count()).toBe(before);
  });

  it("answers CONFLICT on the email field for an email with an account, writing nothing", async () => {
    const { email } = await anonymous().participants.register(signup());
    const before = await counts();
    const result = await refusal(
      anonymous().participants.register(
        signup({
          email: ` ${email.toUpperCase()} `,
          institution: { kind: "new", name: "Institución que no debe quedar", type: "OTRO" },
        }),
      ),
    );
    expect(result).toEqual({
      code: "CONFLICT",
      message: existingAccountMessage(email),
      fieldErrors: { email: [existingAccountMessage(email)] },
    });
    expect(result.message).toContain("ingrese con su contraseña");
    expect(await counts()).toEqual(before);
  });

  it("two sign-ups with one email at once: one account, a CONFLICT, and only its institution", async () => {
    const email = newEmail();
    const results = await Promise.allSettled(
      ["Colectivo Uno", "Colectivo Dos"].map((name) =>
        anonymous().participants.register(
          signup({ email, institution: { kind: "new", name, type: "SOCIEDAD_CIVIL" } }),
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failed = results.find((r) => r.status === "rejected");
    expect(await refusal(Promise.reject(failed?.reason))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [existingAccountMessage(email)] },
    });
    const user = await stored(email);
    const left = await db.prisma.institution.findMany({
      where: { name: { startsWith: "Colectivo" } },
      select: { id: true },
    });
    // The refused one's institution was rolled back with it.
    expect(left).toEqual([{ id: user?.institutionId }]);
  });

  it("refuses the account without consent", async () => {
    const before = await counts();
    for (const consent of [false, undefined]) {
      const result = await refusal(
        anonymous().participants.register({ ...signup(), consent: consent as never }),
      );
      expect(result).toMatchObject({
        code: "BAD_REQUEST",
        fieldErrors: { consent: [CONSENT_REQUIRED_MESSAGE] },
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a weak password with the platform's Spanish messages", async () => {
    const before = await counts();
    const email = newEmail();
    const cases: [string, string][] = [
      ["corta", "La contraseña debe tener al menos 10 caracteres."],
      ["Colombia123", COMMON_PASSWORD_MESSAGE],
      [`${email.split("@")[0]}2024!`, EMAIL_PASSWORD_MESSAGE],
    ];
    for (const [password, message] of cases) {
      const result = await refusal(anonymous().participants.register(signup({ email, password })));
      expect(result).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { password: [message] } });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses an institution that no longer exists and a new one without its type", async () => {
    const gone = await db.prisma.institution.create({
      data: { name: `Institución borrada ${process.pid}`, type: "OTRO" },
    });
    await db.prisma.institution.delete({ where: { id: gone.id } });
    const before = await counts();
    expect(
      await refusal(
        anonymous().participants.register(
          signup({ institution: { kind: "existing", id: gone.id } }),
        ),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { "institution.id": [GONE_INSTITUTION_MESSAGE] },
    });
    expect(
      await refusal(
        anonymous().participants.register(
          signup({ institution: { kind: "new", name: "Sin tipo", type: "" as never } }),
        ),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { "institution.type": ["Elija el tipo de su institución."] },
    });
    expect(await counts()).toEqual(before);
  });
});

describe("participants.institutions", () => {
  it("limits the accounts one address creates in an hour, refusing in Spanish and writing nothing", async () => {
    const saved = process.env.SIGNUP_MAX_PER_HOUR;
    process.env.SIGNUP_MAX_PER_HOUR = "2";
    try {
      const from = (ip: string) => createCaller({ session: null, prisma: db.prisma, ip });
      const room = "203.0.113.7";
      await from(room).participants.register(signup());
      await from(room).participants.register(signup());
      const before = await counts();
      const third = signup();
      const refused = await refusal(from(room).participants.register(third));
      expect(refused.code).toBe("TOO_MANY_REQUESTS");
      expect(refused.message).toBe(SIGNUP_LIMIT_MESSAGE);
      expect(await counts()).toEqual(before);
      expect(await stored(third.email)).toBeNull();

      // Another address, and the same one an hour later, may.
      await from("198.51.100.4").participants.register(signup());
      const later = new Date(Date.now() + 61 * 60_000);
      const account = await registerParticipant(db.prisma, third, { ip: room, now: later });
      expect(account.email).toBe(third.email);
      // A caller whose address cannot be told (a script on the server) is not limited.
      await anonymous().participants.register(signup());
      await anonymous().participants.register(signup());
      await anonymous().participants.register(signup());
    } finally {
      if (saved === undefined) delete process.env.SIGNUP_MAX_PER_HOUR;
      else process.env.SIGNUP_MAX_PER_HOUR = saved;
    }
  });

  it("lists the registered institutions in Spanish order, without the demo ones", async () => {
    const list = await anonymous().participants.institutions();
    const names = list.map((i) => i.name);
    expect(names).not.toContain("Universidad Inventada del Oriente");
    // Ñ after N, accents ignored ("Alcaldía" among the A's).
    expect(names.indexOf("Nodo Ciudadano")).toBeLessThan(names.indexOf("Ñandú Creativo S.A.S."));
    expect(names.indexOf("Ñandú Creativo S.A.S.")).toBeLessThan(names.indexOf("Oficina TIC"));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "es")));
    expect(list).toContainEqual({
      id: institutionId("Alcaldía de Bucaramanga"),
      name: "Alcaldía de Bucaramanga",
      type: "ENTIDAD_PUBLICA",
    });
  });
});
