import { z } from "zod";
import {
  LESSON_LEVELS,
  LESSON_PROBLEM_CODES,
  type TLessonContent,
  type TLessonProblem,
  ZLessonContent,
  ZLessonProgress,
} from "./lesson";
import { ZSlug } from "./slug";

// Lessons as staff edit them (inputs of the lessonAdmin procedures, what they answer, audit
// labels) and the inputs of the signed-in reader's progress.

export const UNKNOWN_LESSON_MESSAGE = "No encontramos esa lección.";
export const UNKNOWN_LESSON_MODULE_MESSAGE = "No encontramos ese módulo de lecciones.";
export const UNKNOWN_QUESTION_MESSAGE = "No encontramos esa pregunta en la lección.";
export const STALE_LESSON_MESSAGE =
  "Otra persona guardó esta lección mientras usted la editaba. Recargue la página para ver sus cambios antes de guardar de nuevo.";
export const TAKEN_LESSON_SLUG_MESSAGE = "Ya existe una lección con esa dirección web.";
export const TAKEN_MODULE_SLUG_MESSAGE = "Ya existe un módulo con esa dirección web.";
export const MODULE_HAS_NO_SLUG_MESSAGE =
  "El nombre del módulo necesita al menos una letra o un número.";
export const LESSON_HAS_NO_SLUG_MESSAGE =
  "El título de la lección necesita al menos una letra o un número.";

const ZOrder = z
  .number({ error: "Escriba el orden como un número entero." })
  .int("Escriba el orden como un número entero.")
  .min(1, "El orden empieza en 1.")
  .max(999, "Use un orden menor que 1000.");

const ZRevision = z.number().int().min(0);

export const ZLessonSlugInput = z.object({ slug: ZSlug });

export const ZCreateLessonInput = z.object({
  moduleSlug: ZSlug,
  title: z
    .string()
    .trim()
    .min(1, "Escriba el título.")
    .max(140, "Use como máximo 140 caracteres en el título."),
  slug: ZSlug.optional(),
});
export type TCreateLessonInput = z.infer<typeof ZCreateLessonInput>;

export const ZUpdateLessonInput = z.object({
  slug: ZSlug,
  revision: ZRevision,
  moduleSlug: ZSlug,
  order: ZOrder,
  content: ZLessonContent,
});
export type TUpdateLessonInput = z.infer<typeof ZUpdateLessonInput>;

export const ZPublishLessonInput = z.object({ slug: ZSlug, revision: ZRevision });
export type TPublishLessonInput = z.infer<typeof ZPublishLessonInput>;

export const ZCheckLessonBodyInput = z.object({
  body: z.string().max(60_000, "Use como máximo 60000 caracteres en el contenido."),
});

export const ZSaveLessonModuleInput = z.object({
  slug: ZSlug.optional(),
  title: z
    .string()
    .trim()
    .min(1, "Escriba el nombre del módulo.")
    .max(140, "Use como máximo 140 caracteres en el nombre del módulo."),
  description: z
    .string()
    .trim()
    .max(600, "Use como máximo 600 caracteres en la descripción.")
    .default(""),
  order: ZOrder,
});
export type TSaveLessonModuleInput = z.infer<typeof ZSaveLessonModuleInput>;

/** What a signed-in reader sends: their browser's progress (merged with the server's). */
export const ZSaveProgressInput = z.object({
  progress: z.array(ZLessonProgress).max(200, "Demasiadas lecciones en una sola solicitud."),
});

// ---------------------------------------------------------------------------------------------
// What the staff procedures answer.

export const ZLessonProblem = z.object({
  code: z.enum(LESSON_PROBLEM_CODES),
  message: z.string(),
  line: z.number().int().nullable(),
}) satisfies z.ZodType<TLessonProblem>;

export type TLessonAdminList = {
  modules: {
    slug: string;
    title: string;
    description: string;
    order: number;
    lessonCount: number;
  }[];
  lessons: {
    slug: string;
    title: string;
    moduleSlug: string;
    order: number;
    status: "DRAFT" | "PUBLISHED";
    hasUnpublishedChanges: boolean;
    updatedAt: Date;
    publishedAt: Date | null;
  }[];
};

export type TLessonAdminView = {
  slug: string;
  moduleSlug: string;
  order: number;
  content: TLessonContent;
  status: "DRAFT" | "PUBLISHED";
  hasUnpublishedChanges: boolean;
  revision: number;
  publishedAt: Date | null;
  problems: TLessonProblem[];
};

/** A new lesson's working copy: a body that already follows the rules, to be written over. */
export function starterLessonContent(title: string, today: Date): TLessonContent {
  return {
    title,
    summary: "Escriba aquí, en una o dos frases, de qué trata la lección.",
    body: "## Introducción\n\nEscriba aquí el contenido de la lección.\n",
    objectives: [],
    level: LESSON_LEVELS[0],
    relatedIndicators: [],
    relatedDatasets: [],
    sources: [],
    lastReviewedAt: today,
    quiz: [],
  };
}

export const LESSON_AUDIT_ACTION_LABELS_ES: Record<string, string> = {
  "lesson.create": "Creó una lección (borrador)",
  "lesson.update": "Editó una lección (borrador)",
  "lesson.publish": "Publicó una lección",
  "lesson.unpublish": "Retiró una lección del sitio público",
  "lessonModule.create": "Creó un módulo de lecciones",
  "lessonModule.update": "Editó un módulo de lecciones",
};
