"use client";

import { type RefObject, useEffect } from "react";

export type TFieldErrors = Record<string, string[] | undefined>;

/** Spanish messages per field sent by the server (zod or AppError), if any. */
export function fieldErrorsOf(error: { data?: unknown } | null): TFieldErrors | undefined {
  return (
    (error?.data as { fieldErrors?: TFieldErrors | null } | undefined)?.fieldErrors ?? undefined
  );
}

/** The field's message, or an empty placeholder so aria-describedby always points somewhere. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return <span id={id} hidden />;
  return (
    <p id={id} className="field-error">
      {messages.join(" ")}
    </p>
  );
}

/** After a refused submit, takes keyboard and screen-reader users to the first marked field. */
export function useFocusFirstInvalid(
  form: RefObject<HTMLFormElement | null>,
  errors: TFieldErrors | undefined,
) {
  useEffect(() => {
    if (!errors) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A group of checkboxes is marked as a whole: focus its first box.
    const target = invalid?.tagName === "FIELDSET" ? invalid.querySelector("input") : invalid;
    target?.focus();
  }, [errors, form]);
}
