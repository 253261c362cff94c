"use client";

import type { ReactNode } from "react";
import { Field, FieldError, HintAndError } from "~/components/form-feedback";

/** A choice in a select or a group of checkboxes. */
export type TOption = { value: string; label: string };

// Labelled controls for the workshop forms, each on the shared Field (label, hint, and the
// Spanish message beside it, all read with the control).

type TBase = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
};

export function TextField({
  value,
  onChange,
  type = "text",
  autoComplete = "off",
  ...base
}: TBase & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "url" | "date" | "datetime-local" | "number";
  autoComplete?: string;
}) {
  return (
    <Field {...base}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          autoComplete={autoComplete}
          inputMode={type === "number" ? "numeric" : undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 3,
  ...base
}: TBase & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Field {...base}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  emptyLabel,
  ...base
}: TBase & {
  value: string;
  onChange: (value: string) => void;
  options: readonly TOption[];
  /** A first option for "none" (value ""). */
  emptyLabel?: string;
}) {
  return (
    <Field {...base}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckField({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
}: TBase & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-describedby={[hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** Several choices as checkboxes, in a fieldset named by `legend`. */
export function CheckGroup({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: readonly TOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  return (
    <fieldset
      className="checkbox-group"
      aria-describedby={[hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ")}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <div className="check" key={o.value}>
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) =>
              onChange(
                e.currentTarget.checked
                  ? [...selected, o.value]
                  : selected.filter((v) => v !== o.value),
              )
            }
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <FieldError id={`${id}-error`} messages={error} />
    </fieldset>
  );
}
