"use client";

import type { TQuizQuestionPublic, TQuizResult } from "@lab/domain/lesson";
import { interpolate } from "@lab/domain/locale";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import type { TMessages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { useLessonProgress } from "./progress-context";

export type TQuizLabels = TMessages["lessons"]["quiz"];

/**
 * The lesson's self-check: each question is checked on the server (the page holds no answers),
 * with the feedback in a live region right below it. Readers may try again as often as they
 * like; an answer once right stays right in their progress. When every question is right, the
 * lesson counts as read.
 */
export function LessonQuiz({
  lessonSlug,
  questions,
  labels,
}: {
  lessonSlug: string;
  questions: TQuizQuestionPublic[];
  labels: TQuizLabels;
}) {
  const progress = useLessonProgress();
  const onResult = async (result: TQuizResult) => {
    const merged = await progress.record({
      lessonSlug,
      completed: false,
      answers: { [result.questionId]: result.correct },
    });
    if (!merged.completed && questions.every((q) => merged.answers[q.id] === true)) {
      await progress.record({ ...merged, completed: true });
    }
  };
  return (
    <ol className="quiz">
      {questions.map((question, index) => (
        <li key={question.id} className="quiz__item">
          <QuizQuestion
            lessonSlug={lessonSlug}
            question={question}
            heading={interpolate(labels.question, { number: index + 1, total: questions.length })}
            answeredRight={progress.get(lessonSlug)?.answers[question.id] === true}
            labels={labels}
            onResult={onResult}
          />
        </li>
      ))}
    </ol>
  );
}

function QuizQuestion({
  lessonSlug,
  question,
  heading,
  answeredRight,
  labels,
  onResult,
}: {
  lessonSlug: string;
  question: TQuizQuestionPublic;
  heading: string;
  answeredRight: boolean;
  labels: TQuizLabels;
  onResult: (result: TQuizResult) => Promise<void>;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const check = useMutation(trpc.lessons.checkAnswer.mutationOptions());
  const [chosen, setChosen] = useState<string[]>([]);
  const [value, setValue] = useState("");
  const [result, setResult] = useState<TQuizResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing =
      question.kind === "FIND_VALUE"
        ? value.trim() === "" && labels.typeValue
        : chosen.length === 0 &&
          (question.kind === "SINGLE" ? labels.chooseOne : labels.chooseSome);
    if (missing) {
      setResult(null);
      setProblem(missing);
      return;
    }
    setProblem(null);
    check.mutate(
      { lessonSlug, questionId: question.id, optionIds: chosen, value },
      {
        onSuccess: (answer) => {
          setResult(answer);
          void onResult(answer);
        },
        onError: () => {
          setResult(null);
          setProblem(labels.failed);
        },
      },
    );
  };

  const toggle = (optionId: string, on: boolean) =>
    setChosen((list) =>
      question.kind === "SINGLE"
        ? [optionId]
        : on
          ? [...list.filter((o) => o !== optionId), optionId]
          : list.filter((o) => o !== optionId),
    );

  const labelOf = (optionId: string) =>
    question.kind === "FIND_VALUE"
      ? optionId
      : (question.options.find((o) => o.id === optionId)?.label ?? optionId);

  return (
    <form className="quiz-question" onSubmit={submit} noValidate>
      <fieldset>
        <legend>
          <span className="quiz-question__number">{heading}</span>{" "}
          <span className="quiz-question__prompt">{question.prompt}</span>
        </legend>
        {answeredRight ? (
          <p className="quiz-question__done">
            <span aria-hidden="true">✓ </span>
            {labels.answeredRight}
          </p>
        ) : null}
        {question.kind === "FIND_VALUE" ? (
          <div className="field">
            <label htmlFor={`${id}-value`}>{labels.valueLabel}</label>
            <input
              id={`${id}-value`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              maxLength={40}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
            <p className="hint">
              <a
                href={
                  question.source.type === "indicator"
                    ? `/indicadores/${question.source.slug}`
                    : `/datos/${question.source.slug}`
                }
              >
                {question.source.type === "indicator"
                  ? labels.findInIndicator
                  : labels.findInDataset}
              </a>
            </p>
          </div>
        ) : (
          <ul className="quiz-question__options">
            {question.options.map((option) => (
              <li key={option.id}>
                <label className="check">
                  <input
                    type={question.kind === "SINGLE" ? "radio" : "checkbox"}
                    name={`${id}-option`}
                    value={option.id}
                    checked={chosen.includes(option.id)}
                    onChange={(event) => toggle(option.id, event.target.checked)}
                  />
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <button type="submit" className="button" disabled={!hydrated || check.isPending}>
        {check.isPending ? labels.checking : labels.check}
      </button>
      <div className="quiz-feedback" aria-live="polite">
        {problem ? <p className="form-error">{problem}</p> : null}
        {result ? (
          <div
            className={`quiz-feedback__result ${result.correct ? "quiz-feedback__result--right" : "quiz-feedback__result--wrong"}`}
          >
            <p className="quiz-feedback__message">
              <span aria-hidden="true">{result.correct ? "✓ " : "✗ "}</span>
              <strong>{result.message}</strong>
            </p>
            {result.options.length > 0 ? (
              <ul className="quiz-feedback__options">
                {result.options.map((o) => (
                  <li key={o.id}>
                    <strong>{labelOf(o.id)}</strong> —{" "}
                    {o.correct ? labels.optionRight : labels.optionWrong}: {o.feedback}
                  </li>
                ))}
              </ul>
            ) : null}
            {result.explanation ? <p>{result.explanation}</p> : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
