import { z } from "zod";
import {
  checkValueForUnit,
  type TUnit,
  ZCapacityType,
  ZDimension,
  ZDirection,
  ZGeographicBreakdown,
  ZPeriodicity,
  ZUnit,
} from "./indicator";
import { ZObservationValue } from "./observation";
import { ZSlug } from "./slug";

// The indicator fields its editors may change (its "ficha"), with their rules. Structural
// fields (unit, periodicity, geographic breakdown, code, slug) stay fixed: changing them would
// invalidate the recorded values. The workspace form checks these rules as the official types;
// the API checks them again.

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Escriba ${label}.` })
    .trim()
    .min(min, {
      error: min <= 1 ? `Escriba ${label}.` : `Escriba ${label} (al menos ${min} caracteres).`,
    })
    .max(max, { error: `No puede tener más de ${max} caracteres.` });

// Blank optional texts are stored as null, so an emptied field clears the value.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `No puede tener más de ${max} caracteres.` })
    .nullish()
    .transform((v) => v || null);

const ZHttpUrl = z
  .string()
  .trim()
  .max(500, { error: "La dirección no puede tener más de 500 caracteres." })
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), {
    error: "Escriba una dirección web completa, que empiece por https://",
  })
  .nullish()
  .transform((v) => v || null);

const ZDay = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), {
    error: "Use una fecha válida con el formato AAAA-MM-DD.",
  })
  .nullish()
  .transform((v) => v || null);

export const ZIndicatorMetadata = z.object({
  name: text("el nombre", 3, 200),
  nameEn: optionalText(200),
  description: text("la descripción", 10, 2000),
  descriptionEn: optionalText(2000),
  methodology: z
    .string()
    .trim()
    .max(20_000, { error: "La nota metodológica no puede tener más de 20.000 caracteres." }),
  sourceName: text("la fuente", 2, 200),
  sourceUrl: ZHttpUrl,
  unitLabel: optionalText(40),
  decimals: z.coerce
    .number({ error: "Escriba un número de decimales entre 0 y 6." })
    .int({ error: "Escriba un número de decimales entre 0 y 6." })
    .min(0, { error: "Escriba un número de decimales entre 0 y 6." })
    .max(6, { error: "Escriba un número de decimales entre 0 y 6." }),
  direction: ZDirection,
  capacityType: ZCapacityType.nullish().transform((v) => v ?? null),
  // A blank target clears it; otherwise a number (es-CO "1.234,5" accepted).
  targetValue: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    ZObservationValue.nullable(),
  ),
  /** AAAA-MM-DD. */
  targetDate: ZDay,
});
export type TIndicatorMetadata = z.output<typeof ZIndicatorMetadata>;
export type TIndicatorMetadataForm = z.input<typeof ZIndicatorMetadata>;
export type TMetadataField = keyof TIndicatorMetadata;
export const METADATA_FIELDS = Object.keys(ZIndicatorMetadata.shape) as TMetadataField[];

/** A pending change: only the fields that differ from what is published. */
export const ZIndicatorMetadataPatch = ZIndicatorMetadata.partial();
export type TIndicatorMetadataPatch = z.output<typeof ZIndicatorMetadataPatch>;

export const METADATA_FIELD_LABELS_ES: Record<TMetadataField, string> = {
  name: "Nombre",
  nameEn: "Nombre en inglés",
  description: "Descripción",
  descriptionEn: "Descripción en inglés",
  methodology: "Nota metodológica",
  sourceName: "Fuente",
  sourceUrl: "Enlace a la fuente",
  unitLabel: "Etiqueta de la unidad",
  decimals: "Decimales",
  direction: "Sentido deseable",
  capacityType: "Tipo de capacidad",
  targetValue: "Meta",
  targetDate: "Fecha de la meta",
};

/** Rules that need the indicator's unit: the target must be a possible value. */
export function checkMetadataForUnit(
  unit: TUnit,
  metadata: Pick<TIndicatorMetadataPatch, "targetValue" | "targetDate">,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (metadata.targetValue !== undefined && metadata.targetValue !== null) {
    const problem = checkValueForUnit(unit, metadata.targetValue);
    if (problem) errors.targetValue = [problem];
  }
  return errors;
}

/** Stored and compared form of a metadata value (dates as AAAA-MM-DD, numbers as numbers). */
export function sameMetadataValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * A new indicator (ADMIN): its ficha plus the structural fields fixed from then on. It starts
 * unpublished; the first publication puts it on the public site with its first values.
 */
export const ZCreateIndicatorInput = ZIndicatorMetadata.extend({
  code: z
    .string({ error: "Escriba el código del indicador." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,5}-\d{2,3}$/, {
      error: "Use un código como INN-04: de 2 a 5 letras, un guion y 2 o 3 cifras.",
    }),
  slug: ZSlug,
  dimension: ZDimension,
  unit: ZUnit,
  periodicity: ZPeriodicity,
  geographicBreakdown: ZGeographicBreakdown,
  /** The owning dependencia (by its slug); its editors will edit the indicator. */
  officeSlug: z.string({ error: "Elija la dependencia responsable." }).min(1, {
    error: "Elija la dependencia responsable.",
  }),
  methodology: ZIndicatorMetadata.shape.methodology.default(""),
});
export type TCreateIndicatorInput = z.output<typeof ZCreateIndicatorInput>;
export type TCreateIndicatorFormInput = z.input<typeof ZCreateIndicatorInput>;
