"use client";

import { DEFAULT_CONSENT_TEXT } from "@lab/domain/workshop-admin";
import {
  ATTENDEE_IMPORT_MAX_BYTES,
  ATTENDEE_TEMPLATE_HEADERS,
  type TAttendeeImportPreview,
} from "@lab/domain/workshop-attendee-import";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FileProblemsTable } from "~/components/file-problems-table";
import { CheckField, TextArea } from "~/components/form-fields";
import { useHydrated } from "~/components/use-hydrated";
import { useTRPC } from "~/trpc/react";

// Importing the register from a CSV or Excel file: the preview says which rows go in and
// which have problems (by row number, as Excel shows them); nothing is written until staff
// confirm, and then the good rows go in at once. The file is read on the server like every
// import (encodings, ";" or ",", BOM, XLSX).

// The template: UTF-8 with BOM and ";", as Excel in Colombia opens it.
const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(
  `\uFEFF${ATTENDEE_TEMPLATE_HEADERS.join(";")}\r\n`,
)}`;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(new Error("No se pudo leer el archivo. Elíjalo de nuevo."));
    reader.readAsDataURL(file);
  });
}

const yes = (value: boolean) => (value ? "Sí" : "No");

export function AttendeeImport({ workshopId }: { workshopId: string }) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [consentText, setConsentText] = useState(DEFAULT_CONSENT_TEXT);
  const [defaultAttended, setDefaultAttended] = useState(true);
  const [preview, setPreview] = useState<TAttendeeImportPreview | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const previewMutation = useMutation(trpc.workshopAdmin.previewAttendeeImport.mutationOptions());
  const apply = useMutation(trpc.workshopAdmin.applyAttendeeImport.mutationOptions());
  const busy = previewMutation.isPending || apply.isPending;

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone("");
    setPreview(null);
    if (!file) {
      setError("Elija un archivo CSV o Excel (.xlsx).");
      return;
    }
    if (file.size > ATTENDEE_IMPORT_MAX_BYTES) {
      setError(`El archivo pesa más de ${ATTENDEE_IMPORT_MAX_BYTES / (1024 * 1024)} MB.`);
      return;
    }
    try {
      const contentBase64 = await base64Of(file);
      setContent(contentBase64);
      setPreview(
        await previewMutation.mutateAsync({
          workshopId,
          fileName: file.name,
          contentBase64,
          consentText,
          defaultAttended,
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function onApply() {
    if (!preview || !content || !file) return;
    setError(null);
    try {
      const result = await apply.mutateAsync({
        workshopId,
        fileName: file.name,
        contentBase64: content,
        consentText,
        defaultAttended,
        confirmRows: preview.rows.map((r) => r.row),
      });
      setPreview(null);
      setDone(
        `Importación completa: ${result.created} inscripciones${
          result.newInstitutions > 0 ? `, ${result.newInstitutions} instituciones nuevas` : ""
        }${result.skipped > 0 ? `; ${result.skipped} filas con problemas no se importaron` : ""}.`,
      );
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div>
      <p>
        Columnas: {ATTENDEE_TEMPLATE_HEADERS.join(", ")} (solo «nombre» es obligatoria).{" "}
        <a href={TEMPLATE} download="plantilla-registro-asistencia.csv">
          Descargar la plantilla (CSV)
        </a>
      </p>
      <form className="form" onSubmit={onPreview} noValidate aria-label="Importar el registro">
        <div className="field">
          <label htmlFor="registro-archivo">Archivo (CSV o Excel)</label>
          <input
            id="registro-archivo"
            type="file"
            accept=".csv,.xlsx,.txt"
            aria-describedby="registro-archivo-hint"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setPreview(null);
              setDone("");
              setError(null);
            }}
          />
          <p id="registro-archivo-hint" className="hint">
            CSV separado por «;» o «,» (UTF-8 o el de Excel) o libro de Excel (.xlsx), hasta{" "}
            {ATTENDEE_IMPORT_MAX_BYTES / (1024 * 1024)} MB.
          </p>
        </div>
        <TextArea
          id="registro-consentimiento"
          label="Texto de la autorización que firmaron quienes dicen «sí» en «consentimiento»"
          rows={4}
          value={consentText}
          onChange={setConsentText}
        />
        <CheckField
          id="registro-asistio"
          label="Quienes no tienen la columna «asistió» (o la dejan vacía) asistieron"
          checked={defaultAttended}
          onChange={setDefaultAttended}
        />
        <button type="submit" className="button button--secondary" disabled={!hydrated || busy}>
          {previewMutation.isPending ? "Revisando…" : "Ver vista previa"}
        </button>
      </form>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="form-success">
        {preview
          ? `Vista previa: ${preview.summary.ok} filas se pueden importar y ${preview.summary.withProblems} tienen problemas. Aún no se guardó nada.`
          : done}
      </p>
      {preview ? (
        <>
          {preview.rows.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table">
                <caption>Filas que se importarán ({preview.rows.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Fila</th>
                    <th scope="col">Nombre</th>
                    <th scope="col">Correo</th>
                    <th scope="col">Institución</th>
                    <th scope="col">Asistió</th>
                    <th scope="col">Autorizó sus datos</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.row}>
                      <td>{r.row}</td>
                      <td>{r.personName}</td>
                      <td>{r.email ?? "—"}</td>
                      <td>
                        {r.institutionName ?? "—"}
                        {r.newInstitutionType ? " (nueva)" : ""}
                      </td>
                      <td>{yes(r.attended)}</td>
                      <td>{yes(r.consentAt !== null)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {preview.issues.length > 0 ? (
            <FileProblemsTable
              caption={`Filas con problemas (${preview.summary.withProblems}): no se importarán`}
              problems={preview.issues}
            />
          ) : null}
          {preview.notes.length > 0 ? (
            <>
              <h4>Para tener en cuenta</h4>
              <ul>
                {preview.notes.map((n, i) => (
                  <li key={`${n.row}-${i}`}>
                    Fila {n.row}: {n.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="button-row">
            <button
              type="button"
              className="button"
              onClick={onApply}
              disabled={busy || preview.rows.length === 0}
            >
              {apply.isPending
                ? "Importando…"
                : `Importar ${preview.rows.length} ${preview.rows.length === 1 ? "fila" : "filas"}`}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setPreview(null)}
            >
              Cancelar
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
