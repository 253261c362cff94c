"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { fieldErrorsOf, isConflict } from "~/components/form-feedback";
import { formatDateEsCo } from "~/format";
import { useTRPC } from "~/trpc/react";
import { LessonStatus, type TLessonState } from "../_components/lesson-status";

// Publication: citizens read the snapshot taken when staff publish the saved working copy
// (the revision this page holds), so saving alone never changes the public page. Publishing is
// refused while the check finds problems; the refusal lists them. Unsaved edits are saved
// first, so what is published is what the person sees.

export type TPublication = TLessonState & { publishedAt: Date | null };

type TRefusal = { text: string; items: string[]; conflict: boolean };

function refusalOf(error: unknown): TRefusal {
  const items = fieldErrorsOf(error)?.content ?? [];
  return {
    text: items.length > 0 ? "No se puede publicar todavía:" : (error as Error).message,
    items,
    conflict: isConflict(error),
  };
}

export function PublishPanel({
  slug,
  revision,
  publication,
  dirty,
  saveFirst,
}: {
  slug: string;
  revision: number;
  publication: TPublication;
  dirty: boolean;
  /** Saves the form; the new revision, or null if the save was refused. */
  saveFirst: () => Promise<number | null>;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const refusalRef = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<TRefusal | null>(null);
  const publish = useMutation(trpc.lessonAdmin.publish.mutationOptions());
  const unpublish = useMutation(trpc.lessonAdmin.unpublish.mutationOptions());
  const published = publication.status === "PUBLISHED";
  const upToDate = published && !publication.hasUnpublishedChanges && !dirty;
  const pending = publish.isPending || unpublish.isPending;

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  async function onPublish() {
    setMessage("");
    setRefusal(null);
    const target = dirty ? await saveFirst() : revision;
    if (target === null) {
      setRefusal({
        text: "No se publicó: primero hay que guardar los cambios (vea los mensajes del formulario).",
        items: [],
        conflict: false,
      });
      return;
    }
    try {
      await publish.mutateAsync({ slug, revision: target });
      setMessage("Lección publicada. El sitio público ya muestra esta versión.");
      router.refresh();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  async function onUnpublish() {
    setMessage("");
    setRefusal(null);
    try {
      await unpublish.mutateAsync({ slug });
      setMessage("Lección retirada del sitio público. Sigue aquí como borrador.");
      router.refresh();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  return (
    <section aria-labelledby="publicacion-title" className="panel admin-lesson-publish">
      <h2 id="publicacion-title">Publicación</h2>
      <p>
        Estado: <LessonStatus state={publication} />
        {publication.publishedAt ? (
          <>
            {" "}
            · publicada el{" "}
            <time dateTime={publication.publishedAt.toISOString()}>
              {formatDateEsCo(publication.publishedAt, true)}
            </time>{" "}
            · <a href={`/lecciones/${slug}`}>Ver la página pública</a>
          </>
        ) : null}
      </p>
      <p className="hint">
        {published
          ? "El público ve la versión publicada hasta que publique de nuevo; guardar no la cambia."
          : "Nadie fuera del equipo ve la lección hasta que la publique."}
      </p>
      {upToDate ? (
        <p>El sitio público ya muestra la última versión guardada.</p>
      ) : (
        <p>
          <button type="button" className="button" onClick={onPublish} disabled={pending}>
            {publish.isPending ? "Publicando…" : dirty ? "Guardar y publicar" : "Publicar"}
          </button>
        </p>
      )}
      {published ? (
        <ConfirmButton
          label="Retirar del sitio público"
          confirmLabel="Confirmar: retirar la lección"
          onConfirm={onUnpublish}
          pending={pending}
        />
      ) : null}
      {refusal ? (
        <div
          ref={refusalRef}
          tabIndex={-1}
          role="alert"
          className={refusal.conflict ? "notice notice--danger" : "form-error"}
        >
          <p>{refusal.text}</p>
          {refusal.items.length > 0 ? (
            <ul>
              {refusal.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="form-success">
        {message}
      </p>
    </section>
  );
}
