"use client";

import { ZSaveLessonModuleInput } from "@lab/domain/lesson-admin";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { TextArea, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { HydratedFieldset } from "./_components/hydrated-fieldset";
import { numberOrText } from "./[slug]/lesson-values";

// A module of lessons: its name, description and place among the modules. Without a slug the
// form creates one; with it, edits that module (its address never changes).

configureSpanishErrors();

export type TModuleValues = { title: string; description: string; order: string };

export function ModuleForm({
  slug,
  initial,
  onSaved,
}: {
  slug?: string;
  initial: TModuleValues;
  /** After a save (the list refreshes itself). */
  onSaved?: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const [values, setValues] = useState(initial);
  const save = useSaveState();
  const mutation = useMutation(trpc.lessonAdmin.saveModule.mutationOptions());
  const idPrefix = slug ? `modulo-${slug}` : "modulo-nuevo";
  const set = (field: keyof TModuleValues) => (text: string) =>
    setValues((v) => ({ ...v, [field]: text }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = save.check(ZSaveLessonModuleInput, {
      ...(slug ? { slug } : {}),
      title: values.title,
      description: values.description,
      order: numberOrText(values.order) ?? "",
    });
    if (!input) {
      focusFirstError();
      return;
    }
    const result = await save.run(
      () => mutation.mutateAsync(input),
      slug ? "Módulo guardado." : "Módulo creado.",
    );
    if (!result) {
      focusFirstError();
      return;
    }
    if (!slug) setValues(initial);
    router.refresh();
    onSaved?.();
  }

  return (
    <FormShell
      formRef={form}
      label={slug ? `Editar el módulo ${initial.title}` : "Crear un módulo"}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: slug ? "Guardar módulo" : "Crear módulo",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <HydratedFieldset>
        <TextField
          id={`${idPrefix}-titulo`}
          label="Nombre del módulo"
          value={values.title}
          error={save.errors.title ?? save.errors.slug}
          onChange={set("title")}
        />
        <TextArea
          id={`${idPrefix}-descripcion`}
          label="Descripción (opcional)"
          value={values.description}
          error={save.errors.description}
          onChange={set("description")}
        />
        <TextField
          id={`${idPrefix}-orden`}
          type="number"
          label="Orden entre los módulos"
          hint="1 es el primer módulo de /lecciones."
          value={values.order}
          error={save.errors.order}
          onChange={set("order")}
        />
      </HydratedFieldset>
    </FormShell>
  );
}
