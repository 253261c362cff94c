import {
  ZCheckLessonBodyInput,
  ZCreateLessonInput,
  ZLessonSlugInput,
  ZPublishLessonInput,
  ZSaveLessonModuleInput,
  ZUpdateLessonInput,
} from "@lab/domain/lesson-admin";
import {
  ZLessonAdminListOutput,
  ZLessonAdminViewOutput,
  ZLessonProblemsOutput,
} from "@lab/domain/lesson-views";
import { z } from "zod";
import {
  checkLessonBody,
  createLesson,
  getLessonForStaff,
  listLessonsForStaff,
  publishLesson,
  saveLessonModule,
  unpublishLesson,
  updateLesson,
} from "../services/lesson-admin";
import { createTRPCRouter, permittedProcedure, type TContext } from "../trpc";

// The staff's lessons (ADMIN, EDITOR, PUBLISHER): thin calls into services/lesson-admin.
// Writes that change public pages announce "lessons" on the bus in their transaction; this
// instance also forgets at once, so the person's next public page already shows the change.

async function forget<T>(ctx: TContext, change: Promise<T>): Promise<T> {
  const result = await change;
  ctx.cache?.invalidate("lessons");
  return result;
}

const ZSlugResult = z.object({ slug: z.string() });

export const lessonAdminRouter = createTRPCRouter({
  list: permittedProcedure("lessonAdmin.list")
    .output(ZLessonAdminListOutput)
    .query(({ ctx }) => listLessonsForStaff(ctx.prisma)),

  bySlug: permittedProcedure("lessonAdmin.bySlug")
    .input(ZLessonSlugInput)
    .output(ZLessonAdminViewOutput)
    .query(({ ctx, input }) => getLessonForStaff(ctx.prisma, input.slug)),

  create: permittedProcedure("lessonAdmin.create")
    .input(ZCreateLessonInput)
    .output(ZSlugResult)
    .mutation(({ ctx, input }) => createLesson(ctx.prisma, ctx.session, input)),

  // Saves the working copy only; CONFLICT when `revision` is stale.
  update: permittedProcedure("lessonAdmin.update")
    .input(ZUpdateLessonInput)
    .output(z.object({ revision: z.number(), problems: ZLessonProblemsOutput }))
    .mutation(({ ctx, input }) => forget(ctx, updateLesson(ctx.prisma, ctx.session, input))),

  // The editor's live preview.
  check: permittedProcedure("lessonAdmin.check")
    .input(ZCheckLessonBodyInput)
    .output(ZLessonProblemsOutput)
    .query(({ ctx, input }) => checkLessonBody(ctx.prisma, input.body)),

  publish: permittedProcedure("lessonAdmin.publish")
    .input(ZPublishLessonInput)
    .output(z.object({ publishedAt: z.date() }))
    .mutation(({ ctx, input }) => forget(ctx, publishLesson(ctx.prisma, ctx.session, input))),

  unpublish: permittedProcedure("lessonAdmin.unpublish")
    .input(ZLessonSlugInput)
    .output(ZSlugResult)
    .mutation(({ ctx, input }) =>
      forget(ctx, unpublishLesson(ctx.prisma, ctx.session, input.slug)),
    ),

  saveModule: permittedProcedure("lessonAdmin.saveModule")
    .input(ZSaveLessonModuleInput)
    .output(ZSlugResult)
    .mutation(({ ctx, input }) => forget(ctx, saveLessonModule(ctx.prisma, ctx.session, input))),
});
