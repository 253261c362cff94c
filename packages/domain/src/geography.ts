import { z } from "zod";
import type { TLocale } from "./locale";

// Bucaramanga's territorial division: 17 comunas (urban) and 3 corregimientos (rural),
// per the municipal Plan de Ordenamiento Territorial. Codes are stable identifiers used in
// URLs and downloads; names are for display.

export const MUNICIPALITY_CODE = "bucaramanga";

export type TGeography = {
  code: string;
  name: string;
  kind: "municipio" | "comuna" | "corregimiento";
};

const COMUNA_NAMES = [
  "Norte",
  "Nororiental",
  "San Francisco",
  "Occidental",
  "García Rovira",
  "La Concordia",
  "La Ciudadela",
  "Suroccidente",
  "La Pedregosa",
  "Provenza",
  "Sur",
  "Cabecera del Llano",
  "Oriental",
  "Morrorrico",
  "Centro",
  "Lagos del Cacique",
  "Mutis",
];

export const COMUNAS: TGeography[] = COMUNA_NAMES.map((name, i) => ({
  code: `comuna-${String(i + 1).padStart(2, "0")}`,
  name: `Comuna ${i + 1} – ${name}`,
  kind: "comuna",
}));

export const CORREGIMIENTOS: TGeography[] = [1, 2, 3].map((n) => ({
  code: `corregimiento-${n}`,
  name: `Corregimiento ${n}`,
  kind: "corregimiento",
}));

export const MUNICIPALITY: TGeography = {
  code: MUNICIPALITY_CODE,
  name: "Bucaramanga (total municipal)",
  kind: "municipio",
};

export const GEOGRAPHIES: TGeography[] = [MUNICIPALITY, ...COMUNAS, ...CORREGIMIENTOS];

const BY_CODE = new Map(GEOGRAPHIES.map((g) => [g.code, g]));

export function findGeography(code: string): TGeography | undefined {
  return BY_CODE.get(code);
}

// Comuna names and "Corregimiento n" are proper names and Colombian administrative terms, the
// same in English; only the municipal total's description is translated.
const NAMES_EN = new Map<string, string>([[MUNICIPALITY_CODE, "Bucaramanga (municipal total)"]]);

/** The display name of a geography code; an unknown code is shown as itself. */
export function geographyName(code: string, locale: TLocale = "es"): string {
  return (locale === "en" ? NAMES_EN.get(code) : undefined) ?? BY_CODE.get(code)?.name ?? code;
}

export const ZGeographyCode = z
  .string()
  .trim()
  .refine((code) => BY_CODE.has(code), {
    error: "Elija una comuna, un corregimiento o el total municipal.",
  });

/** The whole-municipality values of a series, in the order given. */
export function municipalSeries<T extends { geography: string }>(observations: T[]): T[] {
  return observations.filter((o) => o.geography === MUNICIPALITY_CODE);
}
