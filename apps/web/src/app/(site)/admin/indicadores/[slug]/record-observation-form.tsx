"use client";

import { GEOGRAPHIES, geographyName, MUNICIPALITY_CODE } from "@lab/domain/geography";
import type { TPeriodicity } from "@lab/domain/indicator";
import { formatPeriod } from "@lab/domain/period";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import {
  FieldError,
  fieldErrorsOf,
  isConflict,
  type TFieldErrors,
} from "~/components/form-feedback";
import { useHydrated } from "~/components/use-hydrated";
import { useTRPC } from "~/trpc/react";
import {
  PeriodPicker,
  periodChoiceProblem,
  periodOfChoice,
  type TPeriodChoice,
} from "./period-picker";

/** Adds a value for a period (and place) that has none yet; saved as a draft. */
export function RecordObservationForm({
  slug,
  periodicity,
  byComuna,
  years,
  valueHint,
}: {
  slug: string;
  periodicity: TPeriodicity;
  /** Broken down by comuna: the official picks the place of each value. */
  byComuna: boolean;
  years: number[];
  /** What values the unit takes, e.g. "Un porcentaje entre 0 y 100". */
  valueHint: string;
}) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [choice, setChoice] = useState<TPeriodChoice>({ year: null, part: null, date: "" });
  const [geography, setGeography] = useState(MUNICIPALITY_CODE);
  const [periodProblem, setPeriodProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useMutation(
    trpc.indicators.recordObservation.mutationOptions({
      onSuccess: (observation) => {
        const place = byComuna ? `, ${geographyName(observation.geography)}` : "";
        setSaved(`${formatPeriod(periodicity, observation.period)}${place}`);
        // Ready for the next value; the period and place stay, as officials enter series.
        form.current?.reset();
        router.refresh();
      },
      // Someone recorded this period meanwhile: show their value in the table below.
      onError: (error) => {
        if (isConflict(error)) router.refresh();
      },
    }),
  );
  const serverErrors = fieldErrorsOf(mutation.error);
  const errors: TFieldErrors = {
    ...serverErrors,
    ...(periodProblem ? { period: [periodProblem] } : {}),
  };
  const invalid = Boolean(serverErrors) || Boolean(periodProblem);

  // After a refused submit, take keyboard and screen-reader users to the first marked field.
  useEffect(() => {
    if (invalid) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalid]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(null);
    mutation.reset();
    const period = periodOfChoice(periodicity, choice);
    if (!period) {
      setPeriodProblem(periodChoiceProblem(periodicity, choice));
      return;
    }
    setPeriodProblem(null);
    mutation.mutate({
      indicatorSlug: slug,
      period,
      value: String(data.get("value") ?? ""),
      geography,
      provisional: data.get("provisional") === "on",
      note: String(data.get("note") ?? "") || undefined,
      version: null,
    });
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="form" noValidate>
      <PeriodPicker
        periodicity={periodicity}
        years={years}
        choice={choice}
        onChange={(next) => {
          setChoice(next);
          setPeriodProblem(null);
        }}
        describedBy="new-period-error"
        invalid={Boolean(errors.period)}
      />
      <FieldError id="new-period-error" messages={errors.period} />
      {byComuna ? (
        <div className="field">
          <label htmlFor="new-geography">Lugar</label>
          <select
            id="new-geography"
            value={geography}
            onChange={(e) => setGeography(e.currentTarget.value)}
            aria-describedby="new-geography-error"
            aria-invalid={errors.geography ? true : undefined}
          >
            {GEOGRAPHIES.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError id="new-geography-error" messages={errors.geography} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="new-value">Valor</label>
        <input
          id="new-value"
          name="value"
          inputMode="decimal"
          autoComplete="off"
          required
          aria-describedby="new-value-hint new-value-error"
          aria-invalid={errors.value ? true : undefined}
        />
        <p id="new-value-hint" className="hint">
          {valueHint} Use coma para los decimales, por ejemplo 1.234,5.
        </p>
        <FieldError id="new-value-error" messages={errors.value} />
      </div>
      <div className="field field--inline">
        <input id="new-provisional" name="provisional" type="checkbox" />
        <label htmlFor="new-provisional">Valor provisional (puede cambiar)</label>
      </div>
      <div className="field">
        <label htmlFor="new-note">Nota (opcional)</label>
        <textarea
          id="new-note"
          name="note"
          rows={2}
          maxLength={500}
          aria-describedby="new-note-error"
          aria-invalid={errors.note ? true : undefined}
        />
        <FieldError id="new-note-error" messages={errors.note} />
      </div>
      {mutation.error && !serverErrors ? (
        <p
          role="alert"
          className={isConflict(mutation.error) ? "notice notice--danger" : "form-error"}
        >
          {mutation.error.message}
        </p>
      ) : null}
      {invalid ? (
        <p role="alert" className="form-error">
          Revise los campos marcados.
        </p>
      ) : null}
      <p role="status" className="form-success">
        {saved
          ? `Valor guardado como borrador para ${saved}. Se verá en la página pública cuando la administración publique los cambios.`
          : ""}
      </p>
      <button type="submit" className="button" disabled={!hydrated || mutation.isPending}>
        {mutation.isPending ? "Guardando…" : "Guardar valor"}
      </button>
    </form>
  );
}
