"use client";

import type { TWorkshopFieldsInput } from "@lab/domain/workshop-admin";
import { TextArea, TextField } from "~/components/form-fields";
import type { TMessages } from "~/components/save-state";

// The workshop's own fields, for the creation form and the editor's "Datos" section. Dates
// and times are Colombia's (the form's datetime-local text is read as Bogotá time).

export type TWorkshopValues = {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  objective: string;
  purpose: string;
  projectObjective: string;
  diagnosticObjective: string;
  background: string;
};

export const BLANK_WORKSHOP: TWorkshopValues = {
  title: "",
  startsAt: "",
  endsAt: "",
  place: "",
  onlineUrl: "",
  objective: "",
  purpose: "",
  projectObjective: "",
  diagnosticObjective: "",
  background: "",
};

export function workshopInput(values: TWorkshopValues): TWorkshopFieldsInput {
  return values;
}

export function WorkshopFields({
  idPrefix,
  values,
  errors,
  errorPrefix = "",
  onChange,
}: {
  idPrefix: string;
  values: TWorkshopValues;
  errors: TMessages;
  /** Where the fields sit in the input ("fields."), as the messages are keyed. */
  errorPrefix?: string;
  onChange: (values: TWorkshopValues) => void;
}) {
  const set = (field: keyof TWorkshopValues) => (value: string) =>
    onChange({ ...values, [field]: value });
  const props = (field: keyof TWorkshopValues) => ({
    id: `${idPrefix}-${field}`,
    value: values[field],
    onChange: set(field),
    error: errors[`${errorPrefix}${field}`],
  });
  return (
    <>
      <fieldset className="form-group">
        <legend>Cuándo y dónde</legend>
        <TextField {...props("title")} label="Título del taller" />
        <TextField
          {...props("startsAt")}
          type="datetime-local"
          label="Inicio (fecha y hora)"
          hint="Hora de Colombia."
        />
        <TextField {...props("endsAt")} type="datetime-local" label="Cierre (opcional)" />
        <TextField
          {...props("place")}
          label="Lugar"
          hint="Escriba el lugar, el enlace de la reunión en línea, o ambos."
        />
        <TextField
          {...props("onlineUrl")}
          type="url"
          label="Enlace de la reunión en línea (opcional)"
          hint="Se muestra al público solo mientras el taller no se ha realizado."
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Para qué</legend>
        <TextArea {...props("objective")} label="Objetivo del taller" />
        <TextArea {...props("purpose")} label="Propósito" />
        <TextArea
          {...props("projectObjective")}
          label="Objetivo general del proyecto al que sirve"
        />
        <TextArea
          {...props("diagnosticObjective")}
          label="Objetivo general del diagnóstico (opcional)"
        />
        <TextArea {...props("background")} label="Contexto (opcional)" rows={5} />
      </fieldset>
    </>
  );
}
