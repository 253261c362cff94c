import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { PERIODICITY_LABELS_ES } from "@lab/domain/indicator";
import { ObservationsTable } from "@lab/ui/indicators/observations-table";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { AuditTable } from "~/components/audit-table";
import { api } from "~/trpc/server";
import { ImportForm } from "./import-form";
import { RecordObservationForm } from "./record-observation-form";

type TProps = { params: Promise<{ slug: string }> };

export default async function AdminIndicatorPage({ params }: TProps) {
  const { slug } = await params;
  const caller = await api();
  const indicator = await caller.indicators.bySlug({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const user = await currentUser();
  const mayEdit =
    user !== null &&
    roleAllows(user.role, "indicators.editable") &&
    (await caller.indicators.editable()).some((i) => i.slug === indicator.slug);
  const history = mayEdit ? await caller.audit.forIndicator({ slug: indicator.slug }) : null;
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
      {mayEdit ? (
        <RecordObservationForm
          slug={indicator.slug}
          periodicity={indicator.periodicity}
          byComuna={indicator.geographicBreakdown === "COMUNAS"}
        />
      ) : (
        <p role="note">
          {user?.role !== "EDITOR"
            ? "Su cuenta no puede registrar valores de indicadores."
            : indicator.responsibleOffice
              ? `Este indicador pertenece a otra dependencia (${indicator.responsibleOffice}): solo sus funcionarios y la administración pueden registrar valores.`
              : "Este indicador no tiene dependencia responsable: solo la administración puede registrar valores."}
        </p>
      )}
      {mayEdit ? (
        <section aria-labelledby="importar">
          <h2 id="importar">Importar valores desde un archivo</h2>
          <ImportForm slug={indicator.slug} />
        </section>
      ) : null}
      <h2>Valores registrados</h2>
      <ObservationsTable indicator={indicator} />
      {history ? (
        <section aria-labelledby="historial">
          <h2 id="historial">Historial de cambios</h2>
          <AuditTable
            caption={`Cambios de «${indicator.name}», del más reciente al más antiguo`}
            entries={history.entries}
          />
          {history.nextCursor ? (
            <p className="muted">Se muestran los 50 cambios más recientes.</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
