"use client";

import { GEOGRAPHIES } from "@lab/domain/geography";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import {
  type FormEvent,
  Fragment,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { DisclosureButton, useButtonRegistry } from "~/components/disclosure-button";
import { FieldError, fieldErrorsOf, isConflict } from "~/components/form-feedback";
import { useTRPC } from "~/trpc/react";
import type { TGridRow } from "./grid-row";

// The indicator's values as its editors see them (drafts applied): each row can be corrected
// or deleted in place. Every save sends the row's version as it was shown; when someone else
// changed the row meanwhile the server refuses it (CONFLICT), the page reloads its data so the
// official sees the other person's value, and what the official typed stays in the form.

const COLUMNS = 8;

const CHANGE_LABELS: Record<TGridRow["change"], string> = {
  none: "Publicado",
  new: "Nuevo",
  changed: "Modificado",
  deleted: "Se eliminará",
};

type TOpen = { key: string; mode: "edit" | "delete"; row: TGridRow };

const ACTIONS = { edit: "Editar", delete: "Eliminar" } as const;

/** Whether a row shows under the grid's filters. */
const shows = (row: TGridRow, onlyPending: boolean, place: string) =>
  (!onlyPending || row.change !== "none") && (!place || row.geography === place);

export function ObservationsGrid({
  slug,
  rows,
  byComuna,
  caption,
}: {
  slug: string;
  rows: TGridRow[];
  byComuna: boolean;
  caption: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState<TOpen | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [alert, setAlert] = useState<string | null>(null);
  const [onlyPending, setOnlyPending] = useState(false);
  const [place, setPlace] = useState("");
  const buttons = useButtonRegistry();
  const status = useRef<HTMLParagraphElement>(null);
  const restore = useMutation(trpc.indicators.recordObservation.mutationOptions());

  const pending = rows.filter((r) => r.change !== "none").length;
  const visible = rows.filter((r) => shows(r, onlyPending, place));
  // The open row, as it is now (refreshed data) or as it was when it vanished from view.
  const openRow = open ? (rows.find((r) => r.key === open.key) ?? open.row) : null;
  const openVisible = open ? visible.some((r) => r.key === open.key) : false;

  function focusButton(key: string, action: "edit" | "delete") {
    if (!buttons.focus(`${key}:${action}`)) status.current?.focus();
  }

  /** Applies the grid's filters and says how many values they leave. */
  function filter(nextOnlyPending: boolean, nextPlace: string) {
    setOnlyPending(nextOnlyPending);
    setPlace(nextPlace);
    const count = rows.filter((r) => shows(r, nextOnlyPending, nextPlace)).length;
    setAnnouncement(`Se muestran ${count} valores.`);
  }

  /** Closes the panel; focus goes back to the button that opened it, or to the message. */
  function close(message?: string, focusMessage = false) {
    const key = open?.key;
    const mode = open?.mode ?? "edit";
    setOpen(null);
    if (message) setAnnouncement(message);
    requestAnimationFrame(() => {
      if (focusMessage || !key) status.current?.focus();
      else focusButton(key, mode);
    });
  }

  function openPanel(row: TGridRow, mode: TOpen["mode"]) {
    setAlert(null);
    setAnnouncement("");
    setOpen({ key: row.key, mode, row });
  }

  function onRestore(row: TGridRow) {
    setAlert(null);
    setAnnouncement("");
    restore.mutate(
      {
        indicatorSlug: slug,
        period: row.period,
        geography: row.geography,
        value: row.value,
        provisional: row.provisional,
        note: row.note,
        version: row.version,
      },
      {
        onSuccess: () => {
          setAnnouncement(`El valor de ${row.periodText}, ${row.placeText} ya no se eliminará.`);
          router.refresh();
        },
        onError: (error) => {
          setAlert(error.message);
          if (isConflict(error)) router.refresh();
        },
      },
    );
  }

  const panel = (row: TGridRow, mode: TOpen["mode"]) =>
    mode === "edit" ? (
      <EditObservation
        slug={slug}
        row={row}
        byComuna={byComuna}
        onSaved={(text) => close(text)}
        onCancel={() => close()}
      />
    ) : (
      <DeleteObservation
        slug={slug}
        row={row}
        onDeleted={(text) => close(text, true)}
        onCancel={() => close()}
      />
    );

  return (
    <div className="obs-grid-wrap">
      <div className="obs-grid__filters">
        {byComuna ? (
          <div className="field">
            <label htmlFor="grid-place">Mostrar lugar</label>
            <select
              id="grid-place"
              value={place}
              onChange={(e) => filter(onlyPending, e.currentTarget.value)}
            >
              <option value="">Todos los lugares</option>
              {GEOGRAPHIES.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field field--inline">
          <input
            id="grid-pending"
            type="checkbox"
            checked={onlyPending}
            onChange={(e) => filter(e.currentTarget.checked, place)}
          />
          <label htmlFor="grid-pending">Solo cambios sin publicar ({pending})</label>
        </div>
      </div>
      {alert ? (
        <p role="alert" className="notice notice--danger">
          {alert}
        </p>
      ) : null}
      <p role="status" ref={status} tabIndex={-1} className="form-success">
        {announcement}
      </p>
      {open && openRow && !openVisible ? (
        <div className="obs-grid__panel obs-grid__panel--alone">{panel(openRow, open.mode)}</div>
      ) : null}
      {visible.length === 0 ? (
        <p>{rows.length === 0 ? "Aún no hay valores registrados." : "Ningún valor coincide."}</p>
      ) : (
        // On phones CSS stacks each row as a card, each cell labelled by its column.
        <div className="table-wrap">
          <table className="data-table obs-grid">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Periodo</th>
                <th scope="col">Lugar</th>
                <th scope="col" className="num">
                  Valor
                </th>
                <th scope="col">Provisional</th>
                <th scope="col">Nota</th>
                <th scope="col">Estado</th>
                <th scope="col">Última edición</th>
                <th scope="col">Acciones</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => {
                const name = `${row.periodText}, ${row.placeText}`;
                return (
                  <Fragment key={row.key}>
                    <tr className={`obs-grid__row obs-grid__row--${row.change}`}>
                      <th scope="row">{row.periodText}</th>
                      <td data-label="Lugar">{row.placeText}</td>
                      <td data-label="Valor" className="num">
                        <span className="obs-grid__value">{row.valueText}</span>
                      </td>
                      <td data-label="Provisional">{row.provisional ? "Sí" : "No"}</td>
                      <td data-label="Nota">{row.note ?? ""}</td>
                      <td data-label="Estado">
                        <span className={`badge badge--row badge--row-${row.change}`}>
                          {CHANGE_LABELS[row.change]}
                        </span>
                        {row.change === "changed" && row.publishedValueText ? (
                          <span className="obs-grid__published">
                            {" "}
                            Publicado: {row.publishedValueText}
                          </span>
                        ) : null}
                      </td>
                      <td data-label="Última edición">
                        {row.updatedBy ?? "—"}
                        <br />
                        <time dateTime={row.updatedAtIso} className="muted">
                          {row.updatedAtText}
                        </time>
                      </td>
                      <td data-label="Acciones">
                        <div className="workspace-actions">
                          {row.change === "deleted" ? (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={`Deshacer la eliminación del valor de ${name}`}
                              disabled={restore.isPending}
                              onClick={() => onRestore(row)}
                            >
                              Deshacer eliminación
                            </button>
                          ) : (
                            (["edit", "delete"] as const).map((mode) => (
                              <DisclosureButton
                                key={mode}
                                buttonRef={buttons.register(`${row.key}:${mode}`)}
                                variant={mode === "edit" ? "secondary" : "danger"}
                                label={`${ACTIONS[mode]} el valor de ${name}`}
                                expanded={open?.key === row.key && open.mode === mode}
                                onClick={() => openPanel(row, mode)}
                              >
                                {ACTIONS[mode]}
                              </DisclosureButton>
                            ))
                          )}
                        </div>
                      </td>
                    </tr>
                    {open?.key === row.key ? (
                      <tr className="obs-grid__panel">
                        <td colSpan={COLUMNS}>{panel(row, open.mode)}</td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/**
 * After a conflict the page reloads its data; once the row's new version arrives, the
 * official has seen the other person's change, so a second save is made from that version.
 */
function useAcknowledgedVersion(row: TGridRow) {
  const [version, setVersion] = useState(row.version);
  const [conflicted, setConflicted] = useState(false);
  useEffect(() => {
    if (conflicted && row.version !== version) {
      setVersion(row.version);
      setConflicted(false);
    }
  }, [conflicted, row.version, version]);
  return { version, markConflict: () => setConflicted(true) };
}

function EditObservation({
  slug,
  row,
  byComuna,
  onSaved,
  onCancel,
}: {
  slug: string;
  row: TGridRow;
  byComuna: boolean;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const valueInput = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(row.inputValue);
  const [provisional, setProvisional] = useState(row.provisional);
  const [note, setNote] = useState(row.note ?? "");
  const [conflict, setConflict] = useState<string | null>(null);
  const { version, markConflict } = useAcknowledgedVersion(row);
  const mutation = useMutation(trpc.indicators.recordObservation.mutationOptions());
  const errors = fieldErrorsOf(mutation.error);
  const name = `${row.periodText}${byComuna ? `, ${row.placeText}` : ""}`;

  useEffect(() => {
    valueInput.current?.focus();
    valueInput.current?.select();
  }, []);

  useEffect(() => {
    if (errors)
      valueInput.current
        ?.closest("form")
        ?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?.focus();
  }, [errors]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConflict(null);
    mutation.mutate(
      {
        indicatorSlug: slug,
        period: row.period,
        geography: row.geography,
        value,
        provisional,
        note: note || null,
        version,
      },
      {
        onSuccess: () => {
          router.refresh();
          onSaved(`Cambio guardado como borrador: ${name}.`);
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          // Their value shows in the row above once the data is reloaded; the input stays.
          setConflict(error.message);
          markConflict();
          router.refresh();
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape") onCancel();
  }

  return (
    <form
      className="form obs-grid__form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="obs-grid__form-title">
        Corregir el valor de {name}
      </p>
      {conflict ? (
        <p role="alert" className="notice notice--danger">
          {conflict}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-value`}>Nuevo valor</label>
        <input
          ref={valueInput}
          id={`${id}-value`}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          aria-describedby={`${id}-value-current ${id}-value-error`}
          aria-invalid={errors?.value ? true : undefined}
        />
        <p id={`${id}-value-current`} className="hint">
          Valor actual: {row.valueText}
          {row.updatedBy ? ` (${row.updatedBy}, ${row.updatedAtText})` : ""}.
        </p>
        <FieldError id={`${id}-value-error`} messages={errors?.value} />
      </div>
      <div className="field field--inline">
        <input
          id={`${id}-provisional`}
          type="checkbox"
          checked={provisional}
          onChange={(e) => setProvisional(e.currentTarget.checked)}
        />
        <label htmlFor={`${id}-provisional`}>Valor provisional (puede cambiar)</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Nota (opcional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          aria-describedby={`${id}-note-error`}
          aria-invalid={errors?.note ? true : undefined}
        />
        <FieldError id={`${id}-note-error`} messages={errors?.note} />
      </div>
      {mutation.error && !errors && !conflict ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      <div className="workspace-actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? "Guardando…" : "Guardar cambio"}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}

function DeleteObservation({
  slug,
  row,
  onDeleted,
  onCancel,
}: {
  slug: string;
  row: TGridRow;
  onDeleted: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const { version, markConflict } = useAcknowledgedVersion(row);
  const mutation = useMutation(trpc.indicators.deleteObservation.mutationOptions());
  const name = `${row.periodText}, ${row.placeText}`;
  const published = row.change !== "new";

  useEffect(() => question.current?.focus(), []);

  function onConfirm() {
    setConflict(null);
    mutation.mutate(
      { indicatorSlug: slug, period: row.period, geography: row.geography, version },
      {
        onSuccess: () => {
          router.refresh();
          onDeleted(
            published
              ? `Valor de ${name} marcado para eliminar: se quitará de la página pública cuando se publiquen los cambios.`
              : `Valor de ${name} eliminado.`,
          );
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setConflict(error.message);
          markConflict();
          router.refresh();
        },
      },
    );
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the confirmation, as a dialog would.
    <div
      className="obs-grid__confirm"
      onKeyDown={(e) => (e.key === "Escape" ? onCancel() : undefined)}
    >
      <p id={`${id}-question`} ref={question} tabIndex={-1}>
        ¿Eliminar el valor de {name} ({row.valueText})?{" "}
        {published
          ? "Seguirá en la página pública hasta que la administración publique los cambios."
          : "Este valor aún no se ha publicado: se descartará."}
      </p>
      {conflict ? (
        <p role="alert" className="notice notice--danger">
          {conflict}
        </p>
      ) : null}
      {mutation.error && !conflict ? (
        <p role="alert" className="form-error">
          {mutation.error.message}
        </p>
      ) : null}
      <div className="workspace-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={mutation.isPending}
          onClick={onConfirm}
        >
          {mutation.isPending ? "Eliminando…" : "Sí, eliminar"}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </div>
  );
}
