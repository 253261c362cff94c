import { PERIODICITY_LABELS_ES } from "@lab/domain/indicator";
import { ObservationsTable } from "@lab/ui/indicators/observations-table";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { api } from "~/trpc/server";
import { RecordObservationForm } from "./record-observation-form";

type TProps = { params: Promise<{ slug: string }> };

export default async function AdminIndicatorPage({ params }: TProps) {
  const { slug } = await params;
  const indicator = await (await api()).indicators.bySlug({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › {indicator.code}
      </p>
      <h1>{indicator.name}</h1>
      <p>
        Periodicidad: {PERIODICITY_LABELS_ES[indicator.periodicity]}.{" "}
        <a href={`/indicadores/${indicator.slug}`}>Ver la página pública</a>
      </p>
      <h2>Registrar un valor</h2>
      <RecordObservationForm
        slug={indicator.slug}
        periodicity={indicator.periodicity}
        byComuna={indicator.geographicBreakdown === "COMUNAS"}
      />
      <h2>Valores registrados</h2>
      <ObservationsTable indicator={indicator} />
    </>
  );
}
