"use client";

import type { TLessonProblem } from "@lab/domain/lesson";
import { LessonMarkdown } from "@lab/ui/lesson-markdown";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useDebouncedValue } from "../_components/use-debounced-value";

// What readers will see, as staff type (the body rendered by the same component as the public
// page, once typing pauses), and what keeps the lesson from being published, line by line.
// Live elements show as labelled placeholders: the preview never loads the dashboard's data.

const PREVIEW_DELAY_MS = 300;
const CHECK_DELAY_MS = 600;

function EmbedPlaceholder({ kind, slug }: { kind: "indicator" | "dataset"; slug: string }) {
  return (
    <p className="admin-lesson-embed-placeholder">
      {kind === "indicator" ? "Gráfico en vivo" : "Datos en vivo"}: {slug}
    </p>
  );
}

export function LessonPreview({
  title,
  body,
  savedProblems,
  otherProblems,
  onGoToLine,
}: {
  title: string;
  body: string;
  /** Every problem of the last saved version. */
  savedProblems: TLessonProblem[];
  /** Problems outside the body (objectives, sources), as the last save found them. */
  otherProblems: TLessonProblem[];
  onGoToLine: (line: number) => void;
}) {
  const trpc = useTRPC();
  const shown = useDebouncedValue(body, PREVIEW_DELAY_MS);
  const checked = useDebouncedValue(body, CHECK_DELAY_MS);
  // A whole body as a query's input: the client sends this query as a POST (src/trpc/react.tsx).
  const check = useQuery({
    ...trpc.lessonAdmin.check.queryOptions({ body: checked }),
    enabled: checked.trim() !== "",
    placeholderData: keepPreviousData,
    retry: false,
  });
  // Until the first live answer arrives, or when the check fails, the saved version's list
  // stands in (a save answers its problems too).
  const fromSave = check.isError;
  const problems = fromSave || !check.data ? savedProblems : [...check.data, ...otherProblems];

  return (
    <>
      <section aria-labelledby="revision-title" className="admin-lesson-problems">
        <h2 id="revision-title">Revisión antes de publicar</h2>
        <div aria-live="polite">
          {fromSave ? (
            <p className="notice notice--warning">
              No pudimos revisar el contenido mientras escribe. La lista es la de la última versión
              guardada.
            </p>
          ) : null}
          {problems.length === 0 ? (
            <p className="admin-lesson-problems__none">
              Sin problemas: la lección se puede publicar.
            </p>
          ) : (
            <>
              <p>
                {problems.length === 1
                  ? "Un problema impide publicar:"
                  : `${problems.length} problemas impiden publicar:`}
              </p>
              <ul className="admin-lesson-problems__list">
                {problems.map((p, i) => (
                  <li key={`${p.code}-${p.line ?? "x"}-${i}`}>
                    {p.line !== null ? <strong>Línea {p.line}: </strong> : null}
                    {p.message}{" "}
                    {p.line !== null ? (
                      <button
                        type="button"
                        className="link-button admin-lesson-problems__go"
                        onClick={() => onGoToLine(p.line as number)}
                      >
                        Ir a la línea {p.line}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="preview-title" className="admin-lesson-preview">
        <h2 id="preview-title">Vista previa</h2>
        <div className="admin-lesson-preview__page">
          <p className="admin-lesson-preview__title">{title || "(Sin título)"}</p>
          <LessonMarkdown
            body={shown}
            renderEmbed={(embed) => <EmbedPlaceholder kind={embed.kind} slug={embed.slug} />}
          />
        </div>
      </section>
    </>
  );
}
