"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import { useTRPC } from "~/trpc/react";

type TFieldErrors = Record<string, string[] | undefined>;

const MISMATCH = "La confirmación no coincide con la nueva contraseña.";

export function ChangePasswordForm() {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const mutation = useMutation(
    trpc.account.changePassword.mutationOptions({ onSuccess: () => setDone(true) }),
  );
  const serverErrors = (mutation.error?.data as { fieldErrors?: TFieldErrors } | undefined)
    ?.fieldErrors;
  const fieldErrors: TFieldErrors = {
    ...serverErrors,
    ...(mismatch ? { confirmation: [MISMATCH] } : {}),
  };
  const invalid = Boolean(serverErrors) || mismatch;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("newPassword") ?? "");
    setDone(false);
    mutation.reset();
    // Checked here only: the server never sees the confirmation.
    if (newPassword !== String(form.get("confirmation") ?? "")) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    mutation.mutate(
      { currentPassword: String(form.get("currentPassword") ?? ""), newPassword },
      { onSuccess: () => formElement.reset() },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <PasswordField
        name="currentPassword"
        label="Contraseña actual"
        autoComplete="current-password"
        messages={fieldErrors.currentPassword}
      />
      <PasswordField
        name="newPassword"
        label="Nueva contraseña"
        autoComplete="new-password"
        messages={fieldErrors.newPassword}
      />
      <PasswordField
        name="confirmation"
        label="Confirme la nueva contraseña"
        autoComplete="new-password"
        messages={fieldErrors.confirmation}
      />
      {mutation.error && !serverErrors ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      {invalid ? (
        <p role="alert" className="form-error">
          Revise los campos marcados.
        </p>
      ) : null}
      {done ? (
        <p role="status" className="form-success">
          Contraseña cambiada. Úsela la próxima vez que ingrese.
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!hydrated || mutation.isPending}>
        {mutation.isPending ? "Guardando…" : "Cambiar contraseña"}
      </button>
    </form>
  );
}

function PasswordField({
  name,
  label,
  autoComplete,
  messages,
}: {
  name: string;
  label: string;
  autoComplete: string;
  messages?: string[];
}) {
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type="password"
        required
        autoComplete={autoComplete}
        aria-describedby={errorId}
        aria-invalid={messages?.length ? true : undefined}
      />
      {messages?.length ? (
        <p id={errorId} className="field-error">
          {messages.join(" ")}
        </p>
      ) : (
        <span id={errorId} hidden />
      )}
    </div>
  );
}
