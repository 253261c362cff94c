"use client";

import { INSTITUTION_TYPE_LABELS_ES } from "@lab/domain/workshop";
import type { TInstitutionAdminView } from "@lab/domain/workshop-admin-views";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { SelectField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/react";
import { InstitutionForm } from "./institution-form";

// Every institution with what refers to it, and what staff can do with each: edit it, delete
// it (refused, with the reason, while something refers to it) or merge it into another.

function usageText(u: TInstitutionAdminView["usage"]): string {
  const parts = [
    [u.attendees, "inscripción", "inscripciones"],
    [u.contributions, "aporte", "aportes"],
    [u.capacityProfiles, "mapa de capacidades", "mapas de capacidades"],
    [u.alliances, "alianza", "alianzas"],
    [u.facilitators, "facilitador", "facilitadores"],
    [u.children, "dependencia", "dependencias"],
  ] as const;
  const used = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return used.length > 0 ? used.join(", ") : "Sin registros";
}

function MergeForm({
  source,
  targets,
  onMerged,
}: {
  source: TInstitutionAdminView;
  targets: { value: string; label: string }[];
  onMerged: (text: string) => void;
}) {
  const trpc = useTRPC();
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const merge = useMutation(trpc.workshopAdmin.mergeInstitutions.mutationOptions());
  return (
    <div className="form-group">
      <SelectField
        id={`combinar-${source.id}`}
        label={`Combinar «${source.name}» con`}
        hint="Sus inscripciones, aportes, mapas, alianzas, facilitadores y dependencias pasan a la elegida, y esta se borra."
        emptyLabel="Elija la institución que la reemplaza"
        options={targets}
        value={target}
        error={error ?? undefined}
        onChange={setTarget}
      />
      {target ? (
        <ConfirmButton
          label={`Combinar «${source.name}»`}
          confirmLabel={`Sí, combinar con «${targets.find((t) => t.value === target)?.label}»`}
          pending={merge.isPending}
          onConfirm={() =>
            merge.mutate(
              { sourceId: source.id, targetId: target },
              {
                onSuccess: (r) => onMerged(`«${source.name}» se combinó con «${r.target.name}».`),
                onError: (e) => setError(e.message),
              },
            )
          }
        />
      ) : null}
    </div>
  );
}

export function InstitutionList({ institutions }: { institutions: TInstitutionAdminView[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const remove = useMutation(trpc.workshopAdmin.deleteInstitution.mutationOptions());
  const options = institutions.map((i) => ({ value: i.id, label: i.name }));
  const refresh = (text: string) => {
    setMessage({ text, refused: false });
    router.refresh();
  };

  return (
    <>
      {message ? (
        <p
          role={message.refused ? "alert" : "status"}
          className={message.refused ? "notice notice--warning" : "form-success"}
        >
          {message.text}
        </p>
      ) : null}
      <ul className="work-list" aria-label="Instituciones registradas">
        {institutions.map((i) => (
          <li key={i.id} className="work-item">
            <h2 className="work-item__title">
              {i.name}
              {i.isDemo ? <span className="badge badge--demo">Demostración</span> : null}
            </h2>
            <p className="work-item__meta">
              {[
                INSTITUTION_TYPE_LABELS_ES[i.type],
                i.city,
                i.parentName ? `depende de ${i.parentName}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p>{usageText(i.usage)}</p>
            {editing === i.id ? (
              <InstitutionForm editing={i} parents={options} onDone={() => setEditing(null)} />
            ) : (
              <>
                <p className="button-row">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing(i.id)}
                  >
                    Editar<span className="visually-hidden"> {i.name}</span>
                  </button>
                  <ConfirmButton
                    label={`Borrar «${i.name}»`}
                    confirmLabel={`Sí, borrar «${i.name}»`}
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(
                        { institutionId: i.id },
                        {
                          onSuccess: (r) => refresh(`Institución «${r.deleted}» borrada.`),
                          onError: (e) => setMessage({ text: e.message, refused: true }),
                        },
                      )
                    }
                  />
                </p>
                <details>
                  <summary>Combinar con otra institución</summary>
                  <MergeForm
                    source={i}
                    targets={options.filter((o) => o.value !== i.id)}
                    onMerged={refresh}
                  />
                </details>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
