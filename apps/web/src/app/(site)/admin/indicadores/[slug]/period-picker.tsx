"use client";

import type { TPeriodicity } from "@lab/domain/indicator";
import { periodFromParts, periodPartOptionsEs } from "@lab/domain/period";
import { useId } from "react";

// Picks a period the way the indicator counts them: a year, a year and a semester, quarter or
// month, or a date; never free text, so the official cannot type a period the server refuses.

const PART_LABELS: Partial<Record<TPeriodicity, string>> = {
  SEMIANNUAL: "Semestre",
  QUARTERLY: "Trimestre",
  MONTHLY: "Mes",
};

export type TPeriodChoice = { year: number | null; part: number | null; date: string };

export function periodOfChoice(periodicity: TPeriodicity, choice: TPeriodChoice): string | null {
  return periodFromParts(periodicity, choice);
}

export function PeriodPicker({
  periodicity,
  years,
  choice,
  onChange,
  describedBy,
  invalid,
}: {
  periodicity: TPeriodicity;
  /** The years offered, most recent first. */
  years: number[];
  choice: TPeriodChoice;
  onChange: (choice: TPeriodChoice) => void;
  /** Ids of the hint and error shown with the picker. */
  describedBy: string;
  invalid: boolean;
}) {
  const id = useId();
  const [yearId, partId] = [`${id}-year`, `${id}-part`];
  const invalidAttr = invalid ? true : undefined;

  if (periodicity === "ONE_OFF") {
    return (
      <div className="field">
        <label htmlFor={yearId}>Fecha</label>
        <input
          id={yearId}
          type="date"
          value={choice.date}
          onChange={(e) => onChange({ ...choice, date: e.currentTarget.value })}
          aria-describedby={describedBy}
          aria-invalid={invalidAttr}
        />
      </div>
    );
  }

  const yearSelect = (
    <select
      id={yearId}
      value={choice.year ?? ""}
      onChange={(e) =>
        onChange({ ...choice, year: e.currentTarget.value ? Number(e.currentTarget.value) : null })
      }
      aria-describedby={describedBy}
      aria-invalid={invalidAttr}
    >
      <option value="">Elija el año</option>
      {years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </select>
  );

  if (periodicity === "ANNUAL") {
    return (
      <div className="field">
        <label htmlFor={yearId}>Año</label>
        {yearSelect}
      </div>
    );
  }

  const partLabel = PART_LABELS[periodicity] ?? "Periodo";
  return (
    <fieldset className="period-picker">
      <legend>Periodo</legend>
      <div className="field">
        <label htmlFor={yearId}>Año</label>
        {yearSelect}
      </div>
      <div className="field">
        <label htmlFor={partId}>{partLabel}</label>
        <select
          id={partId}
          value={choice.part ?? ""}
          onChange={(e) =>
            onChange({
              ...choice,
              part: e.currentTarget.value ? Number(e.currentTarget.value) : null,
            })
          }
          aria-describedby={describedBy}
          aria-invalid={invalidAttr}
        >
          <option value="">Elija {partLabel.toLowerCase()}</option>
          {periodPartOptionsEs(periodicity).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

const MISSING_PART: Partial<Record<TPeriodicity, string>> = {
  SEMIANNUAL: "Elija el semestre.",
  QUARTERLY: "Elija el trimestre.",
  MONTHLY: "Elija el mes.",
};

/** Why the choice is not a period yet, in Spanish (null when it is one). */
export function periodChoiceProblem(
  periodicity: TPeriodicity,
  choice: TPeriodChoice,
): string | null {
  if (periodOfChoice(periodicity, choice)) return null;
  if (periodicity === "ONE_OFF") return "Elija una fecha válida.";
  if (choice.year === null) return "Elija el año.";
  return MISSING_PART[periodicity] ?? "Elija el periodo.";
}
