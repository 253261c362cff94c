import { ZCreateDatasetInput } from "@lab/domain/dataset";
import { ZDatasetSearchInput, ZDatasetSearchOutput } from "@lab/domain/dataset-catalog";
import { ZDatasetView } from "@lab/domain/dataset-view";
import {
  ZDatasetFormOptions,
  ZDatasetSlugInput,
  ZPublisherDataset,
  ZPublisherDatasetSummary,
  ZUpdateColumnsInput,
  ZUpdateDatasetMetadataInput,
  ZVersionInput,
} from "@lab/domain/dataset-workspace";
import { z } from "zod";
import { cached } from "../public-cache";
import { searchCatalog } from "../services/dataset-catalog";
import { getPublishedDataset } from "../services/dataset-read";
import { publishVersion, rollbackToVersion, unpublishDataset } from "../services/dataset-versions";
import {
  createDataset,
  datasetFormOptions,
  getDatasetForPublisher,
  listDatasetsForPublisher,
  updateColumnDescriptions,
  updateDatasetMetadata,
} from "../services/datasets";
import { createTRPCRouter, permittedProcedure, publicProcedure, type TContext } from "../trpc";

/**
 * After a publisher's change: the bus tells every instance at COMMIT; this one forgets at once,
 * so the publisher's next public page already shows the change.
 */
async function forget<T>(ctx: TContext, change: Promise<T>): Promise<T> {
  const result = await change;
  ctx.cache?.invalidate("datasets");
  return result;
}

const ZPublication = z.object({
  slug: z.string(),
  currentVersion: z.number().int().nullable(),
  previous: z.number().int().nullable(),
});

export const datasetsRouter = createTRPCRouter({
  // Public: published datasets only, from this instance's memory until "datasets" is announced.
  search: publicProcedure
    .input(ZDatasetSearchInput)
    .output(ZDatasetSearchOutput)
    .query(({ ctx, input }) =>
      cached(ctx.cache, "datasets", `search:${JSON.stringify(input)}`, () =>
        searchCatalog(ctx.prisma, input, ctx.cache),
      ),
    ),

  bySlug: publicProcedure
    .input(ZDatasetSlugInput)
    .output(ZDatasetView)
    .query(({ ctx, input }) =>
      cached(ctx.cache, "datasets", `bySlug:${input.slug}`, () =>
        getPublishedDataset(ctx.prisma, input.slug),
      ),
    ),

  // The publisher's workspace (PUBLISHER or ADMIN, every dataset).
  mine: permittedProcedure("datasets.mine")
    .output(z.array(ZPublisherDatasetSummary))
    .query(({ ctx }) => listDatasetsForPublisher(ctx.prisma)),

  forPublisher: permittedProcedure("datasets.forPublisher")
    .input(ZDatasetSlugInput)
    .output(ZPublisherDataset)
    .query(({ ctx, input }) => getDatasetForPublisher(ctx.prisma, input.slug)),

  formOptions: permittedProcedure("datasets.formOptions")
    .output(ZDatasetFormOptions)
    .query(({ ctx }) => datasetFormOptions(ctx.prisma)),

  create: permittedProcedure("datasets.create")
    .input(ZCreateDatasetInput)
    .output(z.object({ slug: z.string() }))
    .mutation(({ ctx, input }) => createDataset(ctx.prisma, ctx.session, input)),

  updateMetadata: permittedProcedure("datasets.updateMetadata")
    .input(ZUpdateDatasetMetadataInput)
    .output(z.object({ changed: z.array(z.string()), metadataVersion: z.string() }))
    .mutation(({ ctx, input }) =>
      forget(ctx, updateDatasetMetadata(ctx.prisma, ctx.session, input)),
    ),

  updateColumns: permittedProcedure("datasets.updateColumns")
    .input(ZUpdateColumnsInput)
    .output(z.object({ changed: z.number().int() }))
    .mutation(({ ctx, input }) =>
      forget(ctx, updateColumnDescriptions(ctx.prisma, ctx.session, input)),
    ),

  // Each announces "datasets" on the bus at COMMIT, so every instance forgets what it cached.
  publishVersion: permittedProcedure("datasets.publishVersion")
    .input(ZVersionInput)
    .output(ZPublication)
    .mutation(({ ctx, input }) => forget(ctx, publishVersion(ctx.prisma, ctx.session, input))),

  rollback: permittedProcedure("datasets.rollback")
    .input(ZVersionInput)
    .output(ZPublication)
    .mutation(({ ctx, input }) => forget(ctx, rollbackToVersion(ctx.prisma, ctx.session, input))),

  unpublish: permittedProcedure("datasets.unpublish")
    .input(ZDatasetSlugInput)
    .output(ZPublication)
    .mutation(({ ctx, input }) => forget(ctx, unpublishDataset(ctx.prisma, ctx.session, input))),
});
