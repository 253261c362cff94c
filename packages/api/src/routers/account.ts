import { ZChangePasswordInput } from "@lab/domain/auth";
import { z } from "zod";
import { changePassword } from "../services/account";
import { createTRPCRouter, permittedProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  changePassword: permittedProcedure("account.changePassword")
    .input(ZChangePasswordInput)
    .output(z.object({ changedAt: z.date() }))
    .mutation(({ ctx, input }) => changePassword(ctx.prisma, ctx.session, input)),
});
