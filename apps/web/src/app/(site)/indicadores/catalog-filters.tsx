"use client";

import type { TCatalogParams } from "@lab/domain/indicator-catalog";
import Form from "next/form";
import {
  FilterSearch,
  FilterSelect,
  type TFilterOption,
  useValuesFromAddress,
} from "~/components/filter-fields";
import type { TMessages } from "~/i18n/messages";

type TValues = { q: string; dimension: string; capacidad: string; orden: string };

const toValues = (params: TCatalogParams): TValues => ({
  q: params.q,
  dimension: params.dimension ?? "",
  capacidad: params.capacity ?? "",
  orden: params.sort,
});

/**
 * The catalog's search form. A plain GET form, so it works without JavaScript and every
 * state is a URL; with JavaScript, next/form swaps the results in place, keeping focus and
 * letting the live result count be announced. Options come from the server so the browser
 * bundle carries no zod.
 */
export function CatalogFilters({
  params,
  dimensions,
  capacities,
  sorts,
  queryMaxLength,
  labels,
}: {
  params: TCatalogParams;
  dimensions: TFilterOption[];
  capacities: TFilterOption[];
  sorts: TFilterOption[];
  queryMaxLength: number;
  labels: TMessages["catalog"]["filters"];
}) {
  const [values, setValues] = useValuesFromAddress(JSON.stringify(params), () => toValues(params));
  const set = (name: keyof TValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  return (
    <Form action="/indicadores" scroll={false} className="catalog-filters">
      <FilterSearch
        id="catalogo-q"
        label={labels.search}
        hint={labels.searchHint}
        value={values.q}
        onChange={set("q")}
        maxLength={queryMaxLength}
      />
      <FilterSelect
        id="catalogo-dimension"
        name="dimension"
        label={labels.dimension}
        value={values.dimension}
        onChange={set("dimension")}
        options={dimensions}
        anyLabel={labels.allDimensions}
      />
      <FilterSelect
        id="catalogo-capacidad"
        name="capacidad"
        label={labels.capacity}
        hint={labels.capacityHint}
        value={values.capacidad}
        onChange={set("capacidad")}
        options={capacities}
        anyLabel={labels.allCapacities}
      />
      <FilterSelect
        id="catalogo-orden"
        name="orden"
        label={labels.sort}
        value={values.orden}
        onChange={set("orden")}
        options={sorts}
      />
      <div className="catalog-filters__actions">
        <button type="submit" className="button">
          {labels.apply}
        </button>
      </div>
    </Form>
  );
}
