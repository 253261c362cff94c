"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import { useTRPC } from "~/trpc/react";
import { FieldError, fieldErrorsOf, useFocusFirstInvalid } from "./form-bits";

export function CreateOfficeForm() {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState("");
  const mutation = useMutation(
    trpc.offices.create.mutationOptions({
      onSuccess: (office) => {
        form.current?.reset();
        setCreated(`Dependencia «${office.name}» creada. Ya puede asignarla a los editores.`);
        router.refresh();
      },
    }),
  );
  const fieldErrors = fieldErrorsOf(mutation.error);
  useFocusFirstInvalid(form, fieldErrors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated("");
    mutation.mutate({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
  }

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      className="form"
      noValidate
      aria-label="Crear una dependencia"
    >
      <div className="field">
        <label htmlFor="new-office-name">Nombre de la dependencia</label>
        <input
          id="new-office-name"
          name="name"
          autoComplete="off"
          required
          aria-describedby="new-office-name-hint new-office-name-error"
          aria-invalid={fieldErrors?.name ? true : undefined}
        />
        <p id="new-office-name-hint" className="hint">
          Por ejemplo, Secretaría de Salud y Ambiente.
        </p>
        <FieldError id="new-office-name-error" messages={fieldErrors?.name} />
      </div>
      {mutation.error && !fieldErrors ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      <p role="status" className="form-success">
        {created}
      </p>
      <button type="submit" className="button" disabled={!hydrated || mutation.isPending}>
        {mutation.isPending ? "Creando…" : "Crear dependencia"}
      </button>
    </form>
  );
}
