import { ZQuizAnswer } from "@lab/domain/lesson";
import { ZLessonSlugInput, ZSaveProgressInput } from "@lab/domain/lesson-admin";
import {
  ZLessonListOutput,
  ZLessonProgressOutput,
  ZLessonViewOutput,
  ZQuizResultOutput,
} from "@lab/domain/lesson-views";
import { cached } from "../public-cache";
import { myProgress, saveProgress } from "../services/lesson-progress";
import { checkAnswer } from "../services/lesson-quiz";
import { getLesson, listLessons } from "../services/lessons";
import { createTRPCRouter, permittedProcedure, publicProcedure } from "../trpc";

// Lessons as citizens read them: published snapshots, quizzes without their answers (checked
// here, one answer at a time), and the progress of readers who are signed in.
export const lessonsRouter = createTRPCRouter({
  list: publicProcedure
    .output(ZLessonListOutput)
    .query(({ ctx }) => cached(ctx.cache, "lessons", "list", () => listLessons(ctx.prisma))),

  bySlug: publicProcedure
    .input(ZLessonSlugInput)
    .output(ZLessonViewOutput)
    .query(({ ctx, input }) =>
      cached(ctx.cache, "lessons", `bySlug:${input.slug}`, () => getLesson(ctx.prisma, input.slug)),
    ),

  // Not cached: "find the value" answers follow the live data.
  checkAnswer: publicProcedure
    .input(ZQuizAnswer)
    .output(ZQuizResultOutput)
    .mutation(({ ctx, input }) => checkAnswer(ctx.prisma, input)),

  myProgress: permittedProcedure("lessons.myProgress")
    .output(ZLessonProgressOutput)
    .query(({ ctx }) => myProgress(ctx.prisma, ctx.session)),

  saveProgress: permittedProcedure("lessons.saveProgress")
    .input(ZSaveProgressInput)
    .output(ZLessonProgressOutput)
    .mutation(({ ctx, input }) => saveProgress(ctx.prisma, ctx.session, input.progress)),
});
