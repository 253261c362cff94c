import { z } from "zod";
import type { TLocale } from "./locale";

// Enum values and order mirror prisma/schema.prisma exactly (indicator.test.ts checks it),
// so rows from the database parse with these schemas without any mapping.

export const DIMENSIONS = [
  "INNOVACION_PUBLICA",
  "PARTICIPACION_CIUDADANA",
  "CAPACIDADES_INSTITUCIONALES",
  "CULTURA_DEL_DATO",
  "CONTEXTO",
] as const;
export type TDimension = (typeof DIMENSIONS)[number];
export const ZDimension = z.enum(DIMENSIONS, { error: "Elija una dimensión válida." });
export const DIMENSION_LABELS_ES: Record<TDimension, string> = {
  INNOVACION_PUBLICA: "Innovación pública",
  PARTICIPACION_CIUDADANA: "Participación ciudadana",
  CAPACIDADES_INSTITUCIONALES: "Capacidades institucionales",
  CULTURA_DEL_DATO: "Cultura del dato",
  CONTEXTO: "Contexto",
};
export const DIMENSION_LABELS_EN: Record<TDimension, string> = {
  INNOVACION_PUBLICA: "Public innovation",
  PARTICIPACION_CIUDADANA: "Citizen participation",
  CAPACIDADES_INSTITUCIONALES: "Institutional capacities",
  CULTURA_DEL_DATO: "Data culture",
  CONTEXTO: "Context",
};
export const DIMENSION_LABELS: Record<TLocale, Record<TDimension, string>> = {
  es: DIMENSION_LABELS_ES,
  en: DIMENSION_LABELS_EN,
};

export const PERIODICITIES = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL", "ONE_OFF"] as const;
export type TPeriodicity = (typeof PERIODICITIES)[number];
export const ZPeriodicity = z.enum(PERIODICITIES, { error: "Elija una periodicidad válida." });
export const PERIODICITY_LABELS_ES: Record<TPeriodicity, string> = {
  MONTHLY: "Mensual",
  QUARTERLY: "Trimestral",
  SEMIANNUAL: "Semestral",
  ANNUAL: "Anual",
  ONE_OFF: "Única vez",
};
export const PERIODICITY_LABELS_EN: Record<TPeriodicity, string> = {
  MONTHLY: "Monthly",
  QUARTERLY: "Quarterly",
  SEMIANNUAL: "Semiannual",
  ANNUAL: "Annual",
  ONE_OFF: "One-off",
};
export const PERIODICITY_LABELS: Record<TLocale, Record<TPeriodicity, string>> = {
  es: PERIODICITY_LABELS_ES,
  en: PERIODICITY_LABELS_EN,
};

export const UNITS = [
  "PERCENTAGE",
  "COUNT",
  "CURRENCY_COP",
  "INDEX_0_100",
  "RATIO",
  "OTHER",
] as const;
export type TUnit = (typeof UNITS)[number];
export const ZUnit = z.enum(UNITS, { error: "Elija una unidad válida." });
export const UNIT_LABELS_ES: Record<TUnit, string> = {
  PERCENTAGE: "Porcentaje",
  COUNT: "Conteo",
  CURRENCY_COP: "Pesos colombianos (COP)",
  INDEX_0_100: "Índice 0–100",
  RATIO: "Razón",
  OTHER: "Otra unidad",
};
export const UNIT_LABELS_EN: Record<TUnit, string> = {
  PERCENTAGE: "Percentage",
  COUNT: "Count",
  CURRENCY_COP: "Colombian pesos (COP)",
  INDEX_0_100: "Index 0–100",
  RATIO: "Ratio",
  OTHER: "Other unit",
};
export const UNIT_LABELS: Record<TLocale, Record<TUnit, string>> = {
  es: UNIT_LABELS_ES,
  en: UNIT_LABELS_EN,
};

// Not a Prisma enum (yet): the five capacity types of the lab's diagnostic, used by
// workshops' capacity mapping and by the CAPACIDADES_INSTITUCIONALES dimension.
export const CAPACITY_TYPES = ["FISICA", "HUMANA", "TECNOLOGICA", "ECONOMICA", "SOCIAL"] as const;
export type TCapacityType = (typeof CAPACITY_TYPES)[number];
export const ZCapacityType = z.enum(CAPACITY_TYPES, {
  error: "Elija un tipo de capacidad válido.",
});
export const CAPACITY_TYPE_LABELS_ES: Record<TCapacityType, string> = {
  FISICA: "Física",
  HUMANA: "Humana",
  TECNOLOGICA: "Tecnológica",
  ECONOMICA: "Económica",
  SOCIAL: "Social",
};
export const CAPACITY_TYPE_LABELS_EN: Record<TCapacityType, string> = {
  FISICA: "Physical",
  HUMANA: "Human",
  TECNOLOGICA: "Technological",
  ECONOMICA: "Economic",
  SOCIAL: "Social",
};
export const CAPACITY_TYPE_LABELS: Record<TLocale, Record<TCapacityType, string>> = {
  es: CAPACITY_TYPE_LABELS_ES,
  en: CAPACITY_TYPE_LABELS_EN,
};

export const PUBLICATION_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type TPublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const ZPublicationStatus = z.enum(PUBLICATION_STATUSES, {
  error: "Elija un estado de publicación válido.",
});
export const PUBLICATION_STATUS_LABELS_ES: Record<TPublicationStatus, string> = {
  DRAFT: "Borrador",
  PUBLISHED: "Publicado",
};
export const PUBLICATION_STATUS_LABELS_EN: Record<TPublicationStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
};
export const PUBLICATION_STATUS_LABELS: Record<TLocale, Record<TPublicationStatus, string>> = {
  es: PUBLICATION_STATUS_LABELS_ES,
  en: PUBLICATION_STATUS_LABELS_EN,
};

export type TValueBounds = { min?: number; max?: number; integer?: boolean };

// What a value can be for each unit; forms use it for input hints, the API for checks.
export function valueBoundsForUnit(unit: TUnit): TValueBounds {
  switch (unit) {
    case "PERCENTAGE":
    case "INDEX_0_100":
      return { min: 0, max: 100 };
    case "COUNT":
      return { min: 0, integer: true };
    case "CURRENCY_COP":
    case "RATIO":
      return { min: 0 };
    case "OTHER":
      return {};
  }
}

const OUT_OF_BOUNDS_MESSAGES_ES: Record<TUnit, string> = {
  PERCENTAGE: "Un porcentaje debe estar entre 0 y 100.",
  INDEX_0_100: "Un índice 0–100 debe estar entre 0 y 100.",
  COUNT: "Un conteo debe ser un número entero no negativo.",
  CURRENCY_COP: "Un valor en pesos no puede ser negativo.",
  RATIO: "Una razón no puede ser negativa.",
  OTHER: "El valor debe ser un número válido.",
};

// Values are stored as Decimal(20, 6): at most 14 digits before the decimal mark.
export const MAX_STORED_ABS_VALUE = 1e14;

/** Returns null when `value` fits `unit`, otherwise a Spanish message for the user. */
export function checkValueForUnit(unit: TUnit, value: number): string | null {
  if (!Number.isFinite(value)) return "El valor debe ser un número válido.";
  if (Math.abs(value) >= MAX_STORED_ABS_VALUE) {
    return "El valor es demasiado grande: use como máximo 14 cifras antes de la coma decimal.";
  }
  const { min, max, integer } = valueBoundsForUnit(unit);
  const fits =
    (min === undefined || value >= min) &&
    (max === undefined || value <= max) &&
    (!integer || Number.isInteger(value));
  return fits ? null : OUT_OF_BOUNDS_MESSAGES_ES[unit];
}

export const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NEUTRAL"] as const;
export type TDirection = (typeof DIRECTIONS)[number];
export const ZDirection = z.enum(DIRECTIONS, { error: "Elija un sentido válido." });
export const DIRECTION_LABELS_ES: Record<TDirection, string> = {
  HIGHER_IS_BETTER: "Más es mejor",
  LOWER_IS_BETTER: "Menos es mejor",
  NEUTRAL: "Neutral",
};
export const DIRECTION_LABELS_EN: Record<TDirection, string> = {
  HIGHER_IS_BETTER: "Higher is better",
  LOWER_IS_BETTER: "Lower is better",
  NEUTRAL: "Neutral",
};
export const DIRECTION_LABELS: Record<TLocale, Record<TDirection, string>> = {
  es: DIRECTION_LABELS_ES,
  en: DIRECTION_LABELS_EN,
};

export const GEOGRAPHIC_BREAKDOWNS = ["MUNICIPALITY", "COMUNAS"] as const;
export type TGeographicBreakdown = (typeof GEOGRAPHIC_BREAKDOWNS)[number];
export const ZGeographicBreakdown = z.enum(GEOGRAPHIC_BREAKDOWNS, {
  error: "Elija una desagregación válida.",
});
export const GEOGRAPHIC_BREAKDOWN_LABELS_ES: Record<TGeographicBreakdown, string> = {
  MUNICIPALITY: "Municipio de Bucaramanga",
  COMUNAS: "Por comunas y corregimientos",
};
// "Comuna" and "corregimiento" stay in Spanish: they are Colombian administrative units.
export const GEOGRAPHIC_BREAKDOWN_LABELS_EN: Record<TGeographicBreakdown, string> = {
  MUNICIPALITY: "Municipality of Bucaramanga",
  COMUNAS: "By comunas and corregimientos",
};
export const GEOGRAPHIC_BREAKDOWN_LABELS: Record<TLocale, Record<TGeographicBreakdown, string>> = {
  es: GEOGRAPHIC_BREAKDOWN_LABELS_ES,
  en: GEOGRAPHIC_BREAKDOWN_LABELS_EN,
};
