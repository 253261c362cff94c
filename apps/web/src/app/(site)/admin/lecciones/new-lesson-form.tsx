"use client";

import { ZCreateLessonInput } from "@lab/domain/lesson-admin";
import { slugify } from "@lab/domain/slug";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import type { TOption } from "~/components/form-fields";
import { SelectField, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { HydratedFieldset } from "./_components/hydrated-fieldset";

// A new lesson: its module and title (the address is proposed from the title until typed).
// It is created as a draft with a starter body, and its editor opens.

configureSpanishErrors();

export function NewLessonForm({ modules }: { modules: TOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const [moduleSlug, setModuleSlug] = useState(modules[0]?.value ?? "");
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTyped, setSlugTyped] = useState(false);
  const save = useSaveState();
  const create = useMutation(trpc.lessonAdmin.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = save.check(ZCreateLessonInput, {
      moduleSlug,
      title,
      ...(slug ? { slug } : {}),
    });
    if (!input) {
      focusFirstError();
      return;
    }
    const created = await save.run(
      () => create.mutateAsync(input),
      "Lección creada. Abriendo su editor…",
    );
    if (created) router.push(`/admin/lecciones/${created.slug}`);
    else focusFirstError();
  }

  return (
    <FormShell
      formRef={form}
      label="Crear una lección"
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: "Crear lección",
        pendingLabel: "Creando…",
        pending: save.pending,
        disabled: create.isSuccess,
      }}
    >
      <HydratedFieldset>
        <SelectField
          id="nueva-modulo"
          label="Módulo"
          value={moduleSlug}
          options={modules}
          error={save.errors.moduleSlug}
          onChange={setModuleSlug}
        />
        <TextField
          id="nueva-titulo"
          label="Título de la lección"
          value={title}
          error={save.errors.title}
          onChange={(text) => {
            setTitle(text);
            if (!slugTyped) setSlug(slugify(text));
          }}
        />
        <TextField
          id="nueva-slug"
          label="Dirección web (slug)"
          hint={`La página pública será /lecciones/${slug || "…"}. Después no se puede cambiar.`}
          value={slug}
          error={save.errors.slug}
          onChange={(text) => {
            setSlug(text);
            setSlugTyped(text !== "");
          }}
        />
      </HydratedFieldset>
    </FormShell>
  );
}
