"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { isConflict } from "~/components/form-feedback";
import { useTRPC } from "~/trpc/react";
import { useRevision } from "../_components/revision";

// Deleting a workshop that holds nothing but its own definition (created by mistake, or a
// plan dropped); the server refuses one with records and says which. Done, staff land on the
// list, which says so.

export function DeletePanel({ workshopId, title }: { workshopId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { revision } = useRevision();
  const remove = useMutation(trpc.workshopAdmin.delete.mutationOptions());
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);

  return (
    <div className="panel">
      <p>
        Solo se puede borrar un taller sin personas inscritas, aportes, mapa de capacidades,
        alianzas, sesión del tablero ni resultados publicados. Uno que se realizó queda como
        registro: cambie su estado.
      </p>
      <ConfirmButton
        label={`Borrar el taller «${title}»`}
        confirmLabel={`Sí, borrar «${title}»`}
        pending={remove.isPending}
        onConfirm={() => {
          setError(null);
          remove.mutate(
            { workshopId, revision },
            {
              onSuccess: () => router.push("/admin/talleres?borrado=1"),
              onError: (e) => setError({ text: e.message, conflict: isConflict(e) }),
            },
          );
        }}
      />
      {error ? (
        <p role="alert" className={error.conflict ? "notice notice--danger" : "form-error"}>
          {error.text}
        </p>
      ) : null}
    </div>
  );
}
