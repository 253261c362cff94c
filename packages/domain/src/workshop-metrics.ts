import { AppError } from "./errors";
import {
  ALLIANCE_STATUSES,
  INSTITUTION_TYPES,
  type TAllianceStatus,
  type TContributionStatus,
  type TInstitutionType,
  type TWorkshopStatus,
} from "./workshop";
import { participatingInstitutionIds } from "./workshop-record";

// The participation indicators that come from workshops (issue #6), computed from the
// workshops' records rather than typed in twice. Each is an Indicator row whose
// `derivedMetric` is the metric's key; its observations are replaced from the records when
// results are published, and officials cannot record or import values for it.

export type TWorkshopMetricKey =
  | "workshops.held"
  | "workshops.attendees"
  | "workshops.institutions"
  | `workshops.institutions.${TInstitutionType}`
  | "workshops.contributions"
  | "workshops.commitments"
  | `workshops.alliances.${TAllianceStatus}`;

export type TWorkshopMetric = {
  key: TWorkshopMetricKey;
  slug: string;
  code: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  unitLabel: string;
  /** Counts of a kind within a total (by type, by status) are neither good nor bad. */
  neutral: boolean;
};

const INSTITUTION_TYPE_METRICS: Record<
  TInstitutionType,
  { slug: string; name: string; nameEn: string }
> = {
  UNIVERSIDAD: {
    slug: "instituciones-talleres-universidades",
    name: "Universidades participantes en los talleres",
    nameEn: "Universities taking part in the workshops",
  },
  CENTRO_PRODUCTIVIDAD: {
    slug: "instituciones-talleres-centros-productividad",
    name: "Centros de productividad participantes en los talleres",
    nameEn: "Productivity centers taking part in the workshops",
  },
  ENTIDAD_PUBLICA: {
    slug: "instituciones-talleres-entidades-publicas",
    name: "Entidades públicas participantes en los talleres",
    nameEn: "Public entities taking part in the workshops",
  },
  EMPRESA: {
    slug: "instituciones-talleres-empresas",
    name: "Empresas participantes en los talleres",
    nameEn: "Companies taking part in the workshops",
  },
  SOCIEDAD_CIVIL: {
    slug: "instituciones-talleres-sociedad-civil",
    name: "Organizaciones de la sociedad civil participantes en los talleres",
    nameEn: "Civil society organizations taking part in the workshops",
  },
  ORGANISMO_INTERNACIONAL: {
    slug: "instituciones-talleres-organismos-internacionales",
    name: "Organismos internacionales participantes en los talleres",
    nameEn: "International organizations taking part in the workshops",
  },
  OTRO: {
    slug: "instituciones-talleres-otras",
    name: "Otras instituciones participantes en los talleres",
    nameEn: "Other institutions taking part in the workshops",
  },
};

const ALLIANCE_STATUS_METRICS: Record<
  TAllianceStatus,
  { slug: string; name: string; nameEn: string }
> = {
  POTENTIAL: {
    slug: "alianzas-estrategicas-potenciales",
    name: "Alianzas estratégicas potenciales",
    nameEn: "Potential strategic alliances",
  },
  IN_CONVERSATION: {
    slug: "alianzas-estrategicas-en-conversacion",
    name: "Alianzas estratégicas en conversación",
    nameEn: "Strategic alliances in conversation",
  },
  AGREED: {
    slug: "alianzas-estrategicas-acordadas",
    name: "Alianzas estratégicas acordadas",
    nameEn: "Agreed strategic alliances",
  },
  ACTIVE: {
    slug: "alianzas-estrategicas-activas",
    name: "Alianzas estratégicas activas",
    nameEn: "Active strategic alliances",
  },
};

const code = (n: number) => `TAL-${String(n).padStart(2, "0")}`;

/** Every derived indicator, in the order the catalog's codes give them. */
export const WORKSHOP_METRICS: readonly TWorkshopMetric[] = [
  {
    key: "workshops.held",
    slug: "talleres-realizados",
    code: code(1),
    name: "Talleres de co-creación realizados",
    nameEn: "Co-creation workshops held",
    description: "Talleres de co-creación del laboratorio realizados, con resultados publicados.",
    descriptionEn: "Co-creation workshops of the lab held, with published results.",
    unitLabel: "talleres",
    neutral: false,
  },
  {
    // The indicator that was typed in by hand before the workshops' records existed: same
    // address and code, now computed from the attendance registers.
    key: "workshops.attendees",
    slug: "participantes-cocreacion",
    code: "PAR-01",
    name: "Personas participantes en ejercicios de co-creación",
    nameEn: "People taking part in co-creation exercises",
    description:
      "Personas que asistieron a los talleres de co-creación del laboratorio, según el registro de asistencia.",
    descriptionEn:
      "People who attended the lab's co-creation workshops, according to the attendance register.",
    unitLabel: "personas",
    neutral: false,
  },
  {
    key: "workshops.institutions",
    slug: "instituciones-participantes-talleres",
    code: code(2),
    name: "Instituciones participantes en los talleres",
    nameEn: "Institutions taking part in the workshops",
    description:
      "Instituciones distintas que asistieron a los talleres de co-creación o dieron aportes en ellos.",
    descriptionEn:
      "Distinct institutions that attended the co-creation workshops or contributed to them.",
    unitLabel: "instituciones",
    neutral: false,
  },
  ...INSTITUTION_TYPES.map(
    (type, i): TWorkshopMetric => ({
      key: `workshops.institutions.${type}`,
      slug: INSTITUTION_TYPE_METRICS[type].slug,
      code: code(3 + i),
      name: INSTITUTION_TYPE_METRICS[type].name,
      nameEn: INSTITUTION_TYPE_METRICS[type].nameEn,
      description: `${INSTITUTION_TYPE_METRICS[type].name}: instituciones de este tipo que asistieron a los talleres o dieron aportes en ellos.`,
      descriptionEn: `${INSTITUTION_TYPE_METRICS[type].nameEn}: institutions of this type that attended the workshops or contributed to them.`,
      unitLabel: "instituciones",
      neutral: true,
    }),
  ),
  {
    key: "workshops.contributions",
    slug: "aportes-talleres",
    code: code(3 + INSTITUTION_TYPES.length),
    name: "Aportes recibidos en los talleres",
    nameEn: "Contributions received in the workshops",
    description: "Ideas, propuestas y compromisos registrados en los talleres de co-creación.",
    descriptionEn: "Ideas, proposals and commitments recorded in the co-creation workshops.",
    unitLabel: "aportes",
    neutral: false,
  },
  {
    key: "workshops.commitments",
    slug: "aportes-convertidos-compromisos",
    code: code(4 + INSTITUTION_TYPES.length),
    name: "Aportes de los talleres convertidos en compromisos",
    nameEn: "Workshop contributions that became commitments",
    description: "Aportes de los talleres cuyo estado es «compromiso».",
    descriptionEn: "Workshop contributions whose status is «commitment».",
    unitLabel: "compromisos",
    neutral: false,
  },
  ...ALLIANCE_STATUSES.map(
    (status, i): TWorkshopMetric => ({
      key: `workshops.alliances.${status}`,
      slug: ALLIANCE_STATUS_METRICS[status].slug,
      code: code(5 + INSTITUTION_TYPES.length + i),
      name: ALLIANCE_STATUS_METRICS[status].name,
      nameEn: ALLIANCE_STATUS_METRICS[status].nameEn,
      description: `${ALLIANCE_STATUS_METRICS[status].name} que surgieron de los talleres, según su estado actual.`,
      descriptionEn: `${ALLIANCE_STATUS_METRICS[status].nameEn} that came out of the workshops, by their current status.`,
      unitLabel: "alianzas",
      neutral: true,
    }),
  ),
];

export const WORKSHOP_METRIC_SOURCE =
  "Registros de los talleres del Laboratorio de Innovación Pública (cálculo automático)";

/** The method note every derived indicator shows (Markdown). */
export const WORKSHOP_METRIC_METHODOLOGY = [
  "**Se calcula a partir de los registros de los talleres; no se digita.** Los valores cambian cuando se publican los resultados de un taller.",
  "",
  "- Cuenta solo los talleres con resultados publicados; cada uno en el año de su fecha (hora de Colombia).",
  "- Personas: inscripciones del registro de asistencia marcadas como asistentes.",
  "- Instituciones: las de las personas asistentes y las que dieron aportes, cada una una vez por año, con el tipo que tiene en el registro de instituciones.",
  "- Compromisos: aportes cuyo estado es «compromiso».",
  "- Alianzas: las alianzas ligadas a esos talleres, por su estado actual.",
  "",
  "Cuando los registros incluyen datos de demostración, el indicador se marca como demostración.",
].join("\n");

export const DERIVED_INDICATOR_MESSAGE =
  "Este indicador se calcula a partir de los registros de los talleres; sus valores no se registran ni se importan a mano. Cambian cuando se publican los resultados de un taller en Administración › Talleres.";

/** Officials' value edits and imports call this first: derived indicators refuse them. */
export function assertRecordedByHand(indicator: { derivedMetric: string | null }): void {
  if (indicator.derivedMetric) throw new AppError("BAD_REQUEST", DERIVED_INDICATOR_MESSAGE);
}

// ---------------------------------------------------------------------------------------------
// The computation.

export type TMetricWorkshop = {
  status: TWorkshopStatus;
  startsAt: Date;
  isDemo: boolean;
  attendees: { attended: boolean; institutionId: string | null; isDemo: boolean }[];
  contributions: { institutionId: string | null; status: TContributionStatus; isDemo: boolean }[];
  alliances: { status: TAllianceStatus; isDemo: boolean }[];
};

export type TMetricInstitution = { type: TInstitutionType; isDemo: boolean };

export type TMetricSeries = {
  /** One value per year with at least one counted workshop, in year order. */
  observations: { period: string; value: number }[];
  /** Some counted record is demo data. */
  isDemo: boolean;
};

const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

/** The year of an instant in Colombia (UTC−5 all year), as an annual period: "2024". */
export function bogotaYear(date: Date): string {
  return String(new Date(date.getTime() + BOGOTA_OFFSET_MS).getUTCFullYear());
}

type TTally = { value: number; isDemo: boolean };

/**
 * Every metric's yearly values from the workshops' records. Only workshops with published
 * results count (their record is public, so every figure can be checked on /talleres).
 * Institutions count once per year however many workshops they joined.
 */
export function computeWorkshopMetrics(
  workshops: readonly TMetricWorkshop[],
  institutions: ReadonlyMap<string, TMetricInstitution>,
): Map<TWorkshopMetricKey, TMetricSeries> {
  const byYear = new Map<string, TMetricWorkshop[]>();
  for (const w of workshops) {
    if (w.status !== "RESULTS_PUBLISHED") continue;
    const year = bogotaYear(w.startsAt);
    byYear.set(year, [...(byYear.get(year) ?? []), w]);
  }
  const years = [...byYear.keys()].sort();
  const series = new Map<TWorkshopMetricKey, TMetricSeries>(
    WORKSHOP_METRICS.map((m) => [m.key, { observations: [], isDemo: false }]),
  );
  const add = (key: TWorkshopMetricKey, period: string, tally: TTally) => {
    const s = series.get(key) as TMetricSeries;
    s.observations.push({ period, value: tally.value });
    s.isDemo ||= tally.isDemo;
  };
  const count = <T extends { isDemo: boolean }>(items: T[]): TTally => ({
    value: items.length,
    isDemo: items.some((i) => i.isDemo),
  });

  for (const year of years) {
    const list = byYear.get(year) ?? [];
    const attended = list.flatMap((w) => w.attendees.filter((a) => a.attended));
    const contributions = list.flatMap((w) => w.contributions);
    const alliances = list.flatMap((w) => w.alliances);
    const participating = new Set(list.flatMap((w) => [...participatingInstitutionIds(w)]));
    const known = [...participating].flatMap((id) => {
      const institution = institutions.get(id);
      return institution ? [institution] : [];
    });

    add("workshops.held", year, count(list));
    add("workshops.attendees", year, count(attended));
    add("workshops.institutions", year, count(known));
    for (const type of INSTITUTION_TYPES) {
      add(`workshops.institutions.${type}`, year, count(known.filter((i) => i.type === type)));
    }
    add("workshops.contributions", year, count(contributions));
    add(
      "workshops.commitments",
      year,
      count(contributions.filter((c) => c.status === "COMMITMENT")),
    );
    for (const status of ALLIANCE_STATUSES) {
      add(
        `workshops.alliances.${status}`,
        year,
        count(alliances.filter((a) => a.status === status)),
      );
    }
  }
  return series;
}

export function workshopMetric(key: string): TWorkshopMetric | undefined {
  return WORKSHOP_METRICS.find((m) => m.key === key);
}
