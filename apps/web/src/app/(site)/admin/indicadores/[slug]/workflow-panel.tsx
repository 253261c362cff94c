"use client";

import { REJECTION_REASON_MAX_LENGTH, type TDraftState, ZRejectInput } from "@lab/domain/draft";
import { DraftStatus } from "@lab/ui/indicators/draft-status";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FieldError, isConflict } from "~/components/form-feedback";
import { useTRPC } from "~/trpc/react";

// The publishing workflow of one indicator: where its drafts stand and the next step. Editors
// submit; admins publish or send back with a reason. Each step names the revision this page
// loaded, so nobody publishes or returns changes they have not seen (CONFLICT otherwise).

type TPerson = { name: string; atText: string; atIso: string } | null;

export type TWorkflowPanelProps = {
  slug: string;
  state: TDraftState;
  everPublished: boolean;
  revision: number;
  isAdmin: boolean;
  pendingRows: number;
  changedFieldLabels: string[];
  submitted: TPerson;
  reviewed: TPerson;
  updated: TPerson;
  rejectionReason: string | null;
};

type TStep = "publish" | "reject" | null;

const reasonSchema = ZRejectInput.shape.reason;

function reasonProblem(reason: string): string | undefined {
  const result = reasonSchema.safeParse(reason);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

export function WorkflowPanel(props: TWorkflowPanelProps) {
  const { slug, state, everPublished, revision, isAdmin, pendingRows, changedFieldLabels } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const [step, setStep] = useState<TStep>(null);
  const [done, setDone] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [reasonTouched, setReasonTouched] = useState(false);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const hasPending = pendingRows > 0 || changedFieldLabels.length > 0;
  const canSubmit = hasPending && state !== "SUBMITTED";
  const canPublish = isAdmin && (hasPending || !everPublished);
  const canReject = isAdmin && state === "SUBMITTED";

  const handlers = (message: string) => ({
    onSuccess: () => {
      setStep(null);
      setDone(message);
      setReason("");
      setReasonTouched(false);
      router.refresh();
      status.current?.focus();
    },
    onError: (error: { message: string }) => {
      setFailure(error.message);
      // The indicator changed meanwhile: reload it, so the official reviews what is there now.
      if (isConflict(error)) router.refresh();
    },
  });
  const submit = useMutation(
    trpc.indicators.submit.mutationOptions(
      handlers("Cambios enviados a revisión. La administración los revisará antes de publicarlos."),
    ),
  );
  const publish = useMutation(
    trpc.indicators.publish.mutationOptions(
      handlers("Cambios publicados: ya se ven en la página pública, la API y las descargas."),
    ),
  );
  const reject = useMutation(
    trpc.indicators.reject.mutationOptions(
      handlers("Cambios devueltos con observaciones. Quien los editó verá el motivo."),
    ),
  );
  const busy = submit.isPending || publish.isPending || reject.isPending;

  useEffect(() => {
    if (step === "reject") reasonInput.current?.focus();
    if (step === "publish") confirmButton.current?.focus();
  }, [step]);

  function begin(next: TStep) {
    setFailure(null);
    setDone("");
    setStep(next);
  }

  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = reasonProblem(reason);
    setReasonTouched(true);
    setReasonError(problem);
    if (problem) {
      reasonInput.current?.focus();
      return;
    }
    setFailure(null);
    reject.mutate({ indicatorSlug: slug, revision, reason });
  }

  const pendingParts = [
    pendingRows > 0 ? plural(pendingRows, "valor", "valores") : null,
    changedFieldLabels.length > 0
      ? `${plural(changedFieldLabels.length, "campo", "campos")} de la ficha (${changedFieldLabels.join(", ")})`
      : null,
  ].filter(Boolean);

  return (
    <section
      aria-labelledby="estado"
      className={`workflow workflow--${state.toLowerCase()}`}
      id="publicacion"
    >
      <h2 id="estado">Estado de publicación</h2>
      <p className="workflow__state">
        <DraftStatus state={state} everPublished={everPublished} />
      </p>
      <p>
        {pendingParts.length > 0
          ? `Cambios sin publicar: ${pendingParts.join(" y ")}.`
          : everPublished
            ? "No hay cambios sin publicar: la página pública muestra lo mismo que esta."
            : "Este indicador aún no se ha publicado."}
      </p>
      <ul className="plain-list workflow__people">
        {props.updated ? (
          <li>
            Última edición: {props.updated.name},{" "}
            <time dateTime={props.updated.atIso}>{props.updated.atText}</time>
          </li>
        ) : null}
        {props.submitted && (state === "SUBMITTED" || state === "REJECTED") ? (
          <li>
            Enviado a revisión por {props.submitted.name},{" "}
            <time dateTime={props.submitted.atIso}>{props.submitted.atText}</time>
          </li>
        ) : null}
        {props.reviewed ? (
          <li>
            {state === "REJECTED" ? "Devuelto" : "Última publicación"} por {props.reviewed.name},{" "}
            <time dateTime={props.reviewed.atIso}>{props.reviewed.atText}</time>
          </li>
        ) : null}
      </ul>
      {state === "REJECTED" && props.rejectionReason ? (
        <div className="notice notice--danger workflow__reason">
          <h3>Motivo de la devolución</h3>
          <p>{props.rejectionReason}</p>
          <p className="muted">Corrija lo indicado y envíe los cambios a revisión de nuevo.</p>
        </div>
      ) : null}
      {state === "SUBMITTED" && !isAdmin ? (
        <p className="notice">
          Los cambios esperan la revisión de la administración. Puede seguir editando: lo que cambie
          se incluye en la misma revisión.
        </p>
      ) : null}

      {failure ? (
        <p role="alert" className="notice notice--danger">
          {failure}
        </p>
      ) : null}
      <p role="status" ref={status} tabIndex={-1} className="form-success">
        {done}
      </p>

      {canSubmit || canPublish || canReject ? (
        <div className="workspace-actions">
          {canSubmit ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                begin(null);
                submit.mutate({ indicatorSlug: slug, revision });
              }}
            >
              {submit.isPending ? "Enviando…" : "Enviar a revisión"}
            </button>
          ) : null}
          {canPublish ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-expanded={step === "publish"}
              onClick={() => begin("publish")}
            >
              Publicar cambios
            </button>
          ) : null}
          {canReject ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              aria-expanded={step === "reject"}
              onClick={() => begin("reject")}
            >
              Devolver con observaciones
            </button>
          ) : null}
        </div>
      ) : null}

      {step === "publish" ? (
        <div className="workflow__step">
          <p id="publish-question">
            {hasPending
              ? `Se publicarán ${pendingParts.join(" y ")}. Se verán de inmediato en la página pública, la API y las descargas.`
              : "El indicador se publicará por primera vez y aparecerá en la página pública."}
          </p>
          <div className="workspace-actions">
            <button
              ref={confirmButton}
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setFailure(null);
                publish.mutate({ indicatorSlug: slug, revision });
              }}
            >
              {publish.isPending ? "Publicando…" : "Confirmar publicación"}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStep(null)}
            >
              Cancelar
            </button>
          </div>
        </div>
      ) : null}

      {step === "reject" ? (
        <form className="form workflow__step" onSubmit={onReject} noValidate>
          <div className="field">
            <label htmlFor="reject-reason">Motivo de la devolución</label>
            <textarea
              ref={reasonInput}
              id="reject-reason"
              rows={3}
              maxLength={REJECTION_REASON_MAX_LENGTH}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                // Once the official has left the field, the message follows each keystroke.
                if (reasonTouched) setReasonError(reasonProblem(e.currentTarget.value));
              }}
              onBlur={() => {
                setReasonTouched(true);
                setReasonError(reasonProblem(reason));
              }}
              aria-describedby="reject-reason-hint reject-reason-error"
              aria-invalid={reasonError ? true : undefined}
            />
            <p id="reject-reason-hint" className="hint">
              Explique qué debe corregir quien editó (al menos 10 caracteres).
            </p>
            <FieldError id="reject-reason-error" messages={reasonError} />
          </div>
          <div className="workspace-actions">
            <button type="submit" className="button" disabled={busy}>
              {reject.isPending ? "Devolviendo…" : "Devolver cambios"}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStep(null)}
            >
              Cancelar
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
