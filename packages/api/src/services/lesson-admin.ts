import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import type { TLessonProblem } from "@lab/domain/lesson";
import {
  LESSON_HAS_NO_SLUG_MESSAGE,
  MODULE_HAS_NO_SLUG_MESSAGE,
  STALE_LESSON_MESSAGE,
  starterLessonContent,
  TAKEN_LESSON_SLUG_MESSAGE,
  TAKEN_MODULE_SLUG_MESSAGE,
  type TCreateLessonInput,
  type TLessonAdminList,
  type TLessonAdminView,
  type TPublishLessonInput,
  type TSaveLessonModuleInput,
  type TUpdateLessonInput,
  UNKNOWN_LESSON_MESSAGE,
  UNKNOWN_LESSON_MODULE_MESSAGE,
} from "@lab/domain/lesson-admin";
import { slugify } from "@lab/domain/slug";
import type { TActor } from "../authorization";
import { checkLessonContent, checkLessonMarkdown } from "./lesson-markdown-check";
import {
  announceLessons,
  parseStoredContent,
  publishedReferences,
  storedContent,
  type TTx,
  writeLessonAudit,
} from "./lesson-store";

// Lessons as staff write them. Saving changes the working copy only (and bumps the revision:
// a save naming an older one is a CONFLICT); publishing freezes the working copy as the
// snapshot citizens read, refused while the check finds problems. Every write is audited and,
// when it changes what citizens see, announced on the bus, in its transaction.

const lessonSelect = {
  id: true,
  slug: true,
  order: true,
  content: true,
  revision: true,
  status: true,
  publishedRevision: true,
  publishedAt: true,
  updatedAt: true,
  module: { select: { slug: true } },
} as const;

const hasUnpublishedChanges = (row: { revision: number; publishedRevision: number | null }) =>
  row.publishedRevision !== row.revision;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function listLessonsForStaff(prisma: PrismaClient): Promise<TLessonAdminList> {
  const [modules, lessons] = await Promise.all([
    prisma.lessonModule.findMany({
      orderBy: [{ order: "asc" }, { slug: "asc" }],
      select: {
        slug: true,
        title: true,
        description: true,
        order: true,
        _count: { select: { lessons: true } },
      },
    }),
    prisma.lesson.findMany({
      orderBy: [{ module: { order: "asc" } }, { order: "asc" }, { slug: "asc" }],
      select: lessonSelect,
    }),
  ]);
  return {
    modules: modules.map(({ _count, ...m }) => ({ ...m, lessonCount: _count.lessons })),
    lessons: lessons.map((row) => {
      const content = parseStoredContent(row.slug, row.content, "content");
      return {
        slug: row.slug,
        // A working copy that no longer parses still shows, by its address, so staff can fix it.
        title: content?.title ?? row.slug,
        moduleSlug: row.module.slug,
        order: row.order,
        status: row.status,
        hasUnpublishedChanges: hasUnpublishedChanges(row),
        updatedAt: row.updatedAt,
        publishedAt: row.publishedAt,
      };
    }),
  };
}

export async function getLessonForStaff(
  prisma: PrismaClient,
  slug: string,
): Promise<TLessonAdminView> {
  const row = await prisma.lesson.findUnique({ where: { slug }, select: lessonSelect });
  if (!row) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MESSAGE);
  const content = parseStoredContent(row.slug, row.content, "content");
  if (!content) {
    throw new AppError(
      "BAD_REQUEST",
      "El contenido guardado de esta lección no es válido; pida ayuda al equipo técnico.",
    );
  }
  return {
    slug: row.slug,
    moduleSlug: row.module.slug,
    order: row.order,
    content,
    status: row.status,
    hasUnpublishedChanges: hasUnpublishedChanges(row),
    revision: row.revision,
    publishedAt: row.publishedAt,
    problems: checkLessonContent(content, await publishedReferences(prisma)),
  };
}

/** The editor's live preview: the body's problems only (the form shows the fields' own). */
export async function checkLessonBody(
  prisma: PrismaClient,
  body: string,
): Promise<TLessonProblem[]> {
  return checkLessonMarkdown(body, await publishedReferences(prisma));
}

async function findModule(tx: TTx, slug: string) {
  const module = await tx.lessonModule.findUnique({ where: { slug }, select: { id: true } });
  if (!module) throw AppError.badRequest({ moduleSlug: [UNKNOWN_LESSON_MODULE_MESSAGE] });
  return module;
}

/** A free slug from the title: "titulo", else "titulo-2", "titulo-3"… */
async function freeLessonSlug(tx: TTx, title: string): Promise<string> {
  const base = slugify(title).slice(0, 90).replace(/-+$/, "");
  if (!base) throw AppError.badRequest({ title: [LESSON_HAS_NO_SLUG_MESSAGE] });
  const taken = new Set(
    (
      await tx.lesson.findMany({
        where: { slug: { startsWith: base } },
        select: { slug: true },
      })
    ).map((l) => l.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A draft at the end of its module, with a starter body that passes the check's Markdown rules. */
export async function createLesson(
  prisma: PrismaClient,
  actor: TActor,
  input: TCreateLessonInput,
): Promise<{ slug: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const module = await findModule(tx, input.moduleSlug);
      const slug = input.slug ?? (await freeLessonSlug(tx, input.title));
      const last = await tx.lesson.aggregate({
        where: { moduleId: module.id },
        _max: { order: true },
      });
      const lesson = await tx.lesson.create({
        data: {
          slug,
          moduleId: module.id,
          order: (last._max.order ?? 0) + 1,
          content: storedContent(starterLessonContent(input.title, new Date())),
        },
        select: { id: true, slug: true },
      });
      await writeLessonAudit(tx, actor, {
        action: "lesson.create",
        entityType: "Lesson",
        entityId: lesson.id,
        slug: lesson.slug,
        before: null,
        after: input.title,
        details: { revision: 0 },
      });
      return { slug: lesson.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.badRequest({ slug: [TAKEN_LESSON_SLUG_MESSAGE] });
    throw error;
  }
}

/**
 * Moves the lesson from `revision` to the next one, or refuses: NOT_FOUND for an unknown
 * lesson, CONFLICT when someone saved since the form loaded. The UPDATE locks the row until
 * the transaction ends, so of two saves from the same revision the second one is refused.
 */
async function bumpRevision(tx: TTx, slug: string, revision: number) {
  const { count } = await tx.lesson.updateMany({
    where: { slug, revision },
    data: { revision: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.lesson.findUnique({ where: { slug }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MESSAGE);
    throw new AppError("CONFLICT", STALE_LESSON_MESSAGE);
  }
  return tx.lesson.findUniqueOrThrow({ where: { slug }, select: lessonSelect });
}

/** What changed between two saves, for the audit entry ("Título; Contenido; Preguntas"). */
function changedParts(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  const labels: Record<string, string> = {
    moduleSlug: "Módulo",
    order: "Orden",
    title: "Título",
    summary: "Resumen",
    body: "Contenido",
    objectives: "Objetivos",
    level: "Nivel",
    relatedIndicators: "Indicadores relacionados",
    relatedDatasets: "Conjuntos de datos relacionados",
    sources: "Fuentes",
    lastReviewedAt: "Fecha de revisión",
    quiz: "Preguntas",
  };
  return Object.entries(labels)
    .filter(([key]) => JSON.stringify(before?.[key]) !== JSON.stringify(after[key]))
    .map(([, label]) => label);
}

/**
 * Saves the working copy (never publishes its content) and answers the new revision and its
 * problems.
 */
export async function updateLesson(
  prisma: PrismaClient,
  actor: TActor,
  input: TUpdateLessonInput,
): Promise<{ revision: number; problems: TLessonProblem[] }> {
  const saved = await prisma.$transaction(async (tx) => {
    const before = await bumpRevision(tx, input.slug, input.revision);
    const module = await findModule(tx, input.moduleSlug);
    const content = storedContent(input.content);
    await tx.lesson.update({
      where: { id: before.id },
      data: { moduleId: module.id, order: input.order, content },
    });
    const old = before.content as Record<string, unknown> | null;
    const changed = changedParts(
      old && { ...old, moduleSlug: before.module.slug, order: before.order },
      { ...(content as Record<string, unknown>), moduleSlug: input.moduleSlug, order: input.order },
    );
    await writeLessonAudit(tx, actor, {
      action: "lesson.update",
      entityType: "Lesson",
      entityId: before.id,
      slug: before.slug,
      before: null,
      after: changed.length > 0 ? `Cambió: ${changed.join("; ")}` : "Sin cambios",
      details: { revision: before.revision, changed },
    });
    // The module and the order are not part of the snapshot: they show on the public pages
    // at once.
    if (before.module.slug !== input.moduleSlug || before.order !== input.order) {
      await announceLessons(tx, { slug: before.slug });
    }
    return { revision: before.revision };
  });
  const problems = checkLessonContent(input.content, await publishedReferences(prisma));
  return { revision: saved.revision, problems };
}

/** "La imagen de la línea 12 no tiene texto alternativo. Cite al menos una fuente." */
function problemsMessage(problems: TLessonProblem[]): string {
  return `No se puede publicar todavía. ${problems.map((p) => p.message).join(" ")}`;
}

/**
 * Publishes the working copy the person reviewed (`revision`): the snapshot citizens read,
 * with its audit entry and the announcement, in one transaction. BAD_REQUEST listing the
 * problems while there are any.
 */
export async function publishLesson(
  prisma: PrismaClient,
  actor: TActor,
  input: TPublishLessonInput,
): Promise<{ publishedAt: Date }> {
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const row = await tx.lesson.findUnique({ where: { slug: input.slug }, select: lessonSelect });
    if (!row) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MESSAGE);
    if (row.revision !== input.revision) throw new AppError("CONFLICT", STALE_LESSON_MESSAGE);
    const content = parseStoredContent(row.slug, row.content, "content");
    if (!content) {
      throw new AppError("BAD_REQUEST", "El contenido guardado de esta lección no es válido.");
    }
    const problems = checkLessonContent(content, await publishedReferences(tx));
    if (problems.length > 0) {
      throw new AppError("BAD_REQUEST", problemsMessage(problems), {
        fieldErrors: { content: problems.map((p) => p.message) },
      });
    }
    // Guarded by the revision, so a save that slipped in meanwhile is not published unseen.
    const { count } = await tx.lesson.updateMany({
      where: { id: row.id, revision: input.revision },
      data: {
        status: "PUBLISHED",
        published: storedContent(content),
        publishedRevision: row.revision,
        publishedAt: now,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_LESSON_MESSAGE);
    await writeLessonAudit(tx, actor, {
      action: "lesson.publish",
      entityType: "Lesson",
      entityId: row.id,
      slug: row.slug,
      before: row.status === "PUBLISHED" ? "Publicada (versión anterior)" : "Borrador",
      after: `Publicada: ${content.title}`,
      details: { revision: row.revision },
    });
    await announceLessons(tx, { slug: row.slug });
    return { publishedAt: now };
  });
}

/** Takes the lesson off the public site; the working copy stays for staff. */
export async function unpublishLesson(
  prisma: PrismaClient,
  actor: TActor,
  slug: string,
): Promise<{ slug: string }> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.lesson.findUnique({
      where: { slug },
      select: { id: true, slug: true, status: true, revision: true },
    });
    if (!row) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MESSAGE);
    if (row.status !== "PUBLISHED") return { slug: row.slug };
    await tx.lesson.update({
      where: { id: row.id },
      data: {
        status: "DRAFT",
        published: Prisma.DbNull,
        publishedRevision: null,
        publishedAt: null,
      },
    });
    await writeLessonAudit(tx, actor, {
      action: "lesson.unpublish",
      entityType: "Lesson",
      entityId: row.id,
      slug: row.slug,
      before: "Publicada",
      after: "Borrador",
      details: { revision: row.revision },
    });
    await announceLessons(tx, { slug: row.slug });
    return { slug: row.slug };
  });
}

/** Creates a module (no `slug`: one is made from the title) or edits one. */
export async function saveLessonModule(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveLessonModuleInput,
): Promise<{ slug: string }> {
  const data = { title: input.title, description: input.description, order: input.order };
  try {
    return await prisma.$transaction(async (tx) => {
      let id: string;
      let slug: string;
      let before: string | null = null;
      if (input.slug) {
        const old = await tx.lessonModule.findUnique({ where: { slug: input.slug } });
        if (!old) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MODULE_MESSAGE);
        before = `${old.title} (orden ${old.order})`;
        ({ id, slug } = await tx.lessonModule.update({ where: { id: old.id }, data }));
      } else {
        const fromTitle = slugify(input.title);
        if (!fromTitle) throw AppError.badRequest({ title: [MODULE_HAS_NO_SLUG_MESSAGE] });
        ({ id, slug } = await tx.lessonModule.create({ data: { ...data, slug: fromTitle } }));
      }
      await writeLessonAudit(tx, actor, {
        action: input.slug ? "lessonModule.update" : "lessonModule.create",
        entityType: "LessonModule",
        entityId: id,
        slug,
        before,
        after: `${input.title} (orden ${input.order})`,
      });
      // Module titles and order show on the public pages.
      await announceLessons(tx, { module: slug });
      return { slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.badRequest({ title: [TAKEN_MODULE_SLUG_MESSAGE] });
    throw error;
  }
}
