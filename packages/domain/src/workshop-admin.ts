import { z } from "zod";
import { ZEmail } from "./auth";
import { ZCapacityType } from "./indicator";
import { ZSlug } from "./slug";
import {
  DEFAULT_SECONDS_PER_INTERVENTION,
  ZAllianceStatus,
  ZCapacityLevel,
  ZContributionStatus,
  ZInstitutionType,
  ZLabFunction,
} from "./workshop";

// What staff edit about workshops and their outcomes (issue #6): the inputs, with their
// Spanish messages, shared by the forms (checked as the person types) and the API (checked
// again). Dates travel as the form's text ("2024-12-16T08:00", "2024-12-16") in Colombia's
// time, so browser and server read them alike.

// ---------------------------------------------------------------------------------------------
// Limits and fixed texts.

export const WORKSHOP_TITLE_MAX_LENGTH = 200;
export const WORKSHOP_LONG_TEXT_MAX_LENGTH = 4000;
export const QUESTION_SECONDS_MIN = 15;
export const QUESTION_SECONDS_MAX = 600;
export const AGENDA_MINUTES_MAX = 600;
export const CONTRIBUTION_TEXT_MAX_LENGTH = 2000;
export const CONTRIBUTION_TAGS_MAX = 10;
export const TAG_MAX_LENGTH = 40;

/**
 * The authorisation an attendee gives (Ley 1581 de 2012): what is collected, what for, and
 * that the name is published only with consent. Forms propose it; what was actually agreed to
 * is stored with each attendee.
 */
export const DEFAULT_CONSENT_TEXT =
  "Autorizo a la Alcaldía de Bucaramanga (Laboratorio de Innovación Pública) a tratar mis datos personales (nombre, correo, institución y rol) para registrar mi asistencia a este taller y contactarme sobre sus resultados, conforme a la Ley 1581 de 2012. Mi nombre solo se publica si lo autorizo de forma expresa.";

export const STALE_WORKSHOP_MESSAGE =
  "Otra persona guardó cambios en este taller después de que usted abrió la página. Recargue la página para ver la versión actual y vuelva a hacer su cambio.";
export const UNKNOWN_WORKSHOP_MESSAGE = "El taller no existe.";
export const UNKNOWN_INSTITUTION_MESSAGE =
  "Una de las instituciones elegidas ya no existe. Recargue la página y elija de nuevo.";

export function duplicateAttendeeMessage(existing: {
  personName: string;
  email: string;
  institution: string | null;
}): string {
  const where = existing.institution ? ` (${existing.institution})` : "";
  return `El correo ${existing.email} ya está en el registro de este taller: «${existing.personName}»${where}. Corrija esa inscripción en lugar de crear otra.`;
}

export function duplicateInstitutionMessage(existingName: string): string {
  return `Ya existe la institución «${existingName}».`;
}

// ---------------------------------------------------------------------------------------------
// Dates in Colombia's time (UTC−5 all year: no daylight saving).

const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;
const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2200 &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/** "2024-12-16T08:00" in Bogotá → the instant; null when it is not a real date and time. */
export function parseBogotaDateTime(text: string): Date | null {
  const m = DATE_TIME_PATTERN.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!validDay(year, month, day) || hour > 23 || minute > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - BOGOTA_OFFSET_MS);
}

/** "2024-12-16" → midnight in Bogotá (05:00 UTC: the same day read in UTC or in Bogotá). */
export function parseBogotaDay(text: string): Date | null {
  const m = DAY_PATTERN.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  if (!validDay(year, month, day)) return null;
  return new Date(Date.UTC(year, month - 1, day) - BOGOTA_OFFSET_MS);
}

function bogotaParts(date: Date): string {
  return new Date(date.getTime() + BOGOTA_OFFSET_MS).toISOString();
}

/** The value a datetime-local field shows for an instant: "2024-12-16T08:00". */
export function bogotaDateTimeInput(date: Date | null | undefined): string {
  return date ? bogotaParts(date).slice(0, 16) : "";
}

/** The value a date field shows: "2024-12-16" (a @db.Date is read as UTC midnight). */
export function dayInput(date: Date | null | undefined, kind: "instant" | "date" = "instant") {
  if (!date) return "";
  return kind === "date" ? date.toISOString().slice(0, 10) : bogotaParts(date).slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Building blocks.

const ZId = z.string({ error: "Falta el identificador." }).min(1).max(64);

function requiredText(what: string, max: number) {
  return z
    .string({ error: `Escriba ${what}.` })
    .trim()
    .min(1, { error: `Escriba ${what}.` })
    .max(max, { error: `El texto no puede tener más de ${max} caracteres.` });
}

/** Optional text: blank (or missing) is null. */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `El texto no puede tener más de ${max} caracteres.` })
    .nullish()
    .transform((v) => (v ? v : null));
}

const ZOptionalUrl = z
  .string()
  .trim()
  .max(500, { error: "La dirección no puede tener más de 500 caracteres." })
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), {
    error: "Escriba una dirección web completa, que empiece por https://",
  });

const DATE_TIME_EXAMPLE = "Escriba una fecha y hora válidas, por ejemplo 16/12/2024 8:00 a. m.";
const DAY_EXAMPLE = "Escriba una fecha válida, por ejemplo 16/12/2024.";

/** Form text → a date that must be there: blank asks for it, anything unreadable shows an example. */
function requiredDate(what: string, parse: (text: string) => Date | null, example: string) {
  return z.string({ error: `Indique ${what}.` }).transform((text, ctx) => {
    const date = parse(text);
    if (!date) {
      ctx.addIssue({ code: "custom", message: text.trim() === "" ? `Indique ${what}.` : example });
      return z.NEVER;
    }
    return date;
  });
}

/** Form text → a date or null when left blank. */
function optionalDate(parse: (text: string) => Date | null, example: string) {
  return z
    .string()
    .nullish()
    .transform((text, ctx) => {
      if (!text || text.trim() === "") return null;
      const date = parse(text);
      if (!date) {
        ctx.addIssue({ code: "custom", message: example });
        return z.NEVER;
      }
      return date;
    });
}

function dateTime(what: string) {
  return requiredDate(what, parseBogotaDateTime, DATE_TIME_EXAMPLE);
}

function optionalDateTime() {
  return optionalDate(parseBogotaDateTime, DATE_TIME_EXAMPLE);
}

function day(what: string) {
  return requiredDate(what, parseBogotaDay, DAY_EXAMPLE);
}

const ZOptionalDay = optionalDate(parseBogotaDay, DAY_EXAMPLE);

const ZRevision = z
  .number({ error: "Falta la versión del taller que abrió: recargue la página." })
  .int()
  .min(0);

/** Ids chosen from a list: repeats collapse (a double click cannot add one twice). */
function idList(max: number, message: string) {
  return z
    .array(ZId, { error: message })
    .max(max)
    .transform((ids) => [...new Set(ids)]);
}

/** Flags every item whose key came earlier in the list (items without a key are not compared). */
function flagRepeats<T>(
  ctx: z.RefinementCtx,
  items: T[],
  key: (item: T) => string | null | undefined,
  path: (index: number) => (string | number)[],
  message: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (!k) return;
    if (seen.has(k)) ctx.addIssue({ code: "custom", path: path(i), message });
    seen.add(k);
  });
}

// ---------------------------------------------------------------------------------------------
// Workshops.

export const ZWorkshopFields = z
  .object({
    title: requiredText("el título del taller", WORKSHOP_TITLE_MAX_LENGTH),
    startsAt: dateTime("la fecha y hora de inicio"),
    endsAt: optionalDateTime(),
    place: optionalText(200),
    onlineUrl: ZOptionalUrl,
    objective: requiredText("el objetivo del taller", WORKSHOP_LONG_TEXT_MAX_LENGTH),
    purpose: requiredText("el propósito del taller", WORKSHOP_LONG_TEXT_MAX_LENGTH),
    projectObjective: requiredText(
      "el objetivo general del proyecto al que sirve",
      WORKSHOP_LONG_TEXT_MAX_LENGTH,
    ),
    diagnosticObjective: optionalText(WORKSHOP_LONG_TEXT_MAX_LENGTH),
    background: optionalText(WORKSHOP_LONG_TEXT_MAX_LENGTH),
  })
  // Checked even when other fields fail (`when`), so every message shows at once.
  .refine(
    (w) => !(w.endsAt instanceof Date && w.startsAt instanceof Date && w.endsAt <= w.startsAt),
    {
      path: ["endsAt"],
      error: "La hora de cierre debe ser posterior a la de inicio.",
      when: () => true,
    },
  )
  .refine((w) => Boolean(w.place || w.onlineUrl), {
    path: ["place"],
    error: "Escriba el lugar o el enlace de la reunión en línea.",
    when: () => true,
  });
export type TWorkshopFields = z.output<typeof ZWorkshopFields>;
export type TWorkshopFieldsInput = z.input<typeof ZWorkshopFields>;

/** The reserved segment of /admin/talleres: a workshop there could not be opened. */
export const RESERVED_WORKSHOP_SLUGS = ["nuevo", "instituciones"] as const;

export const ZCreateWorkshopInput = z.object({
  slug: ZSlug.refine((s) => !(RESERVED_WORKSHOP_SLUGS as readonly string[]).includes(s), {
    error: "Esa dirección está reservada: elija otra.",
  }),
  fields: ZWorkshopFields,
});
export type TCreateWorkshopInput = z.output<typeof ZCreateWorkshopInput>;

/** Staff set these statuses by hand; RESULTS_PUBLISHED only through publishing. */
export const EDITABLE_WORKSHOP_STATUSES = ["PLANNED", "LIVE", "CLOSED"] as const;

export const ZUpdateWorkshopInput = z.object({
  workshopId: ZId,
  revision: ZRevision,
  fields: ZWorkshopFields,
});
export type TUpdateWorkshopInput = z.output<typeof ZUpdateWorkshopInput>;

export const ZSetWorkshopStatusInput = z.object({
  workshopId: ZId,
  revision: ZRevision,
  /** Going back from RESULTS_PUBLISHED to one of these withdraws the results. */
  status: z.enum(EDITABLE_WORKSHOP_STATUSES, { error: "Elija el estado del taller." }),
});
export type TSetWorkshopStatusInput = z.output<typeof ZSetWorkshopStatusInput>;

export const FUTURE_WORKSHOP_RESULTS_MESSAGE =
  "El taller aún no se ha realizado: sus resultados se publican después de la fecha de inicio.";

export const ZWorkshopSlugInput = z.object({ slug: ZSlug });
export const ZWorkshopIdInput = z.object({ workshopId: ZId });
export const ZWorkshopRevisionInput = z.object({ workshopId: ZId, revision: ZRevision });
export type TWorkshopRevisionInput = z.output<typeof ZWorkshopRevisionInput>;

export const ZAgendaItemInput = z.object({
  title: requiredText("el título del punto de la agenda", 200),
  presenter: optionalText(200),
  durationMinutes: z
    .number({ error: "Escriba la duración en minutos." })
    .int({ error: "Escriba la duración en minutos enteros." })
    .min(1, { error: "La duración debe ser de al menos 1 minuto." })
    .max(AGENDA_MINUTES_MAX, {
      error: `La duración no puede pasar de ${AGENDA_MINUTES_MAX} minutos.`,
    })
    .nullish()
    .transform((v) => v ?? null),
});
export const ZSaveAgendaInput = z.object({
  workshopId: ZId,
  revision: ZRevision,
  items: z.array(ZAgendaItemInput).max(50, { error: "La agenda admite hasta 50 puntos." }),
});
export type TSaveAgendaInput = z.output<typeof ZSaveAgendaInput>;

export const ZRuleInput = z.object({
  title: requiredText("la regla", 200),
  description: optionalText(1000).transform((v) => v ?? ""),
});
export const ZSaveRulesInput = z.object({
  workshopId: ZId,
  revision: ZRevision,
  rules: z.array(ZRuleInput).max(30, { error: "Se admiten hasta 30 reglas." }),
});
export type TSaveRulesInput = z.output<typeof ZSaveRulesInput>;

/** The diagnostic's specific objectives that the workshop serves (its project context). */
export const ZSpecificObjectiveInput = z.object({
  text: requiredText("el objetivo específico", WORKSHOP_LONG_TEXT_MAX_LENGTH),
});
export const ZSaveSpecificObjectivesInput = z.object({
  workshopId: ZId,
  revision: ZRevision,
  objectives: z
    .array(ZSpecificObjectiveInput)
    .max(20, { error: "Se admiten hasta 20 objetivos específicos." }),
});
export type TSaveSpecificObjectivesInput = z.output<typeof ZSaveSpecificObjectivesInput>;

export const ZQuestionInput = z.object({
  /** A question already saved keeps its contributions; one without id is new. */
  id: ZId.nullish().transform((v) => v ?? null),
  text: requiredText("la pregunta", 1000),
  secondsPerIntervention: z
    .number({ error: "Escriba los segundos por intervención." })
    .int({ error: "Escriba un número entero de segundos." })
    .min(QUESTION_SECONDS_MIN, {
      error: `Cada intervención debe durar al menos ${QUESTION_SECONDS_MIN} segundos.`,
    })
    .max(QUESTION_SECONDS_MAX, {
      error: `Cada intervención puede durar como máximo ${QUESTION_SECONDS_MAX} segundos (10 minutos).`,
    })
    .default(DEFAULT_SECONDS_PER_INTERVENTION),
});
export const ZSaveQuestionsInput = z
  .object({
    workshopId: ZId,
    revision: ZRevision,
    questions: z.array(ZQuestionInput).max(20, { error: "Se admiten hasta 20 preguntas." }),
  })
  .superRefine((value, ctx) =>
    flagRepeats(
      ctx,
      value.questions,
      (q) => q.id,
      (i) => ["questions", i],
      "Pregunta repetida.",
    ),
  );
export type TSaveQuestionsInput = z.output<typeof ZSaveQuestionsInput>;

export const ZFacilitatorInput = z.object({
  personName: requiredText("el nombre de la persona", 120),
  role: requiredText("el rol de la persona en el taller", 120),
  institutionId: ZId,
  /** Ley 1581: the name is shown publicly only when the person agreed. */
  nameIsPublic: z.boolean({ error: "Indique si la persona autorizó mostrar su nombre." }),
});
export const ZSaveFacilitatorsInput = z.object({
  workshopId: ZId,
  revision: ZRevision,
  facilitators: z.array(ZFacilitatorInput).max(50, { error: "Se admiten hasta 50 facilitadores." }),
});
export type TSaveFacilitatorsInput = z.output<typeof ZSaveFacilitatorsInput>;

// ---------------------------------------------------------------------------------------------
// Institutions.

export const ZInstitutionInput = z.object({
  /** Absent: a new institution. */
  id: ZId.nullish().transform((v) => v ?? null),
  name: requiredText("el nombre de la institución", 200),
  type: ZInstitutionType,
  city: optionalText(120),
  website: ZOptionalUrl,
  /** For the Alcaldía's own dependencias: the Alcaldía. */
  parentId: ZId.nullish().transform((v) => v ?? null),
});
export type TInstitutionInput = z.output<typeof ZInstitutionInput>;

export const ZInstitutionIdInput = z.object({ institutionId: ZId });

export const ZMergeInstitutionsInput = z
  .object({
    /** Disappears; everything it had moves to the target. */
    sourceId: ZId,
    targetId: ZId,
  })
  .refine((v) => v.sourceId !== v.targetId, {
    path: ["targetId"],
    error: "Elija otra institución: no se puede combinar una institución consigo misma.",
  });
export type TMergeInstitutionsInput = z.output<typeof ZMergeInstitutionsInput>;

// ---------------------------------------------------------------------------------------------
// The attendance register.

/** An email as the register keeps it (trimmed, lower-case), or null when blank. */
export const ZOptionalEmail = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    const text = (value ?? "").trim();
    if (text === "") return null;
    const parsed = ZEmail.safeParse(text);
    if (parsed.success) return parsed.data;
    ctx.addIssue({
      code: "custom",
      message: parsed.error.issues[0]?.message ?? "Correo inválido.",
    });
    return z.NEVER;
  });

export const ZAttendeeInput = z
  .object({
    workshopId: ZId,
    /** Absent: a new registration. */
    id: ZId.nullish().transform((v) => v ?? null),
    personName: requiredText("el nombre de la persona", 120),
    /** Lower-cased; blank is none (then no duplicate can be detected). */
    email: ZOptionalEmail,
    institutionId: ZId.nullish().transform((v) => v ?? null),
    role: optionalText(120),
    /** Ley 1581: the authorisation to process the data, with when and what was agreed to. */
    consent: z.boolean({ error: "Indique si la persona autorizó el tratamiento de sus datos." }),
    consentAt: optionalDateTime(),
    consentText: optionalText(WORKSHOP_LONG_TEXT_MAX_LENGTH),
    attended: z.boolean({ error: "Indique si la persona asistió." }),
    checkedInAt: optionalDateTime(),
  })
  .refine((a) => a.consent !== true || Boolean(a.consentText), {
    path: ["consentText"],
    error: "Escriba el texto que la persona autorizó.",
    when: () => true,
  })
  .refine((a) => a.consent !== true || a.consentAt instanceof Date, {
    path: ["consentAt"],
    error: "Indique la fecha y hora en que la persona dio la autorización.",
    when: () => true,
  })
  // Without consent nothing about it is kept.
  .transform((a) => (a.consent ? a : { ...a, consentAt: null, consentText: null }));
export type TAttendeeInput = z.output<typeof ZAttendeeInput>;

export const ZAttendeeIdInput = z.object({ attendeeId: ZId });

// ---------------------------------------------------------------------------------------------
// Contributions.

const ZTag = z
  .string()
  .trim()
  .min(1)
  .max(TAG_MAX_LENGTH, { error: `Cada etiqueta puede tener hasta ${TAG_MAX_LENGTH} caracteres.` });

/** "movilidad, datos abiertos" → ["movilidad", "datos abiertos"]: how the form's field reads. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export const ZContributionInput = z.object({
  workshopId: ZId,
  /** Absent: a new contribution. */
  id: ZId.nullish().transform((v) => v ?? null),
  questionId: ZId.nullish().transform((v) => v ?? null),
  text: requiredText("el aporte", CONTRIBUTION_TEXT_MAX_LENGTH),
  institutionId: ZId.nullish().transform((v) => v ?? null),
  /** The person who gave it: staff only. */
  attendeeId: ZId.nullish().transform((v) => v ?? null),
  capacityTypes: z
    .array(ZCapacityType, { error: "Elija los tipos de capacidad de la lista." })
    .max(5)
    .default([])
    .transform((types) => [...new Set(types)]),
  tags: z
    .array(ZTag)
    .max(CONTRIBUTION_TAGS_MAX, { error: `Se admiten hasta ${CONTRIBUTION_TAGS_MAX} etiquetas.` })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  votes: z
    .number({ error: "Escriba el número de votos." })
    .int({ error: "Los votos son un número entero." })
    .min(0, { error: "Los votos no pueden ser negativos." })
    .max(100_000)
    .default(0),
  status: ZContributionStatus.default("IDEA"),
});
export type TContributionInput = z.output<typeof ZContributionInput>;

export const ZContributionIdInput = z.object({ contributionId: ZId });

// ---------------------------------------------------------------------------------------------
// The capacity map.

export const ZCapacityOfferInput = z.object({
  capacityType: ZCapacityType,
  level: ZCapacityLevel,
  description: optionalText(1000).transform((v) => v ?? ""),
  /** Filled by "sugerir desde los aportes" and not changed by staff since. */
  derived: z.boolean().default(false),
});

export const ZCapacityProfileInput = z
  .object({
    institutionId: ZId,
    potentialRole: optionalText(500),
    offers: z.array(ZCapacityOfferInput).max(5),
  })
  .superRefine((p, ctx) =>
    flagRepeats(
      ctx,
      p.offers,
      (o) => o.capacityType,
      (i) => ["offers", i, "capacityType"],
      "Cada tipo de capacidad va una sola vez por institución.",
    ),
  );
export type TCapacityProfileInput = z.output<typeof ZCapacityProfileInput>;

/** The whole map of a workshop: institutions left out of it are removed from it. */
export const ZSaveCapacityMapInput = z
  .object({
    workshopId: ZId,
    revision: ZRevision,
    profiles: z.array(ZCapacityProfileInput).max(200),
  })
  .superRefine((m, ctx) =>
    flagRepeats(
      ctx,
      m.profiles,
      (p) => p.institutionId,
      (i) => ["profiles", i, "institutionId"],
      "Cada institución va una sola vez en el mapa.",
    ),
  );
export type TSaveCapacityMapInput = z.output<typeof ZSaveCapacityMapInput>;

// ---------------------------------------------------------------------------------------------
// Alliances.

export const ZAllianceInput = z.object({
  /** Absent: a new alliance. */
  id: ZId.nullish().transform((v) => v ?? null),
  /** The workshop it came from, if any. */
  workshopId: ZId.nullish().transform((v) => v ?? null),
  title: requiredText("el nombre de la alianza", 200),
  purpose: requiredText("para qué es la alianza", 2000),
  labFunction: ZLabFunction,
  status: ZAllianceStatus,
  startedAt: ZOptionalDay,
  institutionIds: idList(30, "Elija las instituciones de la lista.").refine(
    (ids) => ids.length > 0,
    { error: "Elija al menos una institución." },
  ),
});
export type TAllianceInput = z.output<typeof ZAllianceInput>;

export const ZAllianceIdInput = z.object({ allianceId: ZId });

export const ZMilestoneInput = z.object({
  allianceId: ZId,
  /** Absent: a new milestone. */
  id: ZId.nullish().transform((v) => v ?? null),
  date: day("la fecha del avance"),
  note: requiredText("qué se logró", 1000),
  percent: z
    .number({ error: "Escriba el porcentaje de avance, de 0 a 100." })
    .int({ error: "Escriba un porcentaje entero, de 0 a 100." })
    .min(0, { error: "El avance va de 0 a 100 %." })
    .max(100, { error: "El avance va de 0 a 100 %." }),
});
export type TMilestoneInput = z.output<typeof ZMilestoneInput>;

export const ZMilestoneIdInput = z.object({ milestoneId: ZId });

// ---------------------------------------------------------------------------------------------
// The audit trail's words for these changes.

export const WORKSHOP_AUDIT_ACTION_LABELS_ES: Record<string, string> = {
  "workshop.create": "Creó un taller",
  "workshop.update": "Editó los datos de un taller",
  "workshop.delete": "Borró un taller sin registros",
  "workshop.status.update": "Cambió el estado de un taller",
  "workshop.agenda.update": "Editó la agenda de un taller",
  "workshop.rules.update": "Editó las reglas de un taller",
  "workshop.objectives.update": "Editó los objetivos específicos de un taller",
  "workshop.questions.update": "Editó las preguntas de un taller",
  "workshop.facilitators.update": "Editó los facilitadores de un taller",
  "workshop.capacityMap.update": "Editó el mapa de capacidades de un taller",
  "workshop.results.publish": "Publicó los resultados de un taller",
  "workshop.results.withdraw": "Retiró los resultados publicados de un taller",
  "workshop.attendee.create": "Inscribió a una persona en un taller",
  "workshop.attendee.update": "Corrigió una inscripción de un taller",
  "workshop.attendee.delete": "Quitó una inscripción de un taller",
  "workshop.attendee.import": "Importó el registro de asistencia de un taller",
  "contribution.create": "Registró un aporte de un taller",
  "contribution.update": "Corrigió un aporte de un taller",
  "contribution.delete": "Borró un aporte de un taller",
  "institution.create": "Registró una institución",
  "institution.update": "Editó una institución",
  "institution.delete": "Borró una institución",
  "institution.merge": "Combinó dos instituciones",
  "alliance.create": "Registró una alianza estratégica",
  "alliance.update": "Editó una alianza estratégica",
  "alliance.delete": "Borró una alianza estratégica",
  "alliance.milestone.create": "Registró un avance de una alianza",
  "alliance.milestone.update": "Corrigió un avance de una alianza",
  "alliance.milestone.delete": "Borró un avance de una alianza",
};
