"use client";

import type { TDatasetMetadata } from "@lab/domain/dataset";
import {
  DATASET_FIELD_LABELS_ES,
  DATASET_FIELDS,
  type TDatasetField,
} from "@lab/domain/dataset-workspace";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { fieldErrorsOf, isConflict } from "~/components/form-feedback";
import { useFocusFirstError, useLiveChecks } from "~/components/live-checks";
import { useTRPC } from "~/trpc/react";
import { DatasetFieldsets } from "../dataset-fields";
import {
  parseDatasetField,
  parseDatasetValues,
  serverFieldErrors,
  type TDatasetValues,
} from "../dataset-values";

// The dataset's metadata. Each field is checked with the domain's rules when the publisher
// leaves it (and then as they type), with the message beside it. The save carries the token of
// the metadata this page loaded: if someone else saved meanwhile, it is refused, their values
// fill the fields this publisher did not touch, and this publisher's edits stay for a second save.

configureSpanishErrors();

export function DatasetMetadataForm({
  slug,
  published,
  metadataVersion,
  initial,
  offices,
  indicators,
}: {
  slug: string;
  published: boolean;
  metadataVersion: string;
  initial: TDatasetValues;
  offices: { slug: string; name: string }[];
  indicators: { slug: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(metadataVersion);
  const checks = useLiveChecks<TDatasetField>();
  const focusFirstError = useFocusFirstError(form);
  const [message, setMessage] = useState("");
  const [conflict, setConflict] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const adopt = useRef<"saved" | "conflict" | null>(null);
  const [ack, setAck] = useState(0);
  const mutation = useMutation(trpc.datasets.updateMetadata.mutationOptions());

  // Runs when new metadata arrives from the server (or a conflict is acknowledged).
  useEffect(() => {
    if (metadataVersion === version) return;
    const dirty = DATASET_FIELDS.some((f) => values[f] !== base[f]);
    // Unsaved edits and no conflict yet: keep the token we loaded, so saving them is refused
    // and the publisher sees what changed.
    if (dirty && !adopt.current) return;
    const merge = adopt.current === "conflict";
    setValues((current) => {
      const next = { ...initial };
      if (merge) for (const f of DATASET_FIELDS) if (current[f] !== base[f]) next[f] = current[f];
      return next;
    });
    setBase(initial);
    setVersion(metadataVersion);
    adopt.current = null;
  }, [metadataVersion, ack]);

  const messageFor = (field: TDatasetField, text: string) => {
    const parsed = parseDatasetField(field, text);
    return parsed.ok ? undefined : parsed.message;
  };

  function onChange(field: TDatasetField, text: string) {
    setValues((v) => ({ ...v, [field]: text }));
    setMessage("");
    checks.edited(field, messageFor(field, text));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    setConflict(null);
    setSubmitted(true);
    mutation.reset();
    const { errors, metadata } = parseDatasetValues(values);
    checks.setErrors(errors);
    if (!metadata) {
      focusFirstError();
      return;
    }
    mutation.mutate(
      { slug, metadataVersion: version, metadata: metadata as TDatasetMetadata },
      {
        onSuccess: (result) => {
          if (result.changed.length === 0) {
            setMessage("No hay cambios que guardar en la ficha.");
            return;
          }
          const labels = result.changed
            .map((f) => DATASET_FIELD_LABELS_ES[f as TDatasetField] ?? f)
            .join(", ");
          setMessage(
            `Ficha guardada (${labels}).${published ? " El sitio público ya muestra los cambios." : ""}`,
          );
          adopt.current = "saved";
          setAck((n) => n + 1);
          router.refresh();
        },
        onError: (error) => {
          if (isConflict(error)) {
            setConflict(error.message);
            adopt.current = "conflict";
            setAck((n) => n + 1);
            router.refresh();
            return;
          }
          const mapped = serverFieldErrors(fieldErrorsOf(error));
          if (Object.keys(mapped).length > 0) {
            checks.setErrors(mapped as Partial<Record<TDatasetField, string>>);
            focusFirstError();
          }
        },
      },
    );
  }

  const invalid = submitted && Object.values(checks.errors).some(Boolean);

  return (
    <form
      ref={form}
      className="form form--wide"
      onSubmit={onSubmit}
      noValidate
      aria-label="Ficha del conjunto de datos"
    >
      <DatasetFieldsets
        idPrefix="ficha"
        values={values}
        errors={checks.errors}
        offices={offices}
        indicators={indicators}
        onChange={onChange}
        onBlur={(field) => checks.left(field, messageFor(field, values[field]))}
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
