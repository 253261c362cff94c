"use client";

import type { TCreateDatasetInput } from "@lab/domain/dataset";
import type { TDatasetField } from "@lab/domain/dataset-workspace";
import { slugify, ZSlug } from "@lab/domain/slug";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Field, fieldErrorsOf } from "~/components/form-feedback";
import { FormShell, showsInvalid } from "~/components/form-shell";
import { useFocusFirstError, useLiveChecks } from "~/components/live-checks";
import { useTRPC } from "~/trpc/react";
import { DatasetFieldsets } from "./dataset-fields";
import {
  BLANK_DATASET_VALUES,
  parseDatasetField,
  parseDatasetValues,
  serverFieldErrors,
  type TDatasetValues,
} from "./dataset-values";

// A new dataset: its address and its metadata, each field checked with the domain's rules as
// the publisher leaves it. It starts unpublished; versions are uploaded on its own page. The
// address follows the title until the publisher types one.

configureSpanishErrors();

type TField = TDatasetField | "slug";

function slugMessage(text: string): string | undefined {
  const parsed = ZSlug.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

export function NewDatasetForm({
  offices,
  indicators,
  defaultOffice,
}: {
  offices: { slug: string; name: string }[];
  indicators: { slug: string; name: string }[];
  defaultOffice: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TDatasetValues>({
    ...BLANK_DATASET_VALUES,
    officeSlug: defaultOffice,
  });
  const [slug, setSlug] = useState("");
  const [slugTyped, setSlugTyped] = useState(false);
  const checks = useLiveChecks<TField>();
  const focusFirstError = useFocusFirstError(form);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation(trpc.datasets.create.mutationOptions());

  const messageFor = (field: TDatasetField, text: string) => {
    const parsed = parseDatasetField(field, text);
    return parsed.ok ? undefined : parsed.message;
  };

  function onChange(field: TDatasetField, text: string) {
    setValues((v) => ({ ...v, [field]: text }));
    checks.edited(field, messageFor(field, text));
    if (field === "title" && !slugTyped) {
      const proposed = slugify(text);
      setSlug(proposed);
      checks.edited("slug", slugMessage(proposed));
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    mutation.reset();
    const { errors, metadata } = parseDatasetValues(values);
    const found: Partial<Record<TField, string>> = { ...errors, slug: slugMessage(slug) };
    checks.setErrors(found);
    if (!metadata || found.slug) {
      focusFirstError();
      return;
    }
    mutation.mutate({ ...metadata, slug } as TCreateDatasetInput, {
      onSuccess: (created) => router.push(`/admin/datos/${created.slug}`),
      onError: (error) => {
        const mapped = serverFieldErrors(fieldErrorsOf(error));
        if (Object.keys(mapped).length === 0) {
          setProblem(error.message);
          return;
        }
        checks.setErrors(mapped);
        focusFirstError();
      },
    });
  }

  return (
    <FormShell
      formRef={form}
      label="Crear un conjunto de datos"
      onSubmit={onSubmit}
      outcome={{
        problem,
        invalid: showsInvalid(submitted, checks.errors),
        success: mutation.isSuccess ? "Conjunto de datos creado. Abriendo su página…" : "",
      }}
      submit={{
        label: "Crear conjunto de datos",
        pendingLabel: "Creando…",
        pending: mutation.isPending,
        disabled: mutation.isSuccess,
      }}
    >
      <DatasetFieldsets
        idPrefix="nuevo"
        values={values}
        errors={checks.errors}
        offices={offices}
        indicators={indicators}
        onChange={onChange}
        onBlur={(field) => checks.left(field, messageFor(field, values[field]))}
      />
      <fieldset className="form-group">
        <legend>Dirección</legend>
        <Field
          id="nuevo-slug"
          label="Dirección web (slug)"
          hint={
            <>
              La página pública será /datos/{slug || "…"}. Se propone a partir del título hasta que
              la cambie; después no se puede cambiar.
            </>
          }
          error={checks.errors.slug}
        >
          {(control) => (
            <input
              {...control}
              name="slug"
              value={slug}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setSlug(text);
                setSlugTyped(true);
                checks.edited("slug", slugMessage(text));
              }}
              onBlur={() => {
                if (slug.trim() === "") {
                  const proposed = slugify(values.title);
                  setSlug(proposed);
                  setSlugTyped(false);
                  checks.left("slug", slugMessage(proposed));
                  return;
                }
                checks.left("slug", slugMessage(slug));
              }}
            />
          )}
        </Field>
      </fieldset>
    </FormShell>
  );
}
