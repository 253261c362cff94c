"use client";

import { slugify } from "@lab/domain/slug";
import { ZCreateWorkshopInput } from "@lab/domain/workshop-admin";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import {
  BLANK_WORKSHOP,
  type TWorkshopValues,
  WorkshopFields,
} from "../_components/workshop-fields";

// A new workshop: its fields and its address (proposed from the title until typed). Agenda,
// questions and the rest are added on its own page, which opens after the creation.

configureSpanishErrors();

export function NewWorkshopForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const [values, setValues] = useState<TWorkshopValues>(BLANK_WORKSHOP);
  const [slug, setSlug] = useState("");
  const [slugTyped, setSlugTyped] = useState(false);
  const save = useSaveState();
  const create = useMutation(trpc.workshopAdmin.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = save.check(ZCreateWorkshopInput, { slug, fields: values });
    if (!input) {
      focusFirstError();
      return;
    }
    const created = await save.run(
      () => create.mutateAsync({ slug, fields: values }),
      "Taller creado. Abriendo su página…",
    );
    if (created) router.push(`/admin/talleres/${created.slug}`);
    else focusFirstError();
  }

  return (
    <FormShell
      formRef={form}
      label="Crear un taller"
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: "Crear taller",
        pendingLabel: "Creando…",
        pending: save.pending,
        disabled: create.isSuccess,
      }}
    >
      <WorkshopFields
        idPrefix="nuevo"
        values={values}
        errors={save.errors}
        errorPrefix="fields."
        onChange={(next) => {
          setValues(next);
          if (!slugTyped) setSlug(slugify(next.title));
        }}
      />
      <fieldset className="form-group">
        <legend>Dirección</legend>
        <TextField
          id="nuevo-slug"
          label="Dirección web (slug)"
          hint={`La página pública será /talleres/${slug || "…"}. Después no se puede cambiar.`}
          value={slug}
          error={save.errors.slug}
          onChange={(text) => {
            setSlug(text);
            setSlugTyped(text !== "");
          }}
        />
      </fieldset>
    </FormShell>
  );
}
