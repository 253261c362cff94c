"use client";

import { type TWorkshopStatus, WORKSHOP_STATUS_LABELS_ES } from "@lab/domain/workshop";
import { EDITABLE_WORKSHOP_STATUSES } from "@lab/domain/workshop-admin";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { isConflict } from "~/components/form-feedback";
import { SelectField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/react";
import { useRevision } from "../_components/revision";

// The workshop's status, and publishing its results: the public record then shows the
// contributions, capacity map and alliances, and the dashboard's participation indicators are
// recomputed from the records. Publishing again after corrections updates both.

export function PublishPanel({
  workshopId,
  slug,
  status,
  publishedText,
}: {
  workshopId: string;
  slug: string;
  status: TWorkshopStatus;
  /** When results were last published, as staff read it; null before. */
  publishedText: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const { revision, saved } = useRevision();
  const [next, setNext] = useState<string>(status === "RESULTS_PUBLISHED" ? "CLOSED" : status);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const setStatus = useMutation(trpc.workshopAdmin.setStatus.mutationOptions());
  const publish = useMutation(trpc.workshopAdmin.publishResults.mutationOptions());
  const published = status === "RESULTS_PUBLISHED";
  const pending = setStatus.isPending || publish.isPending;

  function fail(e: unknown) {
    setError({ text: (e as Error).message, conflict: isConflict(e) });
  }

  async function onStatus(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    setError(null);
    try {
      const result = await setStatus.mutateAsync({
        workshopId,
        revision,
        status: next as (typeof EDITABLE_WORKSHOP_STATUSES)[number],
      });
      saved(result.revision);
      setMessage(
        published
          ? `Resultados retirados. Estado: ${WORKSHOP_STATUS_LABELS_ES[next as TWorkshopStatus]}.`
          : `Estado cambiado a ${WORKSHOP_STATUS_LABELS_ES[next as TWorkshopStatus]}.`,
      );
      router.refresh();
    } catch (e) {
      fail(e);
    }
  }

  async function onPublish() {
    setMessage("");
    setError(null);
    try {
      const result = await publish.mutateAsync({ workshopId, revision });
      saved(result.revision);
      setConfirming(false);
      setMessage("Resultados publicados. Los indicadores de participación ya se actualizaron.");
      router.refresh();
    } catch (e) {
      setConfirming(false);
      fail(e);
    }
  }

  return (
    <div className="panel">
      <p>
        Estado actual: <strong>{WORKSHOP_STATUS_LABELS_ES[status]}</strong>
        {publishedText ? ` (resultados publicados el ${publishedText})` : ""}.{" "}
        <a href={`/talleres/${slug}`}>Ver la página pública</a>
      </p>
      <form className="form" onSubmit={onStatus} noValidate aria-label="Cambiar el estado">
        <SelectField
          id="estado-taller"
          label="Estado del taller"
          value={next}
          onChange={setNext}
          options={EDITABLE_WORKSHOP_STATUSES.map((s) => ({
            value: s,
            label: WORKSHOP_STATUS_LABELS_ES[s],
          }))}
          hint={
            published
              ? "Cambiar el estado retira los resultados del sitio público y de los indicadores."
              : undefined
          }
        />
        <button type="submit" className="button button--secondary" disabled={pending}>
          {published ? "Retirar resultados y cambiar estado" : "Cambiar estado"}
        </button>
      </form>
      <h3>Publicar resultados</h3>
      <p>
        Publica los aportes, el mapa de capacidades y las alianzas en la página del taller
        (instituciones y cifras, nunca datos personales) y recalcula los indicadores de
        participación.
        {published ? " Publique de nuevo después de corregir algo para actualizarlos." : ""}
      </p>
      {confirming ? (
        <div className="confirm">
          <p>¿Publicar los resultados de este taller en el sitio público?</p>
          <p className="button-row">
            <button type="button" className="button" onClick={onPublish} disabled={pending}>
              {publish.isPending ? "Publicando…" : "Confirmar publicación"}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              Cancelar
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            disabled={pending}
          >
            {published ? "Publicar resultados de nuevo" : "Publicar resultados"}
          </button>
        </p>
      )}
      {error ? (
        <p role="alert" className={error.conflict ? "notice notice--danger" : "form-error"}>
          {error.text}
        </p>
      ) : null}
      <p role="status" className="form-success">
        {message}
      </p>
    </div>
  );
}
