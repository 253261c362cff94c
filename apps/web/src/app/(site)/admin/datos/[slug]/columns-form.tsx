"use client";

import { COLUMN_TYPE_LABELS_ES, type TDatasetColumnView } from "@lab/domain/dataset-view";
import { COLUMN_DESCRIPTION_MAX } from "@lab/domain/dataset-workspace";
import { formatNumberEsCo } from "@lab/domain/number";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { isConflict } from "~/components/form-feedback";
import { useTRPC } from "~/trpc/react";

// The column dictionary of one version: what the loader found (name, field, type and its note
// when a column that looked typed stays text, nulls, range, samples) and the description the
// publisher writes for each column (the note is not one, nor counted as one in the quality
// score). Only the edited descriptions are sent, each with the text it replaces: if someone
// else changed that column meanwhile, nothing is saved and the page shows their text.

type TColumn = Pick<
  TDatasetColumnView,
  "name" | "field" | "type" | "typeNote" | "description" | "nullCount" | "min" | "max" | "samples"
>;

function profile(c: TColumn): string {
  const parts = [`Campo ${c.field}`, COLUMN_TYPE_LABELS_ES[c.type]];
  if (c.nullCount > 0) parts.push(`${formatNumberEsCo(c.nullCount)} vacíos`);
  if (c.min !== null && c.max !== null && c.type !== "text" && c.type !== "boolean") {
    parts.push(`de ${c.min} a ${c.max}`);
  }
  if (c.samples.length > 0) parts.push(`ejemplos: ${c.samples.slice(0, 3).join(", ")}`);
  return parts.join(" · ");
}

export function ColumnsForm({
  slug,
  number,
  columns,
}: {
  slug: string;
  number: number;
  columns: TColumn[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const initial = Object.fromEntries(columns.map((c) => [c.field, c.description]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [base, setBase] = useState<Record<string, string>>(initial);
  const [message, setMessage] = useState("");
  const [conflict, setConflict] = useState<string | null>(null);
  const mutation = useMutation(trpc.datasets.updateColumns.mutationOptions());
  const serverKey = JSON.stringify(initial);

  // New descriptions from the server (after a save or a conflict): they replace the columns
  // this publisher did not touch; their own edits stay for a second save.
  useEffect(() => {
    const fresh = JSON.parse(serverKey) as Record<string, string>;
    setValues((current) => {
      const next = { ...fresh };
      for (const field of Object.keys(fresh)) {
        if (current[field] !== undefined && current[field] !== base[field]) {
          next[field] = current[field] as string;
        }
      }
      return next;
    });
    setBase(fresh);
  }, [serverKey]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    setConflict(null);
    mutation.reset();
    const changed = columns
      .filter((c) => (values[c.field] ?? "").trim() !== (base[c.field] ?? "").trim())
      .map((c) => ({
        field: c.field,
        description: (values[c.field] ?? "").trim(),
        previous: base[c.field] ?? "",
      }));
    if (changed.length === 0) {
      setMessage("No hay descripciones nuevas que guardar.");
      return;
    }
    mutation.mutate(
      { slug, number, columns: changed },
      {
        onSuccess: (result) => {
          setMessage(
            `Diccionario de la versión ${number} guardado (${result.changed} ${result.changed === 1 ? "columna" : "columnas"}).`,
          );
          setBase((b) => ({
            ...b,
            ...Object.fromEntries(changed.map((c) => [c.field, c.description])),
          }));
          router.refresh();
        },
        onError: (error) => {
          if (isConflict(error)) {
            setConflict(error.message);
            router.refresh();
          }
        },
      },
    );
  }

  return (
    <form className="form form--wide" onSubmit={onSubmit} noValidate>
      {columns.map((c) => (
        <div key={c.field} className="field">
          <label htmlFor={`columna-${c.field}`}>Descripción de «{c.name}»</label>
          <p id={`columna-${c.field}-hint`} className="hint">
            {profile(c)}
          </p>
          {c.typeNote ? (
            <p id={`columna-${c.field}-tipo`} className="hint">
              {c.typeNote}
            </p>
          ) : null}
          <textarea
            id={`columna-${c.field}`}
            rows={2}
            maxLength={COLUMN_DESCRIPTION_MAX}
            aria-describedby={
              c.typeNote
                ? `columna-${c.field}-hint columna-${c.field}-tipo`
                : `columna-${c.field}-hint`
            }
            value={values[c.field] ?? ""}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setValues((v) => ({ ...v, [c.field]: text }));
              setMessage("");
            }}
          />
        </div>
      ))}
      {conflict ? (
        <p role="alert" className="notice notice--danger">
          {conflict}
        </p>
      ) : null}
      {mutation.error && !conflict ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      <p role="status" className="form-success">
        {message}
      </p>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? "Guardando…" : "Guardar el diccionario"}
      </button>
    </form>
  );
}
