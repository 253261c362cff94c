import { FORM_ERROR_KEY, flattenFieldErrors } from "@lab/domain/zod-es";
import { useState } from "react";
import type { z } from "zod";
import { fieldErrorsOf, isConflict } from "~/components/form-feedback";

// What every workshop form does with a save: check the input with the domain's schema first
// (the same rules the server applies), then show the server's answer — messages beside the
// fields, a conflict as a warning, anything else above the button — or the success text.

const GENERIC_FIELDS_MESSAGE = "Revise los campos marcados.";

export type TMessages = Record<string, string | undefined>;

/** The first message per field ("items.0.title"), from a zod error or the server's answer. */
function firstMessages(errors: Record<string, string[] | undefined>): TMessages {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v?.[0]]));
}

export function useSaveState() {
  const [errors, setErrors] = useState<TMessages>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [success, setSuccess] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);

  function reset() {
    setErrors({});
    setConflict(null);
    setProblem(null);
    setSuccess("");
  }

  /** The input if the schema accepts it; otherwise the messages are shown and null returned. */
  function check<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null {
    setSubmitted(true);
    reset();
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    const messages = firstMessages(flattenFieldErrors(parsed.error));
    setErrors(messages);
    if (messages[FORM_ERROR_KEY]) setProblem(messages[FORM_ERROR_KEY] ?? null);
    return null;
  }

  /** Runs the save; false when it was refused (the messages are then on screen). */
  async function run<T>(save: () => Promise<T>, successText: string | ((result: T) => string)) {
    setPending(true);
    try {
      const result = await save();
      setSuccess(typeof successText === "string" ? successText : successText(result));
      setSubmitted(false);
      return result;
    } catch (error) {
      const message = (error as { message?: string }).message ?? "No se pudo guardar.";
      const fields = fieldErrorsOf(error);
      if (fields && Object.keys(fields).length > 0) {
        // Beside the fields; a refusal with its own words (not zod's) is also said above.
        setErrors(firstMessages(fields));
        if (message !== GENERIC_FIELDS_MESSAGE) setProblem(message);
      } else if (isConflict(error)) {
        setConflict(message);
      } else {
        setProblem(message);
      }
      return null;
    } finally {
      setPending(false);
    }
  }

  const invalid = submitted && Object.values(errors).some(Boolean);
  return {
    errors,
    setErrors,
    pending,
    check,
    run,
    reset,
    outcome: { conflict, problem, invalid, success },
  };
}
