import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import {
  publicQuiz,
  readingMinutes,
  type TLessonContent,
  type TLessonModuleView,
  type TLessonView,
} from "@lab/domain/lesson";
import { UNKNOWN_LESSON_MESSAGE } from "@lab/domain/lesson-admin";
import { parseStoredContent, type TDb } from "./lesson-store";

// What citizens read of lessons: published snapshots only, never the working copies staff are
// editing. A snapshot that no longer parses leaves its lesson out (logged), never a 500.

export type TPublishedLesson = {
  id: string;
  slug: string;
  order: number;
  publishedAt: Date;
  module: { slug: string; title: string; description: string; order: number };
  content: TLessonContent;
};

/** Every published lesson in reading order: by module, then by order within it. */
export async function readPublishedLessons(db: TDb): Promise<TPublishedLesson[]> {
  const rows = await db.lesson.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [
      { module: { order: "asc" } },
      { module: { slug: "asc" } },
      { order: "asc" },
      { slug: "asc" },
    ],
    select: {
      id: true,
      slug: true,
      order: true,
      published: true,
      publishedAt: true,
      module: { select: { slug: true, title: true, description: true, order: true } },
    },
  });
  return rows.flatMap((row) => {
    const content = parseStoredContent(row.slug, row.published, "published");
    if (!content) return [];
    return [
      {
        id: row.id,
        slug: row.slug,
        order: row.order,
        publishedAt: row.publishedAt ?? new Date(0),
        module: row.module,
        content,
      },
    ];
  });
}

export async function listLessons(prisma: PrismaClient): Promise<{ modules: TLessonModuleView[] }> {
  const modules: TLessonModuleView[] = [];
  for (const lesson of await readPublishedLessons(prisma)) {
    let module = modules.at(-1);
    if (module?.slug !== lesson.module.slug) {
      module = { ...lesson.module, lessons: [] };
      modules.push(module);
    }
    module.lessons.push({
      slug: lesson.slug,
      title: lesson.content.title,
      summary: lesson.content.summary,
      level: lesson.content.level,
      readingMinutes: readingMinutes(lesson.content.body),
      order: lesson.order,
      questionCount: lesson.content.quiz.length,
    });
  }
  return { modules };
}

export async function getLesson(prisma: PrismaClient, slug: string): Promise<TLessonView> {
  const lessons = await readPublishedLessons(prisma);
  const index = lessons.findIndex((l) => l.slug === slug);
  const lesson = lessons[index];
  if (!lesson) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MESSAGE);
  const link = (l: TPublishedLesson | undefined) =>
    l ? { slug: l.slug, title: l.content.title } : null;
  const { quiz, ...content } = lesson.content;
  return {
    ...content,
    slug: lesson.slug,
    order: lesson.order,
    readingMinutes: readingMinutes(content.body),
    publishedAt: lesson.publishedAt,
    module: { slug: lesson.module.slug, title: lesson.module.title },
    quiz: publicQuiz(quiz),
    previous: link(lessons[index - 1]),
    next: link(lessons[index + 1]),
  };
}
