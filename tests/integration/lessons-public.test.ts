import { createPublicCache, type TPublicCache } from "@lab/api/public-cache";
import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { createBus, type TBus } from "@lab/db/bus";
import { seed } from "@lab/db/seed";
import { SEED_LESSON_MODULES, SEED_LESSONS } from "@lab/db/seed/lesson-content/index";
import type { TLessonContentInput } from "@lab/domain/lesson";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishedLesson, validLessonContent } from "./support/lessons";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// Lessons as citizens read them (lessons.list, lessons.bySlug, lessons.checkAnswer): only
// published snapshots, quizzes without their answers, "find the value" questions checked
// against the platform's live data, and the seeded lessons. Citizens read through a public
// cache on the change bus, as the web app does. The tests share one seeded database and run
// in order.

let db: TTestDatabase;
let admin: TSessionUser;
let bus: TBus;
let cache: TPublicCache;
let counter = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  // With the datasets: the seeded lessons show them live.
  await seed(db.prisma, { demoAccounts: false, database: db.config });
  admin = await createSessionUser(db.prisma, "ADMIN");
  bus = createBus(db.config, { reconnectMs: [50, 200] });
  cache = createPublicCache(bus);
  await vi.waitFor(() => {
    if (!cache.active) throw new Error("the cache is not listening yet");
  });
});

afterAll(async () => {
  await cache?.close();
  await bus?.close();
  await db?.drop();
});

/** Citizens and staff call through this instance's public cache, as in the web app. */
const citizen = () => createCaller({ session: null, prisma: db.prisma, cache });
const staff = () => createCaller({ session: admin, prisma: db.prisma, cache });

function newSlug(): string {
  counter += 1;
  return `leccion-publica-de-prueba-${counter}`;
}

/** A lesson published with `content` (a fresh slug); its slug. */
async function publish(content: TLessonContentInput = validLessonContent()): Promise<string> {
  return (await publishedLesson(db.prisma, staff(), newSlug(), content)).slug;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const trpc = error as TRPCError;
  const issues = (trpc.cause as { issues?: { message: string }[] } | undefined)?.issues ?? [];
  return { code: trpc.code, message: trpc.message, issues: issues.map((i) => i.message) };
}

describe("the seeded lessons", () => {
  it("are the five lessons of the two modules, in reading order, all published", async () => {
    const { modules } = await citizen().lessons.list();
    expect(modules.map((m) => [m.slug, m.lessons.map((l) => l.slug)])).toEqual([
      [
        "innovacion-publica",
        ["que-es-la-innovacion-publica", "laboratorios-de-innovacion-publica"],
      ],
      [
        "cultura-del-dato",
        ["que-es-un-dato-abierto", "como-leer-un-indicador", "como-usar-un-conjunto-de-datos"],
      ],
    ]);
  });

  it("parse and have no problem that would keep them from being published", async () => {
    for (const lesson of SEED_LESSONS) {
      const view = await staff().lessonAdmin.bySlug({ slug: lesson.slug });
      expect(view.problems, lesson.slug).toEqual([]);
      expect(view.status, lesson.slug).toBe("PUBLISHED");
      expect(view.hasUnpublishedChanges, lesson.slug).toBe(false);
      const page = await citizen().lessons.bySlug({ slug: lesson.slug });
      expect(page.title).toBe(lesson.content.title);
      expect(page.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(SEED_LESSON_MODULES.map((m) => m.slug)).toContain(page.module.slug);
    }
  });

  it("are not written over by a second seed once staff edited them", async () => {
    const [first] = SEED_LESSONS;
    if (!first) throw new Error("no seeded lesson");
    const view = await staff().lessonAdmin.bySlug({ slug: first.slug });
    const edited = { ...view.content, summary: "Un resumen que escribió el equipo." };
    await staff().lessonAdmin.update({
      slug: first.slug,
      revision: view.revision,
      moduleSlug: view.moduleSlug,
      order: view.order,
      content: edited,
    });
    await seed(db.prisma, { demoAccounts: false });
    const after = await staff().lessonAdmin.bySlug({ slug: first.slug });
    expect(after.content.summary).toBe("Un resumen que escribió el equipo.");
    // Saving never publishes: citizens still read the seeded text.
    expect((await citizen().lessons.bySlug({ slug: first.slug })).summary).toBe(
      first.content.summary,
    );
  });
});

describe("lessons.list and lessons.bySlug", () => {
  it("show published lessons only", async () => {
    const slug = newSlug();
    await staff().lessonAdmin.create({
      moduleSlug: "cultura-del-dato",
      title: "Un borrador",
      slug,
    });
    const listed = async () =>
      (await citizen().lessons.list()).modules.flatMap((m) => m.lessons.map((l) => l.slug));
    expect(await listed()).not.toContain(slug);
    expect(await refusal(citizen().lessons.bySlug({ slug }))).toMatchObject({
      code: "NOT_FOUND",
      message: "No encontramos esa lección.",
    });

    const view = await staff().lessonAdmin.bySlug({ slug });
    const { revision } = await staff().lessonAdmin.update({
      slug,
      revision: view.revision,
      moduleSlug: "cultura-del-dato",
      order: view.order,
      content: validLessonContent({ title: "Ya publicada" }),
    });
    await staff().lessonAdmin.publish({ slug, revision });
    // This instance forgot its cached list at once.
    expect(await listed()).toContain(slug);
    expect((await citizen().lessons.bySlug({ slug })).title).toBe("Ya publicada");

    await staff().lessonAdmin.unpublish({ slug });
    expect(await listed()).not.toContain(slug);
    expect((await refusal(citizen().lessons.bySlug({ slug }))).code).toBe("NOT_FOUND");
  });

  it("omit modules without a published lesson", async () => {
    await staff().lessonAdmin.saveModule({ title: "Módulo vacío", description: "", order: 50 });
    const { modules } = await citizen().lessons.list();
    expect(modules.map((m) => m.slug)).not.toContain("modulo-vacio");
  });

  it("never send the quiz's answers, feedback or explanations", async () => {
    const slug = await publish();
    const page = await citizen().lessons.bySlug({ slug });
    expect(page.quiz).toEqual([
      {
        id: "p1",
        kind: "SINGLE",
        prompt: "¿Cuál es la respuesta correcta?",
        options: [
          { id: "a", label: "Esta" },
          { id: "b", label: "Aquella" },
        ],
      },
    ]);
    const text = JSON.stringify(page);
    expect(text).not.toMatch(/"(correct|feedback|explanation|tolerance)"/);
    expect(text).not.toContain("Así es: esta es la correcta.");
    expect(text).not.toContain("La explicación de la pregunta.");
    const summary = (await citizen().lessons.list()).modules
      .flatMap((m) => m.lessons)
      .find((l) => l.slug === slug);
    expect(summary?.questionCount).toBe(1);
  });

  it("link each lesson to the previous and next one across modules", async () => {
    const { modules } = await citizen().lessons.list();
    const order = modules.flatMap((m) => m.lessons.map((l) => l.slug));
    for (const [i, slug] of order.entries()) {
      const page = await citizen().lessons.bySlug({ slug });
      expect(page.previous?.slug ?? null, slug).toBe(order[i - 1] ?? null);
      expect(page.next?.slug ?? null, slug).toBe(order[i + 1] ?? null);
    }
  });

  it("leave out a lesson whose stored snapshot no longer parses, and log it", async () => {
    const slug = await publish(validLessonContent({ title: "Se dañará" }));
    await db.prisma.lesson.update({ where: { slug }, data: { published: { title: 7 } } });
    cache.invalidate("lessons");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { modules } = await citizen().lessons.list();
      expect(modules.flatMap((m) => m.lessons.map((l) => l.slug))).not.toContain(slug);
      expect((await refusal(citizen().lessons.bySlug({ slug }))).code).toBe("NOT_FOUND");
      expect(logged).toHaveBeenCalledWith(
        expect.stringContaining(`Lesson ${slug}`),
        expect.anything(),
      );
    } finally {
      logged.mockRestore();
      await staff().lessonAdmin.unpublish({ slug });
    }
  });

  it("answer bad input with BAD_REQUEST and a Spanish message", async () => {
    const bad = await refusal(citizen().lessons.bySlug({ slug: "No Vale" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.issues.join(" ")).toMatch(/letras minúsculas/);
  });
});

describe("lessons.checkAnswer", () => {
  it("gives each chosen option's feedback, and the explanation once right", async () => {
    const slug = await publish();
    const wrong = await citizen().lessons.checkAnswer({
      lessonSlug: slug,
      questionId: "p1",
      optionIds: ["b"],
    });
    expect(wrong).toMatchObject({
      correct: false,
      options: [{ id: "b", chosen: true, correct: false, feedback: "No: aquella no es." }],
      explanation: "",
    });
    const right = await citizen().lessons.checkAnswer({
      lessonSlug: slug,
      questionId: "p1",
      optionIds: ["a"],
    });
    expect(right).toMatchObject({
      correct: true,
      message: "¡Correcto!",
      explanation: "La explicación de la pregunta.",
    });
  });

  it("wants every right option of a multiple choice", async () => {
    const slug = await publish(
      validLessonContent({
        quiz: [
          {
            id: "varias",
            kind: "MULTIPLE",
            prompt: "¿Qué promueven los laboratorios?",
            options: [
              { id: "t", label: "Transparencia", correct: true, feedback: "Sí, transparencia." },
              { id: "p", label: "Participación", correct: true, feedback: "Sí, participación." },
              { id: "s", label: "Secreto", correct: false, feedback: "No: lo contrario." },
            ],
          },
        ],
      }),
    );
    const answer = (optionIds: string[]) =>
      citizen().lessons.checkAnswer({ lessonSlug: slug, questionId: "varias", optionIds });
    expect((await answer(["t"])).correct).toBe(false);
    expect((await answer(["t", "p", "s"])).correct).toBe(false);
    const right = await answer(["p", "t"]);
    expect(right.correct).toBe(true);
    expect(right.options.map((o) => o.feedback)).toEqual([
      "Sí, transparencia.",
      "Sí, participación.",
    ]);
  });

  it("checks a found value against the indicator's latest published municipal value", async () => {
    const indicatorSlug = "laboratorios-innovacion-publica-total";
    const slug = await publish(
      validLessonContent({
        relatedIndicators: [indicatorSlug],
        quiz: [
          {
            id: "valor",
            kind: "FIND_VALUE",
            prompt: "¿Cuántos laboratorios registra el tablero?",
            source: { type: "indicator", slug: indicatorSlug },
            tolerance: 0,
            feedbackCorrect: "¡Lo encontró en el tablero!",
            feedbackWrong: "Mire el último valor del indicador.",
          },
        ],
      }),
    );
    const answer = (value: string) =>
      citizen().lessons.checkAnswer({ lessonSlug: slug, questionId: "valor", value });
    expect(await answer("76")).toMatchObject({
      correct: true,
      message: "¡Lo encontró en el tablero!",
      expectedValue: 76,
    });
    expect(await answer("75")).toMatchObject({
      correct: false,
      message: "Mire el último valor del indicador.",
      expectedValue: null,
    });

    // A newer value is recorded and published: the answer follows the data.
    await staff().indicators.recordObservation({ indicatorSlug, period: "2025", value: 81 });
    const { revision } = await staff().indicators.workspace({ slug: indicatorSlug });
    await staff().indicators.publish({ indicatorSlug, revision });
    expect((await answer("76")).correct).toBe(false);
    expect(await answer("81")).toMatchObject({ correct: true, expectedValue: 81 });
  });

  it("checks a found value against the row count of the dataset's published version", async () => {
    const datasetSlug = "conjunto-de-la-leccion";
    await staff().datasets.create({
      slug: datasetSlug,
      title: "Conjunto de la lección",
      description: "Un conjunto de datos para la pregunta de la lección.",
      theme: "gobierno-y-participacion",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: "MONTHLY",
    });
    const newVersion = async (rowCount: number) => {
      const dataset = await db.prisma.dataset.findUniqueOrThrow({ where: { slug: datasetSlug } });
      const count = await db.prisma.datasetVersion.count({ where: { datasetId: dataset.id } });
      // As the loader leaves a version (READY, with its dictionary); publishing reads no rows.
      const version = await db.prisma.datasetVersion.create({
        data: {
          datasetId: dataset.id,
          number: count + 1,
          status: "READY",
          fileName: "actividades.csv",
          sourceFormat: "csv",
          rowCount,
          tableName: `v_leccion_${count + 1}_${process.pid}`,
          columns: {
            create: [{ position: 0, name: "Actividad", field: "actividad", type: "text" }],
          },
        },
      });
      await staff().datasets.publishVersion({ slug: datasetSlug, number: version.number });
    };
    await newVersion(12);
    const slug = await publish(
      validLessonContent({
        relatedDatasets: [datasetSlug],
        quiz: [
          {
            id: "filas",
            kind: "FIND_VALUE",
            prompt: "¿Cuántas filas tiene el conjunto de datos?",
            source: { type: "dataset", slug: datasetSlug },
            tolerance: 0,
            feedbackCorrect: "Exacto.",
            feedbackWrong: "Cuente las filas de la versión publicada.",
          },
        ],
      }),
    );
    const answer = (value: string) =>
      citizen().lessons.checkAnswer({ lessonSlug: slug, questionId: "filas", value });
    expect(await answer("12")).toMatchObject({ correct: true, expectedValue: 12 });

    await newVersion(1500);
    expect((await answer("12")).correct).toBe(false);
    expect(await answer("1.500")).toMatchObject({ correct: true, expectedValue: 1500 });

    // Taken off the catalog: the answer cannot be checked any more.
    await staff().datasets.unpublish({ slug: datasetSlug });
    expect(await answer("1500")).toMatchObject({
      correct: false,
      expectedValue: null,
      message: "Este dato ya no está publicado, así que no podemos comprobar la respuesta.",
    });
  });

  it("refuses answers to unpublished lessons and unknown questions", async () => {
    const slug = await publish();
    expect(
      await refusal(
        citizen().lessons.checkAnswer({ lessonSlug: slug, questionId: "otra", optionIds: ["a"] }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "No encontramos esa pregunta en la lección." });
    await staff().lessonAdmin.unpublish({ slug });
    expect(
      await refusal(
        citizen().lessons.checkAnswer({ lessonSlug: slug, questionId: "p1", optionIds: ["a"] }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "No encontramos esa lección." });
    const bad = await refusal(
      citizen().lessons.checkAnswer({ lessonSlug: slug, questionId: "P 1", value: "x".repeat(50) }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.issues).toContain("Identificador de pregunta u opción no válido.");
  });
});

describe("a lesson whose indicator is taken off the site", () => {
  it("still renders, listing the reference so the page can show a note instead", async () => {
    const indicatorSlug = "laboratorios-innovacion-publica-america";
    const slug = await publish(
      validLessonContent({
        body: `## El contexto\n\n::indicador{slug="${indicatorSlug}"}\n`,
        relatedIndicators: [indicatorSlug],
        quiz: [
          {
            id: "america",
            kind: "FIND_VALUE",
            prompt: "¿Cuántos laboratorios hay en América?",
            source: { type: "indicator", slug: indicatorSlug },
            tolerance: 0,
            feedbackCorrect: "Correcto.",
            feedbackWrong: "Revise el indicador.",
          },
        ],
      }),
    );
    await db.prisma.indicator.update({ where: { slug: indicatorSlug }, data: { status: "DRAFT" } });
    try {
      cache.invalidate("lessons");
      const page = await citizen().lessons.bySlug({ slug });
      expect(page.body).toContain(`::indicador{slug="${indicatorSlug}"}`);
      expect(page.relatedIndicators).toEqual([indicatorSlug]);
      const result = await citizen().lessons.checkAnswer({
        lessonSlug: slug,
        questionId: "america",
        value: "36",
      });
      expect(result).toMatchObject({ correct: false, expectedValue: null });
      // Staff see why it could not be published again as it is.
      const { problems } = await staff().lessonAdmin.bySlug({ slug });
      expect(problems.map((p) => [p.code, p.line])).toEqual([
        ["UNKNOWN_REFERENCE", 3],
        ["UNKNOWN_REFERENCE", null],
        ["UNKNOWN_REFERENCE", null],
      ]);
    } finally {
      await db.prisma.indicator.update({
        where: { slug: indicatorSlug },
        data: { status: "PUBLISHED" },
      });
    }
  });
});
