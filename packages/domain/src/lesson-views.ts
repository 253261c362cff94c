import { z } from "zod";
import {
  type TLessonModuleView,
  type TLessonProgress,
  type TLessonView,
  type TQuizResult,
  ZFindValueSource,
  ZLessonLevel,
} from "./lesson";
import { type TLessonAdminList, type TLessonAdminView, ZLessonProblem } from "./lesson-admin";

// The lesson procedures' outputs as zod schemas. tRPC validates outputs and drops any key not
// named here, so a quiz's answers cannot reach a public response even by mistake.

const ZLink = z.object({ slug: z.string(), title: z.string() });

const ZSource = z.object({
  title: z.string(),
  author: z.string(),
  year: z.number().nullable(),
  url: z.string().nullable(),
});

const ZPublicQuestion = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.enum(["SINGLE", "MULTIPLE"]),
    prompt: z.string(),
    options: z.array(z.object({ id: z.string(), label: z.string() })),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("FIND_VALUE"),
    prompt: z.string(),
    source: ZFindValueSource,
  }),
]);

export const ZLessonViewOutput = z.object({
  slug: z.string(),
  order: z.number(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  objectives: z.array(z.string()),
  level: ZLessonLevel,
  relatedIndicators: z.array(z.string()),
  relatedDatasets: z.array(z.string()),
  sources: z.array(ZSource),
  lastReviewedAt: z.date(),
  readingMinutes: z.number(),
  publishedAt: z.date(),
  module: ZLink,
  quiz: z.array(ZPublicQuestion),
  previous: ZLink.nullable(),
  next: ZLink.nullable(),
}) satisfies z.ZodType<TLessonView>;

export const ZLessonListOutput = z.object({
  modules: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      description: z.string(),
      order: z.number(),
      lessons: z.array(
        z.object({
          slug: z.string(),
          title: z.string(),
          summary: z.string(),
          level: ZLessonLevel,
          readingMinutes: z.number(),
          order: z.number(),
          questionCount: z.number(),
        }),
      ),
    }) satisfies z.ZodType<TLessonModuleView>,
  ),
});

export const ZQuizResultOutput = z.object({
  questionId: z.string(),
  correct: z.boolean(),
  options: z.array(
    z.object({ id: z.string(), chosen: z.boolean(), correct: z.boolean(), feedback: z.string() }),
  ),
  message: z.string(),
  expectedValue: z.number().nullable(),
  explanation: z.string(),
}) satisfies z.ZodType<TQuizResult>;

export const ZLessonProgressOutput = z.array(
  z.object({
    lessonSlug: z.string(),
    completed: z.boolean(),
    answers: z.record(z.string(), z.boolean()),
    updatedAt: z.date(),
  }) satisfies z.ZodType<TLessonProgress>,
);

const ZStatus = z.enum(["DRAFT", "PUBLISHED"]);

export const ZLessonAdminListOutput = z.object({
  modules: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      description: z.string(),
      order: z.number(),
      lessonCount: z.number(),
    }),
  ),
  lessons: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      moduleSlug: z.string(),
      order: z.number(),
      status: ZStatus,
      hasUnpublishedChanges: z.boolean(),
      updatedAt: z.date(),
      publishedAt: z.date().nullable(),
    }),
  ),
}) satisfies z.ZodType<TLessonAdminList>;

export const ZLessonAdminViewOutput = z.object({
  slug: z.string(),
  moduleSlug: z.string(),
  order: z.number(),
  // The working copy as stored (already validated by ZLessonContent when saved).
  content: z.custom<TLessonAdminView["content"]>((v) => typeof v === "object" && v !== null),
  status: ZStatus,
  hasUnpublishedChanges: z.boolean(),
  revision: z.number(),
  publishedAt: z.date().nullable(),
  problems: z.array(ZLessonProblem),
}) satisfies z.ZodType<TLessonAdminView>;

export const ZLessonProblemsOutput = z.array(ZLessonProblem);
