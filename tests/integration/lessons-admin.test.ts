import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import { STALE_LESSON_MESSAGE } from "@lab/domain/lesson-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validLessonContent } from "./support/lessons";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { trpcRefusal as refusal } from "./support/trpc-refusal";
import { createSessionUser } from "./support/users";

// The staff's side of lessons (lessonAdmin.*): drafts, saves guarded by the revision,
// publishing refused while the check finds problems, unpublishing, modules, and the audit
// trail of every change.

let db: TTestDatabase;
let editor: TSessionUser;
let publisher: TSessionUser;
let admin: TSessionUser;
let counter = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  editor = await createSessionUser(db.prisma, "EDITOR");
  publisher = await createSessionUser(db.prisma, "PUBLISHER");
  admin = await createSessionUser(db.prisma, "ADMIN");
});

afterAll(async () => {
  await db?.drop();
});

const as = (session: TSessionUser | null) => createCaller({ session, prisma: db.prisma });
const staff = () => as(editor);
const citizen = () => as(null);

/** A new draft in "cultura-del-dato"; its slug. */
async function newDraft(title = "Lección de prueba"): Promise<string> {
  counter += 1;
  const slug = `leccion-de-prueba-${counter}`;
  await staff().lessonAdmin.create({ moduleSlug: "cultura-del-dato", title, slug });
  return slug;
}

/** Saves `content` over the lesson's working copy; the new revision and problems. */
async function save(slug: string, content = validLessonContent()) {
  const view = await staff().lessonAdmin.bySlug({ slug });
  return staff().lessonAdmin.update({
    slug,
    revision: view.revision,
    moduleSlug: view.moduleSlug,
    order: view.order,
    content,
  });
}

async function auditOf(slug: string) {
  const lesson = await db.prisma.lesson.findUniqueOrThrow({ where: { slug } });
  return db.prisma.auditEntry.findMany({
    where: { entityType: "Lesson", entityId: lesson.id },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, details: true },
  });
}

describe("lessonAdmin.create", () => {
  it("makes a draft at the end of its module, with a starter body and a slug from the title", async () => {
    const { slug } = await staff().lessonAdmin.create({
      moduleSlug: "cultura-del-dato",
      title: "¿Cómo se publica un dato?",
    });
    expect(slug).toBe("como-se-publica-un-dato");
    const view = await staff().lessonAdmin.bySlug({ slug });
    expect(view).toMatchObject({
      moduleSlug: "cultura-del-dato",
      status: "DRAFT",
      hasUnpublishedChanges: true,
      revision: 0,
      publishedAt: null,
      content: { title: "¿Cómo se publica un dato?", objectives: [], quiz: [] },
    });
    // Its body follows the rules; what is missing is the objectives and the sources.
    expect(view.problems.map((p) => p.code)).toEqual(["NO_OBJECTIVES", "NO_SOURCES"]);
    const list = await staff().lessonAdmin.list();
    const inModule = list.lessons.filter((l) => l.moduleSlug === "cultura-del-dato");
    expect(inModule.at(-1)).toMatchObject({ slug, status: "DRAFT", publishedAt: null });

    // The same title again gets the next free address.
    const again = await staff().lessonAdmin.create({
      moduleSlug: "cultura-del-dato",
      title: "¿Cómo se publica un dato?",
    });
    expect(again.slug).toBe("como-se-publica-un-dato-2");
  });

  it("refuses a taken address and an unknown module, in Spanish", async () => {
    const slug = await newDraft();
    expect(
      await refusal(
        staff().lessonAdmin.create({ moduleSlug: "cultura-del-dato", title: "X", slug }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { slug: ["Ya existe una lección con esa dirección web."] },
    });
    expect(
      await refusal(staff().lessonAdmin.create({ moduleSlug: "no-existe", title: "Otra" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { moduleSlug: ["No encontramos ese módulo de lecciones."] },
    });
    expect(
      await refusal(staff().lessonAdmin.create({ moduleSlug: "cultura-del-dato", title: "¿?" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { title: ["El título de la lección necesita al menos una letra o un número."] },
    });
  });
});

describe("lessonAdmin.update", () => {
  it("saves the working copy, bumps the revision and answers the problems", async () => {
    const slug = await newDraft();
    const saved = await save(
      slug,
      validLessonContent({ body: "## Uno\n\n![](/lecciones/imagenes/a.svg)\n" }),
    );
    expect(saved).toEqual({
      revision: 1,
      problems: [
        {
          code: "IMAGE_ALT",
          line: 3,
          message: "La imagen de la línea 3 no tiene texto alternativo.",
        },
      ],
    });
    const view = await staff().lessonAdmin.bySlug({ slug });
    expect(view.revision).toBe(1);
    expect(view.content.body).toBe("## Uno\n\n![](/lecciones/imagenes/a.svg)");
    expect(view.content.lastReviewedAt).toEqual(new Date("2026-12-01T00:00:00.000Z"));
    expect(view.status).toBe("DRAFT");
  });

  it("refuses a save from a stale revision (CONFLICT) and keeps the other person's", async () => {
    const slug = await newDraft();
    const loaded = await staff().lessonAdmin.bySlug({ slug });
    await as(publisher).lessonAdmin.update({
      slug,
      revision: loaded.revision,
      moduleSlug: loaded.moduleSlug,
      order: loaded.order,
      content: validLessonContent({ title: "Lo que guardó otra persona" }),
    });
    expect(
      await refusal(
        staff().lessonAdmin.update({
          slug,
          revision: loaded.revision,
          moduleSlug: loaded.moduleSlug,
          order: loaded.order,
          content: validLessonContent({ title: "Lo mío" }),
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: STALE_LESSON_MESSAGE });
    const view = await staff().lessonAdmin.bySlug({ slug });
    expect(view.content.title).toBe("Lo que guardó otra persona");
    expect(view.revision).toBe(loaded.revision + 1);
  });

  it("answers invalid content with BAD_REQUEST and Spanish messages per field", async () => {
    const slug = await newDraft();
    const { revision, moduleSlug, order } = await staff().lessonAdmin.bySlug({ slug });
    const bad = await refusal(
      staff().lessonAdmin.update({
        slug,
        revision,
        moduleSlug,
        order,
        content: validLessonContent({
          title: " ",
          quiz: [
            {
              id: "p1",
              kind: "SINGLE",
              prompt: "¿Cuál?",
              options: [
                { id: "a", label: "A", correct: true, feedback: "Sí." },
                { id: "b", label: "B", correct: true, feedback: "También." },
              ],
            },
          ],
        }),
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fieldErrors).toMatchObject({
      "content.title": ["Escriba el título."],
      "content.quiz.0.options": [
        "Una pregunta de una respuesta necesita exactamente una opción correcta.",
      ],
    });
    expect((await staff().lessonAdmin.bySlug({ slug })).revision).toBe(revision);
    expect(
      (
        await refusal(
          staff().lessonAdmin.update({
            slug,
            revision,
            moduleSlug,
            order: 0,
            content: validLessonContent(),
          }),
        )
      ).fieldErrors.order,
    ).toEqual(["El orden empieza en 1."]);
  });

  it("answers NOT_FOUND for an unknown lesson", async () => {
    expect(
      await refusal(
        staff().lessonAdmin.update({
          slug: "no-existe",
          revision: 0,
          moduleSlug: "cultura-del-dato",
          order: 1,
          content: validLessonContent(),
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "No encontramos esa lección." });
  });
});

describe("lessonAdmin.check", () => {
  it("finds the body's problems for the editor's preview", async () => {
    const problems = await staff().lessonAdmin.check({
      body: '# Título\n\n::indicador{slug="no-existe"}\n\n::indicador{slug="laboratorios-innovacion-publica-total"}',
    });
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ["HEADING_LEVEL", 1],
      ["UNKNOWN_REFERENCE", 3],
    ]);
  });
});

describe("lessonAdmin.publish and unpublish", () => {
  it("refuses to publish while there are problems, listing them", async () => {
    const slug = await newDraft();
    const { revision } = await save(
      slug,
      validLessonContent({
        body: "## Uno\n\nTexto.\n\n![](/lecciones/imagenes/a.svg)\n",
        sources: [],
      }),
    );
    const refused = await refusal(staff().lessonAdmin.publish({ slug, revision }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe(
      "No se puede publicar todavía. La imagen de la línea 5 no tiene texto alternativo. Cite al menos una fuente.",
    );
    expect(refused.fieldErrors.content).toHaveLength(2);
    const view = await staff().lessonAdmin.bySlug({ slug });
    expect(view.status).toBe("DRAFT");
    expect((await refusal(citizen().lessons.bySlug({ slug }))).code).toBe("NOT_FOUND");
  });

  it("publishes the revision staff reviewed; later saves wait for the next publication", async () => {
    const slug = await newDraft();
    const { revision } = await save(slug, validLessonContent({ title: "Primera versión" }));
    expect(
      await refusal(staff().lessonAdmin.publish({ slug, revision: revision - 1 })),
    ).toMatchObject({ code: "CONFLICT", message: STALE_LESSON_MESSAGE });

    const { publishedAt } = await as(publisher).lessonAdmin.publish({ slug, revision });
    expect(publishedAt).toBeInstanceOf(Date);
    expect(await staff().lessonAdmin.bySlug({ slug })).toMatchObject({
      status: "PUBLISHED",
      hasUnpublishedChanges: false,
      publishedAt,
    });
    expect((await citizen().lessons.bySlug({ slug })).title).toBe("Primera versión");

    await save(slug, validLessonContent({ title: "Segunda versión" }));
    const listed = (await staff().lessonAdmin.list()).lessons.find((l) => l.slug === slug);
    expect(listed).toMatchObject({
      title: "Segunda versión",
      status: "PUBLISHED",
      hasUnpublishedChanges: true,
    });
    expect((await citizen().lessons.bySlug({ slug })).title).toBe("Primera versión");
  });

  it("unpublishes: citizens no longer see it, staff keep the working copy", async () => {
    const slug = await newDraft();
    const { revision } = await save(slug, validLessonContent({ title: "Se retirará" }));
    await staff().lessonAdmin.publish({ slug, revision });
    await as(admin).lessonAdmin.unpublish({ slug });
    expect((await refusal(citizen().lessons.bySlug({ slug }))).code).toBe("NOT_FOUND");
    expect(await staff().lessonAdmin.bySlug({ slug })).toMatchObject({
      status: "DRAFT",
      publishedAt: null,
      content: { title: "Se retirará" },
    });
  });

  it("writes an audit entry for every change, with who and the revision", async () => {
    const slug = await newDraft("Auditada");
    const { revision } = await save(slug, validLessonContent({ title: "Auditada" }));
    await staff().lessonAdmin.publish({ slug, revision });
    await staff().lessonAdmin.unpublish({ slug });
    const entries = await auditOf(slug);
    expect(entries.map((e) => e.action)).toEqual([
      "lesson.create",
      "lesson.update",
      "lesson.publish",
      "lesson.unpublish",
    ]);
    expect(entries.every((e) => e.actorId === editor.id)).toBe(true);
    expect(entries[1]?.details).toMatchObject({
      lesson: slug,
      revision: 1,
      source: "app",
      after: expect.stringContaining("Contenido"),
    });
    expect(entries[2]?.details).toMatchObject({ lesson: slug, revision: 1 });

    // The trail shows them with Spanish labels, naming the lesson.
    const page = await as(admin).audit.list({ action: "lesson.publish" });
    const published = page.entries.find((e) => e.indicator === `Lección: ${slug}`);
    expect(published?.actionLabel).toBe("Publicó una lección");
  });
});

describe("lessonAdmin.saveModule", () => {
  it("creates and edits modules, audited, and lists them with their lessons", async () => {
    const { slug } = await staff().lessonAdmin.saveModule({
      title: "Datos para la participación",
      description: "Cómo usar los datos para participar.",
      order: 3,
    });
    expect(slug).toBe("datos-para-la-participacion");
    await staff().lessonAdmin.saveModule({
      slug,
      title: "Datos y participación",
      description: "Cómo usar los datos para participar.",
      order: 4,
    });
    const list = await staff().lessonAdmin.list();
    expect(list.modules.find((m) => m.slug === slug)).toEqual({
      slug,
      title: "Datos y participación",
      description: "Cómo usar los datos para participar.",
      order: 4,
      lessonCount: 0,
    });
    expect(list.modules.find((m) => m.slug === "innovacion-publica")?.lessonCount).toBe(2);
    const module = await db.prisma.lessonModule.findUniqueOrThrow({ where: { slug } });
    const entries = await db.prisma.auditEntry.findMany({
      where: { entityType: "LessonModule", entityId: module.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => e.action)).toEqual(["lessonModule.create", "lessonModule.update"]);

    expect(
      await refusal(
        staff().lessonAdmin.saveModule({ title: "Datos para la participación", order: 5 }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { title: ["Ya existe un módulo con esa dirección web."] },
    });
    expect(
      await refusal(staff().lessonAdmin.saveModule({ slug: "no-existe", title: "X", order: 1 })),
    ).toMatchObject({ code: "NOT_FOUND", message: "No encontramos ese módulo de lecciones." });
  });

  it("moves a lesson to another module when saved with it", async () => {
    const slug = await newDraft();
    const view = await staff().lessonAdmin.bySlug({ slug });
    await staff().lessonAdmin.update({
      slug,
      revision: view.revision,
      moduleSlug: "innovacion-publica",
      order: 9,
      content: view.content,
    });
    expect(await staff().lessonAdmin.bySlug({ slug })).toMatchObject({
      moduleSlug: "innovacion-publica",
      order: 9,
    });
  });
});
