"use client";

import { interpolate } from "@lab/domain/locale";
import type { TRowsTableColumn } from "@lab/ui/datasets/rows-table";
import { useState } from "react";
import type { TMessages } from "~/i18n/messages";
import {
  blockFields,
  columnBlocks,
  MAX_GRID_COLUMNS,
  matchColumns,
  shownBlock,
  toggleField,
} from "./wide-columns";

/**
 * Which columns of a wide dataset the preview grid shows: a note with how many, and behind a
 * disclosure a block of MAX_GRID_COLUMNS columns to jump to, or one column at a time (found by
 * name). The list of every column is rendered only while the disclosure is open.
 */
export function ColumnChooser({
  columns,
  shown,
  onChange,
  labels,
  formatCount,
  contentLang,
}: {
  columns: TRowsTableColumn[];
  shown: string[];
  onChange: (fields: string[]) => void;
  labels: TMessages["dataset"]["wideColumns"];
  formatCount: (n: number) => string;
  contentLang?: string;
}) {
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState("");
  const chosen = new Set(shown);
  const full = shown.length >= MAX_GRID_COLUMNS;
  const block = shownBlock(columns, shown);
  const matches = open ? matchColumns(columns, find) : [];

  return (
    <div className="column-chooser">
      <p className="column-chooser__note" aria-live="polite">
        {interpolate(labels.shown, {
          shown: formatCount(shown.length),
          total: formatCount(columns.length),
        })}
      </p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{labels.choose}</summary>
        {open ? (
          <div className="column-chooser__body">
            <p className="hint">
              {interpolate(labels.limit, { max: formatCount(MAX_GRID_COLUMNS) })}
            </p>
            <div className="field">
              <label htmlFor="columnas-bloque">{labels.block}</label>
              <select
                id="columnas-bloque"
                className="column-chooser__control"
                value={block ?? ""}
                onChange={(event) => {
                  const from = Number(event.target.value);
                  if (from > 0) onChange(blockFields(columns, from));
                }}
              >
                {block === null ? <option value="">{labels.ownChoice}</option> : null}
                {columnBlocks(columns.length).map(({ from, to }) => (
                  <option key={from} value={from}>
                    {interpolate(labels.blockOption, {
                      from: formatCount(from),
                      to: formatCount(to),
                    })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="columnas-buscar">{labels.find}</label>
              <input
                id="columnas-buscar"
                className="column-chooser__control"
                type="search"
                value={find}
                maxLength={100}
                autoComplete="off"
                onChange={(event) => setFind(event.target.value)}
              />
            </div>
            <fieldset className="column-chooser__columns">
              <legend>{labels.legend}</legend>
              {matches.length === 0 ? <p>{labels.noMatch}</p> : null}
              <ul className="column-chooser__list">
                {matches.map((column) => {
                  const checked = chosen.has(column.field);
                  const id = `columna-${column.field}`;
                  return (
                    <li key={column.field} className="column-chooser__item">
                      <input
                        id={id}
                        className="column-chooser__check"
                        type="checkbox"
                        checked={checked}
                        // Full: add after removing one. The last column shown stays.
                        disabled={checked ? shown.length === 1 : full}
                        onChange={() => onChange(toggleField(columns, shown, column.field))}
                      />
                      <label htmlFor={id} className="column-chooser__label" lang={contentLang}>
                        {column.name}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </div>
        ) : null}
      </details>
    </div>
  );
}
