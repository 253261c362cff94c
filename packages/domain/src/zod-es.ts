import { z } from "zod";

// zod 4 ships a Spanish locale (z.locales.es), but its messages are technical ("Entrada
// inválida: se esperaba texto, recibido indefinido"). This map rewrites the issues people
// actually meet in forms in plain Spanish and falls back to that locale for the rest.
// Schemas' own `error` messages always win over it.

const zodSpanish = z.locales.es().localeError;

type TRawIssue = Parameters<z.core.$ZodErrorMap>[0];

const INVALID_TYPE_MESSAGES: Record<string, string> = {
  string: "Escriba un texto.",
  number: "Escriba un número, por ejemplo 1.234,5.",
  int: "Escriba un número entero.",
  boolean: "Elija sí o no.",
  date: "Escriba una fecha válida.",
  array: "Se esperaba una lista de valores.",
  object: "Se esperaba un conjunto de campos.",
};

const FORMAT_MESSAGES: Record<string, string> = {
  email: "Escriba un correo electrónico válido.",
  url: "Escriba una dirección web válida, por ejemplo https://www.bucaramanga.gov.co.",
  date: "Escriba una fecha válida.",
  datetime: "Escriba una fecha y hora válidas.",
};

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${count === 1 || count === 1n ? one : many}`;
}

function message(issue: TRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Este campo es obligatorio.";
      return INVALID_TYPE_MESSAGES[issue.expected];
    case "too_small": {
      const { origin, minimum, inclusive } = issue;
      if (origin === "string") {
        if (Number(minimum) <= 1) return "Este campo es obligatorio.";
        return `Escriba al menos ${plural(minimum, "carácter", "caracteres")}.`;
      }
      if (origin === "array" || origin === "set") {
        return `Elija al menos ${plural(minimum, "opción", "opciones")}.`;
      }
      if (origin === "number" || origin === "int" || origin === "bigint") {
        return `El valor debe ser ${inclusive ? "mayor o igual a" : "mayor que"} ${minimum}.`;
      }
      return undefined;
    }
    case "too_big": {
      const { origin, maximum, inclusive } = issue;
      if (origin === "string") {
        return `Escriba como máximo ${plural(maximum, "carácter", "caracteres")}.`;
      }
      if (origin === "array" || origin === "set") {
        return `Elija como máximo ${plural(maximum, "opción", "opciones")}.`;
      }
      if (origin === "number" || origin === "int" || origin === "bigint") {
        return `El valor debe ser ${inclusive ? "menor o igual a" : "menor que"} ${maximum}.`;
      }
      return undefined;
    }
    case "invalid_format":
      return FORMAT_MESSAGES[issue.format];
    case "invalid_value":
      return issue.values.length === 1 ? undefined : "Elija una de las opciones.";
    case "unrecognized_keys":
      return `Campo${issue.keys.length > 1 ? "s" : ""} no permitido${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`;
    default:
      return undefined;
  }
}

export const spanishErrorMap: z.core.$ZodErrorMap = (issue) => message(issue) ?? zodSpanish(issue);

/**
 * Makes Spanish the default language of every zod message in this process (or browser tab).
 * Call it once at start-up on both server and client; calling it again is harmless.
 */
export function configureSpanishErrors(): void {
  z.config({ localeError: spanishErrorMap });
}

/** Key under which flattenFieldErrors() puts issues about the whole input, not one field. */
export const FORM_ERROR_KEY = "_form";

/**
 * Groups messages by field path ("note", "items.0.value"), without repeats, for forms and
 * for AppError.fieldErrors. Issues without a path go under FORM_ERROR_KEY.
 */
export function flattenFieldErrors(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length === 0 ? FORM_ERROR_KEY : issue.path.map(String).join(".");
    const messages = result[key] ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    result[key] = messages;
  }
  return result;
}
