import { invalidParam } from "./envelope";

// An action's parameters as they arrive: strings from a query string (a repeated key gives a
// list), any JSON value from a POST body. These read one parameter each, as CKAN's
// validators do, and throw a Validation Error naming it when it is not usable.

export type TCkanParams = Record<string, unknown>;

function single(params: TCkanParams, key: string): unknown {
  const value = params[key];
  // A repeated query-string key: CKAN's own validators would see a list and refuse it.
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    throw invalidParam(key, "Indique el parámetro una sola vez.");
  }
  return value;
}

export function stringParam(params: TCkanParams, key: string): string | undefined {
  const value = single(params, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") throw invalidParam(key, "Debe ser un texto.");
  return value;
}

/** A required id or name: missing or empty is CKAN's "Missing value" Validation Error. */
export function requiredParam(params: TCkanParams, key: string): string {
  const value = stringParam(params, key)?.trim();
  if (!value) throw invalidParam(key, "Falta el valor.");
  return value;
}

export function intParam(
  params: TCkanParams,
  key: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const raw = single(params, key);
  if (raw === undefined || raw === null || raw === "") return fallback;
  const value = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim()) : NaN;
  const range = `entre ${min.toLocaleString("es-CO")} y ${max.toLocaleString("es-CO")}`;
  if (!Number.isInteger(value)) throw invalidParam(key, `Debe ser un número entero ${range}.`);
  if (value < min || value > max) throw invalidParam(key, `Debe estar ${range}.`);
  return value;
}

const TRUE = new Set(["true", "1", "yes", "on", "t", "y"]);
const FALSE = new Set(["false", "0", "no", "off", "f", "n", ""]);

/** Booleans as CKAN's asbool reads them. */
export function boolParam(params: TCkanParams, key: string, fallback: boolean): boolean {
  const raw = single(params, key);
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw === "boolean") return raw;
  const text = String(raw).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw invalidParam(key, "Debe ser true o false.");
}

/** A list of strings: a JSON list (in a query string or a body), or a plain list in a body. */
export function listParam(params: TCkanParams, key: string): string[] | undefined {
  let value = params[key];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw invalidParam(key, 'Debe ser una lista en JSON, por ejemplo ["tags", "groups"].');
    }
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw invalidParam(key, 'Debe ser una lista de textos, por ejemplo ["tags", "groups"].');
  }
  return value;
}
