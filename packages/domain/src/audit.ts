import { z } from "zod";
import { LESSON_AUDIT_ACTION_LABELS_ES } from "./lesson-admin";
import { PARTICIPANT_AUDIT_ACTION_LABELS_ES } from "./participant-signup";
import { ZSlug } from "./slug";
import { WORKSHOP_AUDIT_ACTION_LABELS_ES } from "./workshop-admin";

// The audit trail as officials read it: filters and one entry, plain data.

export const AUDIT_PAGE_MAX = 100;

export const AUDIT_ACTION_LABELS_ES: Record<string, string> = {
  "observation.create": "Registró un valor (borrador)",
  "observation.update": "Corrigió un valor (borrador)",
  "observation.delete": "Marcó un valor para eliminar (borrador)",
  "observation.import.create": "Importó un valor (borrador)",
  "observation.import.update": "Corrigió un valor por importación (borrador)",
  "observation.publish": "Publicó un valor",
  "observation.publish.delete": "Retiró un valor publicado",
  "indicator.create": "Creó el indicador (sin publicar)",
  "indicator.metadata.update": "Editó la ficha del indicador (borrador)",
  "indicator.submit": "Envió los cambios a revisión",
  "indicator.reject": "Devolvió los cambios con observaciones",
  "indicator.publish": "Publicó los cambios",
  "user.password.change": "Cambió su contraseña",
  "user.create": "Creó una cuenta",
  "user.update": "Cambió el rol o las dependencias de una cuenta",
  "user.deactivate": "Desactivó una cuenta",
  "user.reactivate": "Reactivó una cuenta",
  "user.resetPassword": "Restableció la contraseña de una cuenta",
  "office.create": "Creó una dependencia",
  "dataset.create": "Creó un conjunto de datos (sin publicar)",
  "dataset.metadata.update": "Editó la ficha de un conjunto de datos",
  "dataset.columns.update": "Editó el diccionario de datos de una versión",
  "dataset.version.upload": "Cargó una nueva versión de un conjunto de datos",
  "dataset.publish": "Publicó una versión de un conjunto de datos",
  "dataset.rollback": "Volvió a publicar una versión anterior de un conjunto de datos",
  "dataset.unpublish": "Retiró un conjunto de datos del sitio público",
  ...WORKSHOP_AUDIT_ACTION_LABELS_ES,
  ...LESSON_AUDIT_ACTION_LABELS_ES,
  ...PARTICIPANT_AUDIT_ACTION_LABELS_ES,
};

/** Where a change came from: the record form or a spreadsheet import. */
export const AUDIT_SOURCE_LABELS_ES: Record<string, string> = {
  app: "Formulario",
  import: "Importación",
  // Values of the derived indicators, recomputed from the workshops' records.
  workshops: "Registros de los talleres",
};

/** The Spanish label of an action; unknown actions show as stored. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS_ES[action] ?? action;
}

const ZOptionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use una fecha con el formato AAAA-MM-DD.")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const ZAuditFilter = z.object({
  indicatorSlug: ZOptionalText,
  actorEmail: ZOptionalText,
  action: ZOptionalText,
  /** Days (AAAA-MM-DD), both included, in Colombia's time. */
  from: ZDay,
  to: ZDay,
  /** The id of the last entry of the previous page. */
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
export type TAuditFilter = z.input<typeof ZAuditFilter>;

export const ZAuditForIndicatorInput = z.object({
  slug: ZSlug,
  cursor: z.string().max(64).optional(),
});

export const ZAuditEntryView = z.object({
  id: z.string(),
  at: z.date(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  indicator: z.string().nullable(),
  period: z.string().nullable(),
  geography: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  source: z.string().nullable(),
});
export type TAuditEntryView = z.infer<typeof ZAuditEntryView>;

export const ZAuditPage = z.object({
  entries: z.array(ZAuditEntryView),
  nextCursor: z.string().nullable(),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;
