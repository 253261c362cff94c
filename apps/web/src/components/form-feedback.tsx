import type { ReactNode } from "react";

// Small pieces the workspace forms share: server field errors, conflicts, messages beside fields.

export type TFieldErrors = Record<string, string[] | undefined>;

/** Spanish messages per field sent by the server (zod or AppError), if any. */
export function fieldErrorsOf(error: unknown): TFieldErrors | undefined {
  const data = (error as { data?: { fieldErrors?: TFieldErrors | null } } | null)?.data;
  return data?.fieldErrors ?? undefined;
}

/** Someone else changed the thing since it was loaded (tRPC CONFLICT, HTTP 409). */
export function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

/** The field's message, or an empty placeholder so aria-describedby always points somewhere. */
export function FieldError({ id, messages }: { id: string; messages?: string[] | string }) {
  const text = Array.isArray(messages) ? messages.join(" ") : messages;
  if (!text) return <span id={id} hidden />;
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}

/** What a field's control needs to be tied to its label, note, hint and message. */
export type TControlProps = {
  id: string;
  "aria-describedby": string;
  "aria-invalid": true | undefined;
};

/**
 * A labelled field: an optional note above the control (such as "unpublished change"), a hint
 * and the message below it, all read with the control through aria-describedby.
 */
export function Field({
  id,
  label,
  note,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  note?: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: TControlProps) => ReactNode;
}) {
  const describedBy = [note ? `${id}-note` : null, hint ? `${id}-hint` : null, `${id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {note ? (
        <p id={`${id}-note`} className="field-note">
          {note}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** The hint and the message below a control, under the ids its aria-describedby names. */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={error} />
    </>
  );
}
