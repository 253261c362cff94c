"use client";

import { VERSION_STATUS_LABELS_ES } from "@lab/domain/dataset-workspace";
import { formatNumberEsCo } from "@lab/domain/number";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";

// The versions of a dataset and what the publisher may do with each: publish a loaded one,
// go back to one published before, or take the dataset off the public site. Each action asks
// for confirmation first, saying what the public will see.

export type TVersionRow = {
  number: number;
  status: keyof typeof VERSION_STATUS_LABELS_ES;
  fileName: string;
  rowCount: number | null;
  createdText: string;
  createdBy: string | null;
  publishedText: string | null;
  current: boolean;
  canRollBack: boolean;
  problemCount: number;
  /** The first problems of a failed load, in words. */
  problems: string[];
};

type TAction = { kind: "publish" | "rollback"; number: number } | { kind: "unpublish" };

const rows = (n: number | null) =>
  n === null ? "—" : `${formatNumberEsCo(n)} ${n === 1 ? "fila" : "filas"}`;

export function VersionsPanel({
  slug,
  versions,
  published,
}: {
  slug: string;
  versions: TVersionRow[];
  /** Whether the dataset is on the public site now. */
  published: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [action, setAction] = useState<TAction | null>(null);
  const [message, setMessage] = useState("");
  const confirmRef = useRef<HTMLFieldSetElement>(null);
  const publish = useMutation(trpc.datasets.publishVersion.mutationOptions());
  const rollback = useMutation(trpc.datasets.rollback.mutationOptions());
  const unpublish = useMutation(trpc.datasets.unpublish.mutationOptions());
  const pending = publish.isPending || rollback.isPending || unpublish.isPending;
  const error = publish.error ?? rollback.error ?? unpublish.error;

  // The confirmation takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (action) confirmRef.current?.focus();
  }, [action]);

  function ask(next: TAction) {
    publish.reset();
    rollback.reset();
    unpublish.reset();
    setMessage("");
    setAction(next);
  }

  function confirm() {
    if (!action) return;
    const done = (text: string) => () => {
      setAction(null);
      setMessage(text);
      router.refresh();
    };
    if (action.kind === "unpublish") {
      unpublish.mutate(
        { slug },
        { onSuccess: done("El conjunto de datos ya no está en el sitio público.") },
      );
    } else if (action.kind === "publish") {
      publish.mutate(
        { slug, number: action.number },
        { onSuccess: done(`Versión ${action.number} publicada. Ya está en el sitio público.`) },
      );
    } else {
      rollback.mutate(
        { slug, number: action.number },
        {
          onSuccess: done(
            `Se volvió a la versión ${action.number}. El sitio público ya la muestra.`,
          ),
        },
      );
    }
  }

  const target =
    action && action.kind !== "unpublish" ? versions.find((v) => v.number === action.number) : null;
  const question =
    action?.kind === "unpublish"
      ? "¿Retirar este conjunto de datos del sitio público? Dejará de verse en el catálogo, la API y los portales que lo recogen hasta que vuelva a publicar una versión."
      : action?.kind === "publish"
        ? `¿Publicar la versión ${action.number}${target ? ` (${rows(target.rowCount)}, ${target.fileName})` : ""}? El sitio público y la API mostrarán estos datos en cuanto confirme; las versiones anteriores seguirán disponibles para descargar.`
        : action
          ? `¿Volver a la versión ${action.number}${target ? ` (${rows(target.rowCount)})` : ""}? El sitio público la mostrará en lugar de la versión actual.`
          : "";

  return (
    <div>
      {versions.length === 0 ? (
        <p>Aún no hay versiones: cargue la primera más abajo.</p>
      ) : (
        <div className="table-wrap">
          {/* obs-grid: on phones each version becomes a card, as in the indicator editor. */}
          <table className="data-table obs-grid versions-table">
            <caption>Versiones, de la más reciente a la más antigua</caption>
            <thead>
              <tr>
                <th scope="col">Versión</th>
                <th scope="col">Archivo</th>
                <th scope="col" className="num">
                  Filas
                </th>
                <th scope="col">Estado</th>
                <th scope="col">Cargada</th>
                <th scope="col">Publicada</th>
                <th scope="col">Acciones</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number}>
                  <th scope="row">{v.number}</th>
                  <td data-label="Archivo">{v.fileName}</td>
                  <td data-label="Filas" className="num">
                    {v.rowCount === null ? "—" : formatNumberEsCo(v.rowCount)}
                  </td>
                  <td data-label="Estado">
                    {v.current ? "Publicada (la que se ve)" : VERSION_STATUS_LABELS_ES[v.status]}
                    {v.status === "FAILED" && v.problemCount > 0
                      ? ` (${formatNumberEsCo(v.problemCount)})`
                      : ""}
                    {v.problems.length > 0 ? (
                      <details>
                        <summary>Ver los problemas</summary>
                        <ul>
                          {v.problems.map((text, i) => (
                            <li key={`${v.number}-${i}`}>{text}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </td>
                  <td data-label="Cargada">
                    {v.createdText}
                    {v.createdBy ? `, por ${v.createdBy}` : ""}
                  </td>
                  <td data-label="Publicada">{v.publishedText ?? "—"}</td>
                  <td data-label="Acciones">
                    {v.status === "READY" ? (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={pending}
                        onClick={() => ask({ kind: "publish", number: v.number })}
                      >
                        Publicar la versión {v.number}
                      </button>
                    ) : v.canRollBack ? (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={pending}
                        onClick={() => ask({ kind: "rollback", number: v.number })}
                      >
                        Volver a la versión {v.number}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {published ? (
        <p>
          <button
            type="button"
            className="button button--danger button--small"
            disabled={pending}
            onClick={() => ask({ kind: "unpublish" })}
          >
            Retirar del sitio público
          </button>
        </p>
      ) : null}
      {action ? (
        <fieldset ref={confirmRef} tabIndex={-1} className="notice notice--warning confirm">
          <legend>Confirme</legend>
          <p>{question}</p>
          <div className="button-row">
            <button
              type="button"
              className={`button${action.kind === "unpublish" ? " button--danger" : ""}`}
              disabled={pending}
              onClick={confirm}
            >
              {pending
                ? "Guardando…"
                : action.kind === "unpublish"
                  ? "Sí, retirar"
                  : action.kind === "publish"
                    ? `Sí, publicar la versión ${action.number}`
                    : `Sí, volver a la versión ${action.number}`}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => setAction(null)}
            >
              Cancelar
            </button>
          </div>
        </fieldset>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      ) : null}
      <p role="status" className="form-success">
        {message}
      </p>
    </div>
  );
}
