import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

const EMAIL_MESSAGE = "Escriba un correo electrónico válido.";
const PASSWORD_REQUIRED = "Escriba su contraseña.";
export const NEW_PASSWORD_MIN_LENGTH = 10;
export const NEW_PASSWORD_MAX_LENGTH = 128;

// Trimmed and lowercased before checking, so "  Ana@Bucaramanga.gov.co " logs in the same
// account as "ana@bucaramanga.gov.co" (emails are unique in the database as stored).
export const ZEmail = z
  .string({ error: EMAIL_MESSAGE })
  .trim()
  .toLowerCase()
  .max(254, { error: EMAIL_MESSAGE })
  .pipe(z.email({ error: EMAIL_MESSAGE }));

export const ZCredentials = z.object({
  email: ZEmail,
  // Never trimmed: spaces can be part of a password. The upper bound only keeps absurd
  // inputs away from the password hash function.
  password: z
    .string({ error: PASSWORD_REQUIRED })
    .min(1, { error: PASSWORD_REQUIRED })
    .max(1024, { error: "La contraseña es demasiado larga." }),
});
export type TCredentials = z.output<typeof ZCredentials>;

export const COMMON_PASSWORD_MESSAGE =
  "Esa contraseña es de las más usadas y fáciles de adivinar. Elija otra.";
export const EMAIL_PASSWORD_MESSAGE = "La contraseña no puede ser su correo electrónico.";

// Length is what makes a password strong (NIST SP 800-63B); no composition rules, but the
// most common passwords are refused.
export const ZNewPassword = z
  .string({ error: "Escriba una contraseña." })
  .min(NEW_PASSWORD_MIN_LENGTH, {
    error: `La contraseña debe tener al menos ${NEW_PASSWORD_MIN_LENGTH} caracteres.`,
  })
  .max(NEW_PASSWORD_MAX_LENGTH, {
    error: `La contraseña no puede tener más de ${NEW_PASSWORD_MAX_LENGTH} caracteres.`,
  })
  .refine((password) => password.trim().length > 0, {
    error: "La contraseña no puede ser solo espacios.",
  })
  .refine((password) => !isCommonPassword(password), { error: COMMON_PASSWORD_MESSAGE });

/** In the committed list of common passwords, ignoring case and surrounding spaces. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}

/**
 * Whether the password is the account's email, or its local part alone or followed only by
 * digits and symbols ("ana.perez", "Ana.Perez2024!"), ignoring case.
 */
export function passwordMatchesEmail(password: string, email: string): boolean {
  const typed = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  if (typed === address) return true;
  return local.length > 0 && typed.startsWith(local) && !/\p{L}/u.test(typed.slice(local.length));
}

export const ZChangePasswordInput = z.object({
  // Checked against the stored hash, never trimmed.
  currentPassword: z
    .string({ error: "Escriba su contraseña actual." })
    .min(1, { error: "Escriba su contraseña actual." })
    .max(1024, { error: "La contraseña es demasiado larga." }),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.output<typeof ZChangePasswordInput>;
