import { ZCreateOfficeInput, ZOfficeView } from "@lab/domain/user-admin";
import { z } from "zod";
import { createOffice, listOffices } from "../services/offices";
import { createTRPCRouter, permittedProcedure } from "../trpc";

export const officesRouter = createTRPCRouter({
  list: permittedProcedure("offices.list")
    .output(z.array(ZOfficeView))
    .query(({ ctx }) => listOffices(ctx.prisma)),

  create: permittedProcedure("offices.create")
    .input(ZCreateOfficeInput)
    .output(ZOfficeView)
    .mutation(({ ctx, input }) => createOffice(ctx.prisma, ctx.session, input)),
});
