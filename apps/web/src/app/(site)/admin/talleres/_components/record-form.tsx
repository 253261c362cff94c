"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import type { z } from "zod";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";

// A staff form that adds a record to a workshop or corrects one chosen in its list (attendees,
// contributions): the values, each field's id and message, and the submit. The input is
// checked with the domain's schema first (the server's own rules), then saved; the page's lists
// are refreshed, and the form is emptied for the next record or, for a correction, closed.

export function useRecordForm<TValues extends Record<string, unknown>, TInput>(options: {
  /** Field ids are `${prefix}-${key}`: unique while a correction is open beside the new form. */
  prefix: string;
  initial: () => TValues;
  schema: z.ZodType;
  toInput: (values: TValues) => TInput;
  save: (input: TInput) => Promise<unknown>;
  /** The Spanish outcome once saved. */
  saved: (values: TValues) => string;
  /** A correction closes once saved; a new record leaves `next` of the values for the next. */
  correcting: boolean;
  next: (values: TValues) => TValues;
  onDone: () => void;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [values, setValues] = useState<TValues>(options.initial);
  const save = useSaveState();
  const set = <K extends keyof TValues>(key: K, value: TValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof TValues & string) => ({
    id: `${options.prefix}-${key}`,
    error: save.errors[key],
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = options.toInput(values);
    if (!save.check(options.schema, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(() => options.save(input), options.saved(values));
    if (!result) {
      focusFirstError();
      return;
    }
    router.refresh();
    if (options.correcting) options.onDone();
    else setValues(options.next);
  }

  return { formRef, values, set, setValues, field, save, onSubmit };
}

/** Under a correction: closes it without saving. */
export function CancelCorrection({ onDone }: { onDone: () => void }) {
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Cancelar la corrección
      </button>
    </p>
  );
}
