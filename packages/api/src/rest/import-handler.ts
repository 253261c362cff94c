import type { PrismaClient } from "@lab/db/prisma";
import { APP_ERROR_HTTP_STATUS, AppError, isAppError } from "@lab/domain/errors";
import { formatNumberEsCo } from "@lab/domain/number";
import type { TImportIssue } from "@lab/domain/observation-import";
import { assertCanEditIndicator, type TActor } from "../authorization";
import { importMaxBytes } from "../import/spreadsheet";
import { roleAllows } from "../permissions";
import {
  applyImport,
  importTemplate,
  previewImport,
  type TImportFile,
} from "../services/observation-import";
import type { TSessionUser } from "../trpc";
import { crossSiteRefusal, isCrossSiteRequest } from "./same-origin";

// The officials' bulk import over HTTP (/api/admin/indicators/{slug}/import and
// .../import-template): session, same-origin and office checks, the size limit before the
// body is read, then services/observation-import.ts. The file stays in memory. Plain Web
// Requests and Responses, so tests call these without Next.js.

export type TImportHttpContext = {
  prisma: PrismaClient;
  /** From currentUser(): who the session cookie says is asking. */
  session: TSessionUser | null;
  trustProxy?: boolean;
  allowedOrigins?: readonly string[];
  maxBytes?: number;
};

// Room for the multipart boundaries and part headers around the file.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };
const UNEXPECTED_MESSAGE = "Ocurrió un error inesperado. Intente de nuevo en unos minutos.";

type TErrorBody = { error: { code: string; message: string; issues?: TImportIssue[] } };

function errorResponse(error: unknown): Response {
  if (!isAppError(error)) console.error("Import request failed:", error);
  const body: TErrorBody = isAppError(error)
    ? { error: { code: error.code, message: error.message } }
    : { error: { code: "INTERNAL_SERVER_ERROR", message: UNEXPECTED_MESSAGE } };
  const status = isAppError(error) ? APP_ERROR_HTTP_STATUS[error.code] : 500;
  return Response.json(body, { status, headers: NO_STORE });
}

function tooLarge(maxBytes: number): AppError {
  const mb = formatNumberEsCo(Math.floor((maxBytes / (1024 * 1024)) * 10) / 10);
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `El archivo supera el máximo de ${mb} MB: divídalo en varios archivos.`,
  );
}

/** The account as it is now (the session may be stale): active, with its current role. */
async function currentActor(ctx: TImportHttpContext): Promise<TActor> {
  if (!ctx.session) throw new AppError("UNAUTHORIZED");
  const user = await ctx.prisma.user.findUnique({
    where: { id: ctx.session.id },
    select: { id: true, role: true, active: true },
  });
  if (!user?.active) throw new AppError("UNAUTHORIZED");
  // Importing records values: the same entry of the permission table.
  if (!roleAllows(user.role, "indicators.recordObservation")) throw new AppError("FORBIDDEN");
  return { id: user.id, role: user.role };
}

async function authorize(request: Request, slug: string, ctx: TImportHttpContext) {
  const check = {
    method: request.method,
    headers: request.headers,
    trustProxy: ctx.trustProxy ?? false,
    allowedOrigins: ctx.allowedOrigins ?? [],
  };
  if (isCrossSiteRequest(check)) return { refusal: crossSiteRefusal(), actor: null };
  const actor = await currentActor(ctx);
  await assertCanEditIndicator({ prisma: ctx.prisma, session: actor }, slug);
  return { refusal: null, actor };
}

/** The body, at most `limit` bytes, refused as soon as it passes them. */
async function readBody(
  request: Request,
  limit: number,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** One file: the first file field of a multipart form, or the raw body. */
async function readUpload(request: Request, maxBytes: number): Promise<TImportFile> {
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  const body = await readBody(
    request,
    multipart ? maxBytes + MULTIPART_OVERHEAD_BYTES : maxBytes,
    maxBytes,
  );
  if (!multipart) {
    const name = new URL(request.url).searchParams.get("nombre") ?? "archivo";
    return { name, bytes: body };
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch (cause) {
    throw new AppError("BAD_REQUEST", "No se pudo leer el formulario enviado.", { cause });
  }
  const file = [...form.values()].find((v): v is File => typeof v !== "string");
  if (!file) throw new AppError("BAD_REQUEST", "Adjunte un archivo CSV o XLSX.");
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  return { name: file.name || "archivo", bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * POST ?mode=preview: what the file would change (nothing written). ?mode=apply: writes it
 * in one transaction; a file with row errors is refused with 400 and `issues`.
 */
export async function handleImportUpload(
  request: Request,
  slug: string,
  ctx: TImportHttpContext,
): Promise<Response> {
  try {
    const auth = await authorize(request, slug, ctx);
    if (auth.refusal) return auth.refusal;
    const mode = new URL(request.url).searchParams.get("mode");
    if (mode !== "preview" && mode !== "apply") {
      throw new AppError("BAD_REQUEST", "Indique mode=preview o mode=apply.");
    }
    const maxBytes = ctx.maxBytes ?? importMaxBytes();
    const file = await readUpload(request, maxBytes);
    const preview = await previewImport(ctx.prisma, slug, file, { maxBytes });
    if (mode === "preview") return Response.json(preview, { headers: NO_STORE });
    if (preview.summary.errors > 0) {
      const n = preview.summary.errors;
      const body: TErrorBody = {
        error: {
          code: "BAD_REQUEST",
          message: `El archivo tiene ${n === 1 ? "un error" : `${n} errores`}: corríjalo${n === 1 ? "" : "s"} y cárguelo de nuevo. No se guardó ningún valor.`,
          issues: preview.errors,
        },
      };
      return Response.json(body, { status: 400, headers: NO_STORE });
    }
    const result = await applyImport(ctx.prisma, auth.actor.id, slug, preview, { maxBytes });
    return Response.json(result, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** GET ?format=csv|xlsx: the template to fill in, as a download. */
export async function handleImportTemplate(
  request: Request,
  slug: string,
  ctx: TImportHttpContext,
): Promise<Response> {
  try {
    const auth = await authorize(request, slug, ctx);
    if (auth.refusal) return auth.refusal;
    const format = new URL(request.url).searchParams.get("format") ?? "csv";
    if (format !== "csv" && format !== "xlsx") {
      throw new AppError("BAD_REQUEST", "El formato debe ser csv o xlsx.");
    }
    const indicator = await ctx.prisma.indicator.findUnique({
      where: { slug },
      select: { slug: true, periodicity: true, unit: true, geographicBreakdown: true },
    });
    if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");
    const template = await importTemplate(indicator, format);
    return new Response(new Uint8Array(template.bytes), {
      headers: {
        ...NO_STORE,
        "Content-Type": template.contentType,
        "Content-Disposition": `attachment; filename="${template.fileName}"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
