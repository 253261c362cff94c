import type { PrismaClient } from "@lab/db/prisma";
import { createUser, hashPassword } from "@lab/db/users";
import { AppError } from "@lab/domain/errors";
import {
  DATA_CONSENT_TEXT,
  DATA_CONSENT_VERSION,
  existingAccountMessage,
  findInstitutionByName,
  GONE_INSTITUTION_MESSAGE,
  type TParticipantAccount,
  type TParticipantSignup,
} from "@lab/domain/participant-signup";
import { ROLE_LABELS_ES } from "@lab/domain/role";
import { INSTITUTION_TYPE_LABELS_ES, type TInstitutionType } from "@lab/domain/workshop";
import type { TInstitutionOption } from "@lab/domain/workshop-admin-views";
import { UNKNOWN_IP } from "../auth/login-limits";
import {
  checkSignupLimit,
  purgeSignupAttempts,
  recordSignup,
  signupMaxPerHour,
} from "../auth/signup-limits";
import type { TActor } from "../authorization";
import { writeAuditEntry } from "./audit-write";
import { isUniqueViolation, type TTx } from "./workshop-admin-store";

// Workshop participants create their own account (PARTICIPANT) from the sign-up page. The
// account, its institution when new, the consent (exact text and time) and the audit entries
// are written in one transaction: a refusal leaves nothing behind. No password or hash ever
// reaches an entry.

/**
 * The institutions a participant can choose from, in Spanish alphabetical order. The demo
 * ones (invented, to show a results page) are left out: nobody belongs to them.
 */
export async function listSignupInstitutions(prisma: PrismaClient): Promise<TInstitutionOption[]> {
  const rows = await prisma.institution.findMany({
    where: { isDemo: false },
    select: { id: true, name: true, type: true },
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "es"));
}

function duplicateEmail(email: string): AppError {
  const message = existingAccountMessage(email);
  return new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
}

async function emailTaken(prisma: PrismaClient, email: string): Promise<boolean> {
  return (await prisma.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}

type TResolvedInstitution = { id: string; name: string; type: TInstitutionType; created: boolean };

/**
 * The chosen institution (BAD_REQUEST if it is gone), or for a typed name the registered one
 * with that name (case, accents and punctuation aside), else a new one of the given type.
 */
async function resolveInstitution(
  tx: TTx,
  input: TParticipantSignup["institution"],
): Promise<TResolvedInstitution> {
  const select = { id: true, name: true, type: true } as const;
  if (input.kind === "existing") {
    const chosen = await tx.institution.findUnique({ where: { id: input.id }, select });
    if (!chosen) {
      throw AppError.badRequest(
        { "institution.id": [GONE_INSTITUTION_MESSAGE] },
        GONE_INSTITUTION_MESSAGE,
      );
    }
    return { ...chosen, created: false };
  }
  // Institutions are few (hundreds): compared here, with the same folding the form uses.
  const same = findInstitutionByName(await tx.institution.findMany({ select }), input.name);
  if (same) return { ...same, created: false };
  const created = await tx.institution.create({
    data: { name: input.name, type: input.type },
    select,
  });
  return { ...created, created: true };
}

/**
 * Creates a PARTICIPANT account. CONFLICT (on the email field, suggesting to log in) when the
 * email already has an account; TOO_MANY_REQUESTS when the caller's address has created too
 * many within the hour (auth/signup-limits.ts); the password is checked by the input's schema.
 */
export async function registerParticipant(
  prisma: PrismaClient,
  input: TParticipantSignup,
  from: { ip: string; now?: Date; maxPerHour?: number } = { ip: UNKNOWN_IP },
): Promise<TParticipantAccount> {
  const now = from.now ?? new Date();
  await checkSignupLimit(prisma, { ip: from.ip, now, max: from.maxPerHour ?? signupMaxPerHour() });
  if (await emailTaken(prisma, input.email)) throw duplicateEmail(input.email);
  // Hashed before the transaction: argon2 takes tens of milliseconds, the transaction none.
  const hash = await hashPassword(input.password);
  const attempt = () =>
    prisma.$transaction(async (tx) => {
      const institution = await resolveInstitution(tx, input.institution);
      const user = await createUser(tx, {
        email: input.email,
        name: input.name,
        role: "PARTICIPANT",
        password: { hash },
        institutionId: institution.id,
        dataConsentAt: new Date(),
        dataConsentText: DATA_CONSENT_TEXT,
      });
      // The person acts on their own behalf: they are the actor of both entries.
      const actor: TActor = { id: user.id, role: user.role };
      if (institution.created) {
        await writeAuditEntry(tx, actor, {
          action: "institution.create",
          entityType: "Institution",
          entityId: institution.id,
          subject: {},
          before: null,
          after: `${institution.name} · ${INSTITUTION_TYPE_LABELS_ES[institution.type]} (registrada por un participante al crear su cuenta)`,
        });
      }
      await writeAuditEntry(tx, actor, {
        action: "user.signup",
        entityType: "User",
        entityId: user.id,
        subject: {},
        before: null,
        after: [
          user.email,
          ROLE_LABELS_ES.PARTICIPANT,
          institution.name,
          `autorizó el tratamiento de datos (versión ${DATA_CONSENT_VERSION})`,
        ].join(" · "),
        details: { email: user.email, consentVersion: DATA_CONSENT_VERSION },
      });
      await recordSignup(tx, { ip: from.ip, now });
      return { id: user.id, name: user.name, email: user.email };
    });
  // A unique index refused a write: someone took the email meanwhile (CONFLICT), or registered
  // the same new institution at the same moment (the second try finds and reuses it).
  await purgeSignupAttempts(prisma, now);
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (await emailTaken(prisma, input.email)) throw duplicateEmail(input.email);
      if (tries === 2) throw error;
    }
  }
}
