import { z } from "zod";
import { ZEmail } from "./auth";
import { ROLE_LABELS_ES, type TRole, ZRole } from "./role";

// What the administration manages about people and offices (dependencias): inputs, views and
// the rules that need no database.

export const PERSON_NAME_MAX_LENGTH = 120;
export const OFFICE_NAME_MAX_LENGTH = 120;

export const ONLY_EDITORS_HAVE_OFFICES_MESSAGE =
  "Solo las cuentas de editor pertenecen a dependencias. Quite las dependencias o elija el rol Editor.";
export const SELF_DEMOTION_MESSAGE =
  "No puede quitarse a sí mismo el rol de administrador. Pida a otra persona administradora que lo haga.";
export const SELF_DEACTIVATION_MESSAGE =
  "No puede desactivar su propia cuenta. Pida a otra persona administradora que lo haga.";
export const SELF_RESET_MESSAGE =
  "Para cambiar su propia contraseña use «Mi cuenta»: allí se pide la contraseña actual.";
export const UNKNOWN_OFFICE_MESSAGE =
  "Una de las dependencias elegidas ya no existe. Recargue la página y elija de nuevo.";
export const UNKNOWN_USER_MESSAGE = "La cuenta no existe.";

export function duplicateEmailMessage(email: string): string {
  return `Ya existe una cuenta con el correo ${email}.`;
}

export function duplicateOfficeMessage(existingName: string): string {
  return `Ya existe la dependencia «${existingName}».`;
}

const ZPersonName = z
  .string({ error: "Escriba el nombre de la persona." })
  .trim()
  .min(1, { error: "Escriba el nombre de la persona." })
  .max(PERSON_NAME_MAX_LENGTH, {
    error: `El nombre no puede tener más de ${PERSON_NAME_MAX_LENGTH} caracteres.`,
  });

const ZId = z.string({ error: "Falta el identificador." }).min(1).max(64);

// Ids of offices; repeats collapse so a double click on a checkbox list cannot add one twice.
const ZOfficeIds = z
  .array(ZId, { error: "Elija las dependencias de la lista." })
  .max(100)
  .default([])
  .transform((ids) => [...new Set(ids)]);

/** Offices only mean something for editors (they edit their offices' indicators). */
function officesOnlyForEditors(
  value: { role: TRole; officeIds: string[] },
  ctx: z.core.$RefinementCtx,
): void {
  if (value.role !== "EDITOR" && value.officeIds.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["officeIds"],
      message: ONLY_EDITORS_HAVE_OFFICES_MESSAGE,
    });
  }
}

export const ZUserIdInput = z.object({ userId: ZId });
export type TUserIdInput = z.output<typeof ZUserIdInput>;

export const ZCreateUserInput = z
  .object({ name: ZPersonName, email: ZEmail, role: ZRole, officeIds: ZOfficeIds })
  .superRefine(officesOnlyForEditors);
export type TCreateUserInput = z.output<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z
  .object({ userId: ZId, role: ZRole, officeIds: ZOfficeIds })
  .superRefine(officesOnlyForEditors);
export type TUpdateUserInput = z.output<typeof ZUpdateUserInput>;

export const ZSetUserActiveInput = z.object({
  userId: ZId,
  active: z.boolean({ error: "Indique si la cuenta queda activa." }),
});
export type TSetUserActiveInput = z.output<typeof ZSetUserActiveInput>;

export const ZOfficeRef = z.object({ id: z.string(), name: z.string() });

export const ZUserView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  active: z.boolean(),
  createdAt: z.date(),
  offices: z.array(ZOfficeRef),
});
export type TUserView = z.infer<typeof ZUserView>;

/**
 * A password generated for someone else: returned once to the administrator who asked for it,
 * never stored in clear nor shown again.
 */
export const ZGeneratedPassword = z.object({ email: z.string(), password: z.string() });
export type TGeneratedPassword = z.infer<typeof ZGeneratedPassword>;

export const ZCreatedUser = z.object({ user: ZUserView, password: z.string() });
export type TCreatedUser = z.infer<typeof ZCreatedUser>;

export const ZCreateOfficeInput = z.object({
  name: z
    .string({ error: "Escriba el nombre de la dependencia." })
    .trim()
    .min(1, { error: "Escriba el nombre de la dependencia.", abort: true })
    .max(OFFICE_NAME_MAX_LENGTH, {
      error: `El nombre no puede tener más de ${OFFICE_NAME_MAX_LENGTH} caracteres.`,
    })
    // The slug comes from the name, so a name without letters or digits has none.
    .refine((name) => /[\p{L}\p{N}]/u.test(name), {
      error: "El nombre debe tener letras o números.",
    }),
});
export type TCreateOfficeInput = z.output<typeof ZCreateOfficeInput>;

export const ZOfficeView = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  /** Accounts that belong to it. */
  members: z.number().int(),
  /** Indicators it is responsible for. */
  indicators: z.number().int(),
});
export type TOfficeView = z.infer<typeof ZOfficeView>;

/**
 * One line that says who an account is and what it may do, for the audit trail's
 * "before → after" column: "ana@x.co · Editor (funcionario) · Secretaría de Planeación".
 */
export function accountSummaryEs(account: {
  email: string;
  role: TRole;
  offices: readonly string[];
}): string {
  return [account.email, ROLE_LABELS_ES[account.role], ...account.offices].join(" · ");
}
