// A reader's progress through a lesson, kept in the browser (anonymous readers) or on the server
// (accounts). Plain TypeScript without zod, so the public pages can import it at no cost;
// ZLessonProgress in ./lesson validates it where it enters the server.

export type TLessonProgress = {
  lessonSlug: string;
  /** The reader reached the end of the lesson (or marked it read). */
  completed: boolean;
  /** Question id → whether the reader's last answer was right. */
  answers: Record<string, boolean>;
  updatedAt: Date;
};

/**
 * Merges what the browser kept with what the server has (a reader who logs in loses nothing):
 * completed if either says so; an answer is right if it was ever right.
 */
export function mergeLessonProgress(a: TLessonProgress, b: TLessonProgress): TLessonProgress {
  const answers: Record<string, boolean> = { ...a.answers };
  for (const [id, right] of Object.entries(b.answers))
    answers[id] = (answers[id] ?? false) || right;
  return {
    lessonSlug: a.lessonSlug,
    completed: a.completed || b.completed,
    answers,
    updatedAt: new Date(Math.max(a.updatedAt.getTime(), b.updatedAt.getTime())),
  };
}

/** Share of the quiz answered right, 0–1 (1 when the lesson has no quiz and was read). */
export function lessonScore(progress: TLessonProgress | undefined, questionCount: number): number {
  if (!progress) return 0;
  if (questionCount === 0) return progress.completed ? 1 : 0;
  const right = Object.values(progress.answers).filter(Boolean).length;
  return Math.min(1, right / questionCount);
}
