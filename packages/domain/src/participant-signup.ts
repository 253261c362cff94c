import { z } from "zod";
import { EMAIL_PASSWORD_MESSAGE, passwordMatchesEmail, ZEmail, ZNewPassword } from "./auth";
import { foldText } from "./import-sheet";
import { PERSON_NAME_MAX_LENGTH } from "./user-admin";
import { INSTITUTION_TYPES } from "./workshop";

// A workshop participant creates their own account (role PARTICIPANT) from a phone: name,
// email, password under the platform's policy, their institution (one already registered, or
// a new one with its type) and the authorisation to process their data (Ley 1581 de 2012),
// kept with the account as the exact text agreed to and when.

/** Bumped whenever the text changes: a form showing an older text is refused. */
export const DATA_CONSENT_VERSION = "1";
/** The day this version of the text took effect. */
export const DATA_CONSENT_DATE = "2026-12-06";

export const DATA_CONSENT_TITLE = "Autorización para el tratamiento de datos personales";

/**
 * What the participant agrees to, stored as is with the account (`User.dataConsentText`) and
 * later copied to the attendance register of the workshops they join. Paragraphs are
 * separated by a blank line; the last one names the version.
 */
export const DATA_CONSENT_TEXT = [
  "Autorizo a la Alcaldía de Bucaramanga, por medio de su Laboratorio de Innovación Pública, a recoger, guardar y usar los datos de esta cuenta (mi nombre, mi correo electrónico y mi institución), conforme a la Ley 1581 de 2012, con una sola finalidad: registrar mi participación en los talleres del laboratorio (asistencia, ideas y votos en el tablero del taller).",
  "Lo único que se publica es el nombre de mi institución y cifras (por ejemplo, cuántas personas o instituciones participaron). Mi nombre y mi correo no se publican.",
  "Como titular de mis datos puedo conocerlos, actualizarlos, rectificarlos y pedir que se supriman, así como revocar esta autorización, escribiendo al Laboratorio de Innovación Pública de la Alcaldía de Bucaramanga: contactenos@bucaramanga.gov.co, teléfono +57 (607) 633 7000, Calle 35 # 10-43, Centro Administrativo Municipal, Bucaramanga. También puedo presentar quejas ante la Superintendencia de Industria y Comercio.",
  `Versión ${DATA_CONSENT_VERSION} del 6 de diciembre de 2026.`,
].join("\n\n");

export const CONSENT_REQUIRED_MESSAGE =
  "Para crear la cuenta debe autorizar el tratamiento de sus datos personales.";
export const STALE_CONSENT_MESSAGE =
  "El texto de la autorización cambió desde que abrió la página. Recargue la página y léalo de nuevo.";
export const CHOOSE_INSTITUTION_MESSAGE =
  "Elija su institución de la lista, o marque «Mi institución no está en la lista».";
export const GONE_INSTITUTION_MESSAGE =
  "La institución elegida ya no está en la lista. Recargue la página y elíjala de nuevo.";
export const INSTITUTION_TYPE_MESSAGE = "Elija el tipo de su institución.";
export const NEW_INSTITUTION_NAME_MAX_LENGTH = 200;

/** Duplicate email: the person most likely has an account already. */
export function existingAccountMessage(email: string): string {
  return `Ya existe una cuenta con el correo ${email}. Si es suya, ingrese con su contraseña.`;
}

export const PARTICIPANT_AUDIT_ACTION_LABELS_ES: Record<string, string> = {
  "user.signup": "Creó su cuenta de participante",
};

const ZName = z
  .string({ error: "Escriba su nombre." })
  .trim()
  .min(1, { error: "Escriba su nombre." })
  .max(PERSON_NAME_MAX_LENGTH, {
    error: `El nombre no puede tener más de ${PERSON_NAME_MAX_LENGTH} caracteres.`,
  });

/** An institution already registered (by id), or a new one: its name and type. */
export const ZSignupInstitution = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("existing"),
      id: z
        .string({ error: CHOOSE_INSTITUTION_MESSAGE })
        .trim()
        .min(1, { error: CHOOSE_INSTITUTION_MESSAGE })
        .max(64, { error: CHOOSE_INSTITUTION_MESSAGE }),
    }),
    z.object({
      kind: z.literal("new"),
      name: z
        .string({ error: "Escriba el nombre de su institución." })
        .trim()
        .min(1, { error: "Escriba el nombre de su institución." })
        .max(NEW_INSTITUTION_NAME_MAX_LENGTH, {
          error: `El nombre no puede tener más de ${NEW_INSTITUTION_NAME_MAX_LENGTH} caracteres.`,
        }),
      type: z.enum(INSTITUTION_TYPES, { error: INSTITUTION_TYPE_MESSAGE }),
    }),
  ],
  { error: CHOOSE_INSTITUTION_MESSAGE },
);
export type TSignupInstitution = z.output<typeof ZSignupInstitution>;

export const ZParticipantSignupInput = z
  .object({
    name: ZName,
    email: ZEmail,
    password: ZNewPassword,
    institution: ZSignupInstitution,
    /** The box was ticked: nothing else counts as consent. */
    consent: z.literal(true, { error: CONSENT_REQUIRED_MESSAGE }),
    /** The version of the text the form showed. */
    consentVersion: z.literal(DATA_CONSENT_VERSION, { error: STALE_CONSENT_MESSAGE }),
  })
  .superRefine((value, ctx) => {
    if (passwordMatchesEmail(value.password, value.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: EMAIL_PASSWORD_MESSAGE });
    }
  });
export type TParticipantSignupInput = z.input<typeof ZParticipantSignupInput>;
export type TParticipantSignup = z.output<typeof ZParticipantSignupInput>;

export const ZParticipantAccount = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
});
export type TParticipantAccount = z.infer<typeof ZParticipantAccount>;

/**
 * The registered institution a typed name stands for: the same name whatever its case,
 * accents, punctuation or spacing ("universidad  industrial de santander" finds "Universidad
 * Industrial de Santander"). The sign-up form uses it to recognise a choice from the list,
 * and the server to reuse an institution rather than register it twice.
 */
export function findInstitutionByName<T extends { name: string }>(
  institutions: readonly T[],
  typed: string,
): T | null {
  const key = foldText(typed);
  if (!key) return null;
  return institutions.find((i) => foldText(i.name) === key) ?? null;
}
