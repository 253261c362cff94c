import { municipalSeries } from "@lab/domain/geography";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { SeriesTable } from "./series-table";

/** The municipal series of an indicator, with notes (the officials' workspace view). */
export function ObservationsTable({ indicator }: { indicator: TIndicatorView }) {
  const series = municipalSeries(indicator.observations);
  return (
    <SeriesTable
      caption={`Valores de «${indicator.name}» por periodo`}
      periods={series.map((o) => o.period)}
      columns={[
        {
          key: "bucaramanga",
          label: "Valor",
          values: new Map(series.map((o) => [o.period, o])),
        },
      ]}
      unit={indicator.unit}
      unitLabel={indicator.unitLabel}
      decimals={indicator.decimals}
      periodicity={indicator.periodicity}
      showNotes
    />
  );
}
