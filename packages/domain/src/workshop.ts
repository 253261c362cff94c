import { z } from "zod";
import type { TLocale } from "./locale";

export const INSTITUTION_TYPES = [
  "UNIVERSIDAD",
  "CENTRO_PRODUCTIVIDAD",
  "ENTIDAD_PUBLICA",
  "EMPRESA",
  "SOCIEDAD_CIVIL",
  "ORGANISMO_INTERNACIONAL",
  "OTRO",
] as const;
export type TInstitutionType = (typeof INSTITUTION_TYPES)[number];
export const ZInstitutionType = z.enum(INSTITUTION_TYPES, {
  error: "Elija un tipo de institución válido.",
});
export const INSTITUTION_TYPE_LABELS_ES: Record<TInstitutionType, string> = {
  UNIVERSIDAD: "Universidad",
  CENTRO_PRODUCTIVIDAD: "Centro de productividad",
  ENTIDAD_PUBLICA: "Entidad pública",
  EMPRESA: "Empresa",
  SOCIEDAD_CIVIL: "Sociedad civil",
  ORGANISMO_INTERNACIONAL: "Organismo internacional",
  OTRO: "Otro",
};
export const INSTITUTION_TYPE_LABELS_EN: Record<TInstitutionType, string> = {
  UNIVERSIDAD: "University",
  CENTRO_PRODUCTIVIDAD: "Productivity center",
  ENTIDAD_PUBLICA: "Public entity",
  EMPRESA: "Company",
  SOCIEDAD_CIVIL: "Civil society",
  ORGANISMO_INTERNACIONAL: "International organization",
  OTRO: "Other",
};
export const INSTITUTION_TYPE_LABELS: Record<TLocale, Record<TInstitutionType, string>> = {
  es: INSTITUTION_TYPE_LABELS_ES,
  en: INSTITUTION_TYPE_LABELS_EN,
};

export const WORKSHOP_STATUSES = ["PLANNED", "LIVE", "CLOSED", "RESULTS_PUBLISHED"] as const;
export type TWorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
export const ZWorkshopStatus = z.enum(WORKSHOP_STATUSES);
export const WORKSHOP_STATUS_LABELS_ES: Record<TWorkshopStatus, string> = {
  PLANNED: "Programado",
  LIVE: "En curso",
  CLOSED: "Realizado",
  RESULTS_PUBLISHED: "Resultados publicados",
};
export const WORKSHOP_STATUS_LABELS_EN: Record<TWorkshopStatus, string> = {
  PLANNED: "Scheduled",
  LIVE: "In progress",
  CLOSED: "Held",
  RESULTS_PUBLISHED: "Results published",
};
export const WORKSHOP_STATUS_LABELS: Record<TLocale, Record<TWorkshopStatus, string>> = {
  es: WORKSHOP_STATUS_LABELS_ES,
  en: WORKSHOP_STATUS_LABELS_EN,
};

// What the public sees of a workshop. Ley 1581: a facilitator's name only with consent,
// so `personName` is null unless the person agreed; institutions are always shown.
export const ZWorkshopView = z.object({
  slug: z.string(),
  title: z.string(),
  startsAt: z.date(),
  place: z.string().nullable(),
  status: ZWorkshopStatus,
  objective: z.string(),
  purpose: z.string(),
  projectObjective: z.string(),
  diagnosticObjective: z.string().nullable(),
  background: z.string().nullable(),
  agenda: z.array(
    z.object({
      order: z.number().int(),
      title: z.string(),
      presenter: z.string().nullable(),
      durationMinutes: z.number().int().nullable(),
    }),
  ),
  rules: z.array(z.object({ order: z.number().int(), title: z.string(), description: z.string() })),
  specificObjectives: z.array(z.object({ order: z.number().int(), text: z.string() })),
  facilitators: z.array(
    z.object({
      personName: z.string().nullable(),
      role: z.string(),
      institution: z.object({ name: z.string(), type: ZInstitutionType }),
    }),
  ),
});
export type TWorkshopView = z.infer<typeof ZWorkshopView>;

export const ZWorkshopSummary = ZWorkshopView.pick({
  slug: true,
  title: true,
  startsAt: true,
  place: true,
  status: true,
  objective: true,
});
export type TWorkshopSummary = z.infer<typeof ZWorkshopSummary>;
