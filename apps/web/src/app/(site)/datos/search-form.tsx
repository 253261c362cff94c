"use client";

import Form from "next/form";
import { FilterSearch, FilterSelect, useValuesFromAddress } from "~/components/filter-fields";
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
  const [values, setValues] = useValuesFromAddress(`${q}\u0000${sort}`, () => ({ q, sort }));
  return (
    <Form action="/datos" scroll={false} className="catalog-filters dataset-search">
      <FilterSearch
        id="datos-q"
        label={labels.search}
        hint={labels.searchHint}
        value={values.q}
        onChange={(event) => setValues((v) => ({ ...v, q: event.target.value }))}
        maxLength={queryMaxLength}
      />
      <FilterSelect
        id="datos-orden"
        name="orden"
        label={labels.sort}
        value={values.sort}
        onChange={(event) => setValues((v) => ({ ...v, sort: event.target.value }))}
        options={sorts}
      />
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
