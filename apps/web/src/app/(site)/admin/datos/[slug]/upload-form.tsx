"use client";

import type { TVersionProblem } from "@lab/domain/dataset-workspace";
import { formatNumberEsCo } from "@lab/domain/number";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { FileProblemsTable } from "~/components/file-problems-table";
import { useHydrated } from "~/components/use-hydrated";
import { limitsHint, sizeProblem, uploadLimits } from "./upload-limits";

// Uploading a new version. The browser streams the file itself (XMLHttpRequest, for the upload
// progress) to POST /api/admin/datasets/{slug}/versions; the server parses it while it
// arrives. If rows have problems, the table says where and why, and a column that mixes types
// can be loaded as text: the same File is sent again with ?textColumns=, nothing to pick again.

type TLoaded = { number: number; status: string; rowCount: number | null; columns: unknown[] };
type TProblems = { message: string; problems: TVersionProblem[]; problemCount: number };

type TState =
  | { phase: "idle" }
  | { phase: "uploading"; percent: number }
  | { phase: "processing" }
  | { phase: "done"; version: TLoaded }
  | { phase: "problems"; report: TProblems }
  | { phase: "error"; message: string };

const SHOWN_PROBLEMS = 100;

export function UploadForm({
  slug,
  maxBytes,
  xlsxMaxBytes,
}: {
  slug: string;
  /** DATASET_UPLOAD_MAX_BYTES: the limit of a CSV, streamed by the server. */
  maxBytes: number;
  /** The server's ceiling for an Excel workbook, which it reads whole. */
  xlsxMaxBytes: number;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [textColumns, setTextColumns] = useState<string[]>([]);
  const [state, setState] = useState<TState>({ phase: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);
  const busy = state.phase === "uploading" || state.phase === "processing";
  const limits = uploadLimits(maxBytes, xlsxMaxBytes);

  function send(chosen: File, asText: string[]) {
    if (chosen.size === 0) {
      setState({
        phase: "error",
        message: "El archivo está vacío: elija un CSV o Excel con datos.",
      });
      return;
    }
    const tooLarge = sizeProblem(chosen, limits);
    if (tooLarge) {
      setState({ phase: "error", message: tooLarge });
      return;
    }
    setTextColumns(asText);
    setState({ phase: "uploading", percent: 0 });
    const query = asText.length > 0 ? `?textColumns=${encodeURIComponent(asText.join(","))}` : "";
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", `/api/admin/datasets/${encodeURIComponent(slug)}/versions${query}`);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(chosen.name));
    xhr.setRequestHeader("Content-Type", chosen.type || "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        setState({ phase: "uploading", percent: Math.floor((e.loaded / e.total) * 100) });
      }
    };
    // Everything is sent: the server is still checking and loading the rows.
    xhr.upload.onload = () => setState({ phase: "processing" });
    xhr.onerror = () =>
      setState({
        phase: "error",
        message:
          "Se perdió la conexión durante la carga. No se guardó nada: revise su conexión e intente de nuevo.",
      });
    xhr.onabort = () =>
      setState({ phase: "error", message: "Carga cancelada. No se guardó nada." });
    xhr.onload = () => {
      request.current = null;
      const body = (xhr.response ?? null) as {
        version?: TLoaded;
        error?: { message?: string };
        problems?: TVersionProblem[];
        problemCount?: number;
      } | null;
      if (xhr.status === 201 && body?.version) {
        setState({ phase: "done", version: body.version });
        router.refresh();
        return;
      }
      if (body?.problems && body.problems.length > 0) {
        setState({
          phase: "problems",
          report: {
            message: body.error?.message ?? "El archivo tiene filas con problemas.",
            problems: body.problems,
            problemCount: body.problemCount ?? body.problems.length,
          },
        });
        router.refresh();
        return;
      }
      setState({
        phase: "error",
        message:
          body?.error?.message ??
          (xhr.status === 413
            ? "El archivo es demasiado grande."
            : "Ocurrió un error inesperado. No se guardó nada; intente de nuevo en unos minutos."),
      });
    };
    xhr.send(chosen);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setState({ phase: "error", message: "Elija un archivo CSV o Excel (.xlsx)." });
      return;
    }
    send(file, []);
  }

  const problemColumns =
    state.phase === "problems"
      ? [
          ...new Set(
            state.report.problems.flatMap((p) =>
              p.column && !textColumns.includes(p.column) ? [p.column] : [],
            ),
          ),
        ]
      : [];

  return (
    <div>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="version-file">Archivo (CSV o Excel .xlsx)</label>
          <input
            id="version-file"
            name="archivo"
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv"
            aria-describedby="version-file-hint"
            disabled={busy}
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0] ?? null;
              setFile(chosen);
              setTextColumns([]);
              // Said at once, not after a click: the file is never sent.
              const tooLarge = chosen ? sizeProblem(chosen, limits) : null;
              setState(tooLarge ? { phase: "error", message: tooLarge } : { phase: "idle" });
            }}
          />
          <p id="version-file-hint" className="hint">
            CSV separado por comas, punto y coma o tabulador, en UTF-8 o Windows-1252 (como lo
            guarda Excel); números con coma decimal y fechas dd/mm/aaaa se reconocen.{" "}
            {limitsHint(limits)}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={!hydrated || busy}>
            Cargar nueva versión
          </button>
          {busy ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => request.current?.abort()}
            >
              Cancelar la carga
            </button>
          ) : null}
        </div>
      </form>

      {state.phase === "uploading" ? (
        <div className="upload-progress">
          <progress max={100} value={state.percent} aria-label="Progreso de la carga" />
          <p role="status">Enviando el archivo… {state.percent} %</p>
        </div>
      ) : null}
      {state.phase === "processing" ? (
        <div className="upload-progress">
          <progress aria-label="Procesando el archivo" />
          <p role="status">Procesando… el servidor revisa y carga las filas.</p>
        </div>
      ) : null}
      {state.phase === "done" ? (
        <p role="status" className="notice">
          Versión {state.version.number} cargada:{" "}
          {state.version.rowCount === null
            ? ""
            : `${formatNumberEsCo(state.version.rowCount)} filas, `}
          {state.version.columns.length} columnas
          {textColumns.length > 0
            ? ` (${textColumns.map((c) => `«${c}»`).join(", ")} como texto)`
            : ""}
          . Aún no es pública: revísela y publíquela en la tabla de versiones.
        </p>
      ) : null}
      {state.phase === "error" ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      {state.phase === "problems" ? (
        <>
          <div className="notice notice--danger">
            <p role="alert">{state.report.message}</p>
            {problemColumns.length > 0 ? (
              <div className="button-row">
                {problemColumns.map((column) => (
                  <button
                    key={column}
                    type="button"
                    className="button button--secondary button--small"
                    disabled={!file}
                    onClick={() => file && send(file, [...textColumns, column])}
                  >
                    Cargar la columna «{column}» como texto
                  </button>
                ))}
              </div>
            ) : null}
          </div>
          <FileProblemsTable
            caption={`Problemas del archivo${
              state.report.problemCount > state.report.problems.length ||
              state.report.problems.length > SHOWN_PROBLEMS
                ? ` (se muestran ${Math.min(state.report.problems.length, SHOWN_PROBLEMS)} de ${formatNumberEsCo(state.report.problemCount)})`
                : ""
            }`}
            problems={state.report.problems.slice(0, SHOWN_PROBLEMS)}
          />
        </>
      ) : null}
    </div>
  );
}
