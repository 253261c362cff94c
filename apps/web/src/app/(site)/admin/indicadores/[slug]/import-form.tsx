"use client";

import { geographyName } from "@lab/domain/geography";
import { formatNumberEsCo } from "@lab/domain/number";
import type {
  TImportIssue,
  TImportPreview,
  TImportPreviewRow,
  TImportResult,
} from "@lab/domain/observation-import";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FileProblemsTable } from "~/components/file-problems-table";
import { useHydrated } from "~/components/use-hydrated";

type TError = { message: string; issues?: TImportIssue[] };

const STATUS_ES: Record<TImportPreviewRow["status"], string> = {
  new: "nuevo",
  changed: "cambia",
  unchanged: "sin cambios",
};

async function send(slug: string, mode: "preview" | "apply", file: File): Promise<unknown> {
  const body = new FormData();
  body.append("archivo", file);
  const response = await fetch(
    `/api/admin/indicators/${encodeURIComponent(slug)}/import?mode=${mode}`,
    { method: "POST", body },
  );
  const json = (await response.json().catch(() => null)) as {
    error?: TError;
  } | null;
  if (!response.ok) {
    throw json?.error ?? { message: "Ocurrió un error inesperado. Intente de nuevo." };
  }
  return json;
}

export function ImportForm({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<TImportPreview | null>(null);
  const [error, setError] = useState<TError | null>(null);
  const [result, setResult] = useState<TImportResult | null>(null);

  async function run(mode: "preview" | "apply") {
    if (!file) {
      setError({ message: "Elija un archivo CSV o XLSX." });
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      if (mode === "preview") {
        setPreview((await send(slug, "preview", file)) as TImportPreview);
      } else {
        setResult((await send(slug, "apply", file)) as TImportResult);
        setPreview(null);
        router.refresh();
      }
    } catch (e) {
      setError(e as TError);
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run("preview");
  }

  const issues = preview?.errors ?? error?.issues ?? [];
  const canApply = preview !== null && preview.summary.errors === 0 && preview.rows.length > 0;
  const statusText = busy
    ? "Procesando…"
    : result
      ? `Importación completa: ${result.created} nuevos, ${result.updated} actualizados, ${result.unchanged} sin cambios. Quedan como borrador hasta que la administración publique los cambios.`
      : preview
        ? `Vista previa: ${preview.summary.new} nuevos, ${preview.summary.changed} cambian, ${preview.summary.unchanged} sin cambios, ${preview.summary.errors} con errores. Aún no se guardó nada.`
        : null;
  const base = `/api/admin/indicators/${encodeURIComponent(slug)}/import-template`;

  return (
    <div>
      <p>
        Descargue la plantilla: <a href={`${base}?format=csv`}>CSV</a> ·{" "}
        <a href={`${base}?format=xlsx`}>Excel (.xlsx)</a>
      </p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <div className="field">
          <label htmlFor="import-file">Archivo (CSV o Excel)</label>
          <input
            id="import-file"
            name="archivo"
            type="file"
            accept=".csv,.xlsx"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setPreview(null);
              setResult(null);
              setError(null);
            }}
          />
        </div>
        <button type="submit" disabled={!hydrated || busy}>
          Ver qué cambiará
        </button>{" "}
        <button type="button" disabled={busy || !canApply} onClick={() => void run("apply")}>
          Confirmar importación
        </button>
      </form>
      {/* Rendered only with something to say: the page has another status region. */}
      {statusText ? <p role="status">{statusText}</p> : null}
      {error ? <p role="alert">{error.message}</p> : null}
      {issues.length > 0 ? (
        <>
          <p role="alert">
            El archivo tiene errores: corríjalos y cárguelo de nuevo. No se guardará ningún valor.
          </p>
          <FileProblemsTable caption="Errores del archivo" problems={issues} />
        </>
      ) : null}
      {preview && preview.rows.length > 0 ? (
        <table>
          <caption>Filas del archivo y qué cambiará</caption>
          <thead>
            <tr>
              <th scope="col">Fila</th>
              <th scope="col">Periodo</th>
              <th scope="col">Lugar</th>
              <th scope="col">Estado</th>
              <th scope="col">Valor</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={`${row.period}|${row.geography}`}>
                <td>{row.row}</td>
                <td>{row.period}</td>
                <td>{geographyName(row.geography)}</td>
                <td>{STATUS_ES[row.status]}</td>
                <td>
                  {row.status === "changed" && row.previous !== undefined
                    ? `${formatNumberEsCo(row.previous)} → ${formatNumberEsCo(row.value)}`
                    : formatNumberEsCo(row.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
