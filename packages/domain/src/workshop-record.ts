import { z } from "zod";
import { CAPACITY_TYPES, type TCapacityType, ZCapacityType } from "./indicator";
import type { TLocale } from "./locale";
import {
  INSTITUTION_TYPES,
  LAB_FUNCTION_LABELS,
  LAB_FUNCTIONS,
  type TCapacityLevel,
  type TContributionStatus,
  type TInstitutionType,
  type TLabFunction,
  ZAllianceStatus,
  ZCapacityLevel,
  ZContributionStatus,
  ZInstitutionType,
  ZWorkshopStatus,
  ZWorkshopSummary,
  ZWorkshopView,
} from "./workshop";

// The public record of a workshop and its results ("socialización de resultados"). Ley 1581:
// no schema here has a field for a person (attendee, contributor), so nothing personal can
// leave the server through it: tRPC validates outputs and drops unknown keys. Facilitators'
// names follow ZWorkshopView's rule (null without consent).

export const ZPublicInstitution = z.object({
  name: z.string(),
  type: ZInstitutionType,
  isDemo: z.boolean(),
});
export type TPublicInstitution = z.infer<typeof ZPublicInstitution>;

export const ZPublicQuestion = z.object({
  order: z.number().int(),
  text: z.string(),
  secondsPerIntervention: z.number().int(),
});

export const ZPublicContribution = z.object({
  id: z.string(),
  /** The question's order, or null for contributions not tied to a question. */
  questionOrder: z.number().int().nullable(),
  text: z.string(),
  institution: ZPublicInstitution.nullable(),
  capacityTypes: z.array(ZCapacityType),
  tags: z.array(z.string()),
  votes: z.number().int(),
  status: ZContributionStatus,
  isDemo: z.boolean(),
});
export type TPublicContribution = z.infer<typeof ZPublicContribution>;

export const ZCapacityCell = z.object({
  capacityType: ZCapacityType,
  level: ZCapacityLevel,
  description: z.string(),
  /** Suggested from the institution's contributions rather than written by staff. */
  derived: z.boolean(),
});
export type TCapacityCell = z.infer<typeof ZCapacityCell>;

export const ZCapacityMapRow = z.object({
  institution: ZPublicInstitution,
  potentialRole: z.string().nullable(),
  /** One cell per capacity type, in CAPACITY_TYPES order. */
  cells: z.array(ZCapacityCell),
});
export type TCapacityMapRow = z.infer<typeof ZCapacityMapRow>;

export const ZPublicMilestone = z.object({
  date: z.date(),
  note: z.string(),
  percent: z.number().int(),
});

export const ZPublicAlliance = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  /** A LAB_FUNCTIONS value (stored as text; an unknown one is shown as stored). */
  labFunction: z.string(),
  status: ZAllianceStatus,
  statusChangedAt: z.date(),
  startedAt: z.date().nullable(),
  institutions: z.array(ZPublicInstitution),
  milestones: z.array(ZPublicMilestone),
  /** The latest milestone's percent (0 without milestones). */
  progress: z.number().int().min(0).max(100),
  isDemo: z.boolean(),
});
export type TPublicAlliance = z.infer<typeof ZPublicAlliance>;

export const ZInstitutionTypeCount = z.object({
  type: ZInstitutionType,
  count: z.number().int(),
});

export const ZWorkshopAttendance = z.object({
  /** Registrations in the attendance register. */
  registered: z.number().int(),
  /** Registrations marked as attended. */
  attended: z.number().int(),
  /** Participating institutions (see participatingInstitutionIds). */
  institutions: z.number().int(),
  /** Participating institutions per type, every type listed (zero included). */
  byType: z.array(ZInstitutionTypeCount),
});
export type TWorkshopAttendance = z.infer<typeof ZWorkshopAttendance>;

export const ZWorkshopResults = z.object({
  publishedAt: z.date().nullable(),
  attendance: ZWorkshopAttendance,
  institutions: z.array(ZPublicInstitution),
  contributions: z.array(ZPublicContribution),
  capacityMap: z.array(ZCapacityMapRow),
  alliances: z.array(ZPublicAlliance),
  /** Some of these results are invented, to show the page (the interface says so). */
  hasDemo: z.boolean(),
});
export type TWorkshopResults = z.infer<typeof ZWorkshopResults>;

export const ZWorkshopRecord = ZWorkshopView.extend({
  endsAt: z.date().nullable(),
  /** The meeting link: only while the workshop has not been held. */
  onlineUrl: z.string().nullable(),
  isDemo: z.boolean(),
  questions: z.array(ZPublicQuestion),
  /** Only once results are published (status RESULTS_PUBLISHED); null before. */
  results: ZWorkshopResults.nullable(),
});
export type TWorkshopRecord = z.infer<typeof ZWorkshopRecord>;

export const ZWorkshopKeyNumbers = z.object({
  attended: z.number().int(),
  institutions: z.number().int(),
  contributions: z.number().int(),
  alliances: z.number().int(),
});
export type TWorkshopKeyNumbers = z.infer<typeof ZWorkshopKeyNumbers>;

export const ZWorkshopListItem = ZWorkshopSummary.extend({
  status: ZWorkshopStatus,
  endsAt: z.date().nullable(),
  isDemo: z.boolean(),
  resultsPublishedAt: z.date().nullable(),
  /** Only for workshops whose results are published. */
  numbers: ZWorkshopKeyNumbers.nullable(),
});
export type TWorkshopListItem = z.infer<typeof ZWorkshopListItem>;

// ---------------------------------------------------------------------------------------------
// Who took part.

/**
 * The institutions that took part in a workshop: those of the attendees who attended, and
 * those that gave a contribution. Organisers (facilitators) are not counted as participants.
 */
export function participatingInstitutionIds(records: {
  attendees: { attended: boolean; institutionId: string | null }[];
  contributions: { institutionId: string | null }[];
}): Set<string> {
  const ids = new Set<string>();
  for (const a of records.attendees) if (a.attended && a.institutionId) ids.add(a.institutionId);
  for (const c of records.contributions) if (c.institutionId) ids.add(c.institutionId);
  return ids;
}

/** Every institution type with its count, in INSTITUTION_TYPES order. */
export function countByInstitutionType(
  institutions: { type: TInstitutionType }[],
): { type: TInstitutionType; count: number }[] {
  return INSTITUTION_TYPES.map((type) => ({
    type,
    count: institutions.filter((i) => i.type === type).length,
  }));
}

/** Institutions by type (in INSTITUTION_TYPES order), then by name as Spanish sorts it. */
export function compareInstitutions(a: TPublicInstitution, b: TPublicInstitution): number {
  const byType = INSTITUTION_TYPES.indexOf(a.type) - INSTITUTION_TYPES.indexOf(b.type);
  return byType !== 0 ? byType : a.name.localeCompare(b.name, "es");
}

// ---------------------------------------------------------------------------------------------
// The capacity map, suggested from contributions.

export type TCapacityEvidence = {
  institutionId: string | null;
  capacityTypes: readonly TCapacityType[];
  status: TContributionStatus;
  text: string;
  votes: number;
};

/** Contribution texts quoted in a suggested description, most voted first. */
export const SUGGESTION_QUOTES = 3;
const QUOTE_MAX_LENGTH = 140;

/**
 * The level a capacity type suggests from an institution's contributions that speak to it:
 * none → NONE; one or two → SOME; three or more, or any that became a COMMITMENT → STRONG
 * (a commitment is the institution saying it will put that capacity in).
 */
export function suggestCapacityLevel(count: number, hasCommitment: boolean): TCapacityLevel {
  if (count === 0) return "NONE";
  return count >= 3 || hasCommitment ? "STRONG" : "SOME";
}

function quote(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > QUOTE_MAX_LENGTH ? `${clean.slice(0, QUOTE_MAX_LENGTH - 1)}…` : clean;
}

/** "2 aportes: «…»; «…»" — what the contributions said, for staff to edit into a description. */
export function suggestCapacityDescription(
  contributions: readonly Pick<TCapacityEvidence, "text" | "votes">[],
): string {
  if (contributions.length === 0) return "";
  const quotes = [...contributions]
    .sort((a, b) => b.votes - a.votes)
    .slice(0, SUGGESTION_QUOTES)
    .map((c) => `«${quote(c.text)}»`);
  const more = contributions.length - quotes.length;
  const count = contributions.length === 1 ? "1 aporte" : `${contributions.length} aportes`;
  return `${count}: ${quotes.join("; ")}${more > 0 ? ` (y ${more} más)` : ""}`;
}

export type TSuggestedCapacity = {
  capacityType: TCapacityType;
  level: TCapacityLevel;
  description: string;
  contributions: number;
};

/**
 * Per institution and capacity type, the level and description its contributions suggest
 * (see suggestCapacityLevel). Contributions without an institution say nothing about one.
 * Every institution with a contribution gets all five types, in CAPACITY_TYPES order.
 */
export function deriveCapacityMap(
  contributions: readonly TCapacityEvidence[],
): Map<string, TSuggestedCapacity[]> {
  const byInstitution = new Map<string, TCapacityEvidence[]>();
  for (const c of contributions) {
    if (!c.institutionId) continue;
    const list = byInstitution.get(c.institutionId) ?? [];
    list.push(c);
    byInstitution.set(c.institutionId, list);
  }
  const map = new Map<string, TSuggestedCapacity[]>();
  for (const [institutionId, list] of byInstitution) {
    map.set(
      institutionId,
      CAPACITY_TYPES.map((capacityType) => {
        const speaking = list.filter((c) => c.capacityTypes.includes(capacityType));
        return {
          capacityType,
          level: suggestCapacityLevel(
            speaking.length,
            speaking.some((c) => c.status === "COMMITMENT"),
          ),
          description: suggestCapacityDescription(speaking),
          contributions: speaking.length,
        };
      }),
    );
  }
  return map;
}

export type TStoredCapacityProfile = {
  institutionId: string;
  potentialRole: string | null;
  offers: {
    capacityType: TCapacityType;
    level: TCapacityLevel;
    description: string;
    derived: boolean;
  }[];
};

/**
 * The public capacity map: one row per institution with a profile (staff's) or with
 * contributions. What staff wrote wins, cell by cell; where they wrote nothing, the
 * suggestion from the contributions that speak to that type shows, marked `derived`.
 */
export function buildCapacityMap(
  institutions: ReadonlyMap<string, TPublicInstitution>,
  profiles: readonly TStoredCapacityProfile[],
  contributions: readonly TCapacityEvidence[],
): TCapacityMapRow[] {
  const suggested = deriveCapacityMap(contributions);
  const profileOf = new Map(profiles.map((p) => [p.institutionId, p]));
  const ids = new Set([...profileOf.keys(), ...suggested.keys()]);
  const rows: TCapacityMapRow[] = [];
  for (const id of ids) {
    const institution = institutions.get(id);
    if (!institution) continue;
    const profile = profileOf.get(id);
    const suggestions = suggested.get(id);
    rows.push({
      institution,
      potentialRole: profile?.potentialRole ?? null,
      cells: CAPACITY_TYPES.map((capacityType) => {
        const stored = profile?.offers.find((o) => o.capacityType === capacityType);
        if (stored) return { capacityType, ...pickCell(stored) };
        // Only a type some contribution speaks to is a suggestion; silence is just "none".
        const s = suggestions?.find((x) => x.capacityType === capacityType && x.contributions > 0);
        return s
          ? { capacityType, level: s.level, description: s.description, derived: true }
          : { capacityType, level: "NONE", description: "", derived: false };
      }),
    });
  }
  return rows.sort((a, b) => compareInstitutions(a.institution, b.institution));
}

function pickCell(o: TStoredCapacityProfile["offers"][number]) {
  return { level: o.level, description: o.description, derived: o.derived };
}

// ---------------------------------------------------------------------------------------------
// Alliances and contributions as the page shows them.

/** The progress of an alliance: its latest milestone's percent (by date), 0 without any. */
export function allianceProgress(milestones: readonly { date: Date; percent: number }[]): number {
  let latest: { date: Date; percent: number } | undefined;
  for (const m of milestones) if (!latest || m.date >= latest.date) latest = m;
  return Math.max(0, Math.min(100, Math.round(latest?.percent ?? 0)));
}

export function labFunctionLabel(value: string, locale: TLocale = "es"): string {
  return (LAB_FUNCTIONS as readonly string[]).includes(value)
    ? LAB_FUNCTION_LABELS[locale][value as TLabFunction]
    : value;
}

export const CONTRIBUTION_SORTS = ["registro", "votos"] as const;
export type TContributionSort = (typeof CONTRIBUTION_SORTS)[number];

/** `?orden=votos` sorts by votes; anything else (or nothing) keeps the order of record. */
export function parseContributionSort(raw: unknown): TContributionSort {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === "votos" ? "votos" : "registro";
}

/** Most voted first (ties keep the order of record); "registro" keeps the order given. */
export function sortContributions<T extends { votes: number }>(
  list: readonly T[],
  sort: TContributionSort,
): T[] {
  // Array.prototype.sort is stable: equal votes keep their order of record.
  return sort === "votos" ? [...list].sort((a, b) => b.votes - a.votes) : [...list];
}

export type TCapacityGroup<T> = { capacityType: TCapacityType | null; contributions: T[] };

/**
 * Contributions grouped by the capacity types they speak to, in CAPACITY_TYPES order; one
 * speaking to several types appears in each of them. Those that name no type come last
 * (capacityType null). Empty groups are left out.
 */
export function groupByCapacityType<T extends { capacityTypes: readonly TCapacityType[] }>(
  list: readonly T[],
): TCapacityGroup<T>[] {
  const groups: TCapacityGroup<T>[] = CAPACITY_TYPES.map((capacityType) => ({
    capacityType,
    contributions: list.filter((c) => c.capacityTypes.includes(capacityType)),
  }));
  groups.push({ capacityType: null, contributions: list.filter((c) => !c.capacityTypes.length) });
  return groups.filter((g) => g.contributions.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Downloads of the results (/api/v1/workshops/{slug}/{file}).

export const WORKSHOP_DOWNLOAD_KINDS = ["contributions", "capacity-map", "alliances"] as const;
export type TWorkshopDownloadKind = (typeof WORKSHOP_DOWNLOAD_KINDS)[number];
export const WORKSHOP_DOWNLOAD_FORMATS = ["csv", "json"] as const;
export type TWorkshopDownloadFormat = (typeof WORKSHOP_DOWNLOAD_FORMATS)[number];
export type TWorkshopDownload = { kind: TWorkshopDownloadKind; format: TWorkshopDownloadFormat };

/** The file's name as the person saves it: "{slug}-aportes.csv". */
export const WORKSHOP_DOWNLOAD_NAMES_ES: Record<TWorkshopDownloadKind, string> = {
  contributions: "aportes",
  "capacity-map": "mapa-de-capacidades",
  alliances: "alianzas",
};

export function workshopDownloadPath(slug: string, download: TWorkshopDownload): string {
  return `/api/v1/workshops/${slug}/${download.kind}.${download.format}`;
}

/** "contributions.csv" → the download; anything else → null (the route answers 404). */
export function parseWorkshopDownload(file: string): TWorkshopDownload | null {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  const kind = WORKSHOP_DOWNLOAD_KINDS.find((k) => k === match?.[1]);
  const format = WORKSHOP_DOWNLOAD_FORMATS.find((f) => f === match?.[2]);
  return kind && format ? { kind, format } : null;
}
