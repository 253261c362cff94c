import { ZLessonContent } from "@lab/domain/lesson";
import type { PrismaClient } from "../generated/prisma/client";
import { SEED_LESSON_MODULES, SEED_LESSONS } from "./lesson-content/index";

// The data-culture lessons (issue #7), seeded published: the snapshot citizens read is the
// content as written in ./lesson-content. Idempotent, and like the other seeds it never
// overwrites what staff changed: modules are created once; a lesson is created once, and
// refreshed from the seed only while nobody has touched it since (revision 0, still
// published as seeded), so improved seed texts reach databases seeded earlier.

/** Dates as ISO strings, as the Json columns store them. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

export async function seedLessons(prisma: PrismaClient): Promise<void> {
  const moduleIds = new Map<string, string>();
  for (const module of SEED_LESSON_MODULES) {
    const row = await prisma.lessonModule.upsert({
      where: { slug: module.slug },
      create: module,
      update: {},
      select: { id: true },
    });
    moduleIds.set(module.slug, row.id);
  }

  const now = new Date();
  for (const lesson of SEED_LESSONS) {
    // A seed text that breaks the rules fails the seed (and its test), never the page.
    const content = asJson(ZLessonContent.parse(lesson.content));
    const moduleId = moduleIds.get(lesson.moduleSlug);
    if (!moduleId)
      throw new Error(`Seed lesson ${lesson.slug}: unknown module ${lesson.moduleSlug}`);
    const existing = await prisma.lesson.findUnique({
      where: { slug: lesson.slug },
      select: { id: true, revision: true, status: true, publishedRevision: true, content: true },
    });
    if (!existing) {
      await prisma.lesson.create({
        data: {
          slug: lesson.slug,
          moduleId,
          order: lesson.order,
          content,
          revision: 0,
          published: content,
          publishedRevision: 0,
          publishedAt: now,
          status: "PUBLISHED",
        },
      });
      continue;
    }
    const untouched =
      existing.revision === 0 &&
      existing.status === "PUBLISHED" &&
      existing.publishedRevision === 0;
    if (untouched && JSON.stringify(existing.content) !== JSON.stringify(content)) {
      await prisma.lesson.update({
        where: { id: existing.id },
        data: { content, published: content, publishedAt: now },
      });
    }
  }
}
