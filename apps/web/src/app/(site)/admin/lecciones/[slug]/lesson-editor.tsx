"use client";

import {
  LESSON_LEVEL_LABELS,
  LESSON_LEVELS,
  type TLessonContent,
  type TLessonLevel,
  type TLessonProblem,
} from "@lab/domain/lesson";
import { ZUpdateLessonInput } from "@lab/domain/lesson-admin";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Field } from "~/components/form-feedback";
import type { TOption } from "~/components/form-fields";
import { SelectField, TextArea, TextField } from "~/components/form-fields";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { HydratedFieldset } from "../_components/hydrated-fieldset";
import { useUnsavedGuard } from "../_components/use-unsaved-guard";
import { LessonPreview } from "./lesson-preview";
import {
  contentError,
  lineRange,
  type TLessonValues,
  updateInput,
  valuesFromLesson,
} from "./lesson-values";
import { ObjectivesField, RelatedField, SourcesField } from "./list-fields";
import { MarkdownHelp } from "./markdown-help";
import { PublishPanel, type TPublication } from "./publish-panel";
import { QuizEditor } from "./quiz-editor";

// The lesson editor: every field of the content in one form saved with the revision it was
// loaded at (someone else's save in between is a conflict, and what this person typed stays),
// the live preview and problem list beside it (below it on phones), and publication. Leaving
// the page with unsaved edits asks first.

configureSpanishErrors();

const LEVEL_OPTIONS: TOption[] = LESSON_LEVELS.map((level) => ({
  value: level,
  label: LESSON_LEVEL_LABELS.es[level],
}));

export type TEditableLesson = {
  moduleSlug: string;
  order: number;
  content: TLessonContent;
  revision: number;
  problems: TLessonProblem[];
};

/** Problems outside the body, as the last save found them, unless fixed since in the form. */
function otherProblems(problems: TLessonProblem[], values: TLessonValues): TLessonProblem[] {
  return problems.filter((p) => {
    if (p.line !== null) return false;
    if (p.code === "NO_OBJECTIVES") return !values.objectives.some((o) => o.trim() !== "");
    if (p.code === "NO_SOURCES") return !values.sources.some((s) => s.title.trim() !== "");
    return true;
  });
}

export function LessonEditor({
  slug,
  lesson,
  publication,
  modules,
  indicators,
  datasets,
}: {
  slug: string;
  lesson: TEditableLesson;
  publication: TPublication;
  modules: TOption[];
  indicators: TOption[];
  datasets: TOption[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const focusFirstError = useFocusFirstError(form);
  // The page's data is read once: after a save the server's copy equals the form's, and after
  // someone else's save the form must keep what this person typed.
  const [values, setValues] = useState(() => valuesFromLesson(lesson));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(valuesFromLesson(lesson)));
  const [revision, setRevision] = useState(lesson.revision);
  const [problems, setProblems] = useState(lesson.problems);
  const [other, setOther] = useState<TEditableLesson | null>(null);
  const [reloadNote, setReloadNote] = useState("");
  const save = useSaveState();
  const update = useMutation(trpc.lessonAdmin.update.mutationOptions());
  const dirty = JSON.stringify(values) !== savedJson;
  useUnsavedGuard(dirty);

  const set =
    <K extends keyof TLessonValues>(field: K) =>
    (value: TLessonValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const errors = save.errors;

  /** Saves the form; the new revision, or null when refused (the reasons are on screen). */
  async function saveNow(): Promise<number | null> {
    setReloadNote("");
    const input = save.check(ZUpdateLessonInput, updateInput(slug, revision, values));
    if (!input) {
      focusFirstError();
      return null;
    }
    const sent = JSON.stringify(values);
    const result = await save.run(() => update.mutateAsync(input), "Cambios guardados.");
    if (!result) {
      // Marked fields get the focus here; a conflict or another refusal, in the effect below.
      focusFirstError();
      return null;
    }
    setRevision(result.revision);
    setSavedJson(sent);
    setProblems(result.problems);
    setOther(null);
    // The status at the top (published with changes…) comes from the server.
    router.refresh();
    return result.revision;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await saveNow();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Ctrl+S / ⌘S saves, as in any editor, instead of saving the page as a file.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  }

  /** After a conflict: the other person's version is loaded beside the form; the form stays. */
  async function loadSaved() {
    let latest: TEditableLesson & { revision: number };
    try {
      latest = await queryClient.fetchQuery({
        ...trpc.lessonAdmin.bySlug.queryOptions({ slug }),
        staleTime: 0,
      });
    } catch {
      setReloadNote(
        "No pudimos cargar la versión guardada. Su texto sigue aquí: intente de nuevo.",
      );
      return;
    }
    setRevision(latest.revision);
    setOther(latest);
    setProblems(latest.problems);
    save.reset();
    setReloadNote(
      "Cargamos la versión guardada. Su texto sigue en el formulario: si guarda ahora, reemplaza esa versión. Puede compararla abajo o usarla en lugar de la suya.",
    );
  }

  function takeOther() {
    if (!other) return;
    const next = valuesFromLesson(other);
    setValues(next);
    setSavedJson(JSON.stringify(next));
    setOther(null);
    setReloadNote("Ahora el formulario muestra la versión guardada por la otra persona.");
  }

  function goToLine(line: number) {
    const area = bodyRef.current;
    if (!area) return;
    const [start, end] = lineRange(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    // Bring the line into view inside the field (browsers only scroll to the caret sometimes).
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  const conflict = save.outcome.conflict;
  const problem = save.outcome.problem;
  // A refusal that names no field: focus goes to its message, which holds the way out.
  useEffect(() => {
    if (conflict || problem) refusalRef.current?.focus();
  }, [conflict, problem]);

  return (
    <div className="admin-lesson-editor">
      <form
        ref={form}
        className="form form--wide admin-lesson-editor__form"
        aria-label="Editar la lección"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
      >
        <HydratedFieldset>
          <fieldset className="form-group">
            <legend>Datos de la lección</legend>
            <TextField
              id="leccion-titulo"
              label="Título"
              value={values.title}
              error={contentError(errors, "title")}
              onChange={set("title")}
            />
            <TextArea
              id="leccion-resumen"
              label="Resumen"
              hint="Una o dos frases: se muestra en la lista de lecciones y en los buscadores."
              value={values.summary}
              error={contentError(errors, "summary")}
              onChange={set("summary")}
            />
            <SelectField
              id="leccion-nivel"
              label="Nivel"
              value={values.level}
              options={LEVEL_OPTIONS}
              error={contentError(errors, "level")}
              onChange={(level) => set("level")(level as TLessonLevel)}
            />
            <SelectField
              id="leccion-modulo"
              label="Módulo"
              value={values.moduleSlug}
              options={modules}
              error={errors.moduleSlug}
              onChange={set("moduleSlug")}
            />
            <TextField
              id="leccion-orden"
              type="number"
              label="Orden dentro del módulo"
              hint="1 es la primera lección del módulo."
              value={values.order}
              error={errors.order}
              onChange={set("order")}
            />
            <TextField
              id="leccion-revisada"
              type="date"
              label="Última revisión del contenido"
              hint="Cuándo se comprobó por última vez que la lección sigue vigente."
              value={values.lastReviewedAt}
              error={contentError(errors, "lastReviewedAt")}
              onChange={set("lastReviewedAt")}
            />
          </fieldset>

          <ObjectivesField
            objectives={values.objectives}
            errors={errors}
            onChange={set("objectives")}
          />

          <fieldset className="form-group">
            <legend>Contenido</legend>
            <Field
              id="leccion-contenido"
              label="Contenido (Markdown)"
              hint="La vista previa se actualiza mientras escribe. Los subtítulos empiezan en ##."
              error={contentError(errors, "body")}
            >
              {(control) => (
                <textarea
                  {...control}
                  ref={bodyRef}
                  className="admin-lesson-body-input"
                  rows={24}
                  spellCheck
                  value={values.body}
                  onChange={(e) => set("body")(e.currentTarget.value)}
                />
              )}
            </Field>
            <MarkdownHelp />
          </fieldset>

          <fieldset className="form-group">
            <legend>Datos de la plataforma relacionados</legend>
            <RelatedField
              id="leccion-indicadores"
              legend="Indicadores relacionados"
              hint="Se enlazan al final de la lección."
              options={indicators}
              chosen={values.relatedIndicators}
              error={contentError(errors, "relatedIndicators")}
              onChange={set("relatedIndicators")}
            />
            <RelatedField
              id="leccion-conjuntos"
              legend="Conjuntos de datos relacionados"
              hint="Se enlazan al final de la lección."
              options={datasets}
              chosen={values.relatedDatasets}
              error={contentError(errors, "relatedDatasets")}
              onChange={set("relatedDatasets")}
            />
          </fieldset>

          <SourcesField sources={values.sources} errors={errors} onChange={set("sources")} />

          <fieldset className="form-group">
            <legend>Preguntas de autoevaluación</legend>
            <QuizEditor
              quiz={values.quiz}
              errors={errors}
              indicators={indicators}
              datasets={datasets}
              onChange={set("quiz")}
            />
          </fieldset>

          <div className="admin-lesson-editor__actions">
            {conflict ? (
              <div ref={refusalRef} tabIndex={-1} role="alert" className="notice notice--danger">
                <p>{conflict}</p>
                <p>Lo que usted escribió sigue en el formulario; no se ha perdido.</p>
                <p>
                  <button type="button" className="button button--secondary" onClick={loadSaved}>
                    Cargar la versión guardada sin perder mi texto
                  </button>
                </p>
              </div>
            ) : null}
            {problem && !conflict ? (
              <div ref={refusalRef} tabIndex={-1} role="alert" className="form-error">
                {problem}
              </div>
            ) : null}
            {save.outcome.invalid ? (
              <p role="alert" className="form-error">
                Revise los campos marcados.
              </p>
            ) : null}
            <p role="status" className="form-success">
              {reloadNote || (dirty ? "" : save.outcome.success)}
            </p>
            <p className="button-row">
              <button type="submit" className="button" disabled={save.pending}>
                {save.pending ? "Guardando…" : "Guardar cambios"}
              </button>
              <span className="admin-lesson-editor__dirty">
                {dirty ? "Hay cambios sin guardar." : "Todo guardado."}
              </span>
            </p>
          </div>
        </HydratedFieldset>
      </form>

      <div className="admin-lesson-editor__side">
        <PublishPanel
          slug={slug}
          revision={revision}
          publication={publication}
          dirty={dirty}
          saveFirst={saveNow}
        />
        {other ? <OtherVersion other={other} onUse={takeOther} /> : null}
        <LessonPreview
          title={values.title}
          body={values.body}
          savedProblems={problems}
          otherProblems={otherProblems(problems, values)}
          onGoToLine={goToLine}
        />
      </div>
    </div>
  );
}

/** The version someone else saved, to compare with and copy from, or to take instead. */
function OtherVersion({ other, onUse }: { other: TEditableLesson; onUse: () => void }) {
  return (
    <section aria-labelledby="otra-version-title" className="panel admin-lesson-other">
      <h2 id="otra-version-title">La versión que guardó la otra persona</h2>
      <p>
        <strong>{other.content.title}</strong>
      </p>
      <p>{other.content.summary}</p>
      <label htmlFor="otra-version-contenido">Su contenido (solo lectura)</label>
      <textarea
        id="otra-version-contenido"
        className="admin-lesson-body-input"
        readOnly
        rows={10}
        value={other.content.body}
      />
      <p>
        <button type="button" className="button button--danger button--small" onClick={onUse}>
          Usar esa versión y descartar lo que escribí
        </button>
      </p>
    </section>
  );
}
