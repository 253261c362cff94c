import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { MUNICIPALITY_CODE } from "@lab/domain/geography";
import {
  checkQuizAnswer,
  type TFindValueSource,
  type TQuizAnswer,
  type TQuizResult,
} from "@lab/domain/lesson";
import { UNKNOWN_LESSON_MESSAGE, UNKNOWN_QUESTION_MESSAGE } from "@lab/domain/lesson-admin";
import { comparePeriods } from "@lab/domain/period";
import { PUBLISHED_DATASET } from "./dataset-read";
import { parseStoredContent, type TDb } from "./lesson-store";

// Checks a reader's answer against the published lesson. "Find the value" questions are
// checked against the platform's data as it is now, so the answer follows the data.

/**
 * The value behind a "find the value" question, or null when it is not published (then the
 * answer cannot be checked). Indicator: the municipal total of its latest published period.
 * Dataset: the number of rows of its published version.
 */
export async function liveValue(db: TDb, source: TFindValueSource): Promise<number | null> {
  if (source.type === "indicator") {
    const indicator = await db.indicator.findFirst({
      where: { slug: source.slug, status: "PUBLISHED" },
      select: {
        observations: {
          where: { geography: MUNICIPALITY_CODE },
          select: { period: true, value: true },
        },
      },
    });
    const latest = indicator?.observations
      .sort((a, b) => comparePeriods(a.period, b.period))
      .at(-1);
    return latest ? latest.value.toNumber() : null;
  }
  const dataset = await db.dataset.findFirst({
    where: { AND: [PUBLISHED_DATASET, { slug: source.slug }] },
    select: { publishedVersion: { select: { rowCount: true } } },
  });
  return dataset?.publishedVersion?.rowCount ?? null;
}

export async function checkAnswer(prisma: PrismaClient, answer: TQuizAnswer): Promise<TQuizResult> {
  const lesson = await prisma.lesson.findFirst({
    where: { slug: answer.lessonSlug, status: "PUBLISHED" },
    select: { slug: true, published: true },
  });
  const content = lesson ? parseStoredContent(lesson.slug, lesson.published, "published") : null;
  if (!content) throw new AppError("NOT_FOUND", UNKNOWN_LESSON_MESSAGE);
  const question = content.quiz.find((q) => q.id === answer.questionId);
  if (!question) throw new AppError("NOT_FOUND", UNKNOWN_QUESTION_MESSAGE);
  const live = question.kind === "FIND_VALUE" ? await liveValue(prisma, question.source) : null;
  return checkQuizAnswer(question, answer, live);
}
