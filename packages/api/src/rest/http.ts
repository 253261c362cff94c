import { APP_ERROR_CODES, APP_ERROR_HTTP_STATUS, isAppError } from "@lab/domain/errors";
import type { TRawParams } from "@lab/domain/view-state";
import { z } from "zod";

// The HTTP side of the public REST API (/api/v1), shared by its route handlers: open-data
// headers, downloads, and one error shape. Plain Web Responses, so tests need no Next.js.

export const ZRestError = z.object({
  error: z.object({
    code: z.enum([...APP_ERROR_CODES, "INTERNAL_SERVER_ERROR"]),
    message: z.string().describe("Mensaje en español para mostrar a la persona."),
  }),
});
export type TRestError = z.output<typeof ZRestError>;

const UNEXPECTED_MESSAGE = "Ocurrió un error inesperado. Intente de nuevo en unos minutos.";

// Open data: any site may read it from the browser, and a minute of caching takes load off
// the database without leaving a corrected value out of date for long.
const OPEN_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Content-Disposition",
};
const CACHE_PUBLIC = "public, max-age=60";

function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}

/** JSON with the open-data headers; a filename makes it a download. */
export function restJson(body: unknown, options: { filename?: string } = {}): Response {
  return Response.json(body, {
    headers: {
      ...OPEN_HEADERS,
      "Cache-Control": CACHE_PUBLIC,
      ...(options.filename ? { "Content-Disposition": attachment(options.filename) } : {}),
    },
  });
}

/** A file download (CSV and the like) with the open-data headers; a stream is sent as it comes. */
export function restDownload(
  body: string | ReadableStream<Uint8Array>,
  contentType: string,
  filename: string,
): Response {
  return new Response(body, {
    headers: {
      ...OPEN_HEADERS,
      "Cache-Control": CACHE_PUBLIC,
      "Content-Type": contentType,
      "Content-Disposition": attachment(filename),
    },
  });
}

/** A document shown inline (Turtle, JSON-LD) with the open-data headers. */
export function restDocument(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { ...OPEN_HEADERS, "Cache-Control": CACHE_PUBLIC, "Content-Type": contentType },
  });
}

/**
 * AppError → its 4xx status and Spanish message; anything else is logged and answered with
 * a generic 500, never a stack. Errors are not cached, so a fixed link works at once.
 */
export function restError(error: unknown): Response {
  const body: TRestError = isAppError(error)
    ? { error: { code: error.code, message: error.message } }
    : { error: { code: "INTERNAL_SERVER_ERROR", message: UNEXPECTED_MESSAGE } };
  if (!isAppError(error)) console.error("REST API request failed:", error);
  return Response.json(body, {
    status: isAppError(error) ? APP_ERROR_HTTP_STATUS[error.code] : 500,
    headers: { ...OPEN_HEADERS, "Cache-Control": "no-store" },
  });
}

export async function handleRest(run: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return restError(error);
  }
}

/** CORS preflight: browsers only send one for non-simple requests, but answer it anyway. */
export function restPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...OPEN_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** Query parameters as the view-state helpers take them: a repeated key becomes an array. */
export function searchParamsToRaw(params: URLSearchParams): TRawParams {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return raw;
}
