import type { TLessonContent, TLessonLevel, TQuizKind } from "@lab/domain/lesson";

// The editor's form state: every field as the person typed it (numbers and dates as text, a
// question keeps the fields of every kind so switching kinds loses nothing), and the
// conversion to the update's input, where zod, not the form, decides what is wrong.

export type TOptionValues = { id: string; label: string; correct: boolean; feedback: string };

export type TQuestionValues = {
  id: string;
  kind: TQuizKind;
  prompt: string;
  explanation: string;
  options: TOptionValues[];
  sourceType: "indicator" | "dataset";
  sourceSlug: string;
  tolerance: string;
  feedbackCorrect: string;
  feedbackWrong: string;
};

export type TSourceValues = { title: string; author: string; year: string; url: string };

export type TLessonValues = {
  moduleSlug: string;
  order: string;
  title: string;
  summary: string;
  body: string;
  level: TLessonLevel;
  objectives: string[];
  relatedIndicators: string[];
  relatedDatasets: string[];
  sources: TSourceValues[];
  /** AAAA-MM-DD, as a date input gives it. */
  lastReviewedAt: string;
  quiz: TQuestionValues[];
};

/** The day of a date as AAAA-MM-DD (dates are stored at midnight UTC). */
export function dayOf(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

export function valuesFromLesson(lesson: {
  moduleSlug: string;
  order: number;
  content: TLessonContent;
}): TLessonValues {
  const c = lesson.content;
  return {
    moduleSlug: lesson.moduleSlug,
    order: String(lesson.order),
    title: c.title,
    summary: c.summary,
    body: c.body,
    level: c.level,
    objectives: [...c.objectives],
    relatedIndicators: [...c.relatedIndicators],
    relatedDatasets: [...c.relatedDatasets],
    sources: c.sources.map((s) => ({
      title: s.title,
      author: s.author,
      year: s.year === null ? "" : String(s.year),
      url: s.url ?? "",
    })),
    lastReviewedAt: dayOf(c.lastReviewedAt),
    quiz: c.quiz.map((q) =>
      q.kind === "FIND_VALUE"
        ? {
            ...blankQuestion(q.id, "FIND_VALUE"),
            prompt: q.prompt,
            explanation: q.explanation,
            sourceType: q.source.type,
            sourceSlug: q.source.slug,
            tolerance: String(q.tolerance),
            feedbackCorrect: q.feedbackCorrect,
            feedbackWrong: q.feedbackWrong,
          }
        : {
            ...blankQuestion(q.id, q.kind),
            prompt: q.prompt,
            explanation: q.explanation,
            options: q.options.map((o) => ({ ...o })),
          },
    ),
  };
}

/** "" → null; a number; or the text itself, for the schema to refuse with its message. */
export function numberOrText(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed.replace(",", "."));
  return Number.isFinite(n) ? n : trimmed;
}

function questionInput(q: TQuestionValues) {
  if (q.kind === "FIND_VALUE") {
    return {
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      explanation: q.explanation,
      source: { type: q.sourceType, slug: q.sourceSlug },
      tolerance: numberOrText(q.tolerance) ?? 0,
      feedbackCorrect: q.feedbackCorrect,
      feedbackWrong: q.feedbackWrong,
    };
  }
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    explanation: q.explanation,
    options: q.options.map((o) => ({ ...o })),
  };
}

/** The lesson's content as the update expects it (ZLessonContent's input). */
export function contentInput(values: TLessonValues) {
  return {
    title: values.title,
    summary: values.summary,
    body: values.body,
    level: values.level,
    // Empty rows are sent as they are: their message shows beside them (filtering them out
    // would shift the indexes the messages are keyed by).
    objectives: values.objectives,
    relatedIndicators: values.relatedIndicators,
    relatedDatasets: values.relatedDatasets,
    sources: values.sources.map((s) => ({
      title: s.title,
      author: s.author,
      year: numberOrText(s.year),
      url: s.url.trim() === "" ? null : s.url.trim(),
    })),
    lastReviewedAt: values.lastReviewedAt,
    quiz: values.quiz.map(questionInput),
  };
}

/** What `lessonAdmin.update` receives. */
export function updateInput(slug: string, revision: number, values: TLessonValues) {
  return {
    slug,
    revision,
    moduleSlug: values.moduleSlug,
    order: numberOrText(values.order) ?? "",
    content: contentInput(values),
  };
}

// ---------------------------------------------------------------------------------------------
// Ids of questions and options: short kebab-case, made once when staff add the item and never
// changed afterwards, so a reader's progress keeps pointing at the same question. Random rather
// than numbered, so a removed question's id is not given to the next one.

const ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

export function newQuestionId(taken: readonly string[], random: () => number = Math.random) {
  for (;;) {
    let suffix = "";
    for (let i = 0; i < 4; i++) suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    const id = `p-${suffix}`;
    if (!taken.includes(id)) return id;
  }
}

/** The first free letter ("a", "b"…) among the question's options. */
export function newOptionId(taken: readonly string[]): string {
  for (const letter of "abcdefghijklmnopqrstuvwxyz") if (!taken.includes(letter)) return letter;
  return newQuestionId(taken).replace(/^p-/, "o-");
}

export function blankOption(taken: readonly string[], correct = false): TOptionValues {
  return { id: newOptionId(taken), label: "", correct, feedback: "" };
}

export function blankQuestion(id: string, kind: TQuizKind = "SINGLE"): TQuestionValues {
  return {
    id,
    kind,
    prompt: "",
    explanation: "",
    options: [],
    sourceType: "indicator",
    sourceSlug: "",
    tolerance: "0",
    feedbackCorrect: "",
    feedbackWrong: "",
  };
}

/** A new choice question with two empty options (the least a choice question needs). */
export function newQuestion(takenIds: readonly string[]): TQuestionValues {
  const first = blankOption([], true);
  return {
    ...blankQuestion(newQuestionId(takenIds)),
    options: [first, blankOption([first.id])],
  };
}

/** Moves the item at `index` by `by` places (−1 up, +1 down); out of range leaves it. */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

// ---------------------------------------------------------------------------------------------
// Messages from zod (ours or the server's) are keyed by the input's path: "content.title",
// "content.quiz.0.options.1.label". The form asks by the same path.

export type TErrors = Record<string, string | undefined>;

/** The message for a field of the content ("title", "quiz.0.prompt"). */
export function contentError(errors: TErrors, path: string): string | undefined {
  return errors[`content.${path}`];
}

/** Every message under a path prefix, for a summary above a list ("quiz.0"). */
export function errorsUnder(errors: TErrors, prefix: string): string[] {
  const key = `content.${prefix}`;
  return Object.entries(errors)
    .filter(([k, v]) => v && (k === key || k.startsWith(`${key}.`)))
    .map(([, v]) => v as string);
}

/** The 1-based line's start and end offsets in a text, to select it in a textarea. */
export function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", start);
    if (next === -1) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return [start, end === -1 ? text.length : end];
}
