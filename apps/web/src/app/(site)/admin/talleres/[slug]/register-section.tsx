"use client";

import type { TAttendeeAdminView, TInstitutionOption } from "@lab/domain/workshop-admin-views";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { useTRPC } from "~/trpc/react";
import { AttendeeForm } from "./attendee-form";
import { AttendeeImport } from "./attendee-import";

// The attendance register: who registered, by hand or imported. Personal data: this page is
// staff only, and nothing here reaches a public page.

const DATE_TIME = new Intl.DateTimeFormat("es-CO", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "America/Bogota",
});

export function RegisterSection({
  workshopId,
  attendees,
  institutions,
}: {
  workshopId: string;
  attendees: TAttendeeAdminView[];
  institutions: TInstitutionOption[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const remove = useMutation(trpc.workshopAdmin.deleteAttendee.mutationOptions());
  const options = institutions.map((i) => ({ value: i.id, label: i.name }));
  const attended = attendees.filter((a) => a.attended).length;
  const editedAttendee = attendees.find((a) => a.id === editing) ?? null;

  return (
    <>
      <p>
        {attendees.length === 1 ? "1 inscripción" : `${attendees.length} inscripciones`}, {attended}{" "}
        asistieron.
      </p>
      {attendees.length > 0 ? (
        <ul className="work-list" aria-label="Personas inscritas">
          {attendees.map((a) => (
            <li key={a.id} className="work-item">
              <h4 className="work-item__title">
                {a.personName}
                {a.isDemo ? <span className="badge badge--demo">Demostración</span> : null}
              </h4>
              <dl className="facts">
                <dt>Correo</dt>
                <dd>{a.email ?? "—"}</dd>
                <dt>Institución</dt>
                <dd>{a.institutionName ?? "—"}</dd>
                {a.role ? (
                  <>
                    <dt>Rol</dt>
                    <dd>{a.role}</dd>
                  </>
                ) : null}
                <dt>Asistió</dt>
                <dd>
                  {a.attended ? "Sí" : "No"}
                  {a.checkedInAt ? ` (llegó ${DATE_TIME.format(a.checkedInAt)})` : ""}
                </dd>
                <dt>Autorización de datos</dt>
                <dd>{a.consentAt ? `Sí, ${DATE_TIME.format(a.consentAt)}` : "No"}</dd>
              </dl>
              {editing === a.id && editedAttendee ? (
                <AttendeeForm
                  key={a.id}
                  workshopId={workshopId}
                  institutions={options}
                  editing={editedAttendee}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <p className="button-row">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing(a.id)}
                  >
                    Corregir
                    <span className="visually-hidden"> la inscripción de {a.personName}</span>
                  </button>
                  <ConfirmButton
                    label={`Quitar a ${a.personName}`}
                    confirmLabel={`Sí, quitar a ${a.personName}`}
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(
                        { attendeeId: a.id },
                        {
                          onSuccess: (r) => {
                            setMessage(`${r.deleted} salió del registro.`);
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
      ) : null}
      <p role="status" className="form-success">
        {message}
      </p>
      <h3>Inscribir a una persona</h3>
      <AttendeeForm
        workshopId={workshopId}
        institutions={options}
        editing={null}
        onDone={() => {}}
      />
      <h3>Importar el registro (CSV o Excel)</h3>
      <AttendeeImport workshopId={workshopId} />
    </>
  );
}
