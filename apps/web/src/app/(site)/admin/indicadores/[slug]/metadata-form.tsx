"use client";

import type { TUnit } from "@lab/domain/indicator";
import {
  METADATA_FIELD_LABELS_ES,
  METADATA_FIELDS,
  type TMetadataField,
} from "@lab/domain/indicator-metadata";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FichaFieldsets } from "~/components/ficha-fields";
import { parseMetadataField, type TMetadataValues } from "~/components/ficha-values";
import { fieldErrorsOf, isConflict } from "~/components/form-feedback";
import { useFocusFirstError, useLiveChecks } from "~/components/live-checks";
import { useTRPC } from "~/trpc/react";
import { metadataChanges } from "./metadata-values";

// The indicator's ficha. Each field is checked with the domain's rules when the official
// leaves it (and then as they type), with the message beside it; only the fields the official
// changed are sent, with the ficha version this page loaded. If someone else saved the ficha
// meanwhile, the save is refused: their values fill the fields this official did not touch,
// and this official's own edits stay in place for a second save.

configureSpanishErrors();

type TErrors = Partial<Record<TMetadataField, string>>;

export function MetadataForm({
  slug,
  unit,
  metadataVersion,
  initial,
  changedFields,
}: {
  slug: string;
  unit: TUnit;
  metadataVersion: number;
  /** The ficha's texts with the draft applied, as loaded. */
  initial: TMetadataValues;
  /** Fields with a change that is not published yet. */
  changedFields: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(metadataVersion);
  const checks = useLiveChecks<TMetadataField>();
  const focusFirstError = useFocusFirstError(form);
  const [message, setMessage] = useState("");
  const [conflict, setConflict] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  // How to take the next ficha the server sends: after our own save, as is; after a conflict,
  // merged with what this official typed.
  const adopt = useRef<"saved" | "conflict" | null>(null);
  const [ack, setAck] = useState(0);
  const mutation = useMutation(trpc.indicators.updateMetadata.mutationOptions());

  // Runs when a new ficha version arrives (or a conflict is acknowledged), not on keystrokes.
  useEffect(() => {
    if (metadataVersion === version) return;
    const dirty = METADATA_FIELDS.some((f) => values[f] !== base[f]);
    // With unsaved edits and no conflict yet, keep the version we loaded: saving them must be
    // refused, so the official sees what changed.
    if (dirty && !adopt.current) return;
    const merge = adopt.current === "conflict";
    setValues((current) => {
      const next = { ...initial };
      if (merge) for (const f of METADATA_FIELDS) if (current[f] !== base[f]) next[f] = current[f];
      return next;
    });
    setBase(initial);
    setVersion(metadataVersion);
    adopt.current = null;
  }, [metadataVersion, ack]);

  function messageFor(field: TMetadataField, text: string) {
    const parsed = parseMetadataField(field, text, unit);
    return parsed.ok ? undefined : parsed.message;
  }

  function onChange(field: TMetadataField, text: string) {
    setValues((v) => ({ ...v, [field]: text }));
    setMessage("");
    checks.edited(field, messageFor(field, text));
  }

  function onBlur(field: TMetadataField) {
    checks.left(field, messageFor(field, values[field]));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    setConflict(null);
    setSubmitted(true);
    mutation.reset();
    const { errors: found, changes } = metadataChanges(values, base, unit);
    checks.setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    const fields = Object.keys(changes) as TMetadataField[];
    if (fields.length === 0) {
      setMessage("No hay cambios que guardar en la ficha.");
      return;
    }
    mutation.mutate(
      { indicatorSlug: slug, metadataVersion: version, changes },
      {
        onSuccess: (result) => {
          const labels = fields.map((f) => METADATA_FIELD_LABELS_ES[f]).join(", ");
          setMessage(
            result.changed > 0
              ? `Ficha guardada como borrador (${labels}). Se verá en la página pública cuando la administración publique los cambios.`
              : "No hay cambios que guardar en la ficha.",
          );
          if (result.changed > 0) {
            adopt.current = "saved";
            setAck((n) => n + 1);
            router.refresh();
          }
        },
        onError: (error) => {
          if (isConflict(error)) {
            setConflict(error.message);
            adopt.current = "conflict";
            setAck((n) => n + 1);
            router.refresh();
            return;
          }
          const server = fieldErrorsOf(error);
          if (server) {
            const mapped: TErrors = {};
            for (const [key, list] of Object.entries(server)) {
              const field = key.replace(/^changes\./, "") as TMetadataField;
              if (METADATA_FIELDS.includes(field) && list?.length) mapped[field] = list.join(" ");
            }
            checks.setErrors(mapped);
            focusFirstError();
          }
        },
      },
    );
  }

  // The summary speaks after a refused save only, not while the official is still typing.
  const invalid = submitted && Object.values(checks.errors).some(Boolean);

  return (
    <form ref={form} className="form form--wide" onSubmit={onSubmit} noValidate>
      <FichaFieldsets
        values={values}
        errors={checks.errors}
        pendingFields={changedFields}
        onChange={onChange}
        onBlur={onBlur}
      />
      {conflict ? (
        <p role="alert" className="notice notice--danger">
          {conflict}
        </p>
      ) : null}
      {mutation.error && !conflict && !fieldErrorsOf(mutation.error) ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      {invalid ? (
        <p role="alert" className="form-error">
          Revise los campos marcados.
        </p>
      ) : null}
      <p role="status" className="form-success">
        {message}
      </p>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? "Guardando…" : "Guardar ficha"}
      </button>
    </form>
  );
}
