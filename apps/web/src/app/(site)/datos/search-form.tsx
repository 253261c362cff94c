"use client";

import Form from "next/form";
import { useState } from "react";
import type { TMessages } from "~/i18n/messages";

export type TSortOption = { value: string; label: string };

/**
 * The catalog's search box and sort. A plain GET form (works without JavaScript, every
 * search is an address); with JavaScript, next/form swaps the results in place. The chosen
 * facets ride along as hidden fields, so a new search keeps them; the page goes back to 1.
 */
export function DatasetSearchForm({
  q,
  sort,
  hidden,
  sorts,
  queryMaxLength,
  labels,
}: {
  q: string;
  sort: string;
  /** Facet parameters to keep: [name, value]. */
  hidden: [string, string][];
  sorts: TSortOption[];
  queryMaxLength: number;
  labels: Pick<TMessages["datasets"], "search" | "searchHint" | "sort" | "submit">;
}) {
  // Fields follow the address: after going back, or to a link, they show what the results are.
  const key = `${q}\u0000${sort}`;
  const [values, setValues] = useState({ q, sort });
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setValues({ q, sort });
  }
  return (
    <Form action="/datos" scroll={false} className="catalog-filters dataset-search">
      <div className="field catalog-filters__search">
        <label htmlFor="datos-q">{labels.search}</label>
        <input
          id="datos-q"
          name="q"
          type="search"
          value={values.q}
          onChange={(event) => setValues((v) => ({ ...v, q: event.target.value }))}
          maxLength={queryMaxLength}
          autoComplete="off"
          aria-describedby="datos-q-ayuda"
        />
        <p id="datos-q-ayuda" className="hint">
          {labels.searchHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="datos-orden">{labels.sort}</label>
        <select
          id="datos-orden"
          name="orden"
          value={values.sort}
          onChange={(event) => setValues((v) => ({ ...v, sort: event.target.value }))}
        >
          {sorts.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="catalog-filters__actions">
        <button type="submit" className="button">
          {labels.submit}
        </button>
      </div>
    </Form>
  );
}
