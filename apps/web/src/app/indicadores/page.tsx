import { DIMENSION_LABELS_ES } from "@lab/domain/indicator";
import { IndicatorCard } from "@lab/ui/indicators/indicator-card";
import type { Metadata } from "next";
import { publicApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Indicadores" };

export default async function IndicatorsPage() {
  const indicators = await (await publicApi()).indicators.list();
  return (
    <>
      <h1>Indicadores</h1>
      <p className="lead">
        {indicators.length} indicadores en {new Set(indicators.map((i) => i.dimension)).size}{" "}
        dimensiones:{" "}
        {[...new Set(indicators.map((i) => DIMENSION_LABELS_ES[i.dimension]))].join(", ")}.
      </p>
      <div className="card-grid">
        {indicators.map((indicator) => (
          <IndicatorCard key={indicator.slug} indicator={indicator} />
        ))}
      </div>
    </>
  );
}
