import { z } from "zod";

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

// Length is what makes a password strong (NIST SP 800-63B); no composition rules.
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
  });
