"use client";

import { LESSON_LIMITS } from "@lab/domain/lesson";
import { FieldError } from "~/components/form-feedback";
import type { TOption } from "~/components/form-fields";
import { CheckGroup, TextField } from "~/components/form-fields";
import { useFocusLater } from "../_components/use-focus-later";
import { contentError, moved, type TErrors, type TSourceValues } from "./lesson-values";

// The lesson's lists other than the quiz: learning objectives, sources and the indicators and
// datasets it relates to. Rows are controlled, so moving one moves its values with it.

function RowButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  /** What the row is, for screen readers: "la fuente 2". */
  name: string;
  index: number;
  count: number;
  onMove?: (by: number) => void;
  onRemove: () => void;
}) {
  return (
    <p className="button-row">
      {onMove ? (
        <>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            Subir<span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            Bajar<span className="visually-hidden"> {name}</span>
          </button>
        </>
      ) : null}
      <button type="button" className="button button--danger button--small" onClick={onRemove}>
        Quitar<span className="visually-hidden"> {name}</span>
      </button>
    </p>
  );
}

export function ObjectivesField({
  objectives,
  errors,
  onChange,
}: {
  objectives: string[];
  errors: TErrors;
  onChange: (next: string[]) => void;
}) {
  const focusLater = useFocusLater();
  return (
    <fieldset
      className="form-group"
      aria-describedby="objetivos-hint objetivos-error"
      aria-invalid={contentError(errors, "objectives") ? true : undefined}
    >
      <legend>Objetivos de aprendizaje</legend>
      <p id="objetivos-hint" className="hint">
        Lo que el lector sabrá o podrá hacer al terminar; hasta {LESSON_LIMITS.objectives}. Sin
        objetivos la lección no se puede publicar.
      </p>
      {objectives.map((objective, i) => (
        <div className="admin-lesson-row" key={`objetivo-${i}`}>
          <TextField
            id={`objetivo-${i}`}
            label={`Objetivo ${i + 1}`}
            value={objective}
            error={contentError(errors, `objectives.${i}`)}
            onChange={(text) => onChange(objectives.map((o, j) => (j === i ? text : o)))}
          />
          <RowButtons
            name={`el objetivo ${i + 1}`}
            index={i}
            count={objectives.length}
            onMove={(by) => onChange(moved(objectives, i, by))}
            onRemove={() => {
              onChange(objectives.filter((_, j) => j !== i));
              focusLater("objetivo-agregar");
            }}
          />
        </div>
      ))}
      <FieldError id="objetivos-error" messages={contentError(errors, "objectives")} />
      <p>
        <button
          id="objetivo-agregar"
          type="button"
          className="button button--secondary button--small"
          disabled={objectives.length >= LESSON_LIMITS.objectives}
          onClick={() => {
            onChange([...objectives, ""]);
            focusLater(`objetivo-${objectives.length}`);
          }}
        >
          Añadir un objetivo
        </button>
      </p>
    </fieldset>
  );
}

const BLANK_SOURCE: TSourceValues = { title: "", author: "", year: "", url: "" };

export function SourcesField({
  sources,
  errors,
  onChange,
}: {
  sources: TSourceValues[];
  errors: TErrors;
  onChange: (next: TSourceValues[]) => void;
}) {
  const focusLater = useFocusLater();
  const set = (i: number, field: keyof TSourceValues) => (text: string) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, [field]: text } : s)));
  return (
    <fieldset
      className="form-group"
      aria-describedby="fuentes-hint fuentes-error"
      aria-invalid={contentError(errors, "sources") ? true : undefined}
    >
      <legend>Fuentes y citas</legend>
      <p id="fuentes-hint" className="hint">
        Las obras en las que se basa la lección, para que el lector pueda consultarlas. Sin fuentes
        la lección no se puede publicar.
      </p>
      {sources.map((source, i) => {
        const id = `fuente-${i}`;
        const err = (field: string) => contentError(errors, `sources.${i}.${field}`);
        return (
          <fieldset className="form-group" key={id}>
            <legend>Fuente {i + 1}</legend>
            <TextField
              id={`${id}-titulo`}
              label="Título de la obra"
              value={source.title}
              error={err("title")}
              onChange={set(i, "title")}
            />
            <TextField
              id={`${id}-autor`}
              label="Autor o entidad (opcional)"
              value={source.author}
              error={err("author")}
              onChange={set(i, "author")}
            />
            <TextField
              id={`${id}-anio`}
              type="number"
              label="Año (opcional)"
              value={source.year}
              error={err("year")}
              onChange={set(i, "year")}
            />
            <TextField
              id={`${id}-enlace`}
              type="url"
              label="Enlace (opcional)"
              hint="Una dirección estable que empiece por https://."
              value={source.url}
              error={err("url")}
              onChange={set(i, "url")}
            />
            <RowButtons
              name={`la fuente ${i + 1}`}
              index={i}
              count={sources.length}
              onMove={(by) => onChange(moved(sources, i, by))}
              onRemove={() => {
                onChange(sources.filter((_, j) => j !== i));
                focusLater("fuente-agregar");
              }}
            />
          </fieldset>
        );
      })}
      <FieldError id="fuentes-error" messages={contentError(errors, "sources")} />
      <p>
        <button
          id="fuente-agregar"
          type="button"
          className="button button--secondary button--small"
          disabled={sources.length >= LESSON_LIMITS.sources}
          onClick={() => {
            onChange([...sources, { ...BLANK_SOURCE }]);
            focusLater(`fuente-${sources.length}-titulo`);
          }}
        >
          Añadir una fuente
        </button>
      </p>
    </fieldset>
  );
}

/** Published choices, plus any chosen one that is no longer published (so it can be removed). */
function withChosen(options: readonly TOption[], chosen: readonly string[]): TOption[] {
  const known = new Set(options.map((o) => o.value));
  return [
    ...options,
    ...chosen
      .filter((slug) => !known.has(slug))
      .map((slug) => ({ value: slug, label: `${slug} (no publicado)` })),
  ];
}

export function RelatedField({
  id,
  legend,
  hint,
  options,
  chosen,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  hint: string;
  options: readonly TOption[];
  chosen: string[];
  error?: string;
  onChange: (next: string[]) => void;
}) {
  return (
    <CheckGroup
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      options={withChosen(options, chosen)}
      selected={chosen}
      onChange={onChange}
    />
  );
}
