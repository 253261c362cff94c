import { type RefObject, useEffect, useState } from "react";

// Live validation as the workspace forms do it: a field is checked when the official leaves
// it, and from then on as they type, so a fixed mistake clears at once while a field still
// being filled in for the first time stays quiet. Forms compute the message (they know the
// context a rule needs, such as the unit); this only decides when it is shown.

export type TFieldMessages<F extends string> = Partial<Record<F, string>>;

export function useLiveChecks<F extends string>() {
  const [errors, setErrors] = useState<TFieldMessages<F>>({});
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({});
  const show = (field: F, message: string | undefined) =>
    setErrors((e) => ({ ...e, [field]: message }));
  return {
    errors,
    /** Replaces every message (a refused submit, the server's answer). */
    setErrors,
    /** The text changed: shown once the field was left, or while it shows a message. */
    edited(field: F, message: string | undefined) {
      if (touched[field] || errors[field]) show(field, message);
    },
    /** The official left the field: its message shows from now on. */
    left(field: F, message: string | undefined) {
      setTouched((t) => ({ ...t, [field]: true }));
      show(field, message);
    },
  };
}

/**
 * After a refused submit, takes keyboard and screen-reader users to the first marked field.
 * Returns the function to call; the focus moves once the messages are rendered.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>) {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, form]);
  return () => setRequest((n) => n + 1);
}
