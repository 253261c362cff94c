"use client";

import { splitTags, ZContributionInput } from "@lab/domain/workshop-admin";
import type { TContributionAdminView } from "@lab/domain/workshop-admin-views";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { CheckGroup, SelectField, TextArea, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useTRPC } from "~/trpc/react";
import {
  CAPACITY_TYPE_OPTIONS,
  CONTRIBUTION_STATUS_OPTIONS,
  type TOption,
} from "../_components/options";
import { CancelCorrection, useRecordForm } from "../_components/record-form";
import { numberOrNull } from "../_components/rows-editor";

// A contribution entered by staff: the question it answers, what was said, the institution
// (and, for staff only, the person), the capacity types it speaks to, tags, votes and status.

configureSpanishErrors();

type TValues = {
  questionId: string;
  text: string;
  institutionId: string;
  attendeeId: string;
  capacityTypes: string[];
  tags: string;
  votes: string;
  status: string;
};

function valuesOf(c: TContributionAdminView | null, firstQuestion: string): TValues {
  return {
    questionId: c ? (c.questionId ?? "") : firstQuestion,
    text: c?.text ?? "",
    institutionId: c?.institutionId ?? "",
    attendeeId: c?.attendeeId ?? "",
    capacityTypes: c?.capacityTypes ?? [],
    tags: c?.tags.join(", ") ?? "",
    votes: String(c?.votes ?? 0),
    status: c?.status ?? "IDEA",
  };
}

export function ContributionForm({
  workshopId,
  questions,
  institutions,
  attendees,
  editing,
  onDone,
}: {
  workshopId: string;
  questions: TOption[];
  institutions: TOption[];
  attendees: TOption[];
  editing: TContributionAdminView | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveContribution.mutationOptions());
  const { formRef, values, set, field, save, onSubmit } = useRecordForm({
    prefix: editing ? `aporte-${editing.id}` : "aporte-nuevo",
    initial: () => valuesOf(editing, questions[0]?.value ?? ""),
    schema: ZContributionInput,
    toInput: (v: TValues) => ({
      workshopId,
      id: editing?.id ?? null,
      questionId: v.questionId || null,
      text: v.text,
      institutionId: v.institutionId || null,
      attendeeId: v.attendeeId || null,
      capacityTypes: v.capacityTypes,
      tags: splitTags(v.tags),
      votes: numberOrNull(v.votes) ?? 0,
      status: v.status,
    }),
    save: (input) => mutation.mutateAsync(input as Parameters<typeof mutation.mutateAsync>[0]),
    saved: () => (editing ? "Aporte corregido." : "Aporte registrado."),
    correcting: editing !== null,
    // The next contribution is often to the same question, from the same institution.
    next: (v) => ({ ...valuesOf(null, v.questionId), institutionId: v.institutionId }),
    onDone,
  });

  return (
    <FormShell
      formRef={formRef}
      label={editing ? "Corregir el aporte" : "Registrar un aporte"}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: editing ? "Guardar corrección" : "Registrar aporte",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <SelectField
        {...field("questionId")}
        label="Pregunta"
        emptyLabel="Sin pregunta"
        options={questions}
        value={values.questionId}
        onChange={(v) => set("questionId", v)}
      />
      <TextArea
        {...field("text")}
        label="Aporte"
        rows={4}
        value={values.text}
        onChange={(v) => set("text", v)}
      />
      <SelectField
        {...field("institutionId")}
        label="Institución que lo aportó"
        emptyLabel="Sin institución"
        options={institutions}
        value={values.institutionId}
        onChange={(v) => set("institutionId", v)}
      />
      <SelectField
        {...field("attendeeId")}
        label="Persona que lo aportó (opcional)"
        hint="Solo lo ve el equipo."
        emptyLabel="Sin persona"
        options={attendees}
        value={values.attendeeId}
        onChange={(v) => set("attendeeId", v)}
      />
      <CheckGroup
        {...field("capacityTypes")}
        legend="Tipos de capacidad a los que se refiere"
        options={CAPACITY_TYPE_OPTIONS}
        selected={values.capacityTypes}
        onChange={(v) => set("capacityTypes", v)}
      />
      <TextField
        {...field("tags")}
        error={
          save.errors.tags ?? Object.entries(save.errors).find(([k]) => k.startsWith("tags."))?.[1]
        }
        label="Etiquetas (opcional)"
        hint="Separadas por comas, por ejemplo: movilidad, datos abiertos."
        value={values.tags}
        onChange={(v) => set("tags", v)}
      />
      <TextField
        {...field("votes")}
        type="number"
        label="Votos"
        value={values.votes}
        onChange={(v) => set("votes", v)}
      />
      <SelectField
        {...field("status")}
        label="Estado"
        options={CONTRIBUTION_STATUS_OPTIONS}
        value={values.status}
        onChange={(v) => set("status", v)}
      />
      {editing ? <CancelCorrection onDone={onDone} /> : null}
    </FormShell>
  );
}
