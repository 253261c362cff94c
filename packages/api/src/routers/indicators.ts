import {
  ZDeleteObservationInput,
  ZIndicatorWorkspace,
  ZRejectInput,
  ZReviewInput,
  ZSaveObservationInput,
  ZUpdateMetadataInput,
} from "@lab/domain/draft";
import { ZCreateIndicatorInput } from "@lab/domain/indicator-metadata";
import {
  ZEditableIndicator,
  ZIndicatorSlugInput,
  ZIndicatorView,
} from "@lab/domain/indicator-view";
import { z } from "zod";
import { cached } from "../public-cache";
import { createIndicator } from "../services/indicator-admin";
import { deleteObservation, saveObservation, updateMetadata } from "../services/indicator-drafts";
import { publishDrafts, rejectSubmission, submitForReview } from "../services/indicator-review";
import { getWorkspace, listEditableIndicators } from "../services/indicator-workspace";
import { getPublishedIndicator, listPublishedIndicators } from "../services/indicators";
import { createTRPCRouter, permittedProcedure, publicProcedure } from "../trpc";

const ZReviewResult = z.object({ state: z.string(), revision: z.number().int() });

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

  workspace: permittedProcedure("indicators.workspace")
    .input(ZIndicatorSlugInput)
    .output(ZIndicatorWorkspace)
    .query(({ ctx, input }) => getWorkspace(ctx.prisma, ctx.session, input.slug)),

  create: permittedProcedure("indicators.create")
    .input(ZCreateIndicatorInput)
    .output(z.object({ slug: z.string() }))
    .mutation(({ ctx, input }) => createIndicator(ctx.prisma, ctx.session, input)),

  // Drafts: nothing here reaches the public site until `publish`.
  recordObservation: permittedProcedure("indicators.recordObservation")
    .input(ZSaveObservationInput)
    .mutation(({ ctx, input }) => saveObservation(ctx.prisma, ctx.session, input)),

  deleteObservation: permittedProcedure("indicators.deleteObservation")
    .input(ZDeleteObservationInput)
    .mutation(({ ctx, input }) => deleteObservation(ctx.prisma, ctx.session, input)),

  updateMetadata: permittedProcedure("indicators.updateMetadata")
    .input(ZUpdateMetadataInput)
    .mutation(({ ctx, input }) => updateMetadata(ctx.prisma, ctx.session, input)),

  submit: permittedProcedure("indicators.submit")
    .input(ZReviewInput)
    .output(ZReviewResult)
    .mutation(({ ctx, input }) => submitForReview(ctx.prisma, ctx.session, input)),

  reject: permittedProcedure("indicators.reject")
    .input(ZRejectInput)
    .output(ZReviewResult)
    .mutation(({ ctx, input }) => rejectSubmission(ctx.prisma, ctx.session, input)),

  publish: permittedProcedure("indicators.publish")
    .input(ZReviewInput)
    .mutation(async ({ ctx, input }) => {
      const result = await publishDrafts(ctx.prisma, ctx.session, input);
      // The bus tells every instance; this one forgets at once, so its next page shows the value.
      ctx.cache?.invalidate("indicators");
      return result;
    }),
});
