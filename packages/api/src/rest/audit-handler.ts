import type { PrismaClient } from "@lab/db/prisma";
import { ZAuditFilter } from "@lab/domain/audit";
import { APP_ERROR_HTTP_STATUS, AppError, isAppError } from "@lab/domain/errors";
import { roleAllows } from "../permissions";
import { auditCsv } from "../services/audit";
import type { TSessionUser } from "../trpc";

// GET /api/admin/audit.csv: the global audit trail as CSV, ADMIN only (the `audit.list` entry
// of the permission table), with the filters of /admin/auditoria in the query string.

export type TAuditHttpContext = {
  prisma: PrismaClient;
  /** From currentUser(): who the session cookie says is asking. */
  session: TSessionUser | null;
};

const NO_STORE = { "Cache-Control": "no-store" };
const UNEXPECTED_MESSAGE = "Ocurrió un error inesperado. Intente de nuevo en unos minutos.";

function errorResponse(error: unknown): Response {
  if (!isAppError(error)) console.error("Audit export failed:", error);
  const body = isAppError(error)
    ? { error: { code: error.code, message: error.message } }
    : { error: { code: "INTERNAL_SERVER_ERROR", message: UNEXPECTED_MESSAGE } };
  const status = isAppError(error) ? APP_ERROR_HTTP_STATUS[error.code] : 500;
  return Response.json(body, { status, headers: NO_STORE });
}

export async function handleAuditCsv(request: Request, ctx: TAuditHttpContext): Promise<Response> {
  try {
    if (!ctx.session) throw new AppError("UNAUTHORIZED");
    // The account as it is now: the session may be stale.
    const user = await ctx.prisma.user.findUnique({
      where: { id: ctx.session.id },
      select: { role: true, active: true },
    });
    if (!user?.active) throw new AppError("UNAUTHORIZED");
    if (!roleAllows(user.role, "audit.list")) {
      throw new AppError("FORBIDDEN", "Solo la administración puede ver el historial global.");
    }
    const params = new URL(request.url).searchParams;
    const parsed = ZAuditFilter.omit({ cursor: true, limit: true }).safeParse({
      indicatorSlug: params.get("indicador") ?? undefined,
      actorEmail: params.get("persona") ?? undefined,
      action: params.get("accion") ?? undefined,
      from: params.get("desde") ?? undefined,
      to: params.get("hasta") ?? undefined,
    });
    if (!parsed.success) {
      throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Filtro no válido.");
    }
    const csv = await auditCsv(ctx.prisma, parsed.data);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        ...NO_STORE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="historial-de-cambios-${day}.csv"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
