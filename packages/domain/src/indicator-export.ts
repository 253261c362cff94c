import { z } from "zod";
import {
  ZCapacityType,
  ZDimension,
  ZDirection,
  ZGeographicBreakdown,
  ZPeriodicity,
  ZUnit,
} from "./indicator";

// What the public REST API (/api/v1) and the downloads publish about an indicator. Dates are
// ISO strings and numbers are plain JSON numbers, so any client can read them; the schemas
// also feed /api/v1/openapi.json, so the documentation cannot drift from the output.

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

export const UNKNOWN_EXPORT_FORMAT_MESSAGE = "Formato no disponible. Use format=csv o format=json.";

/** A missing or blank format means JSON; anything else must name one of EXPORT_FORMATS. */
export function parseExportFormat(
  raw: string | null | undefined,
): { ok: true; format: TExportFormat } | { ok: false; message: string } {
  const format = (raw ?? "").trim().toLowerCase() || "json";
  return (EXPORT_FORMATS as readonly string[]).includes(format)
    ? { ok: true, format: format as TExportFormat }
    : { ok: false, message: UNKNOWN_EXPORT_FORMAT_MESSAGE };
}

// datos.gov.co's column style (snake_case, English) so the file joins others without renaming.
export const INDICATOR_CSV_COLUMNS = [
  "indicator_code",
  "indicator_slug",
  "period",
  "geography",
  "geography_name",
  "value",
  "unit",
  "provisional",
  "note",
] as const;

// Ley 1712 de 2014 asks for reusable data with its terms of use stated next to it.
export const OPEN_DATA_LICENSE = {
  name: "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)",
  url: "https://creativecommons.org/licenses/by/4.0/deed.es",
  attribution: "Alcaldía de Bucaramanga – Laboratorio de Innovación Pública",
  note: "Datos abiertos (Ley 1712 de 2014): puede copiarlos, transformarlos y reutilizarlos, también con fines comerciales, citando como fuente a la Alcaldía de Bucaramanga.",
} as const;

/**
 * A stored value with a "." decimal point and no exponent or grouping: what CSV readers in
 * any locale parse alike. Values are Decimal(20, 6), so six decimals hold all there is.
 */
export function plainDecimal(value: number): string {
  const fixed = value.toFixed(6).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}

export const ZOpenDataLicense = z.object({
  name: z.string(),
  url: z.url(),
  attribution: z.string(),
  note: z.string(),
});

export const ZIndicatorMetadata = z.object({
  slug: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  dimension: ZDimension,
  capacityType: ZCapacityType.nullable(),
  unit: ZUnit,
  unitLabel: z.string().nullable().describe("Unidad en palabras; null para porcentajes y pesos."),
  decimals: z.number().int().describe("Decimales con que se muestran los valores."),
  direction: ZDirection,
  periodicity: ZPeriodicity,
  sourceName: z.string(),
  sourceUrl: z.string().nullable(),
  methodology: z.string().describe("Método de cálculo, en Markdown."),
  responsibleOffice: z.string(),
  targetValue: z.number().nullable(),
  targetDate: z.iso.date().nullable(),
  geographicBreakdown: ZGeographicBreakdown,
  isDemo: z.boolean().describe("Datos de demostración: no son cifras oficiales."),
  updatedAt: z.iso.datetime(),
  license: ZOpenDataLicense,
  links: z.object({
    page: z.string().describe("Página del indicador."),
    api: z.string(),
    csv: z.string().describe("Descarga CSV de la serie municipal."),
  }),
});
export type TIndicatorMetadata = z.output<typeof ZIndicatorMetadata>;

export const ZExportedObservation = z.object({
  period: z.string().describe("Código del periodo: 2024, 2024-S1, 2024-Q1, 2024-03 o 2024-12-16."),
  geography: z.string().describe("bucaramanga (total municipal), comuna-01… o corregimiento-1…"),
  geographyName: z.string(),
  value: z.number(),
  provisional: z.boolean(),
  note: z.string().nullable(),
  sourceOverride: z.string().nullable().describe("Fuente de este valor si no es la del indicador."),
  updatedAt: z.iso.datetime(),
});
export type TExportedObservation = z.output<typeof ZExportedObservation>;

export const ZIndicatorSummary = ZIndicatorMetadata.extend({
  latest: z
    .object({ period: z.string(), value: z.number(), provisional: z.boolean() })
    .nullable()
    .describe("Último valor del total municipal; null si aún no hay valores."),
});
export type TIndicatorSummary = z.output<typeof ZIndicatorSummary>;

export const ZIndicatorList = z.object({ indicators: z.array(ZIndicatorSummary) });
export type TIndicatorList = z.output<typeof ZIndicatorList>;

export const ZIndicatorDocument = z.object({
  indicator: ZIndicatorMetadata,
  observations: z.array(ZExportedObservation),
});
export type TIndicatorDocument = z.output<typeof ZIndicatorDocument>;

export const ZIndicatorObservationsDocument = ZIndicatorDocument.extend({
  view: z
    .object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      geographies: z.array(z.string()),
    })
    .describe("El rango y las comunas aplicados, tras normalizar desde, hasta y comunas."),
});
export type TIndicatorObservationsDocument = z.output<typeof ZIndicatorObservationsDocument>;
