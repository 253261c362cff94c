"use client";

import { ZInstitutionInput } from "@lab/domain/workshop-admin";
import type { TInstitutionAdminView } from "@lab/domain/workshop-admin-views";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { SelectField, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { INSTITUTION_TYPE_OPTIONS, type TOption } from "../_components/options";

// An institution: a new one, or corrections to one. The Alcaldía's dependencias name the
// Alcaldía as the institution they depend on.

configureSpanishErrors();

export function InstitutionForm({
  editing,
  parents,
  onDone,
}: {
  editing: TInstitutionAdminView | null;
  parents: TOption[];
  /** Closes the form after an edit (a client parent's callback; none for the new-entry form). */
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const blank = {
    name: editing?.name ?? "",
    type: editing?.type ?? "UNIVERSIDAD",
    city: editing?.city ?? "",
    website: editing?.website ?? "",
    parentId: editing?.parentId ?? "",
  };
  const [values, setValues] = useState(blank);
  const save = useSaveState();
  const mutation = useMutation(trpc.workshopAdmin.saveInstitution.mutationOptions());
  const set = (key: keyof typeof blank) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const prefix = editing ? `institucion-${editing.id}` : "institucion-nueva";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...values, id: editing?.id ?? null, parentId: values.parentId || null };
    if (!save.check(ZInstitutionInput, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(
      () => mutation.mutateAsync(input as Parameters<typeof mutation.mutateAsync>[0]),
      (saved) => `Institución «${saved.name}» guardada.`,
    );
    if (!result) {
      focusFirstError();
      return;
    }
    router.refresh();
    if (editing) onDone?.();
    else setValues(blank);
  }

  const field = (key: keyof typeof blank) => ({
    id: `${prefix}-${key}`,
    value: values[key],
    onChange: set(key),
    error: save.errors[key],
  });
  return (
    <FormShell
      formRef={form}
      label={editing ? `Editar ${editing.name}` : "Registrar una institución"}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: editing ? "Guardar institución" : "Registrar institución",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <TextField
        {...field("name")}
        label="Nombre"
        hint="Con la sigla entre paréntesis si la tiene: Universidad Industrial de Santander (UIS)."
      />
      <SelectField {...field("type")} label="Tipo" options={INSTITUTION_TYPE_OPTIONS} />
      <TextField {...field("city")} label="Ciudad (opcional)" />
      <TextField {...field("website")} type="url" label="Sitio web (opcional)" />
      <SelectField
        {...field("parentId")}
        label="Depende de (opcional)"
        hint="Para las dependencias de la Alcaldía: la Alcaldía."
        emptyLabel="De ninguna"
        options={parents.filter((p) => p.value !== editing?.id)}
      />
      {editing ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onDone}>
            Cancelar
          </button>
        </p>
      ) : null}
    </FormShell>
  );
}
