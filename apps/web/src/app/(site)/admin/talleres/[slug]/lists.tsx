"use client";

import { DEFAULT_SECONDS_PER_INTERVENTION } from "@lab/domain/workshop";
import {
  QUESTION_SECONDS_MAX,
  QUESTION_SECONDS_MIN,
  ZSaveAgendaInput,
  ZSaveFacilitatorsInput,
  ZSaveQuestionsInput,
  ZSaveRulesInput,
  ZSaveSpecificObjectivesInput,
} from "@lab/domain/workshop-admin";
import type { TWorkshopAdminView } from "@lab/domain/workshop-admin-views";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { TOption } from "../_components/options";
import { numberOrNull, RowsEditor, type TRow } from "../_components/rows-editor";

// The workshop's ordered lists, each a RowsEditor with its fields.

type TSave = Parameters<typeof RowsEditor>[0]["save"];

export function AgendaEditor({ workshop }: { workshop: TWorkshopAdminView }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveAgenda.mutationOptions());
  return (
    <RowsEditor
      id="agenda"
      label="Agenda del taller"
      workshopId={workshop.id}
      rowLegend={(i) => `Punto ${i + 1} de la agenda`}
      columns={[
        { key: "title", label: "Título", kind: "text" },
        { key: "presenter", label: "Quién lo presenta (opcional)", kind: "text" },
        { key: "durationMinutes", label: "Duración en minutos (opcional)", kind: "number" },
      ]}
      blank={{ title: "", presenter: "", durationMinutes: "" }}
      rows={workshop.agenda.map((a) => ({
        title: a.title,
        presenter: a.presenter ?? "",
        durationMinutes: a.durationMinutes === null ? "" : String(a.durationMinutes),
      }))}
      listKey="items"
      toItems={(rows) =>
        rows.map((r) => ({
          title: r.title,
          presenter: r.presenter,
          durationMinutes: numberOrNull(r.durationMinutes),
        }))
      }
      schema={ZSaveAgendaInput}
      save={mutation.mutateAsync as TSave}
      addLabel="Añadir un punto"
      saveLabel="Guardar agenda"
      successText="Agenda guardada."
      empty="La agenda está vacía."
    />
  );
}

export function RulesEditor({ workshop }: { workshop: TWorkshopAdminView }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveRules.mutationOptions());
  return (
    <RowsEditor
      id="reglas"
      label="Reglas del taller"
      workshopId={workshop.id}
      rowLegend={(i) => `Regla ${i + 1}`}
      columns={[
        { key: "title", label: "Regla", kind: "text" },
        { key: "description", label: "Explicación (opcional)", kind: "textarea" },
      ]}
      blank={{ title: "", description: "" }}
      rows={workshop.rules.map((r) => ({ title: r.title, description: r.description }))}
      listKey="rules"
      toItems={(rows) => rows.map((r) => ({ title: r.title, description: r.description }))}
      schema={ZSaveRulesInput}
      save={mutation.mutateAsync as TSave}
      addLabel="Añadir una regla"
      saveLabel="Guardar reglas"
      successText="Reglas guardadas."
      empty="El taller aún no tiene reglas."
    />
  );
}

export function ObjectivesEditor({ workshop }: { workshop: TWorkshopAdminView }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveSpecificObjectives.mutationOptions());
  return (
    <RowsEditor
      id="objetivos-especificos"
      label="Objetivos específicos"
      workshopId={workshop.id}
      rowLegend={(i) => `Objetivo específico ${i + 1}`}
      columns={[{ key: "text", label: "Objetivo", kind: "textarea" }]}
      blank={{ text: "" }}
      rows={workshop.specificObjectives.map((o) => ({ text: o.text }))}
      listKey="objectives"
      toItems={(rows) => rows.map((r) => ({ text: r.text }))}
      schema={ZSaveSpecificObjectivesInput}
      save={mutation.mutateAsync as TSave}
      addLabel="Añadir un objetivo"
      saveLabel="Guardar objetivos"
      successText="Objetivos específicos guardados."
      empty="El taller aún no tiene objetivos específicos."
    />
  );
}

export function QuestionsEditor({ workshop }: { workshop: TWorkshopAdminView }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveQuestions.mutationOptions());
  return (
    <RowsEditor
      id="preguntas"
      label="Preguntas del taller"
      workshopId={workshop.id}
      rowLegend={(i) => `Pregunta ${i + 1}`}
      columns={[
        { key: "text", label: "Texto de la pregunta", kind: "textarea" },
        {
          key: "secondsPerIntervention",
          label: "Segundos por intervención",
          kind: "number",
          hint: `Entre ${QUESTION_SECONDS_MIN} y ${QUESTION_SECONDS_MAX}; ${DEFAULT_SECONDS_PER_INTERVENTION} si lo deja vacío.`,
        },
      ]}
      blank={{ id: "", text: "", secondsPerIntervention: String(DEFAULT_SECONDS_PER_INTERVENTION) }}
      rows={workshop.questions.map((q) => ({
        id: q.id,
        text: q.text,
        secondsPerIntervention: String(q.secondsPerIntervention),
      }))}
      listKey="questions"
      // Saved questions keep their id, so their contributions stay with them.
      toItems={(rows: TRow[]) =>
        rows.map((r) => {
          const seconds = numberOrNull(r.secondsPerIntervention);
          return {
            id: r.id || null,
            text: r.text,
            ...(seconds === null ? {} : { secondsPerIntervention: seconds }),
          };
        })
      }
      schema={ZSaveQuestionsInput}
      save={mutation.mutateAsync as TSave}
      addLabel="Añadir una pregunta"
      saveLabel="Guardar preguntas"
      successText="Preguntas guardadas."
      empty="El taller aún no tiene preguntas."
    />
  );
}

export function FacilitatorsEditor({ workshop }: { workshop: TWorkshopAdminView }) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.workshopAdmin.saveFacilitators.mutationOptions());
  const institutions: TOption[] = workshop.institutions.map((i) => ({
    value: i.id,
    label: i.name,
  }));
  return (
    <RowsEditor
      id="facilitadores"
      label="Facilitadores del taller"
      workshopId={workshop.id}
      rowLegend={(i) => `Facilitador ${i + 1}`}
      columns={[
        { key: "personName", label: "Nombre", kind: "text" },
        { key: "role", label: "Rol en el taller", kind: "text" },
        {
          key: "institutionId",
          label: "Institución",
          kind: "select",
          options: institutions,
          emptyLabel: "Elija la institución",
        },
        {
          key: "nameIsPublic",
          label: "Autorizó mostrar su nombre en la página pública",
          kind: "checkbox",
          hint: "Sin autorización, el público ve solo el rol y la institución.",
        },
      ]}
      blank={{ personName: "", role: "", institutionId: "", nameIsPublic: false }}
      rows={workshop.facilitators.map((f) => ({ ...f }))}
      listKey="facilitators"
      toItems={(rows) =>
        rows.map((r) => ({
          personName: r.personName,
          role: r.role,
          institutionId: r.institutionId,
          nameIsPublic: r.nameIsPublic === true,
        }))
      }
      schema={ZSaveFacilitatorsInput}
      save={mutation.mutateAsync as TSave}
      addLabel="Añadir un facilitador"
      saveLabel="Guardar facilitadores"
      successText="Facilitadores guardados."
      empty="El taller aún no tiene facilitadores."
    />
  );
}
