import { ZSlug } from "@lab/domain/slug";
import { ZWorkshopListItem, ZWorkshopRecord } from "@lab/domain/workshop-record";
import { z } from "zod";
import { cached } from "../public-cache";
import { getWorkshop, listWorkshops } from "../services/workshops";
import { createTRPCRouter, publicProcedure } from "../trpc";

// Public: the outputs are the public record's schemas, which have no field for a person
// (tRPC validates them and drops anything else).
export const workshopsRouter = createTRPCRouter({
  list: publicProcedure
    .output(z.array(ZWorkshopListItem))
    .query(({ ctx }) => cached(ctx.cache, "workshops", "list", () => listWorkshops(ctx.prisma))),

  bySlug: publicProcedure
    .input(z.object({ slug: ZSlug }))
    .output(ZWorkshopRecord)
    .query(({ ctx, input }) =>
      cached(ctx.cache, "workshops", `bySlug:${input.slug}`, () =>
        getWorkshop(ctx.prisma, input.slug),
      ),
    ),
});
