import { ZIndicatorSlugInput, ZIndicatorView } from "@lab/domain/indicator-view";
import { ZObservationView, ZRecordObservationInput } from "@lab/domain/observation";
import { z } from "zod";
import {
  getPublishedIndicator,
  listPublishedIndicators,
  recordObservation,
} from "../services/indicators";
import { createTRPCRouter, permittedProcedure, publicProcedure } from "../trpc";

export const indicatorsRouter = createTRPCRouter({
  list: publicProcedure
    .output(z.array(ZIndicatorView))
    .query(({ ctx }) => listPublishedIndicators(ctx.prisma)),

  bySlug: publicProcedure
    .input(ZIndicatorSlugInput)
    .output(ZIndicatorView)
    .query(({ ctx, input }) => getPublishedIndicator(ctx.prisma, input.slug)),

  recordObservation: permittedProcedure("indicator.recordObservation")
    .input(ZRecordObservationInput)
    .output(ZObservationView.extend({ id: z.string() }))
    .mutation(({ ctx, input }) => recordObservation(ctx.prisma, ctx.session.id, input)),
});
