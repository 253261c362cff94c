import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { TIndicatorWorkspace } from "@lab/domain/draft";
import { PERIODICITY_LABELS_ES, type TUnit } from "@lab/domain/indicator";
import { METADATA_FIELD_LABELS_ES, type TMetadataField } from "@lab/domain/indicator-metadata";
import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import { summarizeSeries } from "@lab/domain/trend";
import { normalizeViewState } from "@lab/domain/view-state";
import { ObservationsTable } from "@lab/ui/indicators/observations-table";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTable } from "~/components/audit-table";
import { formatDateEsCo } from "~/format";
import { chartProps } from "~/indicators/chart-props";
import { LazyIndicatorChart } from "~/indicators/lazy-chart";
import { orNotFound } from "~/or-not-found";
import { api } from "~/trpc/server";
import { gridRows } from "./grid-row";
import { ImportForm } from "./import-form";
import { MetadataForm } from "./metadata-form";
import { metadataFormValues } from "./metadata-values";
import { ObservationsGrid } from "./observations-grid";
import { RecordObservationForm } from "./record-observation-form";
import { WorkflowPanel } from "./workflow-panel";

type TProps = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Editar indicador" };

const VALUE_HINTS: Record<TUnit, string> = {
  PERCENTAGE: "Un porcentaje entre 0 y 100.",
  INDEX_0_100: "Un índice entre 0 y 100.",
  COUNT: "Un número entero, de 0 en adelante.",
  CURRENCY_COP: "Un valor en pesos, de 0 en adelante.",
  RATIO: "Una razón, de 0 en adelante.",
  OTHER: "Un número.",
};

// Years offered by the period picker: back to 2000 (or the oldest value), forward ten years.
function pickerYears(workspace: TIndicatorWorkspace): number[] {
  const now = Number(
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "America/Bogota" }).format(
      new Date(),
    ),
  );
  const recorded = workspace.rows.map((r) => Number(r.period.slice(0, 4))).filter(Boolean);
  const from = Math.min(2000, ...recorded);
  const to = Math.max(now + 10, ...recorded);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

const person = (p: { name: string; at: Date } | null) =>
  p ? { name: p.name, atText: formatDateEsCo(p.at, true), atIso: p.at.toISOString() } : null;

export default async function AdminIndicatorPage({ params }: TProps) {
  const { slug } = await params;
  const caller = await api();
  const user = await currentUser();
  const workspace =
    user && roleAllows(user.role, "indicators.workspace")
      ? await caller.indicators.workspace({ slug }).catch((error: unknown) => {
          if (error instanceof TRPCError) {
            if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
            // Another office's indicator: shown read-only below.
            if (error.code === "FORBIDDEN") return null;
          }
          throw error;
        })
      : null;

  if (!workspace) {
    const indicator = await orNotFound(caller.indicators.bySlug({ slug }));
    return (
      <>
        <p className="muted">
          <a href="/admin">Espacio de trabajo</a> › {indicator.code}
        </p>
        <h1>{indicator.name}</h1>
        <p role="note">
          {user?.role !== "EDITOR"
            ? "Su cuenta no puede registrar valores de indicadores."
            : indicator.responsibleOffice
              ? `Este indicador pertenece a otra dependencia (${indicator.responsibleOffice}): solo sus funcionarios y la administración pueden registrar valores.`
              : "Este indicador no tiene dependencia responsable: solo la administración puede registrar valores."}
        </p>
        <p>
          <a href={`/indicadores/${indicator.slug}`}>Ver la página pública</a>
        </p>
        <h2>Valores publicados</h2>
        <ObservationsTable indicator={indicator} />
      </>
    );
  }

  const preview = workspace.preview;
  const isAdmin = user !== null && roleAllows(user.role, "indicators.publish");
  const history = await caller.audit.forIndicator({ slug });
  const byComuna = preview.geographicBreakdown === "COMUNAS";
  const view = seriesForView(preview, normalizeViewState({}, preview, indicatorPeriods(preview)));
  const summary = summarizeSeries({
    ...preview,
    series: view.series[0]?.points ?? [],
    target:
      preview.targetValue === null
        ? null
        : { value: preview.targetValue, year: preview.targetDate?.getUTCFullYear() ?? null },
  });
  const pendingLabels = workspace.changedFields.map(
    (f) => METADATA_FIELD_LABELS_ES[f as TMetadataField] ?? f,
  );

  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › {preview.code}
      </p>
      <h1>{preview.name}</h1>
      <p>
        {preview.code} · {preview.responsibleOffice || "Sin dependencia responsable"} · Periodicidad{" "}
        {PERIODICITY_LABELS_ES[preview.periodicity].toLowerCase()}.{" "}
        {workspace.everPublished ? (
          <a href={`/indicadores/${preview.slug}`}>Ver la página pública</a>
        ) : (
          "Aún no tiene página pública."
        )}
      </p>
      <nav aria-label="En esta página" className="page-nav">
        <ul>
          <li>
            <a href="#publicacion">Publicación</a>
          </li>
          <li>
            <a href="#registrar">Registrar un valor</a>
          </li>
          <li>
            <a href="#valores">Valores</a>
          </li>
          <li>
            <a href="#vista-previa">Vista previa</a>
          </li>
          <li>
            <a href="#ficha">Ficha</a>
          </li>
          <li>
            <a href="#importar">Importar</a>
          </li>
          <li>
            <a href="#historial">Historial</a>
          </li>
        </ul>
      </nav>

      <WorkflowPanel
        slug={preview.slug}
        state={workspace.state}
        everPublished={workspace.everPublished}
        revision={workspace.revision}
        isAdmin={isAdmin}
        pendingRows={workspace.pendingRows}
        changedFieldLabels={pendingLabels}
        submitted={person(workspace.submitted)}
        reviewed={person(workspace.reviewed)}
        updated={person(workspace.updated)}
        rejectionReason={workspace.rejectionReason}
      />

      <section aria-labelledby="registrar">
        <h2 id="registrar">Registrar un valor</h2>
        <p>
          Los valores nuevos y las correcciones quedan como borrador: la página pública cambia
          cuando la administración publica los cambios.
        </p>
        <RecordObservationForm
          slug={preview.slug}
          periodicity={preview.periodicity}
          byComuna={byComuna}
          years={pickerYears(workspace)}
          valueHint={VALUE_HINTS[preview.unit]}
        />
      </section>

      <section aria-labelledby="valores">
        <h2 id="valores">Valores</h2>
        <ObservationsGrid
          slug={preview.slug}
          rows={gridRows(workspace)}
          byComuna={byComuna}
          caption={`Valores de «${preview.name}», con los cambios sin publicar`}
        />
      </section>

      <section aria-labelledby="vista-previa" className="draft-preview">
        <h2 id="vista-previa">Vista previa (sin publicar)</h2>
        <p className="hint">
          El gráfico público como quedará si se publican los cambios actuales
          {byComuna ? " (total municipal)" : ""}.
        </p>
        {view.periods.length > 0 ? (
          <>
            <p>{summary}</p>
            {/* No downloads: a draft chart is not for sharing. */}
            <LazyIndicatorChart {...chartProps(preview, view)} downloads={false} />
          </>
        ) : (
          <p>Aún no hay valores del total municipal para el gráfico.</p>
        )}
      </section>

      <section aria-labelledby="ficha">
        <h2 id="ficha">Ficha del indicador</h2>
        <p>
          Unidad, periodicidad y desagregación no se pueden cambiar aquí: cambiarían el sentido de
          los valores ya registrados.
        </p>
        <MetadataForm
          slug={preview.slug}
          unit={preview.unit}
          metadataVersion={workspace.metadataVersion}
          initial={metadataFormValues(preview)}
          changedFields={workspace.changedFields}
        />
      </section>

      <section aria-labelledby="importar">
        <h2 id="importar">Importar valores desde un archivo</h2>
        <ImportForm slug={preview.slug} />
      </section>

      <section aria-labelledby="historial">
        <h2 id="historial">Historial de cambios</h2>
        <AuditTable
          caption={`Cambios de «${preview.name}», del más reciente al más antiguo`}
          entries={history.entries}
        />
        {history.nextCursor ? (
          <p className="muted">Se muestran los 50 cambios más recientes.</p>
        ) : null}
      </section>
    </>
  );
}
