"use client";

import { interpolate } from "@lab/domain/locale";
import type { TMessages } from "~/i18n/messages";
import { useLessonProgress } from "./progress-context";

export type TProgressLabels = TMessages["lessons"]["progress"];

function rightAnswers(answers: Record<string, boolean>, questionCount: number): number {
  return Math.min(questionCount, Object.values(answers).filter(Boolean).length);
}

/** One lesson's progress in a line: read or not, and the quiz score (in the lesson list). */
export function LessonStatus({
  lessonSlug,
  questionCount,
  labels,
}: {
  lessonSlug: string;
  questionCount: number;
  labels: TProgressLabels;
}) {
  const progress = useLessonProgress();
  // Nothing until the browser's progress is read: the server-rendered page knows none.
  if (!progress.ready) return null;
  const p = progress.get(lessonSlug);
  return (
    <p className="lesson-status" data-testid={`lesson-status-${lessonSlug}`}>
      {p?.completed ? (
        <span className="lesson-status__read">
          <span aria-hidden="true">✓ </span>
          {labels.read}
        </span>
      ) : (
        <span className="muted">{labels.notRead}</span>
      )}
      {questionCount > 0 && p ? (
        <>
          {" · "}
          {interpolate(labels.score, {
            right: rightAnswers(p.answers, questionCount),
            total: questionCount,
          })}
        </>
      ) : null}
    </p>
  );
}

/**
 * The end of a lesson: the reader's progress, where it is kept, and "Marcar como leída" (the
 * quiz marks the lesson read by itself once every answer is right).
 */
export function LessonProgressPanel({
  lessonSlug,
  questionCount,
  labels,
}: {
  lessonSlug: string;
  questionCount: number;
  labels: TProgressLabels;
}) {
  const progress = useLessonProgress();
  const p = progress.get(lessonSlug);
  const right = p ? rightAnswers(p.answers, questionCount) : 0;
  return (
    <div className="lesson-progress" data-testid="lesson-progress">
      <div aria-live="polite">
        {progress.ready ? (
          <p>
            {p?.completed ? (
              <strong className="lesson-status__read">
                <span aria-hidden="true">✓ </span>
                {questionCount > 0 && right === questionCount ? labels.allRight : labels.readDone}
              </strong>
            ) : (
              labels.notRead
            )}
            {questionCount > 0 ? (
              <> {interpolate(labels.score, { right, total: questionCount })}.</>
            ) : null}
          </p>
        ) : null}
        {progress.saveFailed ? <p className="form-error">{labels.saveFailed}</p> : null}
      </div>
      {progress.ready && !p?.completed ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void progress.record({ lessonSlug, completed: true, answers: {} })}
        >
          {labels.markRead}
        </button>
      ) : null}
      <p className="muted">{progress.signedIn ? labels.savedAccount : labels.savedBrowser}</p>
    </div>
  );
}
