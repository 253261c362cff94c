import { z } from "zod";
import { MUNICIPALITY_CODE, ZGeographyCode } from "./geography";
import { parseEsCoNumber } from "./number";
import { ZSlug } from "./slug";

export const OBSERVATION_NOTE_MAX_LENGTH = 500;
export const OBSERVATION_PERIOD_MAX_LENGTH = 20;

const VALUE_REQUIRED = "Escriba el valor.";
const VALUE_NOT_A_NUMBER = "Escriba un valor numérico, por ejemplo 1.234,5.";

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && !input.trim());
}

// Forms send what officials type in es-CO ("1.234,5"); API clients send JSON numbers. Text
// that does not read as a number is passed on unchanged so z.number() reports it.
export const ZObservationValue = z.preprocess(
  (input) => (typeof input === "string" ? (parseEsCoNumber(input) ?? input) : input),
  // zod 4's number() already rejects NaN and ±Infinity, which Decimal columns cannot hold.
  z.number({ error: (issue) => (isBlank(issue.input) ? VALUE_REQUIRED : VALUE_NOT_A_NUMBER) }),
);

/**
 * Recording one value of an indicator. `period` is only trimmed here: it must be checked
 * with parsePeriod() against the indicator's periodicity, which only the server knows.
 * Likewise checkValueForUnit() needs the indicator's unit.
 */
export const ZRecordObservationInput = z.object({
  indicatorSlug: ZSlug,
  period: z
    .string({ error: "Escriba el periodo." })
    .trim()
    .min(1, { error: "Escriba el periodo." })
    .max(OBSERVATION_PERIOD_MAX_LENGTH, {
      error: `El periodo no puede tener más de ${OBSERVATION_PERIOD_MAX_LENGTH} caracteres.`,
    }),
  value: ZObservationValue,
  // The whole municipality unless a comuna or corregimiento is given.
  geography: ZGeographyCode.default(MUNICIPALITY_CODE),
  provisional: z.boolean({ error: "Indique si el valor es provisional (sí o no)." }).default(false),
  // Missing, null and blank all mean "no note", so an emptied textarea clears it.
  note: z
    .string({ error: "La nota debe ser un texto." })
    .trim()
    .max(OBSERVATION_NOTE_MAX_LENGTH, {
      error: `La nota no puede tener más de ${OBSERVATION_NOTE_MAX_LENGTH} caracteres.`,
    })
    .nullish()
    .transform((note) => note || undefined),
});
export type TRecordObservationInput = z.output<typeof ZRecordObservationInput>;
export type TRecordObservationFormInput = z.input<typeof ZRecordObservationInput>;

// What the API returns per observation; the Prisma Decimal must be turned into a number first.
export const ZObservationView = z.object({
  period: z.string(),
  geography: z.string(),
  value: z.number(),
  provisional: z.boolean(),
  note: z.string().nullable(),
  sourceOverride: z.string().nullable(),
  updatedAt: z.date(),
});
export type TObservationView = z.output<typeof ZObservationView>;
