import type { Dimension, Periodicity, PrismaClient, Unit } from "../generated/prisma/client";

export type TSeedIndicator = {
  slug: string;
  code: string;
  name: string;
  description: string;
  dimension: Dimension;
  unit: Unit;
  decimals: number;
  periodicity: Periodicity;
  sourceName: string;
  sourceUrl?: string;
  isDemo: boolean;
  observations: { period: string; value: number; provisional?: boolean }[];
};

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
    isDemo: true,
    observations: years(2020, [3, 5, 8, 11, 14]),
  },
  {
    slug: "participantes-cocreacion",
    code: "PAR-01",
    name: "Personas participantes en ejercicios de co-creación",
    description:
      "Personas que participaron en talleres y ejercicios de co-creación de la Alcaldía.",
    dimension: "PARTICIPACION_CIUDADANA",
    unit: "COUNT",
    decimals: 0,
    periodicity: "ANNUAL",
    sourceName: DEMO_SOURCE,
    isDemo: true,
    observations: years(2020, [420, 610, 890, 1240, 1580]),
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
    isDemo: true,
    observations: years(2020, [12, 25, 41, 58, 73]),
  },
];

/** Idempotent: creates what is missing and never overwrites what officials changed. */
export async function seedIndicators(
  prisma: PrismaClient,
  indicators: TSeedIndicator[] = SEED_INDICATORS,
): Promise<void> {
  for (const { observations, ...fields } of indicators) {
    const indicator = await prisma.indicator.upsert({
      where: { slug: fields.slug },
      create: { ...fields, status: "PUBLISHED" },
      update: {},
      select: { id: true },
    });
    await prisma.observation.createMany({
      data: observations.map((o) => ({
        indicatorId: indicator.id,
        period: o.period,
        value: o.value,
        provisional: o.provisional ?? false,
      })),
      skipDuplicates: true,
    });
  }
}
