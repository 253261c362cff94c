"use client";

import { CAPACITY_TYPE_LABELS_ES } from "@lab/domain/indicator";
import { CONTRIBUTION_STATUS_LABELS } from "@lab/domain/workshop";
import type { TWorkshopAdminView } from "@lab/domain/workshop-admin-views";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { useTRPC } from "~/trpc/react";
import { ContributionForm } from "./contribution-form";

// The workshop's contributions, by question, with the form to record or correct one.

export function ContributionsSection({ workshop }: { workshop: TWorkshopAdminView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const remove = useMutation(trpc.workshopAdmin.deleteContribution.mutationOptions());
  const questions = workshop.questions.map((q) => ({
    value: q.id,
    label: `${q.order}. ${q.text}`,
  }));
  const institutions = workshop.institutions.map((i) => ({ value: i.id, label: i.name }));
  const attendees = workshop.attendees.map((a) => ({
    value: a.id,
    label: a.institutionName ? `${a.personName} (${a.institutionName})` : a.personName,
  }));
  const groups = [
    ...workshop.questions.map((q) => ({ key: q.id, title: `${q.order}. ${q.text}` })),
    { key: null, title: "Sin pregunta" },
  ]
    .map((g) => ({ ...g, items: workshop.contributions.filter((c) => c.questionId === g.key) }))
    .filter((g) => g.items.length > 0);

  return (
    <>
      {workshop.contributions.length === 0 ? (
        <p>Aún no hay aportes.</p>
      ) : (
        groups.map((group) => (
          <div key={group.key ?? "none"}>
            <h3>{group.title}</h3>
            <ul className="work-list" aria-label={`Aportes: ${group.title}`}>
              {group.items.map((c, i) => (
                <li key={c.id} className="work-item">
                  <p>
                    {c.text}
                    {c.isDemo ? <span className="badge badge--demo">Demostración</span> : null}
                  </p>
                  <p className="work-item__meta">
                    {[
                      c.institutionName ?? "Sin institución",
                      c.attendeeName,
                      c.capacityTypes.map((t) => CAPACITY_TYPE_LABELS_ES[t]).join(", ") || null,
                      CONTRIBUTION_STATUS_LABELS.es[c.status],
                      `${c.votes} ${c.votes === 1 ? "voto" : "votos"}`,
                      c.tags.length > 0 ? `#${c.tags.join(" #")}` : null,
                      c.source === "BOARD" ? "desde el tablero" : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {editing === c.id ? (
                    <ContributionForm
                      workshopId={workshop.id}
                      questions={questions}
                      institutions={institutions}
                      attendees={attendees}
                      editing={c}
                      onDone={() => setEditing(null)}
                    />
                  ) : (
                    <p className="button-row">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setEditing(c.id)}
                      >
                        Corregir<span className="visually-hidden"> el aporte {i + 1}</span>
                      </button>
                      <ConfirmButton
                        label={`Borrar el aporte ${i + 1}`}
                        confirmLabel="Sí, borrar el aporte"
                        pending={remove.isPending}
                        onConfirm={() =>
                          remove.mutate(
                            { contributionId: c.id },
                            {
                              onSuccess: () => {
                                setMessage("Aporte borrado.");
                                router.refresh();
                              },
                              onError: (e) => setMessage(e.message),
                            },
                          )
                        }
                      />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <p role="status" className="form-success">
        {message}
      </p>
      <h3>Registrar un aporte</h3>
      <ContributionForm
        workshopId={workshop.id}
        questions={questions}
        institutions={institutions}
        attendees={attendees}
        editing={null}
        onDone={() => {}}
      />
    </>
  );
}
