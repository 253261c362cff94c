// The one error type domain and API code throws on purpose. Codes are tRPC's names, so the
// API maps them one to one; anything that is not an AppError is an unexpected failure.

export const APP_ERROR_CODES = [
  "NOT_FOUND",
  "BAD_REQUEST",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHORIZED",
  "PAYLOAD_TOO_LARGE",
  "TOO_MANY_REQUESTS",
] as const;
export type TAppErrorCode = (typeof APP_ERROR_CODES)[number];

export const APP_ERROR_MESSAGES_ES: Record<TAppErrorCode, string> = {
  NOT_FOUND: "No encontramos lo que busca.",
  BAD_REQUEST: "Revise los datos enviados.",
  CONFLICT: "No se pudo guardar porque entra en conflicto con datos existentes.",
  FORBIDDEN: "No tiene permiso para realizar esta acción.",
  UNAUTHORIZED: "Inicie sesión para continuar.",
  PAYLOAD_TOO_LARGE: "El archivo es demasiado grande.",
  TOO_MANY_REQUESTS: "Demasiadas solicitudes seguidas. Espere un momento e intente de nuevo.",
};

// For the public REST and CKAN endpoints, which answer with plain HTTP statuses.
export const APP_ERROR_HTTP_STATUS: Record<TAppErrorCode, number> = {
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

export type TAppErrorOptions = {
  fieldErrors?: Record<string, string[]>;
  cause?: unknown;
};

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: TAppErrorCode;
  /** Spanish messages per form field, keyed like flattenFieldErrors() in ./zod-es. */
  readonly fieldErrors?: Record<string, string[]>;

  /** `message` is shown to the user as is, so it must be Spanish and free of internals. */
  constructor(code: TAppErrorCode, message?: string, options: TAppErrorOptions = {}) {
    super(message ?? APP_ERROR_MESSAGES_ES[code], { cause: options.cause });
    this.code = code;
    if (options.fieldErrors !== undefined) this.fieldErrors = options.fieldErrors;
  }

  static badRequest(
    fieldErrors: Record<string, string[]>,
    message = "Revise los campos marcados.",
  ): AppError {
    return new AppError("BAD_REQUEST", message, { fieldErrors });
  }
}

// Duck-typed as well as instanceof: bundlers can load this module twice (server and edge
// chunks), and then an AppError from one copy is not an instance of the other's class.
export function isAppError(error: unknown): error is AppError {
  if (error instanceof AppError) return true;
  if (!(error instanceof Error) || error.name !== "AppError") return false;
  const code: unknown = (error as { code?: unknown }).code;
  return (APP_ERROR_CODES as readonly unknown[]).includes(code);
}
