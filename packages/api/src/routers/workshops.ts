import { ZSlug } from "@lab/domain/slug";
import { ZWorkshopSummary, ZWorkshopView } from "@lab/domain/workshop";
import { z } from "zod";
import { cached } from "../public-cache";
import { getWorkshop, listWorkshops } from "../services/workshops";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const workshopsRouter = createTRPCRouter({
  list: publicProcedure
    .output(z.array(ZWorkshopSummary))
    .query(({ ctx }) => cached(ctx.cache, "workshops", "list", () => listWorkshops(ctx.prisma))),

  bySlug: publicProcedure
    .input(z.object({ slug: ZSlug }))
    .output(ZWorkshopView)
    .query(({ ctx, input }) =>
      cached(ctx.cache, "workshops", `bySlug:${input.slug}`, () =>
        getWorkshop(ctx.prisma, input.slug),
      ),
    ),
});
