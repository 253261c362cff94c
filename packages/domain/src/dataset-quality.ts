import { z } from "zod";
import { DATASET_LICENSES, UPDATE_FREQUENCIES } from "./dataset";

// The quality score the publisher sees, with what to fix (the udata idea): a few checks, each
// worth some points, that a harvester or a citizen would notice. Pure: the caller gives the
// dataset's metadata, the columns of its working version, its publication dates and "now".

/** A description shorter than this says too little to find or reuse the data. */
export const QUALITY_DESCRIPTION_MIN = 150;

const DAY_MS = 24 * 60 * 60 * 1000;

export const QUALITY_CHECK_IDS = [
  "license",
  "description",
  "frequency",
  "frequencyRespected",
  "temporalCoverage",
  "spatialCoverage",
  "columnDescriptions",
  "openFormat",
  "upToDate",
] as const;
export type TQualityCheckId = (typeof QUALITY_CHECK_IDS)[number];

/** Points per check; they add up to 100. */
export const QUALITY_WEIGHTS: Record<TQualityCheckId, number> = {
  license: 15,
  description: 15,
  frequency: 10,
  frequencyRespected: 15,
  temporalCoverage: 10,
  spatialCoverage: 5,
  columnDescriptions: 15,
  openFormat: 5,
  upToDate: 10,
};

export const ZQualityCheck = z.object({
  id: z.enum(QUALITY_CHECK_IDS),
  passed: z.boolean(),
  weight: z.number().int(),
  /** What the check asks for, in Spanish. */
  label: z.string(),
  /** What to do to pass it (empty when it passes). */
  fix: z.string(),
});
export type TQualityCheck = z.infer<typeof ZQualityCheck>;

export const ZDatasetQuality = z.object({
  /** 0–100: the weights of the checks that pass. */
  score: z.number().int(),
  checks: z.array(ZQualityCheck),
});
export type TDatasetQuality = z.infer<typeof ZDatasetQuality>;

export type TQualityInput = {
  description: string;
  license: string;
  updateFrequency: string;
  /** AAAA-MM-DD or a Date at UTC midnight (a DATE column). */
  temporalStart: string | Date | null;
  temporalEnd: string | Date | null;
  spatialCoverage: string;
  /**
   * The columns of the version the check looks at (the published one, else the newest loaded
   * one); null when no version is loaded yet. Only the publisher's description counts: the
   * loader's note on the type (`typeNote`) says nothing about what the column holds.
   */
  columns: readonly { name: string; description: string; typeNote?: string | null }[] | null;
  /** Format of every loaded version's download ("csv"): loaded versions are served as CSV. */
  formats: readonly string[];
  /** When the newest publication happened (null: never published). */
  lastPublishedAt: Date | null;
  now: Date;
};

const OPEN_FORMATS = new Set(["csv", "json"]);

function dayOf(value: string | Date | null): Date | null {
  if (value === null) return null;
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

function listNames(names: string[]): string {
  const quoted = names.slice(0, 5).map((n) => `«${n}»`);
  const rest = names.length - quoted.length;
  return rest > 0 ? `${quoted.join(", ")} y ${rest} más` : quoted.join(", ");
}

type TOutcome = { passed: boolean; label: string; fix: string };

function checkOf(id: TQualityCheckId, input: TQualityInput): TOutcome {
  const frequency = UPDATE_FREQUENCIES[input.updateFrequency as keyof typeof UPDATE_FREQUENCIES];
  switch (id) {
    case "license":
      return {
        passed: input.license in DATASET_LICENSES,
        label: "Tiene una licencia abierta",
        fix: "Elija en la ficha una licencia de la lista (se recomienda CC BY 4.0) para que se sepa cómo reutilizar los datos.",
      };
    case "description": {
      const length = input.description.trim().length;
      return {
        passed: length >= QUALITY_DESCRIPTION_MIN,
        label: `La descripción explica los datos (al menos ${QUALITY_DESCRIPTION_MIN} caracteres)`,
        fix: `La descripción tiene ${length} caracteres. Cuente qué registra cada fila, de dónde salen los datos, cómo se recogen y sus limitaciones.`,
      };
    }
    case "frequency":
      return {
        passed: frequency !== undefined,
        label: "Declara cada cuánto se actualiza",
        fix: "Elija en la ficha una frecuencia de actualización de la lista (por ejemplo, mensual), o «No se actualiza» si los datos no van a cambiar.",
      };
    case "frequencyRespected": {
      const label = "Se actualiza con la frecuencia declarada";
      if (!input.lastPublishedAt) {
        return { passed: false, label, fix: "Publique una primera versión de los datos." };
      }
      if (!frequency || frequency.days === null) return { passed: true, label, fix: "" };
      const age = daysBetween(input.lastPublishedAt, input.now);
      return {
        passed: age <= frequency.days,
        label,
        fix: `La última versión se publicó hace ${age} días y la frecuencia declarada (${frequency.es.toLowerCase()}) pide una versión cada ${frequency.days} días como máximo. Cargue y publique una versión nueva, o corrija la frecuencia en la ficha.`,
      };
    }
    case "temporalCoverage": {
      const start = dayOf(input.temporalStart);
      const end = dayOf(input.temporalEnd);
      return {
        passed: start !== null && end !== null,
        label: "Indica el periodo que cubren los datos",
        fix: "Escriba en la ficha la fecha inicial y la fecha final de la cobertura temporal.",
      };
    }
    case "spatialCoverage":
      return {
        passed: input.spatialCoverage.trim().length > 0,
        label: "Indica el territorio que cubren los datos",
        fix: "Escriba en la ficha la cobertura geográfica, por ejemplo «Bucaramanga, Santander».",
      };
    case "columnDescriptions": {
      const label = "Cada columna tiene una descripción";
      if (!input.columns || input.columns.length === 0) {
        return { passed: false, label, fix: "Cargue una versión y describa sus columnas." };
      }
      const missing = input.columns.filter((c) => c.description.trim() === "").map((c) => c.name);
      return {
        passed: missing.length === 0,
        label,
        fix:
          missing.length === 1
            ? `Falta la descripción de la columna ${listNames(missing)} en el diccionario de datos.`
            : `Faltan las descripciones de ${missing.length} columnas en el diccionario de datos: ${listNames(missing)}.`,
      };
    }
    case "openFormat":
      return {
        passed: input.formats.some((f) => OPEN_FORMATS.has(f.toLowerCase())),
        label: "Se puede descargar en un formato abierto (CSV)",
        fix: "Cargue una versión de los datos: se ofrece en CSV y JSON, formatos abiertos.",
      };
    case "upToDate": {
      const label = "Los datos llegan hasta fechas recientes";
      const end = dayOf(input.temporalEnd);
      if (!end) {
        return {
          passed: false,
          label,
          fix: "Escriba en la ficha hasta qué fecha llegan los datos (fin de la cobertura temporal).",
        };
      }
      if (!frequency || frequency.days === null) return { passed: true, label, fix: "" };
      // One period for the data to arrive and one more for its publication.
      const age = daysBetween(end, input.now);
      return {
        passed: age <= 2 * frequency.days,
        label,
        fix: `Los datos llegan hasta hace ${age} días; con frecuencia ${frequency.es.toLowerCase()} deberían cubrir hasta hace ${2 * frequency.days} días como máximo. Publique los datos recientes y actualice la cobertura temporal.`,
      };
    }
  }
}

/** The score and every check, in a fixed order (failing checks keep their place). */
export function datasetQuality(input: TQualityInput): TDatasetQuality {
  const checks = QUALITY_CHECK_IDS.map((id) => {
    const outcome = checkOf(id, input);
    return {
      id,
      weight: QUALITY_WEIGHTS[id],
      ...outcome,
      fix: outcome.passed ? "" : outcome.fix,
    };
  });
  const score = checks.reduce((sum, c) => sum + (c.passed ? c.weight : 0), 0);
  return { score, checks };
}

/** A word for the score, for lists and badges. */
export function qualityLevel(score: number): { key: "low" | "medium" | "high"; es: string } {
  if (score >= 80) return { key: "high", es: "Buena" };
  if (score >= 50) return { key: "medium", es: "Mejorable" };
  return { key: "low", es: "Baja" };
}
