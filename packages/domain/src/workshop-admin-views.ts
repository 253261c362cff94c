import { z } from "zod";
import { ZCapacityType } from "./indicator";
import {
  ZAgendaItemView,
  ZAllianceStatus,
  ZCapacityLevel,
  ZContributionStatus,
  ZInstitutionType,
  ZLabFunction,
  ZRuleView,
  ZWorkshopStatus,
} from "./workshop";

// What the staff workspace reads about workshops (issue #6). Unlike the public views in
// ./workshop, these carry personal data (attendees' names and emails, who gave a
// contribution): only staff procedures return them.

export const ZWorkshopAdminSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  startsAt: z.date(),
  status: ZWorkshopStatus,
  resultsPublishedAt: z.date().nullable(),
  isDemo: z.boolean(),
  questions: z.number().int(),
  attendees: z.number().int(),
  contributions: z.number().int(),
  /** Distinct institutions among attendees, contributions and facilitators. */
  institutions: z.number().int(),
});
export type TWorkshopAdminSummary = z.infer<typeof ZWorkshopAdminSummary>;

export const ZInstitutionOption = z.object({
  id: z.string(),
  name: z.string(),
  type: ZInstitutionType,
});
export type TInstitutionOption = z.infer<typeof ZInstitutionOption>;

export const ZAttendeeAdminView = z.object({
  id: z.string(),
  personName: z.string(),
  email: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  role: z.string().nullable(),
  consentAt: z.date().nullable(),
  consentText: z.string().nullable(),
  attended: z.boolean(),
  checkedInAt: z.date().nullable(),
  isDemo: z.boolean(),
});
export type TAttendeeAdminView = z.infer<typeof ZAttendeeAdminView>;

export const ZContributionAdminView = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  text: z.string(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  attendeeId: z.string().nullable(),
  attendeeName: z.string().nullable(),
  capacityTypes: z.array(ZCapacityType),
  tags: z.array(z.string()),
  votes: z.number().int(),
  status: ZContributionStatus,
  source: z.enum(["BOARD", "STAFF"]),
  isDemo: z.boolean(),
});
export type TContributionAdminView = z.infer<typeof ZContributionAdminView>;

export const ZCapacityOfferView = z.object({
  capacityType: ZCapacityType,
  level: ZCapacityLevel,
  description: z.string(),
  derived: z.boolean(),
});
export type TCapacityOfferView = z.infer<typeof ZCapacityOfferView>;

export const ZCapacityProfileView = z.object({
  institutionId: z.string(),
  institutionName: z.string(),
  institutionType: ZInstitutionType,
  potentialRole: z.string().nullable(),
  offers: z.array(ZCapacityOfferView),
});
export type TCapacityProfileView = z.infer<typeof ZCapacityProfileView>;

export const ZMilestoneView = z.object({
  id: z.string(),
  date: z.date(),
  note: z.string(),
  percent: z.number().int(),
});
export type TMilestoneView = z.infer<typeof ZMilestoneView>;

export const ZAllianceAdminView = z.object({
  id: z.string(),
  workshopId: z.string().nullable(),
  title: z.string(),
  purpose: z.string(),
  labFunction: ZLabFunction,
  status: ZAllianceStatus,
  statusChangedAt: z.date(),
  startedAt: z.date().nullable(),
  isDemo: z.boolean(),
  institutions: z.array(z.object({ id: z.string(), name: z.string() })),
  milestones: z.array(ZMilestoneView),
});
export type TAllianceAdminView = z.infer<typeof ZAllianceAdminView>;

export const ZWorkshopAdminView = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  objective: z.string(),
  purpose: z.string(),
  projectObjective: z.string(),
  diagnosticObjective: z.string().nullable(),
  background: z.string().nullable(),
  status: ZWorkshopStatus,
  resultsPublishedAt: z.date().nullable(),
  /** Every save names it; a save from an older one is refused (CONFLICT). */
  revision: z.number().int(),
  isDemo: z.boolean(),
  updatedAt: z.date(),
  agenda: z.array(ZAgendaItemView),
  rules: z.array(ZRuleView),
  specificObjectives: z.array(z.object({ text: z.string() })),
  questions: z.array(
    z.object({
      id: z.string(),
      order: z.number().int(),
      text: z.string(),
      secondsPerIntervention: z.number().int(),
      contributions: z.number().int(),
    }),
  ),
  facilitators: z.array(
    z.object({
      personName: z.string(),
      role: z.string(),
      institutionId: z.string(),
      nameIsPublic: z.boolean(),
    }),
  ),
  attendees: z.array(ZAttendeeAdminView),
  contributions: z.array(ZContributionAdminView),
  capacityMap: z.array(ZCapacityProfileView),
  alliances: z.array(ZAllianceAdminView),
  /** Every institution, for the forms' lists. */
  institutions: z.array(ZInstitutionOption),
});
export type TWorkshopAdminView = z.infer<typeof ZWorkshopAdminView>;

/** After a save of the workshop or one of its lists: the revision the next save must name. */
export const ZRevisionResult = z.object({ revision: z.number().int() });
export type TRevisionResult = z.infer<typeof ZRevisionResult>;

export const ZPublishResultsResult = z.object({
  revision: z.number().int(),
  resultsPublishedAt: z.date(),
});
export type TPublishResultsResult = z.infer<typeof ZPublishResultsResult>;

export const ZInstitutionUsage = z.object({
  attendees: z.number().int(),
  contributions: z.number().int(),
  capacityProfiles: z.number().int(),
  alliances: z.number().int(),
  facilitators: z.number().int(),
  children: z.number().int(),
});
export type TInstitutionUsage = z.infer<typeof ZInstitutionUsage>;

export const ZInstitutionAdminView = z.object({
  id: z.string(),
  name: z.string(),
  type: ZInstitutionType,
  city: z.string().nullable(),
  website: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  isDemo: z.boolean(),
  usage: ZInstitutionUsage,
});
export type TInstitutionAdminView = z.infer<typeof ZInstitutionAdminView>;

export const ZMergeResult = z.object({
  target: z.object({ id: z.string(), name: z.string() }),
  moved: ZInstitutionUsage,
});
export type TMergeResult = z.infer<typeof ZMergeResult>;

/**
 * Why an institution cannot be deleted, in Spanish, or null when nothing refers to it. The
 * records stay whole: merging moves them to another institution instead.
 */
export function institutionInUseMessage(name: string, usage: TInstitutionUsage): string | null {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  count(usage.contributions, "aporte", "aportes");
  count(usage.alliances, "alianza", "alianzas");
  count(usage.attendees, "persona inscrita", "personas inscritas");
  count(usage.capacityProfiles, "mapa de capacidades", "mapas de capacidades");
  count(usage.facilitators, "facilitador", "facilitadores");
  count(usage.children, "dependencia", "dependencias");
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} y ${parts.at(-1)}`;
  return `No se puede borrar «${name}»: tiene ${list}. Para no perder esos registros, combínela con la institución que la reemplaza (use «Combinar»).`;
}

/** What a workshop holds beyond its own definition (agenda, rules, questions…). */
export type TWorkshopRecords = {
  attendees: number;
  contributions: number;
  capacityProfiles: number;
  alliances: number;
  /** A live board was run for it (its participants' notes and votes). */
  boardSession: boolean;
  resultsPublished: boolean;
};

/**
 * Why a workshop cannot be deleted, in Spanish, or null when it holds nothing but its own
 * definition (one created by mistake, or a plan that was dropped). A workshop that took place
 * is part of the lab's history: its records stay, and its status says what became of it.
 */
export function workshopInUseMessage(title: string, records: TWorkshopRecords): string | null {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  if (records.resultsPublished) parts.push("resultados publicados");
  count(records.attendees, "persona inscrita", "personas inscritas");
  count(records.contributions, "aporte", "aportes");
  count(records.capacityProfiles, "mapa de capacidades", "mapas de capacidades");
  count(records.alliances, "alianza", "alianzas");
  if (records.boardSession) parts.push("una sesión del tablero en vivo");
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} y ${parts.at(-1)}`;
  return `No se puede borrar «${title}»: tiene ${list}. Esos registros son la memoria del taller; si no se realizará o se canceló, cambie su estado.`;
}

export const ZDeleteWorkshopResult = z.object({ deleted: z.string() });
