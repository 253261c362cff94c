import { currentUser } from "@lab/api/auth/session";
import { handleAuditCsv } from "@lab/api/rest/audit-handler";
import { getPrisma } from "@lab/db/client";

// The global audit trail as CSV (ADMIN only), with /admin/auditoria's filters.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleAuditCsv(request, { prisma: getPrisma(), session: await currentUser() });
}
