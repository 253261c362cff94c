import {
  ZEditableIndicator,
  ZIndicatorSlugInput,
  ZIndicatorView,
} from "@lab/domain/indicator-view";
import { ZObservationView, ZRecordObservationInput } from "@lab/domain/observation";
import { z } from "zod";
import { cached } from "../public-cache";
import {
  getPublishedIndicator,
  listEditableIndicators,
  listPublishedIndicators,
  recordObservation,
} from "../services/indicators";
import { createTRPCRouter, permittedProcedure, publicProcedure } from "../trpc";

export const indicatorsRouter = createTRPCRouter({
  list: publicProcedure
    .output(z.array(ZIndicatorView))
    .query(({ ctx }) =>
      cached(ctx.cache, "indicators", "list", () => listPublishedIndicators(ctx.prisma)),
    ),

  bySlug: publicProcedure
    .input(ZIndicatorSlugInput)
    .output(ZIndicatorView)
    .query(({ ctx, input }) =>
      cached(ctx.cache, "indicators", `bySlug:${input.slug}`, () =>
        getPublishedIndicator(ctx.prisma, input.slug),
      ),
    ),

  editable: permittedProcedure("indicators.editable")
    .output(z.array(ZEditableIndicator))
    .query(({ ctx }) => listEditableIndicators(ctx.prisma, ctx.session)),

  recordObservation: permittedProcedure("indicators.recordObservation")
    .input(ZRecordObservationInput)
    .output(ZObservationView.extend({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const saved = await recordObservation(ctx.prisma, ctx.session, input);
      // The bus tells every instance; this one forgets at once, so its next page shows the value.
      ctx.cache?.invalidate("indicators");
      return saved;
    }),
});
