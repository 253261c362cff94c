import type { createCaller } from "@lab/api/root";
import type { PrismaClient } from "@lab/db/prisma";
import type { TLessonContentInput } from "@lab/domain/lesson";

/** A lesson content that passes every check: a ## heading, objectives, a source, a quiz. */
export function validLessonContent(overrides: Partial<TLessonContentInput> = {}) {
  return {
    title: "Lección de prueba",
    summary: "Una lección escrita por las pruebas.",
    body: "## Introducción\n\nUn párrafo de la lección.\n\n### Detalle\n\nOtro párrafo.\n",
    objectives: ["Reconocer qué es una lección de prueba."],
    level: "BASICO" as const,
    relatedIndicators: [],
    relatedDatasets: [],
    sources: [{ title: "Fuente de prueba", author: "Laboratorio", year: 2024, url: null }],
    lastReviewedAt: new Date("2026-12-01T00:00:00.000Z"),
    quiz: [
      {
        id: "p1",
        kind: "SINGLE" as const,
        prompt: "¿Cuál es la respuesta correcta?",
        options: [
          { id: "a", label: "Esta", correct: true, feedback: "Así es: esta es la correcta." },
          { id: "b", label: "Aquella", correct: false, feedback: "No: aquella no es." },
        ],
        explanation: "La explicación de la pregunta.",
      },
    ],
    ...overrides,
  } satisfies TLessonContentInput;
}

/**
 * A published lesson with `content`, created, saved and published through the staff's
 * procedures (`api`: a caller signed in as staff); its slug and revision. Saves and publishes
 * it again if it exists.
 */
export async function publishedLesson(
  prisma: PrismaClient,
  api: ReturnType<typeof createCaller>,
  slug: string,
  content: TLessonContentInput = validLessonContent(),
  moduleSlug = "innovacion-publica",
): Promise<{ slug: string; revision: number }> {
  const exists = await prisma.lesson.findUnique({ where: { slug } });
  if (!exists) await api.lessonAdmin.create({ moduleSlug, title: String(content.title), slug });
  const current = await api.lessonAdmin.bySlug({ slug });
  const { revision } = await api.lessonAdmin.update({
    slug,
    revision: current.revision,
    moduleSlug,
    order: current.order,
    content,
  });
  await api.lessonAdmin.publish({ slug, revision });
  return { slug, revision };
}
