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
import { type FormEvent, useRef, useState } from "react";
import { FichaFieldsets } from "~/components/ficha-fields";
import { parseMetadataField, type TMetadataValues } from "~/components/ficha-values";
import { fieldErrorsOf, isConflict } from "~/components/form-feedback";
import { FormShell, generalError, showsInvalid } from "~/components/form-shell";
import { useFocusFirstError, useLiveChecks } from "~/components/live-checks";
import { useVersionedValues } from "~/components/versioned-values";
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
  // The next ficha the server sends: after our own save taken as is; after a conflict, merged
  // with what this official typed.
  const draft = useVersionedValues(METADATA_FIELDS, initial, metadataVersion);
  const { values, setValues, base, version } = draft;
  const checks = useLiveChecks<TMetadataField>();
  const focusFirstError = useFocusFirstError(form);
  const [message, setMessage] = useState("");
  const [conflict, setConflict] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const mutation = useMutation(trpc.indicators.updateMetadata.mutationOptions());

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
            draft.saved();
            router.refresh();
          }
        },
        onError: (error) => {
          if (isConflict(error)) {
            setConflict(error.message);
            draft.conflicted();
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

  return (
    <FormShell
      formRef={form}
      onSubmit={onSubmit}
      outcome={{
        conflict,
        problem: generalError(mutation.error, conflict),
        invalid: showsInvalid(submitted, checks.errors),
        success: message,
      }}
      submit={{ label: "Guardar ficha", pendingLabel: "Guardando…", pending: mutation.isPending }}
    >
      <FichaFieldsets
        values={values}
        errors={checks.errors}
        pendingFields={changedFields}
        onChange={onChange}
        onBlur={onBlur}
      />
    </FormShell>
  );
}
