"use client";

import { ZUpdateWorkshopInput } from "@lab/domain/workshop-admin";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef } from "react";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { useRevision } from "../_components/revision";
import { useServerSynced } from "../_components/server-synced";
import { type TWorkshopValues, WorkshopFields } from "../_components/workshop-fields";

// The workshop's own fields, saved with the revision this page holds: if someone else saved
// the workshop meanwhile, the save is refused with a message to reload.

configureSpanishErrors();

export function WorkshopDataForm({
  workshopId,
  initial,
}: {
  workshopId: string;
  initial: TWorkshopValues;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const values = useServerSynced(initial);
  const { revision, saved } = useRevision();
  const save = useSaveState();
  const update = useMutation(trpc.workshopAdmin.update.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { workshopId, revision, fields: values.value };
    if (!save.check(ZUpdateWorkshopInput, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(() => update.mutateAsync(input), "Datos del taller guardados.");
    if (result) {
      saved(result.revision);
      values.saved();
      router.refresh();
    } else {
      focusFirstError();
    }
  }

  return (
    <FormShell
      formRef={form}
      label="Datos del taller"
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{ label: "Guardar datos", pendingLabel: "Guardando…", pending: save.pending }}
    >
      <WorkshopFields
        idPrefix="datos"
        values={values.value}
        errors={save.errors}
        errorPrefix="fields."
        onChange={values.edit}
      />
    </FormShell>
  );
}
