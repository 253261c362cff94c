"use client";

import type { TRole } from "@lab/domain/role";
import type { TUserView } from "@lab/domain/user-admin";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { fieldErrorsOf, useFocusFirstInvalid } from "./form-bits";
import { OfficeCheckboxes, type TOfficeOption } from "./office-checkboxes";
import { OneTimePassword } from "./one-time-password";
import { RoleSelect } from "./role-select";

type TMode = "idle" | "edit" | "confirmDeactivate" | "confirmReset";

/** Change role and offices, deactivate or reactivate, reset the password of one account. */
export function UserActions({ user, offices }: { user: TUserView; offices: TOfficeOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<TMode>("idle");
  const [status, setStatus] = useState("");
  const [role, setRole] = useState<TRole>(user.role);
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const activeButton = useRef<HTMLButtonElement>(null);
  const confirmPanel = useRef<HTMLDivElement>(null);

  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: () => {
        close("Cambios guardados.", editButton);
        router.refresh();
      },
    }),
  );
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: (saved) => {
        close(saved.active ? "Cuenta reactivada." : "Cuenta desactivada.", activeButton);
        router.refresh();
      },
    }),
  );
  const reset = useMutation(
    // The answer holds the password: keep it no longer than the panel shows it.
    trpc.users.resetPassword.mutationOptions({ gcTime: 0, onSuccess: () => setMode("idle") }),
  );
  const fieldErrors = fieldErrorsOf(update.error);
  useFocusFirstInvalid(form, fieldErrors);
  const error = update.error ?? setActive.error ?? reset.error;

  // A confirmation takes the focus, so keyboard users land on its question.
  useEffect(() => {
    if (mode === "confirmDeactivate" || mode === "confirmReset") confirmPanel.current?.focus();
  }, [mode]);

  function close(message: string, focusTarget: RefObject<HTMLButtonElement | null>) {
    setMode("idle");
    setStatus(message);
    // After the panel goes away, back to the button that opened it.
    requestAnimationFrame(() => focusTarget.current?.focus());
  }

  function open(next: TMode) {
    update.reset();
    setActive.reset();
    reset.reset();
    setStatus("");
    setRole(user.role);
    setMode(next);
  }

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update.mutate({
      userId: user.id,
      role,
      officeIds: role === "EDITOR" ? data.getAll("officeIds").map(String) : [],
    });
  }

  const busy = update.isPending || setActive.isPending || reset.isPending;

  return (
    <div className="user-actions">
      <div className="button-row">
        <button
          ref={editButton}
          type="button"
          className="button button--secondary"
          aria-expanded={mode === "edit"}
          aria-controls={mode === "edit" ? `${id}-edit` : undefined}
          onClick={() => (mode === "edit" ? close("", editButton) : open("edit"))}
        >
          Cambiar rol o dependencias
        </button>
        <button
          ref={resetButton}
          type="button"
          className="button button--secondary"
          onClick={() => open("confirmReset")}
        >
          Restablecer contraseña
        </button>
        {user.active ? (
          <button
            ref={activeButton}
            type="button"
            className="button button--secondary"
            onClick={() => open("confirmDeactivate")}
          >
            Desactivar cuenta
          </button>
        ) : (
          <button
            ref={activeButton}
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              open("idle");
              setActive.mutate({ userId: user.id, active: true });
            }}
          >
            Reactivar cuenta
          </button>
        )}
      </div>

      {mode === "edit" ? (
        <form
          ref={form}
          id={`${id}-edit`}
          onSubmit={onSave}
          className="form"
          noValidate
          aria-label={`Rol y dependencias de ${user.name}`}
        >
          <RoleSelect
            id={`${id}-role`}
            value={role}
            onChange={setRole}
            messages={fieldErrors?.role}
          />
          {role === "EDITOR" ? (
            <OfficeCheckboxes
              idPrefix={id}
              offices={offices}
              checked={user.offices.map((o) => o.id)}
              messages={fieldErrors?.officeIds}
            />
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {update.isPending ? "Guardando…" : "Guardar cambios"}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => close("", editButton)}
            >
              Cancelar
            </button>
          </div>
        </form>
      ) : null}

      {mode === "confirmDeactivate" || mode === "confirmReset" ? (
        <div ref={confirmPanel} tabIndex={-1} className="notice notice--warning">
          <p>
            {mode === "confirmDeactivate"
              ? `¿Desactivar la cuenta de ${user.name}? No podrá ingresar y sus sesiones abiertas dejarán de funcionar. Podrá reactivarla después.`
              : `¿Restablecer la contraseña de ${user.name}? La actual dejará de funcionar y se generará una nueva que verá una sola vez.`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                mode === "confirmDeactivate"
                  ? setActive.mutate({ userId: user.id, active: false })
                  : reset.mutate({ userId: user.id })
              }
            >
              {mode === "confirmDeactivate" ? "Sí, desactivar" : "Sí, generar una nueva"}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => close("", mode === "confirmDeactivate" ? activeButton : resetButton)}
            >
              Cancelar
            </button>
          </div>
        </div>
      ) : null}

      {reset.data ? (
        <OneTimePassword
          title={`Nueva contraseña de ${user.name}.`}
          email={reset.data.email}
          password={reset.data.password}
          onDone={() => {
            reset.reset();
            resetButton.current?.focus();
          }}
        />
      ) : null}

      {error ? (
        <p role="alert" className="form-error">
          {fieldErrors ? "Revise los campos marcados." : error.message}
        </p>
      ) : null}
      {/* Always present, so that screen readers announce what is written into it. */}
      <p role="status" className="form-success">
        {status}
      </p>
    </div>
  );
}
