"use client";

import type { TLocale } from "@lab/domain/locale";
import type { TRowsTableColumn } from "@lab/ui/datasets/rows-table";
import { useState } from "react";
import type { TMessages } from "~/i18n/messages";
import { PreviewGrid, type TRowsQuery } from "./preview-grid";
import { QuickChartPanel } from "./quick-chart-panel";
import type { TRowsAnswer } from "./rows-api";

/**
 * The dataset page's interactive part: the preview grid and the quick chart, which draws
 * from the rows the grid's search and filters select. Both sections keep their headings in
 * the page's outline; without JavaScript the page says how to get the data instead.
 */
export function DatasetExplorer({
  slug,
  columns,
  labels,
  locale,
  initialRows,
}: {
  slug: string;
  columns: TRowsTableColumn[];
  initialRows: TRowsAnswer | null;
  labels: {
    sections: Pick<TMessages["dataset"]["sections"], "preview" | "chart">;
    grid: TMessages["dataset"]["grid"];
    wideColumns: TMessages["dataset"]["wideColumns"];
    chart: TMessages["dataset"]["chart"];
  };
  locale: TLocale;
}) {
  const [query, setQuery] = useState<TRowsQuery>({ q: "", filters: {} });
  return (
    <>
      <section id="vista-previa" aria-labelledby="vista-previa-titulo" className="dataset-section">
        <h2 id="vista-previa-titulo">{labels.sections.preview}</h2>
        <PreviewGrid
          slug={slug}
          columns={columns}
          labels={labels.grid}
          columnLabels={labels.wideColumns}
          locale={locale}
          initial={initialRows}
          onQueryChange={setQuery}
        />
      </section>
      <section id="grafico" aria-labelledby="grafico-titulo" className="dataset-section">
        <h2 id="grafico-titulo">{labels.sections.chart}</h2>
        <QuickChartPanel
          slug={slug}
          columns={columns}
          query={query}
          labels={labels.chart}
          locale={locale}
        />
      </section>
    </>
  );
}
