"use client";

import { LESSON_LIMITS, QUIZ_KIND_LABELS, QUIZ_KINDS, type TQuizKind } from "@lab/domain/lesson";
import { FieldError } from "~/components/form-feedback";
import type { TOption } from "~/components/form-fields";
import { CheckField, SelectField, TextArea, TextField } from "~/components/form-fields";
import { useFocusLater } from "../_components/use-focus-later";
import {
  blankOption,
  contentError,
  moved,
  newQuestion,
  type TErrors,
  type TOptionValues,
  type TQuestionValues,
} from "./lesson-values";

// The lesson's self-check: questions in order, each a fieldset. Choice questions list their
// options (label, whether it is right, the feedback the reader gets when choosing it); "find
// the value" questions point at a published indicator or dataset, whose live value is the
// answer. Ids are made when an item is added and never change.

const KIND_OPTIONS: TOption[] = QUIZ_KINDS.map((kind) => ({
  value: kind,
  label: QUIZ_KIND_LABELS.es[kind],
}));

const SOURCE_TYPE_OPTIONS: TOption[] = [
  { value: "indicator", label: "Un indicador (su último valor publicado, total municipal)" },
  { value: "dataset", label: "Un conjunto de datos (el número de filas publicadas)" },
];

function OptionFields({
  id,
  questionNumber,
  index,
  option,
  count,
  errors,
  errorPath,
  onChange,
  onMove,
  onRemove,
}: {
  id: string;
  questionNumber: number;
  index: number;
  option: TOptionValues;
  count: number;
  errors: TErrors;
  errorPath: string;
  onChange: (next: TOptionValues) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const name = `opción ${index + 1} de la pregunta ${questionNumber}`;
  return (
    <fieldset className="form-group admin-lesson-option">
      <legend>
        Opción {index + 1}
        <span className="visually-hidden"> de la pregunta {questionNumber}</span>
      </legend>
      <TextField
        id={`${id}-texto`}
        label="Texto de la opción"
        value={option.label}
        error={contentError(errors, `${errorPath}.label`)}
        onChange={(label) => onChange({ ...option, label })}
      />
      <CheckField
        id={`${id}-correcta`}
        label="Es una respuesta correcta"
        checked={option.correct}
        onChange={(correct) => onChange({ ...option, correct })}
      />
      <TextArea
        id={`${id}-retro`}
        label="Retroalimentación al elegirla"
        hint="Explique por qué es correcta o no: el lector la ve al comprobar."
        value={option.feedback}
        rows={2}
        error={contentError(errors, `${errorPath}.feedback`)}
        onChange={(feedback) => onChange({ ...option, feedback })}
      />
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          Subir<span className="visually-hidden"> la {name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          Bajar<span className="visually-hidden"> la {name}</span>
        </button>
        <button type="button" className="button button--danger button--small" onClick={onRemove}>
          Quitar<span className="visually-hidden"> la {name}</span>
        </button>
      </p>
    </fieldset>
  );
}

function QuestionFields({
  index,
  count,
  question,
  errors,
  indicators,
  datasets,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  question: TQuestionValues;
  errors: TErrors;
  indicators: readonly TOption[];
  datasets: readonly TOption[];
  onChange: (next: TQuestionValues) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const focusLater = useFocusLater();
  const number = index + 1;
  const id = `pregunta-${question.id}`;
  const path = `quiz.${index}`;
  const err = (field: string) => contentError(errors, `${path}.${field}`);
  const set = <K extends keyof TQuestionValues>(field: K, value: TQuestionValues[K]) =>
    onChange({ ...question, [field]: value });
  const choice = question.kind !== "FIND_VALUE";
  const sources = question.sourceType === "indicator" ? indicators : datasets;
  const sourceOptions =
    question.sourceSlug && !sources.some((o) => o.value === question.sourceSlug)
      ? [...sources, { value: question.sourceSlug, label: `${question.sourceSlug} (no publicado)` }]
      : sources;

  return (
    <fieldset className="form-group admin-lesson-question">
      <legend>Pregunta {number}</legend>
      <SelectField
        id={`${id}-tipo`}
        label="Tipo de pregunta"
        value={question.kind}
        options={KIND_OPTIONS}
        error={err("kind")}
        onChange={(kind) => {
          const next = { ...question, kind: kind as TQuizKind };
          // A choice question needs two options; keep any it already had.
          if (kind !== "FIND_VALUE" && next.options.length < 2) {
            const first = next.options[0] ?? blankOption([], true);
            next.options = [first, blankOption([first.id])];
          }
          onChange(next);
        }}
      />
      <TextArea
        id={`${id}-enunciado`}
        label="Enunciado"
        value={question.prompt}
        rows={2}
        error={err("prompt")}
        onChange={(text) => set("prompt", text)}
      />
      {choice ? (
        <div className="admin-lesson-options">
          {question.options.map((option, i) => (
            <OptionFields
              key={option.id}
              id={`${id}-opcion-${option.id}`}
              questionNumber={number}
              index={i}
              option={option}
              count={question.options.length}
              errors={errors}
              errorPath={`${path}.options.${i}`}
              onChange={(next) =>
                set(
                  "options",
                  question.options.map((o, j) => (j === i ? next : o)),
                )
              }
              onMove={(by) => set("options", moved(question.options, i, by))}
              onRemove={() => {
                set(
                  "options",
                  question.options.filter((_, j) => j !== i),
                );
                focusLater(`${id}-agregar-opcion`);
              }}
            />
          ))}
          <FieldError id={`${id}-opciones-error`} messages={err("options")} />
          <p>
            <button
              id={`${id}-agregar-opcion`}
              type="button"
              className="button button--secondary button--small"
              disabled={question.options.length >= LESSON_LIMITS.options}
              onClick={() => {
                const option = blankOption(question.options.map((o) => o.id));
                set("options", [...question.options, option]);
                focusLater(`${id}-opcion-${option.id}-texto`);
              }}
            >
              Añadir una opción<span className="visually-hidden"> a la pregunta {number}</span>
            </button>
          </p>
        </div>
      ) : (
        <>
          <SelectField
            id={`${id}-fuente-tipo`}
            label="Dónde está la respuesta"
            value={question.sourceType}
            options={SOURCE_TYPE_OPTIONS}
            error={err("source.type")}
            onChange={(type) =>
              onChange({
                ...question,
                sourceType: type as TQuestionValues["sourceType"],
                sourceSlug: "",
              })
            }
          />
          <SelectField
            id={`${id}-fuente`}
            label={question.sourceType === "indicator" ? "Indicador" : "Conjunto de datos"}
            hint="Solo los publicados: la respuesta es su valor en vivo."
            value={question.sourceSlug}
            options={sourceOptions}
            emptyLabel="Elija uno…"
            error={err("source.slug") ?? err("source")}
            onChange={(slug) => set("sourceSlug", slug)}
          />
          <TextField
            id={`${id}-tolerancia`}
            type="number"
            label="Margen aceptado"
            hint="Diferencia máxima con el valor en vivo que aún cuenta como correcta (0: exacto)."
            value={question.tolerance}
            error={err("tolerance")}
            onChange={(text) => set("tolerance", text)}
          />
          <TextArea
            id={`${id}-acierto`}
            label="Retroalimentación si acierta"
            value={question.feedbackCorrect}
            rows={2}
            error={err("feedbackCorrect")}
            onChange={(text) => set("feedbackCorrect", text)}
          />
          <TextArea
            id={`${id}-error`}
            label="Retroalimentación si no acierta"
            hint="Diga dónde encontrar el dato, sin darlo."
            value={question.feedbackWrong}
            rows={2}
            error={err("feedbackWrong")}
            onChange={(text) => set("feedbackWrong", text)}
          />
        </>
      )}
      <TextArea
        id={`${id}-explicacion`}
        label="Explicación final (opcional)"
        hint="Se muestra cuando el lector responde bien."
        value={question.explanation}
        rows={2}
        error={err("explanation")}
        onChange={(text) => set("explanation", text)}
      />
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          Subir<span className="visually-hidden"> la pregunta {number}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          Bajar<span className="visually-hidden"> la pregunta {number}</span>
        </button>
        <button type="button" className="button button--danger button--small" onClick={onRemove}>
          Quitar<span className="visually-hidden"> la pregunta {number}</span>
        </button>
      </p>
    </fieldset>
  );
}

export function QuizEditor({
  quiz,
  errors,
  indicators,
  datasets,
  onChange,
}: {
  quiz: TQuestionValues[];
  errors: TErrors;
  indicators: readonly TOption[];
  datasets: readonly TOption[];
  onChange: (next: TQuestionValues[]) => void;
}) {
  const focusLater = useFocusLater();
  return (
    <div className="admin-lesson-quiz">
      <p className="hint">
        De una a {LESSON_LIMITS.questions} preguntas para que el lector compruebe lo que aprendió.
        Cada opción lleva su retroalimentación. Las respuestas nunca se muestran en la página
        pública: se comprueban en el servidor.
      </p>
      {quiz.length === 0 ? <p className="muted">La lección aún no tiene preguntas.</p> : null}
      {quiz.map((question, i) => (
        <QuestionFields
          key={question.id}
          index={i}
          count={quiz.length}
          question={question}
          errors={errors}
          indicators={indicators}
          datasets={datasets}
          onChange={(next) => onChange(quiz.map((q, j) => (j === i ? next : q)))}
          onMove={(by) => onChange(moved(quiz, i, by))}
          onRemove={() => {
            onChange(quiz.filter((_, j) => j !== i));
            focusLater("pregunta-agregar");
          }}
        />
      ))}
      <FieldError id="preguntas-error" messages={contentError(errors, "quiz")} />
      <p>
        <button
          id="pregunta-agregar"
          type="button"
          className="button button--secondary"
          disabled={quiz.length >= LESSON_LIMITS.questions}
          onClick={() => {
            const question = newQuestion(quiz.map((q) => q.id));
            onChange([...quiz, question]);
            focusLater(`pregunta-${question.id}-enunciado`);
          }}
        >
          Añadir una pregunta
        </button>
      </p>
    </div>
  );
}
