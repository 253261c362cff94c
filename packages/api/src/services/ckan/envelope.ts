import { isAppError } from "@lab/domain/errors";

// CKAN's Action API answers: `{ help, success: true, result }`, or `{ help, success: false,
// error: { __type, message } }` with CKAN's HTTP status for the error's type. A request CKAN
// cannot even dispatch (unknown action, body that is not a JSON object) gets a 400 whose body
// is a JSON string beginning "Bad request - ", as CKAN sends it.

export const CKAN_ERROR_STATUS = {
  "Validation Error": 409,
  "Not Found Error": 404,
  "Authorization Error": 403,
  "Search Query Error": 400,
  "Internal Server Error": 500,
} as const;
export type TCkanErrorType = keyof typeof CKAN_ERROR_STATUS;

/** An error an action throws on purpose; `fields` are CKAN's per-parameter messages. */
export class CkanError extends Error {
  override readonly name = "CkanError";
  constructor(
    readonly type: TCkanErrorType,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** A Validation Error naming the parameter and what is wrong with it, in Spanish. */
export function invalidParam(param: string, message: string): CkanError {
  return new CkanError("Validation Error", `${param}: ${message}`, { [param]: [message] });
}

export function notFound(message: string): CkanError {
  return new CkanError("Not Found Error", `No encontrado: ${message}`);
}

const OPEN_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Content-Type": "application/json;charset=utf-8",
};
// Harvesters poll; a minute of caching spares the database without keeping a change back long.
const CACHE_SUCCESS = "public, max-age=60";
const UNEXPECTED_MESSAGE = "Error interno del servidor. Intente de nuevo en unos minutos.";

export function helpUrl(siteUrl: string, action: string): string {
  return `${siteUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
}

export function ckanSuccess(help: string, result: unknown, cacheable: boolean): Response {
  return new Response(JSON.stringify({ help, success: true, result }), {
    headers: { ...OPEN_HEADERS, "Cache-Control": cacheable ? CACHE_SUCCESS : "no-store" },
  });
}

/**
 * Any error → CKAN's error envelope. AppErrors from shared services map to CKAN's types
 * (BAD_REQUEST/CONFLICT → Validation Error, NOT_FOUND → Not Found Error); anything else is
 * logged and answered with a generic 500, never with internals.
 */
export function ckanFailure(help: string, error: unknown): Response {
  let type: TCkanErrorType;
  let message: string;
  let fields: Record<string, string[]> = {};
  if (error instanceof CkanError) {
    ({ type, message, fields } = error);
  } else if (isAppError(error)) {
    type =
      error.code === "NOT_FOUND"
        ? "Not Found Error"
        : error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED"
          ? "Authorization Error"
          : "Validation Error";
    message = type === "Not Found Error" ? `No encontrado: ${error.message}` : error.message;
    fields = error.fieldErrors ?? {};
  } else {
    console.error("CKAN Action API request failed:", error);
    type = "Internal Server Error";
    message = UNEXPECTED_MESSAGE;
  }
  const body = { help, success: false, error: { ...fields, __type: type, message } };
  return new Response(JSON.stringify(body), {
    status: CKAN_ERROR_STATUS[type],
    headers: { ...OPEN_HEADERS, "Cache-Control": "no-store" },
  });
}

/** CKAN's answer to a request it cannot dispatch: 400 and a JSON string. */
export function ckanBadRequest(detail: string, status = 400): Response {
  return new Response(JSON.stringify(`Bad request - ${detail}`), {
    status,
    headers: { ...OPEN_HEADERS, "Cache-Control": "no-store" },
  });
}

/** CORS preflight for POSTs with a JSON body from other sites' pages. */
export function ckanPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}
