"use client";

import { ALLIANCE_STATUS_LABELS, LAB_FUNCTION_LABELS } from "@lab/domain/workshop";
import { dayInput, ZAllianceInput, ZMilestoneInput } from "@lab/domain/workshop-admin";
import type { TAllianceAdminView, TInstitutionOption } from "@lab/domain/workshop-admin-views";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { CheckGroup, SelectField, TextArea, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { formatDayEsCo } from "~/format";
import { useTRPC } from "~/trpc/react";
import { ALLIANCE_STATUS_OPTIONS, LAB_FUNCTION_OPTIONS } from "../_components/options";
import { numberOrNull } from "../_components/rows-editor";

// Strategic alliances born in this workshop: what for, which lab function, who, their status
// (with when it last changed) and progress milestones (date, note, percent).

configureSpanishErrors();

const DATE_ES = new Intl.DateTimeFormat("es-CO", {
  dateStyle: "medium",
  timeZone: "America/Bogota",
});

type TAllianceValues = {
  title: string;
  purpose: string;
  labFunction: string;
  status: string;
  startedAt: string;
  institutionIds: string[];
};

function AllianceForm({
  workshopId,
  institutions,
  editing,
  onDone,
}: {
  workshopId: string;
  institutions: TInstitutionOption[];
  editing: TAllianceAdminView | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const blank: TAllianceValues = {
    title: editing?.title ?? "",
    purpose: editing?.purpose ?? "",
    labFunction: editing?.labFunction ?? "COCREACION",
    status: editing?.status ?? "POTENTIAL",
    startedAt: dayInput(editing?.startedAt),
    institutionIds: editing?.institutions.map((i) => i.id) ?? [],
  };
  const [values, setValues] = useState(blank);
  const save = useSaveState();
  const mutation = useMutation(trpc.workshopAdmin.saveAlliance.mutationOptions());
  const set = <K extends keyof TAllianceValues>(key: K, value: TAllianceValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const prefix = editing ? `alianza-${editing.id}` : "alianza-nueva";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...values, id: editing?.id ?? null, workshopId };
    if (!save.check(ZAllianceInput, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(
      () => mutation.mutateAsync(input as Parameters<typeof mutation.mutateAsync>[0]),
      editing ? "Alianza guardada." : "Alianza registrada.",
    );
    if (!result) {
      focusFirstError();
      return;
    }
    router.refresh();
    if (editing) onDone();
    else setValues(blank);
  }

  const field = (key: keyof TAllianceValues) => ({
    id: `${prefix}-${key}`,
    error: save.errors[key],
  });
  return (
    <FormShell
      formRef={form}
      label={editing ? `Editar la alianza ${editing.title}` : "Registrar una alianza"}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: editing ? "Guardar alianza" : "Registrar alianza",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <TextField
        {...field("title")}
        label="Nombre de la alianza"
        value={values.title}
        onChange={(v) => set("title", v)}
      />
      <TextArea
        {...field("purpose")}
        label="Para qué"
        value={values.purpose}
        onChange={(v) => set("purpose", v)}
      />
      <SelectField
        {...field("labFunction")}
        label="Función del laboratorio a la que sirve"
        options={LAB_FUNCTION_OPTIONS}
        value={values.labFunction}
        onChange={(v) => set("labFunction", v)}
      />
      <SelectField
        {...field("status")}
        label="Estado"
        options={ALLIANCE_STATUS_OPTIONS}
        value={values.status}
        onChange={(v) => set("status", v)}
      />
      <TextField
        {...field("startedAt")}
        type="date"
        label="Fecha de inicio (opcional)"
        value={values.startedAt}
        onChange={(v) => set("startedAt", v)}
      />
      <CheckGroup
        {...field("institutionIds")}
        legend="Instituciones de la alianza"
        options={institutions.map((i) => ({ value: i.id, label: i.name }))}
        selected={values.institutionIds}
        onChange={(v) => set("institutionIds", v)}
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

function MilestoneForm({ alliance }: { alliance: TAllianceAdminView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const blank = { date: dayInput(new Date()), note: "", percent: "" };
  const [values, setValues] = useState(blank);
  const save = useSaveState();
  const mutation = useMutation(trpc.workshopAdmin.saveMilestone.mutationOptions());
  const prefix = `avance-${alliance.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      allianceId: alliance.id,
      date: values.date,
      note: values.note,
      percent: numberOrNull(values.percent),
    };
    if (!save.check(ZMilestoneInput, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(
      () => mutation.mutateAsync(input as Parameters<typeof mutation.mutateAsync>[0]),
      "Avance registrado.",
    );
    if (!result) {
      focusFirstError();
      return;
    }
    setValues(blank);
    router.refresh();
  }

  return (
    <FormShell
      formRef={form}
      label={`Registrar un avance de ${alliance.title}`}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{ label: "Registrar avance", pendingLabel: "Guardando…", pending: save.pending }}
    >
      <TextField
        id={`${prefix}-date`}
        type="date"
        label="Fecha del avance"
        value={values.date}
        error={save.errors.date}
        onChange={(v) => setValues((x) => ({ ...x, date: v }))}
      />
      <TextArea
        id={`${prefix}-note`}
        label="Qué se logró"
        rows={2}
        value={values.note}
        error={save.errors.note}
        onChange={(v) => setValues((x) => ({ ...x, note: v }))}
      />
      <TextField
        id={`${prefix}-percent`}
        type="number"
        label="Avance (%)"
        hint="De 0 a 100."
        value={values.percent}
        error={save.errors.percent}
        onChange={(v) => setValues((x) => ({ ...x, percent: v }))}
      />
    </FormShell>
  );
}

export function AlliancesSection({
  workshopId,
  alliances,
  institutions,
}: {
  workshopId: string;
  alliances: TAllianceAdminView[];
  institutions: TInstitutionOption[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const removeAlliance = useMutation(trpc.workshopAdmin.deleteAlliance.mutationOptions());
  const removeMilestone = useMutation(trpc.workshopAdmin.deleteMilestone.mutationOptions());
  const done = (text: string) => () => {
    setMessage(text);
    router.refresh();
  };
  const failed = (e: { message: string }) => setMessage(e.message);

  return (
    <>
      {alliances.length === 0 ? <p>Aún no hay alianzas de este taller.</p> : null}
      {alliances.map((a) => (
        <article key={a.id} className="work-item" aria-labelledby={`alianza-${a.id}-titulo`}>
          <h3 id={`alianza-${a.id}-titulo`} className="work-item__title">
            {a.title}
            {a.isDemo ? <span className="badge badge--demo">Demostración</span> : null}
          </h3>
          <p>{a.purpose}</p>
          <dl className="facts">
            <dt>Estado</dt>
            <dd>
              {ALLIANCE_STATUS_LABELS.es[a.status]} desde {DATE_ES.format(a.statusChangedAt)}
            </dd>
            <dt>Función del laboratorio</dt>
            <dd>{LAB_FUNCTION_LABELS.es[a.labFunction]}</dd>
            <dt>Instituciones</dt>
            <dd>{a.institutions.map((i) => i.name).join(", ")}</dd>
            {a.startedAt ? (
              <>
                <dt>Inicio</dt>
                <dd>{DATE_ES.format(a.startedAt)}</dd>
              </>
            ) : null}
          </dl>
          {a.milestones.length > 0 ? (
            <ul className="plain-list" aria-label={`Avances de ${a.title}`}>
              {a.milestones.map((m) => (
                <li key={m.id}>
                  {formatDayEsCo(m.date)}: {m.percent} % — {m.note}{" "}
                  <ConfirmButton
                    label={`Borrar el avance del ${formatDayEsCo(m.date)}`}
                    confirmLabel="Sí, borrar el avance"
                    pending={removeMilestone.isPending}
                    onConfirm={() =>
                      removeMilestone.mutate(
                        { milestoneId: m.id },
                        { onSuccess: done("Avance borrado."), onError: failed },
                      )
                    }
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Sin avances registrados.</p>
          )}
          {editing === a.id ? (
            <AllianceForm
              workshopId={workshopId}
              institutions={institutions}
              editing={a}
              onDone={() => setEditing(null)}
            />
          ) : (
            <p className="button-row">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing(a.id)}
              >
                Editar<span className="visually-hidden"> la alianza {a.title}</span>
              </button>
              <ConfirmButton
                label={`Borrar la alianza ${a.title}`}
                confirmLabel="Sí, borrar la alianza"
                pending={removeAlliance.isPending}
                onConfirm={() =>
                  removeAlliance.mutate(
                    { allianceId: a.id },
                    { onSuccess: done("Alianza borrada."), onError: failed },
                  )
                }
              />
            </p>
          )}
          <details>
            <summary>Registrar un avance</summary>
            <MilestoneForm alliance={a} />
          </details>
        </article>
      ))}
      <p role="status" className="form-success">
        {message}
      </p>
      <h3>Registrar una alianza</h3>
      <AllianceForm
        workshopId={workshopId}
        institutions={institutions}
        editing={null}
        onDone={() => {}}
      />
    </>
  );
}
