"use client";

import type { FormEventHandler, ReactNode, RefObject } from "react";
import { fieldErrorsOf } from "./form-feedback";
import { useHydrated } from "./use-hydrated";

// The frame every workspace form shares: the form element (no browser validation: the domain's
// rules speak, in Spanish, beside each field), then what the last submit did and the button.
// The button waits for the page's script (useHydrated).

export type TFormOutcome = {
  /** Someone else saved first (CONFLICT): their message, as a warning. */
  conflict?: string | null;
  /** A refusal that names no field of the form. */
  problem?: string | null;
  /** A refused submit left fields marked. */
  invalid: boolean;
  /** Announced politely after a save; empty otherwise. */
  success: string;
};

export type TSubmitButton = {
  label: string;
  pendingLabel: string;
  pending: boolean;
  /** Also disabled, e.g. while the next page opens after a creation. */
  disabled?: boolean;
};

/** Whether to say "Revise los campos marcados.": after a refused submit only, not while typing. */
export function showsInvalid(submitted: boolean, errors: Record<string, string | undefined>) {
  return submitted && Object.values(errors).some(Boolean);
}

/** The server's refusal when it is neither a conflict nor about fields (those show elsewhere). */
export function generalError(
  error: { message: string } | null,
  conflict: string | null,
): string | null {
  return error && !conflict && !fieldErrorsOf(error) ? error.message : null;
}

export function FormShell({
  formRef,
  label,
  onSubmit,
  outcome,
  submit,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  /** The form's accessible name, when the page holds several forms. */
  label?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  outcome: TFormOutcome;
  submit: TSubmitButton;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  return (
    <form
      ref={formRef}
      className="form form--wide"
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
    >
      {children}
      {outcome.conflict ? (
        <p role="alert" className="notice notice--danger">
          {outcome.conflict}
        </p>
      ) : null}
      {outcome.problem ? (
        <p role="alert" className="form-error">
          {outcome.problem}
        </p>
      ) : null}
      {outcome.invalid ? (
        <p role="alert" className="form-error">
          Revise los campos marcados.
        </p>
      ) : null}
      <p role="status" className="form-success">
        {outcome.success}
      </p>
      <button
        type="submit"
        className="button"
        disabled={!hydrated || submit.pending || submit.disabled}
      >
        {submit.pending ? submit.pendingLabel : submit.label}
      </button>
    </form>
  );
}
