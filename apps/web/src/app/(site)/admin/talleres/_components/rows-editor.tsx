"use client";

import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef } from "react";
import type { z } from "zod";
import { CheckField, SelectField, TextArea, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import type { TOption } from "./options";
import { useRevision } from "./revision";
import { useServerSynced } from "./server-synced";

// One editor for the workshop's ordered lists (specific objectives, agenda, rules, questions,
// facilitators): a fieldset per row with its fields, buttons to move or remove it, one to add a
// row, and one save for the whole list, with the workshop's revision. Phones first: fields stack.

configureSpanishErrors();

export type TRowValue = string | boolean;
export type TRow = Record<string, TRowValue>;

export type TColumn = {
  key: string;
  label: string;
  kind: "text" | "textarea" | "number" | "select" | "checkbox";
  options?: readonly TOption[];
  hint?: string;
  emptyLabel?: string;
};

export function RowsEditor({
  id,
  label,
  rowLegend,
  columns,
  blank,
  rows,
  listKey,
  toItems,
  schema,
  save,
  addLabel,
  saveLabel,
  successText,
  empty,
  workshopId,
}: {
  id: string;
  /** The form's accessible name. */
  label: string;
  rowLegend: (index: number) => string;
  columns: readonly TColumn[];
  blank: TRow;
  rows: TRow[];
  /** The list's key in the input ("items", "questions"…), as messages are keyed. */
  listKey: string;
  toItems: (rows: TRow[]) => unknown[];
  schema: z.ZodType;
  save: (input: { workshopId: string; revision: number } & Record<string, unknown>) => Promise<{
    revision: number;
  }>;
  workshopId: string;
  addLabel: string;
  saveLabel: string;
  successText: string;
  empty: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const list = useServerSynced(rows);
  const { revision, saved } = useRevision();
  const state = useSaveState();

  const setCell = (index: number, key: string, value: TRowValue) =>
    list.edit((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const move = (index: number, by: number) =>
    list.edit((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { workshopId, revision, [listKey]: toItems(list.value) };
    if (!state.check(schema, input)) {
      focusFirstError();
      return;
    }
    const result = await state.run(() => save(input), successText);
    if (result) {
      saved(result.revision);
      list.saved();
      router.refresh();
    } else {
      focusFirstError();
    }
  }

  return (
    <FormShell
      formRef={form}
      label={label}
      onSubmit={onSubmit}
      outcome={{
        ...state.outcome,
        problem: state.outcome.problem ?? state.errors[listKey] ?? null,
      }}
      submit={{ label: saveLabel, pendingLabel: "Guardando…", pending: state.pending }}
    >
      {list.value.length === 0 ? <p className="muted">{empty}</p> : null}
      {list.value.map((row, index) => (
        <fieldset
          // Rows have no stable key until saved; the index is what the messages use too (the
          // controls are controlled, so moving a row moves its values).
          key={index}
          className="form-group"
        >
          <legend>{rowLegend(index)}</legend>
          {columns.map((column) => {
            const fieldId = `${id}-${index}-${column.key}`;
            const error =
              state.errors[`${listKey}.${index}.${column.key}`] ??
              (column === columns[0] ? state.errors[`${listKey}.${index}`] : undefined);
            const value = row[column.key];
            switch (column.kind) {
              case "checkbox":
                return (
                  <CheckField
                    key={column.key}
                    id={fieldId}
                    label={column.label}
                    hint={column.hint}
                    error={error}
                    checked={value === true}
                    onChange={(checked) => setCell(index, column.key, checked)}
                  />
                );
              case "select":
                return (
                  <SelectField
                    key={column.key}
                    id={fieldId}
                    label={column.label}
                    hint={column.hint}
                    error={error}
                    value={String(value ?? "")}
                    options={column.options ?? []}
                    emptyLabel={column.emptyLabel}
                    onChange={(text) => setCell(index, column.key, text)}
                  />
                );
              case "textarea":
                return (
                  <TextArea
                    key={column.key}
                    id={fieldId}
                    label={column.label}
                    hint={column.hint}
                    error={error}
                    value={String(value ?? "")}
                    onChange={(text) => setCell(index, column.key, text)}
                  />
                );
              default:
                return (
                  <TextField
                    key={column.key}
                    id={fieldId}
                    type={column.kind === "number" ? "number" : "text"}
                    label={column.label}
                    hint={column.hint}
                    error={error}
                    value={String(value ?? "")}
                    onChange={(text) => setCell(index, column.key, text)}
                  />
                );
            }
          })}
          <p className="button-row">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              Subir<span className="visually-hidden"> {rowLegend(index).toLowerCase()}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={index === list.value.length - 1}
              onClick={() => move(index, 1)}
            >
              Bajar<span className="visually-hidden"> {rowLegend(index).toLowerCase()}</span>
            </button>
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => list.edit((current) => current.filter((_, i) => i !== index))}
            >
              Quitar<span className="visually-hidden"> {rowLegend(index).toLowerCase()}</span>
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => list.edit((current) => [...current, { ...blank }])}
        >
          {addLabel}
        </button>
      </p>
    </FormShell>
  );
}

/** "" → null, else the number (or the text, for the schema to refuse). */
export function numberOrNull(value: TRowValue | undefined): number | string | null {
  const text = String(value ?? "").trim();
  if (text === "") return null;
  const n = Number(text.replace(",", "."));
  return Number.isFinite(n) ? n : text;
}
