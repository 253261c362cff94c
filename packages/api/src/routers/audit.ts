import { ZAuditFilter, ZAuditForIndicatorInput, ZAuditPage } from "@lab/domain/audit";
import { assertCanEditIndicator } from "../authorization";
import { listAudit } from "../services/audit";
import { createTRPCRouter, permittedProcedure } from "../trpc";

// Queries only: the audit trail cannot be edited or deleted through the app.
export const auditRouter = createTRPCRouter({
  forIndicator: permittedProcedure("audit.forIndicator")
    .input(ZAuditForIndicatorInput)
    .output(ZAuditPage)
    .query(async ({ ctx, input }) => {
      await assertCanEditIndicator(ctx, input.slug);
      return listAudit(ctx.prisma, { indicatorSlug: input.slug, cursor: input.cursor });
    }),

  list: permittedProcedure("audit.list")
    .input(ZAuditFilter)
    .output(ZAuditPage)
    .query(({ ctx, input }) => listAudit(ctx.prisma, input)),
});
