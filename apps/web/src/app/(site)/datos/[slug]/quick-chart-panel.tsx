"use client";

import { interpolate, type TLocale } from "@lab/domain/locale";
import type { TQuickChartKind } from "@lab/ui/datasets/quick-chart";
import type { TRowsTableColumn } from "@lab/ui/datasets/rows-table";
import { type FormEvent, useId, useMemo, useState } from "react";
import type { TMessages } from "~/i18n/messages";
import { CHART_MAX_POINTS, chartPoints, type TAggregate, type TChartPoint } from "./chart-data";
import { LazyQuickChart } from "./lazy-quick-chart";
import { chartNumberFormatter } from "./number-format";
import type { TRowsQuery } from "./preview-grid";
import { errorMessageOf, readRowsAnswer, rowsUrl } from "./rows-api";

/** Rows read for a chart: enough for most open datasets, light enough for a phone. */
export const CHART_ROW_LIMIT = 5000;
const COUNT = "__filas";
const NUMERIC = new Set(["integer", "decimal"]);
const ORDERED = new Set(["date", "datetime", "integer", "decimal"]);

type TDrawn = {
  points: TChartPoint[];
  kind: TQuickChartKind;
  yLabel: string;
  summary: string;
  notes: string[];
};

type TState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "drawn"; chart: TDrawn }
  | { status: "empty" }
  | { status: "failed"; message: string };

/**
 * Pick X and Y (a numeric column, or the number of rows), bars or a line, and draw. The rows
 * come from the row API sorted by X, with the preview grid's search and filters; Recharts is
 * fetched on the first drawing only.
 */
export function QuickChartPanel({
  slug,
  columns,
  query,
  labels,
  locale,
}: {
  slug: string;
  columns: TRowsTableColumn[];
  query: TRowsQuery;
  labels: TMessages["dataset"]["chart"];
  locale: TLocale;
}) {
  const id = useId();
  const numeric = columns.filter((c) => NUMERIC.has(c.type));
  const defaultX = columns.find((c) => !NUMERIC.has(c.type)) ?? columns[0];
  const [x, setX] = useState(defaultX?.field ?? "");
  const [y, setY] = useState(numeric.find((c) => c.field !== x)?.field ?? COUNT);
  const [aggregate, setAggregate] = useState<Exclude<TAggregate, "count">>("sum");
  const [kind, setKind] = useState<TQuickChartKind>(
    defaultX && ORDERED.has(defaultX.type) ? "line" : "bar",
  );
  const [state, setState] = useState<TState>({ status: "idle" });
  const formatY = useMemo(() => chartNumberFormatter(locale), [locale]);

  if (columns.length === 0) return <p>{labels.noColumns}</p>;
  const nameOf = (field: string) => columns.find((c) => c.field === field)?.name ?? field;

  async function draw(event: FormEvent) {
    event.preventDefault();
    setState({ status: "loading" });
    const url = rowsUrl(slug, {
      ...query,
      sort: { field: x, direction: "asc" },
      limit: CHART_ROW_LIMIT,
      cursor: null,
      // Only the two columns drawn: a wide dataset's rows would weigh a hundred times more.
      fields: y === COUNT ? [x] : [x, y],
    });
    try {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      const body: unknown = await response.json().catch(() => null);
      const answer = response.ok ? readRowsAnswer(body) : null;
      if (!answer) {
        setState({ status: "failed", message: errorMessageOf(body) ?? labels.failed });
        return;
      }
      const yField = y === COUNT ? null : y;
      const { points, truncated } = chartPoints(
        answer.records,
        x,
        yField,
        yField ? aggregate : "count",
        labels.emptyX,
      );
      if (points.length === 0) {
        setState({ status: "empty" });
        return;
      }
      const yLabel = yField
        ? interpolate(aggregate === "sum" ? labels.sumOf : labels.meanOf, {
            column: nameOf(yField),
          })
        : labels.count;
      const notes = [
        answer.nextCursor
          ? interpolate(labels.truncatedRows, { count: answer.records.length })
          : null,
        truncated ? interpolate(labels.truncatedPoints, { count: CHART_MAX_POINTS }) : null,
      ].filter((n): n is string => n !== null);
      setState({
        status: "drawn",
        chart: {
          points,
          kind,
          yLabel,
          notes,
          summary: interpolate(kind === "bar" ? labels.summaryBar : labels.summaryLine, {
            y: yLabel,
            x: nameOf(x),
            count: points.length,
          }),
        },
      });
    } catch (error) {
      console.error("Quick chart request failed:", error);
      setState({ status: "failed", message: labels.failed });
    }
  }

  return (
    <div className="quick-chart-panel">
      <p>{interpolate(labels.lead, { limit: formatY(CHART_ROW_LIMIT) })}</p>
      <form className="quick-chart-form" onSubmit={draw}>
        <div className="field">
          <label htmlFor={`${id}-x`}>{labels.x}</label>
          <select id={`${id}-x`} value={x} onChange={(event) => setX(event.target.value)}>
            {columns.map((c) => (
              <option key={c.field} value={c.field}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-y`}>{labels.y}</label>
          <select id={`${id}-y`} value={y} onChange={(event) => setY(event.target.value)}>
            <option value={COUNT}>{labels.count}</option>
            {numeric.map((c) => (
              <option key={c.field} value={c.field}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-agregado`}>{labels.aggregate}</label>
          <select
            id={`${id}-agregado`}
            value={aggregate}
            disabled={y === COUNT}
            onChange={(event) => setAggregate(event.target.value === "mean" ? "mean" : "sum")}
          >
            <option value="sum">{labels.sum}</option>
            <option value="mean">{labels.mean}</option>
          </select>
        </div>
        <fieldset className="quick-chart-form__kind">
          <legend>{labels.kind}</legend>
          {(["bar", "line"] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="tipo-grafico"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {labels[k]}
            </label>
          ))}
        </fieldset>
        <div className="quick-chart-form__actions">
          <button type="submit" className="button" disabled={state.status === "loading"}>
            {labels.draw}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="quick-chart-panel__status">
        {state.status === "loading"
          ? labels.loading
          : state.status === "empty"
            ? labels.empty
            : state.status === "drawn"
              ? [state.chart.summary, ...state.chart.notes].join(" ")
              : ""}
      </p>
      {state.status === "failed" ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      {state.status === "drawn" ? (
        <LazyQuickChart
          points={state.chart.points}
          kind={state.chart.kind}
          yLabel={state.chart.yLabel}
          formatY={formatY}
        />
      ) : null}
    </div>
  );
}
