import { slugify } from "@lab/domain/slug";
import type {
  CapacityType,
  Dimension,
  Direction,
  GeographicBreakdown,
  Periodicity,
  PrismaClient,
  Unit,
} from "../generated/prisma/client";
import { WORKSHOP_SEED_INDICATORS } from "./workshop-indicators";

export type TSeedIndicator = {
  slug: string;
  code: string;
  name: string;
  nameEn?: string;
  description: string;
  descriptionEn?: string;
  dimension: Dimension;
  capacityType?: CapacityType;
  unit: Unit;
  unitLabel?: string;
  decimals: number;
  direction?: Direction;
  periodicity: Periodicity;
  sourceName: string;
  sourceUrl?: string;
  methodology?: string;
  responsibleOffice?: string;
  targetValue?: number;
  targetDate?: Date;
  geographicBreakdown?: GeographicBreakdown;
  isDemo: boolean;
  /** Computed from the workshops' records (./workshop-indicators.ts): no seeded values. */
  derivedMetric?: string;
  observations: { period: string; value: number; geography?: string; provisional?: boolean }[];
};

const DEMO_METHODOLOGY =
  "**Datos de demostración.** Estas cifras ilustran cómo se verá el indicador cuando la dependencia responsable publique sus registros; no son cifras oficiales.";

const WORKSHOP_METHODOLOGY =
  "Conteo de laboratorios de innovación pública identificados en la revisión de literatura del diagnóstico (objetivo específico 1), presentado en el taller del 16 de diciembre de 2024.";

// Demo values per comuna: a deterministic spread around a municipal trend, so pages and
// tests see the same numbers on every machine.
function byComuna(years: number[], base: number, step: number) {
  return years.flatMap((year, y) =>
    Array.from({ length: 17 }, (_, c) => ({
      period: String(year),
      geography: `comuna-${String(c + 1).padStart(2, "0")}`,
      value: Math.round((base + step * y + ((c * 7) % 11) * 1.5) * 10) / 10,
    })),
  );
}

const WORKSHOP_SOURCE =
  "Taller «Bucaramanga avanza con innovación», Alcaldía de Bucaramanga, 16 de diciembre de 2024";
const DEMO_SOURCE = "Datos de demostración del Laboratorio de Innovación Pública (no oficiales)";

const years = (from: number, values: number[]) =>
  values.map((value, i) => ({ period: String(from + i), value }));

/** The context figures are real: they come from the workshop deck of 16 December 2024. */
export const SEED_INDICATORS: TSeedIndicator[] = [
  {
    slug: "laboratorios-innovacion-publica-america",
    code: "CTX-01",
    name: "Laboratorios de innovación pública en el continente americano",
    description:
      "Número de laboratorios de innovación pública identificados en el continente americano en la revisión de experiencias del diagnóstico.",
    dimension: "CONTEXTO",
    unit: "COUNT",
    decimals: 0,
    periodicity: "ANNUAL",
    sourceName: WORKSHOP_SOURCE,
    nameEn: "Public innovation labs in the Americas",
    methodology: WORKSHOP_METHODOLOGY,
    responsibleOffice: "Secretaría Jurídica",
    unitLabel: "laboratorios",
    direction: "NEUTRAL",
    isDemo: false,
    observations: [{ period: "2024", value: 36 }],
  },
  {
    slug: "laboratorios-innovacion-publica-europa",
    code: "CTX-02",
    name: "Laboratorios de innovación pública en el continente europeo",
    description:
      "Número de laboratorios de innovación pública identificados en el continente europeo en la revisión de experiencias del diagnóstico.",
    dimension: "CONTEXTO",
    unit: "COUNT",
    decimals: 0,
    periodicity: "ANNUAL",
    sourceName: WORKSHOP_SOURCE,
    nameEn: "Public innovation labs in Europe",
    methodology: WORKSHOP_METHODOLOGY,
    responsibleOffice: "Secretaría Jurídica",
    unitLabel: "laboratorios",
    direction: "NEUTRAL",
    isDemo: false,
    observations: [{ period: "2024", value: 40 }],
  },
  {
    slug: "laboratorios-innovacion-publica-total",
    code: "CTX-03",
    name: "Laboratorios con enfoque a la innovación pública (total)",
    description:
      "Total de laboratorios con enfoque a la innovación pública identificados en América y Europa.",
    dimension: "CONTEXTO",
    unit: "COUNT",
    decimals: 0,
    periodicity: "ANNUAL",
    sourceName: WORKSHOP_SOURCE,
    nameEn: "Labs focused on public innovation (total)",
    methodology: WORKSHOP_METHODOLOGY,
    responsibleOffice: "Secretaría Jurídica",
    unitLabel: "laboratorios",
    direction: "NEUTRAL",
    isDemo: false,
    observations: [{ period: "2024", value: 76 }],
  },
  {
    slug: "proyectos-innovacion-publica",
    code: "INN-01",
    name: "Proyectos de innovación pública en ejecución",
    description: "Proyectos de la Alcaldía que aplican metodologías de innovación pública.",
    dimension: "INNOVACION_PUBLICA",
    unit: "COUNT",
    decimals: 0,
    periodicity: "ANNUAL",
    sourceName: DEMO_SOURCE,
    nameEn: "Public innovation projects under way",
    methodology: DEMO_METHODOLOGY,
    responsibleOffice: "Secretaría de Planeación",
    unitLabel: "proyectos",
    targetValue: 20,
    targetDate: new Date("2027-12-31"),
    isDemo: true,
    observations: years(2020, [3, 5, 8, 11, 14]),
  },
  {
    slug: "servidores-formados-innovacion",
    code: "CAP-01",
    name: "Servidores públicos formados en innovación (capacidad humana)",
    description: "Porcentaje de servidores de la Alcaldía con formación en innovación pública.",
    dimension: "CAPACIDADES_INSTITUCIONALES",
    unit: "PERCENTAGE",
    decimals: 1,
    periodicity: "ANNUAL",
    sourceName: DEMO_SOURCE,
    nameEn: "Public servants trained in innovation (human capacity)",
    capacityType: "HUMANA",
    methodology: DEMO_METHODOLOGY,
    responsibleOffice: "Secretaría Administrativa",
    targetValue: 30,
    targetDate: new Date("2027-12-31"),
    isDemo: true,
    observations: years(2020, [4.5, 7.2, 11.8, 16.4, 21.3]),
  },
  {
    slug: "conjuntos-datos-abiertos",
    code: "DAT-01",
    name: "Conjuntos de datos abiertos publicados",
    description: "Conjuntos de datos abiertos publicados por la Alcaldía en el portal de datos.",
    dimension: "CULTURA_DEL_DATO",
    unit: "COUNT",
    decimals: 0,
    periodicity: "ANNUAL",
    sourceName: DEMO_SOURCE,
    nameEn: "Open datasets published",
    methodology: DEMO_METHODOLOGY,
    responsibleOffice: "Oficina TIC",
    unitLabel: "conjuntos",
    targetValue: 120,
    targetDate: new Date("2027-12-31"),
    isDemo: true,
    observations: years(2020, [12, 25, 41, 58, 73]),
  },
  {
    slug: "sedes-con-conectividad",
    code: "CAP-02",
    name: "Sedes de la Alcaldía con conectividad de alta velocidad (capacidad tecnológica)",
    nameEn: "City hall sites with high-speed connectivity (technological capacity)",
    description: "Porcentaje de sedes administrativas con conexión de fibra óptica.",
    dimension: "CAPACIDADES_INSTITUCIONALES",
    capacityType: "TECNOLOGICA",
    unit: "PERCENTAGE",
    decimals: 1,
    periodicity: "ANNUAL",
    sourceName: DEMO_SOURCE,
    methodology: DEMO_METHODOLOGY,
    responsibleOffice: "Oficina TIC",
    targetValue: 90,
    targetDate: new Date("2027-12-31"),
    isDemo: true,
    observations: [
      ...years(2020, [38.5, 45, 52.5, 61, 68.2]),
      { period: "2025", value: 71.4, provisional: true },
    ],
  },
  {
    slug: "participacion-presupuestos-participativos",
    code: "PAR-02",
    name: "Participación en presupuestos participativos por comuna",
    nameEn: "Turnout in participatory budgeting by comuna",
    description:
      "Porcentaje de la población mayor de 14 años que votó en los presupuestos participativos, por comuna.",
    dimension: "PARTICIPACION_CIUDADANA",
    unit: "PERCENTAGE",
    decimals: 1,
    periodicity: "ANNUAL",
    sourceName: DEMO_SOURCE,
    methodology: DEMO_METHODOLOGY,
    responsibleOffice: "Secretaría de Desarrollo Social",
    geographicBreakdown: "COMUNAS",
    isDemo: true,
    observations: [
      ...years(2021, [4.2, 5.1, 6.3, 7.0]),
      ...byComuna([2021, 2022, 2023, 2024], 3.5, 1),
    ],
  },
  // Participation figures computed from the workshops (participantes-cocreacion among them).
  ...WORKSHOP_SEED_INDICATORS,
];

/** The dependencias that own the seeded indicators, created once. */
async function officeIds(prisma: PrismaClient, names: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of new Set(names)) {
    const office = await prisma.office.upsert({
      where: { name },
      create: { name, slug: slugify(name) },
      update: {},
      select: { id: true },
    });
    ids.set(name, office.id);
  }
  return ids;
}

/** Idempotent: creates what is missing and never overwrites what officials changed. */
export async function seedIndicators(
  prisma: PrismaClient,
  indicators: TSeedIndicator[] = SEED_INDICATORS,
): Promise<void> {
  const offices = await officeIds(
    prisma,
    indicators.flatMap((i) => (i.responsibleOffice ? [i.responsibleOffice] : [])),
  );
  for (const { observations, responsibleOffice, ...fields } of indicators) {
    const officeId = responsibleOffice ? offices.get(responsibleOffice) : undefined;
    const indicator = await prisma.indicator.upsert({
      where: { slug: fields.slug },
      create: { ...fields, officeId: officeId ?? null, status: "PUBLISHED" },
      update: {},
      select: { id: true },
    });
    await prisma.observation.createMany({
      data: observations.map((o) => ({
        indicatorId: indicator.id,
        period: o.period,
        geography: o.geography ?? "bucaramanga",
        value: o.value,
        provisional: o.provisional ?? false,
      })),
      skipDuplicates: true,
    });
  }
}
