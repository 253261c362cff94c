"use client";

import type { TCatalogParams } from "@lab/domain/indicator-catalog";
import Form from "next/form";
import { useState } from "react";
import type { TMessages } from "~/i18n/messages";

export type TOption = { value: string; label: string };

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
  dimensions: TOption[];
  capacities: TOption[];
  sorts: TOption[];
  queryMaxLength: number;
  labels: TMessages["catalog"]["filters"];
}) {
  // Controlled fields that follow the URL: after going back, or to a link, the form shows
  // the state the results were computed from, not what was typed before.
  const key = JSON.stringify(params);
  const [values, setValues] = useState(() => toValues(params));
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setValues(toValues(params));
  }
  const set = (name: keyof TValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  return (
    <Form action="/indicadores" scroll={false} className="catalog-filters">
      <div className="field catalog-filters__search">
        <label htmlFor="catalogo-q">{labels.search}</label>
        <input
          id="catalogo-q"
          name="q"
          type="search"
          value={values.q}
          onChange={set("q")}
          maxLength={queryMaxLength}
          autoComplete="off"
          aria-describedby="catalogo-q-ayuda"
        />
        <p id="catalogo-q-ayuda" className="hint">
          {labels.searchHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="catalogo-dimension">{labels.dimension}</label>
        <select
          id="catalogo-dimension"
          name="dimension"
          value={values.dimension}
          onChange={set("dimension")}
        >
          <option value="">{labels.allDimensions}</option>
          {dimensions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="catalogo-capacidad">{labels.capacity}</label>
        <select
          id="catalogo-capacidad"
          name="capacidad"
          value={values.capacidad}
          onChange={set("capacidad")}
          aria-describedby="catalogo-capacidad-ayuda"
        >
          <option value="">{labels.allCapacities}</option>
          {capacities.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <p id="catalogo-capacidad-ayuda" className="hint">
          {labels.capacityHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="catalogo-orden">{labels.sort}</label>
        <select id="catalogo-orden" name="orden" value={values.orden} onChange={set("orden")}>
          {sorts.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="catalog-filters__actions">
        <button type="submit" className="button">
          {labels.apply}
        </button>
      </div>
    </Form>
  );
}
