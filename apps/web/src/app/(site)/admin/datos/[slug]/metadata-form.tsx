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
import { type FormEvent, useRef, useState } from "react";
import { fieldErrorsOf, isConflict } from "~/components/form-feedback";
import { FormShell, generalError, showsInvalid } from "~/components/form-shell";
import { useFocusFirstError, useLiveChecks } from "~/components/live-checks";
import { useVersionedValues } from "~/components/versioned-values";
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
  const draft = useVersionedValues(DATASET_FIELDS, initial, metadataVersion);
  const { values, setValues, version } = draft;
  const checks = useLiveChecks<TDatasetField>();
  const focusFirstError = useFocusFirstError(form);
  const [message, setMessage] = useState("");
  const [conflict, setConflict] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const mutation = useMutation(trpc.datasets.updateMetadata.mutationOptions());

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
          draft.saved();
          router.refresh();
        },
        onError: (error) => {
          if (isConflict(error)) {
            setConflict(error.message);
            draft.conflicted();
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

  return (
    <FormShell
      formRef={form}
      label="Ficha del conjunto de datos"
      onSubmit={onSubmit}
      outcome={{
        conflict,
        problem: generalError(mutation.error, conflict),
        invalid: showsInvalid(submitted, checks.errors),
        success: message,
      }}
      submit={{ label: "Guardar ficha", pendingLabel: "Guardando…", pending: mutation.isPending }}
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
    </FormShell>
  );
}
