"use client";

import {
  bogotaDateTimeInput,
  DEFAULT_CONSENT_TEXT,
  ZAttendeeInput,
} from "@lab/domain/workshop-admin";
import type { TAttendeeAdminView } from "@lab/domain/workshop-admin-views";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { CheckField, SelectField, TextArea, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useTRPC } from "~/trpc/react";
import type { TOption } from "../_components/options";
import { CancelCorrection, useRecordForm } from "../_components/record-form";

// One registration, by hand: a new one, or a correction of one chosen in the list. An email
// already registered in this workshop is refused, naming that registration.

configureSpanishErrors();

type TValues = {
  personName: string;
  email: string;
  institutionId: string;
  role: string;
  consent: boolean;
  consentAt: string;
  consentText: string;
  attended: boolean;
  checkedInAt: string;
};

const BLANK: TValues = {
  personName: "",
  email: "",
  institutionId: "",
  role: "",
  consent: false,
  consentAt: "",
  consentText: DEFAULT_CONSENT_TEXT,
  attended: true,
  checkedInAt: "",
};

function valuesOf(a: TAttendeeAdminView | null): TValues {
  if (!a) return BLANK;
  return {
    personName: a.personName,
    email: a.email ?? "",
    institutionId: a.institutionId ?? "",
    role: a.role ?? "",
    consent: a.consentAt !== null,
    consentAt: bogotaDateTimeInput(a.consentAt),
    consentText: a.consentText ?? DEFAULT_CONSENT_TEXT,
    attended: a.attended,
    checkedInAt: bogotaDateTimeInput(a.checkedInAt),
  };
}

export function AttendeeForm({
  workshopId,
  institutions,
  editing,
  onDone,
}: {
  workshopId: string;
  institutions: TOption[];
  /** The registration being corrected; null for a new one. */
  editing: TAttendeeAdminView | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveAttendee.mutationOptions());
  const { formRef, values, set, setValues, field, save, onSubmit } = useRecordForm({
    prefix: editing ? `inscripcion-${editing.id}` : "inscripcion-nueva",
    initial: () => valuesOf(editing),
    schema: ZAttendeeInput,
    toInput: (v: TValues) => ({
      ...v,
      workshopId,
      id: editing?.id ?? null,
      institutionId: v.institutionId || null,
    }),
    save: (input) => mutation.mutateAsync(input),
    saved: (v) =>
      editing ? "Inscripción corregida." : `${v.personName.trim()} quedó en el registro.`,
    correcting: editing !== null,
    next: () => BLANK,
    onDone,
  });
  return (
    <FormShell
      formRef={formRef}
      label={
        editing ? `Corregir la inscripción de ${editing.personName}` : "Inscribir a una persona"
      }
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: editing ? "Guardar corrección" : "Inscribir",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <TextField
        {...field("personName")}
        label="Nombre completo"
        value={values.personName}
        onChange={(v) => set("personName", v)}
      />
      <TextField
        {...field("email")}
        type="email"
        label="Correo (opcional)"
        hint="Con él se detecta si la persona ya está inscrita. Nunca se publica."
        value={values.email}
        onChange={(v) => set("email", v)}
      />
      <SelectField
        {...field("institutionId")}
        label="Institución"
        emptyLabel="Sin institución"
        options={institutions}
        value={values.institutionId}
        onChange={(v) => set("institutionId", v)}
      />
      <TextField
        {...field("role")}
        label="Rol o cargo (opcional)"
        value={values.role}
        onChange={(v) => set("role", v)}
      />
      <CheckField
        {...field("attended")}
        label="Asistió al taller"
        checked={values.attended}
        onChange={(v) => set("attended", v)}
      />
      {values.attended ? (
        <TextField
          {...field("checkedInAt")}
          type="datetime-local"
          label="Hora de llegada (opcional)"
          value={values.checkedInAt}
          onChange={(v) => set("checkedInAt", v)}
        />
      ) : null}
      <CheckField
        {...field("consent")}
        label="Autorizó el tratamiento de sus datos personales (Ley 1581 de 2012)"
        checked={values.consent}
        onChange={(checked) =>
          setValues((v) => ({
            ...v,
            consent: checked,
            consentAt: checked && !v.consentAt ? bogotaDateTimeInput(new Date()) : v.consentAt,
          }))
        }
      />
      {values.consent ? (
        <>
          <TextField
            {...field("consentAt")}
            type="datetime-local"
            label="Cuándo dio la autorización"
            value={values.consentAt}
            onChange={(v) => set("consentAt", v)}
          />
          <TextArea
            {...field("consentText")}
            label="Texto que autorizó"
            rows={5}
            value={values.consentText}
            onChange={(v) => set("consentText", v)}
          />
        </>
      ) : null}
      {editing ? <CancelCorrection onDone={onDone} /> : null}
    </FormShell>
  );
}
