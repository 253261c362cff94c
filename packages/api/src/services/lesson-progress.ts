import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { mergeLessonProgress, type TLessonProgress } from "@lab/domain/lesson";
import type { TActor } from "../authorization";

// A signed-in reader's progress, kept on the server. What the browser sends is merged with
// what is stored (mergeLessonProgress: nothing is ever lost, a right answer stays right), so
// the browser can send its whole record after login, or one lesson after each answer.

type TProgressRow = {
  completed: boolean;
  answers: Prisma.JsonValue;
  updatedAt: Date;
  lesson: { slug: string };
};

const progressSelect = {
  completed: true,
  answers: true,
  updatedAt: true,
  lesson: { select: { slug: true } },
} as const;

/** Stored answers as question id → boolean; anything else in the column is ignored. */
function answersOf(raw: Prisma.JsonValue): Record<string, boolean> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, boolean] => typeof entry[1] === "boolean",
    ),
  );
}

function toProgress(row: TProgressRow): TLessonProgress {
  return {
    lessonSlug: row.lesson.slug,
    completed: row.completed,
    answers: answersOf(row.answers),
    updatedAt: row.updatedAt,
  };
}

/** The reader's progress in published lessons, in no particular order. */
export async function myProgress(prisma: PrismaClient, actor: TActor): Promise<TLessonProgress[]> {
  const rows = await prisma.lessonProgress.findMany({
    where: { userId: actor.id, lesson: { status: "PUBLISHED" } },
    select: progressSelect,
    orderBy: { lesson: { slug: "asc" } },
  });
  return rows.map(toProgress);
}

/**
 * Merges `sent` into the reader's stored progress and answers the whole merged record.
 * Lessons that are unknown or not published are ignored.
 */
export async function saveProgress(
  prisma: PrismaClient,
  actor: TActor,
  sent: readonly TLessonProgress[],
): Promise<TLessonProgress[]> {
  // The same lesson twice in one request: merged first.
  const bySlug = new Map<string, TLessonProgress>();
  for (const p of sent) {
    const seen = bySlug.get(p.lessonSlug);
    bySlug.set(p.lessonSlug, seen ? mergeLessonProgress(seen, p) : p);
  }
  if (bySlug.size > 0) {
    await prisma.$transaction(async (tx) => {
      const lessons = await tx.lesson.findMany({
        where: { slug: { in: [...bySlug.keys()] }, status: "PUBLISHED" },
        select: { id: true, slug: true },
      });
      const stored = await tx.lessonProgress.findMany({
        where: { userId: actor.id, lessonId: { in: lessons.map((l) => l.id) } },
        select: { ...progressSelect, lessonId: true },
      });
      const storedById = new Map(stored.map((row) => [row.lessonId, toProgress(row)]));
      for (const lesson of lessons) {
        const incoming = bySlug.get(lesson.slug) as TLessonProgress;
        const old = storedById.get(lesson.id);
        const merged = old ? mergeLessonProgress(old, incoming) : incoming;
        const data = {
          completed: merged.completed,
          answers: merged.answers,
          updatedAt: merged.updatedAt,
        };
        await tx.lessonProgress.upsert({
          where: { userId_lessonId: { userId: actor.id, lessonId: lesson.id } },
          create: { userId: actor.id, lessonId: lesson.id, ...data },
          update: data,
        });
      }
    });
  }
  return myProgress(prisma, actor);
}
