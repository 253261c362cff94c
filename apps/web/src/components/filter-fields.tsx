import { type ChangeEvent, type ReactNode, useState } from "react";

// The fields of the public catalogs' GET forms (/indicadores, /datos): a search box and
// labelled selects, each with an optional hint read with the control. The forms work without
// JavaScript (every search is an address); with it, their controlled values follow the address.

export type TFilterOption = { value: string; label: string };

/**
 * Controlled values that follow the address: after going back, or to a link, the form shows
 * the state the results were computed from, not what was typed before. `key` names that state.
 */
export function useValuesFromAddress<T>(key: string, fromAddress: () => T) {
  const [values, setValues] = useState(fromAddress);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setValues(fromAddress());
  }
  return [values, setValues] as const;
}

type TOnChange = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="hint">
      {children}
    </p>
  ) : null;
}

/** The free-text search (`q`), the widest field of the form. */
export function FilterSearch({
  id,
  label,
  hint,
  value,
  onChange,
  maxLength,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  value: string;
  onChange: TOnChange;
  maxLength: number;
}) {
  return (
    <div className="field catalog-filters__search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="q"
        type="search"
        value={value}
        onChange={onChange}
        maxLength={maxLength}
        autoComplete="off"
        aria-describedby={`${id}-ayuda`}
      />
      <Hint id={`${id}-ayuda`}>{hint}</Hint>
    </div>
  );
}

/** A labelled choice; `anyLabel` adds a first option that filters nothing (value ""). */
export function FilterSelect({
  id,
  name,
  label,
  hint,
  value,
  onChange,
  options,
  anyLabel,
}: {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: TOnChange;
  options: readonly TFilterOption[];
  anyLabel?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        aria-describedby={hint ? `${id}-ayuda` : undefined}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-ayuda`}>{hint}</Hint>
    </div>
  );
}
