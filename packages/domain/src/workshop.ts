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

/** An agenda item and a rule as screens show them (public page, staff forms, board lobby). */
export const ZAgendaItemView = z.object({
  title: z.string(),
  presenter: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
});
export const ZRuleView = z.object({ title: z.string(), description: z.string() });

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
  agenda: z.array(ZAgendaItemView.extend({ order: z.number().int() })),
  rules: z.array(ZRuleView.extend({ order: z.number().int() })),
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

// The outcomes of a workshop (issue #6): statuses and levels with their labels. The Prisma
// enums of the same names must list the same values (workshop.test.ts checks).

export const CONTRIBUTION_STATUSES = ["IDEA", "PROPOSAL", "COMMITMENT"] as const;
export type TContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export const ZContributionStatus = z.enum(CONTRIBUTION_STATUSES, {
  error: "Elija un estado válido: idea, propuesta o compromiso.",
});
export const CONTRIBUTION_STATUS_LABELS: Record<TLocale, Record<TContributionStatus, string>> = {
  es: { IDEA: "Idea", PROPOSAL: "Propuesta", COMMITMENT: "Compromiso" },
  en: { IDEA: "Idea", PROPOSAL: "Proposal", COMMITMENT: "Commitment" },
};

export const CAPACITY_LEVELS = ["NONE", "SOME", "STRONG"] as const;
export type TCapacityLevel = (typeof CAPACITY_LEVELS)[number];
export const ZCapacityLevel = z.enum(CAPACITY_LEVELS, {
  error: "Elija un nivel válido: ninguna, alguna o fuerte.",
});
export const CAPACITY_LEVEL_LABELS: Record<TLocale, Record<TCapacityLevel, string>> = {
  es: { NONE: "Ninguna", SOME: "Alguna", STRONG: "Fuerte" },
  en: { NONE: "None", SOME: "Some", STRONG: "Strong" },
};

export const ALLIANCE_STATUSES = ["POTENTIAL", "IN_CONVERSATION", "AGREED", "ACTIVE"] as const;
export type TAllianceStatus = (typeof ALLIANCE_STATUSES)[number];
export const ZAllianceStatus = z.enum(ALLIANCE_STATUSES, {
  error: "Elija un estado válido para la alianza.",
});
export const ALLIANCE_STATUS_LABELS: Record<TLocale, Record<TAllianceStatus, string>> = {
  es: {
    POTENTIAL: "Potencial",
    IN_CONVERSATION: "En conversación",
    AGREED: "Acordada",
    ACTIVE: "Activa",
  },
  en: {
    POTENTIAL: "Potential",
    IN_CONVERSATION: "In conversation",
    AGREED: "Agreed",
    ACTIVE: "Active",
  },
};

/**
 * What a lab does, after the functions the seed deck gives public innovation labs (open
 * government: transparency, participation, collaboration) and the lab's project objective
 * (co-creating, testing and evaluating solutions with citizens).
 */
export const LAB_FUNCTIONS = [
  "COCREACION",
  "EXPERIMENTACION",
  "DATOS_ABIERTOS",
  "FORMACION",
  "INVESTIGACION",
  "FINANCIACION",
  "INFRAESTRUCTURA",
] as const;
export type TLabFunction = (typeof LAB_FUNCTIONS)[number];
export const ZLabFunction = z.enum(LAB_FUNCTIONS, {
  error: "Elija la función del laboratorio a la que sirve la alianza.",
});
export const LAB_FUNCTION_LABELS: Record<TLocale, Record<TLabFunction, string>> = {
  es: {
    COCREACION: "Co-creación con la ciudadanía",
    EXPERIMENTACION: "Prototipado y experimentación",
    DATOS_ABIERTOS: "Datos abiertos y transparencia",
    FORMACION: "Formación y cultura del dato",
    INVESTIGACION: "Investigación y evaluación",
    FINANCIACION: "Financiación",
    INFRAESTRUCTURA: "Espacios e infraestructura",
  },
  en: {
    COCREACION: "Co-creation with citizens",
    EXPERIMENTACION: "Prototyping and experimentation",
    DATOS_ABIERTOS: "Open data and transparency",
    FORMACION: "Training and data culture",
    INVESTIGACION: "Research and evaluation",
    FINANCIACION: "Funding",
    INFRAESTRUCTURA: "Spaces and infrastructure",
  },
};

/** Seconds each participant may speak per question, unless the question says otherwise. */
export const DEFAULT_SECONDS_PER_INTERVENTION = 60;
