import { z } from "zod";
import type { TLocale } from "./locale";
import { ZSlug } from "./slug";

// Data-culture lessons (issue #7). A lesson's editable content and its published snapshot have
// the same shape (ZLessonContent), so what staff publish is exactly what citizens read.

export const LESSON_LEVELS = ["BASICO", "INTERMEDIO"] as const;
export type TLessonLevel = (typeof LESSON_LEVELS)[number];
export const ZLessonLevel = z.enum(LESSON_LEVELS, { error: "Elija un nivel válido." });
export const LESSON_LEVEL_LABELS: Record<TLocale, Record<TLessonLevel, string>> = {
  es: { BASICO: "Básico", INTERMEDIO: "Intermedio" },
  en: { BASICO: "Basic", INTERMEDIO: "Intermediate" },
};

export const QUIZ_KINDS = ["SINGLE", "MULTIPLE", "FIND_VALUE"] as const;
export type TQuizKind = (typeof QUIZ_KINDS)[number];
export const QUIZ_KIND_LABELS: Record<TLocale, Record<TQuizKind, string>> = {
  es: {
    SINGLE: "Una respuesta",
    MULTIPLE: "Varias respuestas",
    FIND_VALUE: "Encuentre el valor",
  },
  en: { SINGLE: "Single choice", MULTIPLE: "Multiple choice", FIND_VALUE: "Find the value" },
};

export const LESSON_LIMITS = {
  title: 140,
  summary: 400,
  body: 60_000,
  objectives: 8,
  sources: 20,
  questions: 10,
  options: 6,
} as const;

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Escriba ${label}.`)
    .max(max, `Use como máximo ${max} caracteres en ${label}.`);

// Stable ids (generated when staff add a question or option) so that progress and answers
// still point at the same question after the lesson is edited.
const ZItemId = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, "Identificador de pregunta u opción no válido.");

export const ZQuizOption = z.object({
  id: ZItemId,
  label: text(300, "el texto de la opción"),
  correct: z.boolean(),
  feedback: text(600, "la retroalimentación de la opción"),
});
export type TQuizOption = z.infer<typeof ZQuizOption>;

/** Where a "find the value" question takes its answer from: live data of the platform. */
export const ZFindValueSource = z.discriminatedUnion("type", [
  // The indicator's latest published value (municipal total).
  z.object({ type: z.literal("indicator"), slug: ZSlug }),
  // The number of rows of the dataset's published version.
  z.object({ type: z.literal("dataset"), slug: ZSlug }),
]);
export type TFindValueSource = z.infer<typeof ZFindValueSource>;

const ZChoiceQuestion = z.object({
  id: ZItemId,
  kind: z.enum(["SINGLE", "MULTIPLE"]),
  prompt: text(500, "la pregunta"),
  options: z
    .array(ZQuizOption)
    .min(2, "Cada pregunta necesita al menos dos opciones.")
    .max(LESSON_LIMITS.options, `Use como máximo ${LESSON_LIMITS.options} opciones.`),
  explanation: z.string().trim().max(1000).default(""),
});

const ZFindValueQuestion = z.object({
  id: ZItemId,
  kind: z.literal("FIND_VALUE"),
  prompt: text(500, "la pregunta"),
  source: ZFindValueSource,
  /** Accepted absolute difference from the live value (0: exact). */
  tolerance: z.number().min(0).default(0),
  feedbackCorrect: text(600, "la retroalimentación de la respuesta correcta"),
  feedbackWrong: text(600, "la retroalimentación de la respuesta incorrecta"),
  explanation: z.string().trim().max(1000).default(""),
});

export const ZQuizQuestion = z
  .discriminatedUnion("kind", [ZChoiceQuestion, ZFindValueQuestion])
  .superRefine((q, ctx) => {
    if (q.kind === "FIND_VALUE") return;
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === "SINGLE" && correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Una pregunta de una respuesta necesita exactamente una opción correcta.",
      });
    }
    if (q.kind === "MULTIPLE" && correct < 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Marque al menos una opción correcta.",
      });
    }
  });
export type TQuizQuestion = z.infer<typeof ZQuizQuestion>;

export const ZLessonSource = z.object({
  title: text(300, "el título de la fuente"),
  author: z.string().trim().max(200).default(""),
  year: z.number().int().min(1900).max(2100).nullable().default(null),
  url: z
    .url({ protocol: /^https?$/, error: "Use un enlace http(s) válido." })
    .nullable()
    .default(null),
});
export type TLessonSource = z.infer<typeof ZLessonSource>;

/** What staff edit and what a publication freezes. */
export const ZLessonContent = z.object({
  title: text(LESSON_LIMITS.title, "el título"),
  summary: text(LESSON_LIMITS.summary, "el resumen"),
  body: text(LESSON_LIMITS.body, "el contenido"),
  objectives: z
    .array(text(300, "el objetivo"))
    .max(LESSON_LIMITS.objectives, `Use como máximo ${LESSON_LIMITS.objectives} objetivos.`),
  level: ZLessonLevel,
  relatedIndicators: z.array(ZSlug).max(20).default([]),
  relatedDatasets: z.array(ZSlug).max(20).default([]),
  sources: z.array(ZLessonSource).max(LESSON_LIMITS.sources).default([]),
  lastReviewedAt: z.coerce.date(),
  quiz: z
    .array(ZQuizQuestion)
    .max(LESSON_LIMITS.questions, `Use como máximo ${LESSON_LIMITS.questions} preguntas.`)
    .default([]),
});
export type TLessonContent = z.infer<typeof ZLessonContent>;
export type TLessonContentInput = z.input<typeof ZLessonContent>;

// ---------------------------------------------------------------------------------------------
// What citizens receive: the quiz without its answers (they are checked on the server, so a
// printed page or the page source never gives them away).

export type TQuizQuestionPublic =
  | {
      id: string;
      kind: "SINGLE" | "MULTIPLE";
      prompt: string;
      options: { id: string; label: string }[];
    }
  | { id: string; kind: "FIND_VALUE"; prompt: string; source: TFindValueSource };

export function publicQuiz(quiz: readonly TQuizQuestion[]): TQuizQuestionPublic[] {
  return quiz.map((q) =>
    q.kind === "FIND_VALUE"
      ? { id: q.id, kind: q.kind, prompt: q.prompt, source: q.source }
      : {
          id: q.id,
          kind: q.kind,
          prompt: q.prompt,
          options: q.options.map((o) => ({ id: o.id, label: o.label })),
        },
  );
}

export type TLessonSummary = {
  slug: string;
  title: string;
  summary: string;
  level: TLessonLevel;
  readingMinutes: number;
  order: number;
  questionCount: number;
};

export type TLessonModuleView = {
  slug: string;
  title: string;
  description: string;
  order: number;
  lessons: TLessonSummary[];
};

export type TLessonView = Omit<TLessonContent, "quiz"> & {
  slug: string;
  order: number;
  readingMinutes: number;
  publishedAt: Date;
  module: { slug: string; title: string };
  quiz: TQuizQuestionPublic[];
  previous: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
};

// ---------------------------------------------------------------------------------------------
// Answers.

export const ZQuizAnswer = z.object({
  lessonSlug: ZSlug,
  questionId: ZItemId,
  optionIds: z.array(ZItemId).max(LESSON_LIMITS.options).default([]),
  /** For FIND_VALUE: what the reader typed (es-CO or plain number). */
  value: z.string().trim().max(40).default(""),
});
export type TQuizAnswer = z.infer<typeof ZQuizAnswer>;

export type TQuizResult = {
  questionId: string;
  correct: boolean;
  /** Feedback for each option the reader chose, and for the correct ones they missed. */
  options: { id: string; chosen: boolean; correct: boolean; feedback: string }[];
  /** FIND_VALUE: the feedback and the live value, with where it comes from. */
  message: string;
  expectedValue: number | null;
  explanation: string;
};

/** Reads a number as people type it in Colombia: "1.234,5", "1234,5", "1234.5", "76". */
export function parseTypedNumber(raw: string): number | null {
  const s = raw.replace(/\s/g, "");
  if (!/^[+-]?[\d.,]+$/.test(s)) return null;
  let normalised = s;
  if (s.includes(",")) normalised = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) normalised = s.replace(/\./g, "");
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/**
 * Checks one answer. `liveValue` is the current value behind a FIND_VALUE question (null when
 * the indicator or dataset is no longer published: the answer cannot be checked then).
 */
export function checkQuizAnswer(
  question: TQuizQuestion,
  answer: Pick<TQuizAnswer, "optionIds" | "value">,
  liveValue: number | null,
): TQuizResult {
  if (question.kind === "FIND_VALUE") {
    const typed = parseTypedNumber(answer.value);
    const correct =
      liveValue !== null && typed !== null && Math.abs(typed - liveValue) <= question.tolerance;
    return {
      questionId: question.id,
      correct,
      options: [],
      message:
        liveValue === null
          ? "Este dato ya no está publicado, así que no podemos comprobar la respuesta."
          : correct
            ? question.feedbackCorrect
            : question.feedbackWrong,
      expectedValue: correct ? liveValue : null,
      explanation: question.explanation,
    };
  }
  const chosen = new Set(answer.optionIds);
  const correct = question.options.every((o) => o.correct === chosen.has(o.id));
  return {
    questionId: question.id,
    correct,
    options: question.options
      .filter((o) => chosen.has(o.id) || (correct && o.correct))
      .map((o) => ({
        id: o.id,
        chosen: chosen.has(o.id),
        correct: o.correct,
        feedback: o.feedback,
      })),
    message: correct ? "¡Correcto!" : "Todavía no. Lea la retroalimentación e inténtelo de nuevo.",
    expectedValue: null,
    explanation: correct ? question.explanation : "",
  };
}

// ---------------------------------------------------------------------------------------------
// Reading time: Spanish prose read on a screen, about 200 words a minute, never under 1 minute.

const WORDS_PER_MINUTE = 200;

export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#>*_`|:[\]{}=-]/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

// ---------------------------------------------------------------------------------------------
// Progress: the same record in the browser (anonymous readers) and on the server (accounts).

export const ZLessonProgress = z.object({
  lessonSlug: ZSlug,
  /** The reader reached the end of the lesson (or marked it read). */
  completed: z.boolean(),
  /** Question id → whether the reader's last answer was right. */
  answers: z.record(ZItemId, z.boolean()),
  updatedAt: z.coerce.date(),
});
export type TLessonProgress = z.infer<typeof ZLessonProgress>;
// The merge and score rules are in ./lesson-progress (no zod: the public pages load them).
export { lessonScore, mergeLessonProgress } from "./lesson-progress";

// ---------------------------------------------------------------------------------------------
// What keeps a lesson from being published (found by the api's Markdown check; shown to staff in
// the editor next to the line concerned).

export const LESSON_PROBLEM_CODES = [
  "IMAGE_ALT", // an image without alternative text
  "IMAGE_SOURCE", // an image not committed to the site (/lecciones/…) nor https
  "HEADING_LEVEL", // a level-1 heading (the page's title is the only h1) or a skipped level
  "RAW_HTML", // HTML written in the Markdown: it is dropped when rendered
  "UNKNOWN_DIRECTIVE", // a ::directive the renderer does not know, or one without slug
  "UNKNOWN_REFERENCE", // ::indicador / ::datos naming nothing published
  "NO_OBJECTIVES",
  "NO_SOURCES",
] as const;
export type TLessonProblemCode = (typeof LESSON_PROBLEM_CODES)[number];
export type TLessonProblem = {
  code: TLessonProblemCode;
  message: string;
  /** 1-based line of the body, when the problem is in the body. */
  line: number | null;
};
