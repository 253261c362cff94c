"use client";

import { GEOGRAPHIES, MUNICIPALITY_CODE } from "@lab/domain/geography";
import type { TPeriodicity } from "@lab/domain/indicator";
import { PERIOD_INPUT_HINTS_ES } from "@lab/domain/period";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "~/trpc/react";

type TFieldErrors = Record<string, string[] | undefined>;

export function RecordObservationForm({
  slug,
  periodicity,
  byComuna,
}: {
  slug: string;
  periodicity: TPeriodicity;
  /** Broken down by comuna: the official picks the place of each value. */
  byComuna: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useMutation(
    trpc.indicators.recordObservation.mutationOptions({
      onSuccess: (observation) => {
        setSaved(observation.period);
        router.refresh();
      },
    }),
  );
  const hint = PERIOD_INPUT_HINTS_ES[periodicity];
  const fieldErrors = (mutation.error?.data as { fieldErrors?: TFieldErrors } | undefined)
    ?.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(null);
    mutation.mutate({
      indicatorSlug: slug,
      period: String(form.get("period") ?? ""),
      value: String(form.get("value") ?? ""),
      geography: String(form.get("geography") ?? MUNICIPALITY_CODE),
      provisional: form.get("provisional") === "on",
      note: String(form.get("note") ?? "") || undefined,
    });
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <div className="field">
        <label htmlFor="period">Periodo</label>
        <input
          id="period"
          name="period"
          required
          aria-describedby="period-hint period-error"
          aria-invalid={fieldErrors?.period ? true : undefined}
        />
        <p id="period-hint" className="hint">
          Formato {hint.format}, por ejemplo {hint.example}.
        </p>
        <FieldError id="period-error" messages={fieldErrors?.period} />
      </div>
      {byComuna ? (
        <div className="field">
          <label htmlFor="geography">Lugar</label>
          <select id="geography" name="geography" defaultValue={MUNICIPALITY_CODE}>
            {GEOGRAPHIES.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError id="geography-error" messages={fieldErrors?.geography} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="value">Valor</label>
        <input
          id="value"
          name="value"
          inputMode="decimal"
          required
          aria-describedby="value-hint value-error"
          aria-invalid={fieldErrors?.value ? true : undefined}
        />
        <p id="value-hint" className="hint">
          Use coma para los decimales, por ejemplo 1.234,5.
        </p>
        <FieldError id="value-error" messages={fieldErrors?.value} />
      </div>
      <div className="field field--inline">
        <input id="provisional" name="provisional" type="checkbox" />
        <label htmlFor="provisional">Valor provisional (puede cambiar)</label>
      </div>
      <div className="field">
        <label htmlFor="note">Nota (opcional)</label>
        <textarea id="note" name="note" rows={2} maxLength={500} />
        <FieldError id="note-error" messages={fieldErrors?.note} />
      </div>
      {mutation.error && !fieldErrors ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      {mutation.error && fieldErrors ? (
        <p role="alert" className="form-error">
          Revise los campos marcados.
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="form-success">
          Valor guardado para el periodo {saved}. Ya aparece en la{" "}
          <a href={`/indicadores/${slug}`}>página pública</a>.
        </p>
      ) : null}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? "Guardando…" : "Guardar valor"}
      </button>
    </form>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return <span id={id} hidden />;
  return (
    <p id={id} className="field-error">
      {messages.join(" ")}
    </p>
  );
}
