import type { TDatabaseConfig } from "@lab/db/config";
import type { PrismaClient } from "@lab/db/prisma";
import { resolveUploadSettings } from "@lab/db/settings";
import { APP_ERROR_HTTP_STATUS, AppError, isAppError } from "@lab/domain/errors";
import { formatNumberEsCo } from "@lab/domain/number";
import type { TActor } from "../authorization";
import { roleAllows } from "../permissions";
import { uploadVersion } from "../services/dataset-upload";
import type { TSessionUser } from "../trpc";
import { crossSiteRefusal, isCrossSiteRequest } from "./same-origin";

// POST /api/admin/datasets/{slug}/versions: a publisher's file, as the raw request body (the
// browser sends it with XMLHttpRequest, for the progress bar), becomes the dataset's next
// version. Same-origin rule, session re-read and the permission table's "datasets.upload",
// the size limit (413 from Content-Length before reading, and while streaming), then
// services/dataset-upload.ts, which parses the body as it arrives: nothing is buffered whole
// except an XLSX workbook. Plain Web Requests and Responses, so tests call it without Next.js.

export type TDatasetUploadHttpContext = {
  prisma: PrismaClient;
  /** From currentUser(): who the session cookie says is asking. */
  session: TSessionUser | null;
  /** The datastore's database; by default the configured one. */
  database?: TDatabaseConfig;
  trustProxy?: boolean;
  allowedOrigins?: readonly string[];
  /** DATASET_UPLOAD_MAX_BYTES unless given. */
  maxBytes?: number;
};

const NO_STORE = { "Cache-Control": "no-store" };
const UNEXPECTED_MESSAGE = "Ocurrió un error inesperado. Intente de nuevo en unos minutos.";
const INTERRUPTED_MESSAGE =
  "La carga se interrumpió antes de terminar (¿se cortó la conexión?). Cargue el archivo de nuevo.";

function errorResponse(error: unknown): Response {
  if (!isAppError(error)) console.error("Dataset upload failed:", error);
  const body = isAppError(error)
    ? { error: { code: error.code, message: error.message } }
    : { error: { code: "INTERNAL_SERVER_ERROR", message: UNEXPECTED_MESSAGE } };
  const status = isAppError(error) ? APP_ERROR_HTTP_STATUS[error.code] : 500;
  return Response.json(body, { status, headers: NO_STORE });
}

/** "1 GB", "20 MB", "16 KB": the limit rounded down, as people read sizes. */
function size(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, "GB"],
    [1024 ** 2, "MB"],
    [1024, "KB"],
  ];
  const [unit, label] = units.find(([u]) => bytes >= u) ?? [1, "bytes"];
  return `${formatNumberEsCo(Math.floor((bytes / unit) * 10) / 10)} ${label}`;
}

export function uploadTooLarge(maxBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `El archivo supera el máximo de ${size(maxBytes)} por versión: divídalo en varios archivos o pida a la administración que amplíe el límite.`,
  );
}

/** The account as it is now (the session may be stale): active, allowed to upload. */
async function currentActor(ctx: TDatasetUploadHttpContext): Promise<TActor> {
  if (!ctx.session) throw new AppError("UNAUTHORIZED");
  const user = await ctx.prisma.user.findUnique({
    where: { id: ctx.session.id },
    select: { id: true, role: true, active: true },
  });
  if (!user?.active) throw new AppError("UNAUTHORIZED");
  if (!roleAllows(user.role, "datasets.upload")) throw new AppError("FORBIDDEN");
  return { id: user.id, role: user.role };
}

/** The body as it arrives, refused once it passes the limit; a cut connection says so. */
async function* limitedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (cause) {
        throw new AppError("BAD_REQUEST", INTERRUPTED_MESSAGE, { cause });
      }
      if (next.done) return;
      total += next.value.length;
      if (total > maxBytes) throw uploadTooLarge(maxBytes);
      yield next.value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

function fileNameOf(request: Request): string {
  const raw = request.headers.get("x-file-name") ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * 201 `{ version }` once loaded (READY, waiting to be published); 400 with `problems` and
 * `problemCount` when rows do not fit (the version is FAILED, nothing kept); 4xx with a Spanish
 * `error.message` for anything else the publisher can fix.
 */
export async function handleDatasetUpload(
  request: Request,
  slug: string,
  ctx: TDatasetUploadHttpContext,
): Promise<Response> {
  try {
    const check = {
      method: request.method,
      headers: request.headers,
      trustProxy: ctx.trustProxy ?? false,
      allowedOrigins: ctx.allowedOrigins ?? [],
    };
    if (isCrossSiteRequest(check)) return crossSiteRefusal();
    const actor = await currentActor(ctx);
    const maxBytes = ctx.maxBytes ?? resolveUploadSettings().datasetUploadMaxBytes;
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) throw uploadTooLarge(maxBytes);
    const contentType = request.headers.get("content-type")?.toLowerCase() ?? "";
    if (contentType.startsWith("multipart/")) {
      return Response.json(
        {
          error: {
            code: "UNSUPPORTED_MEDIA_TYPE",
            message: "Envíe el archivo como cuerpo de la petición, no dentro de un formulario.",
          },
        },
        { status: 415, headers: NO_STORE },
      );
    }
    const params = new URL(request.url).searchParams;
    const textColumns = (params.get("textColumns") ?? "").split(",").filter((c) => c.trim());
    const result = await uploadVersion(
      ctx.prisma,
      ctx.database,
      actor,
      slug,
      limitedBody(request.body, maxBytes),
      {
        fileName: fileNameOf(request),
        textColumns,
        byteSize: Number.isFinite(declared) && declared > 0 ? declared : null,
      },
    );
    if (result.ok) {
      return Response.json({ version: result.version }, { status: 201, headers: NO_STORE });
    }
    const n = result.problemCount;
    const message =
      n === 1
        ? "El archivo tiene un problema: corríjalo, o cargue esa columna como texto, y súbalo de nuevo. No se guardó ninguna fila."
        : `El archivo tiene ${formatNumberEsCo(n)} problemas: corríjalos, o cargue esas columnas como texto, y súbalo de nuevo. No se guardó ninguna fila.`;
    return Response.json(
      {
        error: { code: "BAD_REQUEST", message },
        version: result.version,
        problems: result.problems,
        problemCount: n,
      },
      { status: 400, headers: NO_STORE },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
