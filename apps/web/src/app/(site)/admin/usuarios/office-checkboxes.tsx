"use client";

import { FieldError } from "./form-bits";

export type TOfficeOption = { id: string; name: string };

/** The offices an editor belongs to, as checkboxes named `officeIds`. */
export function OfficeCheckboxes({
  idPrefix,
  offices,
  checked = [],
  messages,
}: {
  idPrefix: string;
  offices: TOfficeOption[];
  checked?: readonly string[];
  messages?: string[];
}) {
  const hintId = `${idPrefix}-offices-hint`;
  const errorId = `${idPrefix}-offices-error`;
  return (
    <fieldset
      className="field checkbox-group"
      aria-describedby={`${hintId} ${errorId}`}
      aria-invalid={messages?.length ? true : undefined}
    >
      <legend>Dependencias</legend>
      <p id={hintId} className="hint">
        Un editor solo edita los indicadores de sus dependencias.
      </p>
      {offices.length === 0 ? (
        <p>Aún no hay dependencias: créelas en la sección «Dependencias».</p>
      ) : (
        offices.map((office) => (
          <div key={office.id} className="field--inline">
            <input
              id={`${idPrefix}-office-${office.id}`}
              name="officeIds"
              type="checkbox"
              value={office.id}
              defaultChecked={checked.includes(office.id)}
            />
            <label htmlFor={`${idPrefix}-office-${office.id}`}>{office.name}</label>
          </div>
        ))
      )}
      <FieldError id={errorId} messages={messages} />
    </fieldset>
  );
}
