"use client";

import type { TRole } from "@lab/domain/role";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import { useTRPC } from "~/trpc/react";
import { FieldError, fieldErrorsOf, useFocusFirstInvalid } from "./form-bits";
import { OfficeCheckboxes, type TOfficeOption } from "./office-checkboxes";
import { OneTimePassword } from "./one-time-password";
import { RoleSelect } from "./role-select";

export function CreateUserForm({ offices }: { offices: TOfficeOption[] }) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<TRole>("EDITOR");
  const mutation = useMutation(
    trpc.users.create.mutationOptions({
      // The answer holds the password: keep it no longer than this form shows it.
      gcTime: 0,
      onSuccess: () => {
        form.current?.reset();
        setRole("EDITOR");
        router.refresh();
      },
    }),
  );
  const fieldErrors = fieldErrorsOf(mutation.error);
  useFocusFirstInvalid(form, fieldErrors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.reset();
    mutation.mutate({
      name: String(data.get("name") ?? ""),
      email: String(data.get("email") ?? ""),
      role,
      // Offices only mean something for editors; the checkboxes are hidden for other roles.
      officeIds: role === "EDITOR" ? data.getAll("officeIds").map(String) : [],
    });
  }

  function onDone() {
    mutation.reset();
    form.current?.querySelector<HTMLInputElement>("input[name=name]")?.focus();
  }

  return (
    <>
      <form
        ref={form}
        onSubmit={onSubmit}
        className="form"
        noValidate
        aria-label="Crear una cuenta"
      >
        <div className="field">
          <label htmlFor="new-user-name">Nombre completo</label>
          <input
            id="new-user-name"
            name="name"
            autoComplete="off"
            required
            aria-describedby="new-user-name-error"
            aria-invalid={fieldErrors?.name ? true : undefined}
          />
          <FieldError id="new-user-name-error" messages={fieldErrors?.name} />
        </div>
        <div className="field">
          <label htmlFor="new-user-email">Correo electrónico</label>
          <input
            id="new-user-email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            required
            aria-describedby="new-user-email-error"
            aria-invalid={fieldErrors?.email ? true : undefined}
          />
          <FieldError id="new-user-email-error" messages={fieldErrors?.email} />
        </div>
        <RoleSelect
          id="new-user-role"
          value={role}
          onChange={setRole}
          messages={fieldErrors?.role}
        />
        {role === "EDITOR" ? (
          <OfficeCheckboxes
            idPrefix="new-user"
            offices={offices}
            messages={fieldErrors?.officeIds}
          />
        ) : null}
        {mutation.error ? (
          <p role="alert" className="form-error">
            {fieldErrors ? "Revise los campos marcados." : mutation.error.message}
          </p>
        ) : null}
        <p className="hint">
          Se generará una contraseña segura que verá una sola vez, para entregarla a la persona.
        </p>
        <button type="submit" className="button" disabled={!hydrated || mutation.isPending}>
          {mutation.isPending ? "Creando…" : "Crear cuenta"}
        </button>
      </form>
      {mutation.data ? (
        <OneTimePassword
          title={`Cuenta creada para ${mutation.data.user.name}.`}
          email={mutation.data.user.email}
          password={mutation.data.password}
          onDone={onDone}
        />
      ) : null}
    </>
  );
}
