import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { themeLabel } from "@lab/domain/dataset";
import { qualityLevel } from "@lab/domain/dataset-quality";
import {
  DATASET_STATUS_LABELS_ES,
  type TPublisherDatasetSummary,
  VERSION_STATUS_LABELS_ES,
} from "@lab/domain/dataset-workspace";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { api } from "~/trpc/server";
import { NewDatasetForm } from "./new-dataset-form";

export const metadata: Metadata = { title: "Conjuntos de datos" };

function versionsText(d: TPublisherDatasetSummary): string {
  const parts: string[] = [];
  parts.push(
    d.currentVersion === null ? "Sin versión publicada" : `Versión publicada: ${d.currentVersion}`,
  );
  if (d.latestVersion && d.latestVersion.number !== d.currentVersion) {
    parts.push(
      `versión ${d.latestVersion.number}: ${VERSION_STATUS_LABELS_ES[d.latestVersion.status].toLowerCase()}`,
    );
  }
  return parts.join(" · ");
}

export default async function AdminDatasetsPage() {
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "datasets.mine")) {
    return (
      <>
        <h1>Conjuntos de datos</h1>
        <p role="note">Solo la Oficina TIC y la administración publican conjuntos de datos.</p>
      </>
    );
  }
  const caller = await api();
  const [datasets, options, indicators] = await Promise.all([
    caller.datasets.mine(),
    caller.datasets.formOptions(),
    caller.indicators.list(),
  ]);
  const tic = options.offices.find((o) => o.slug === "oficina-tic");

  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › Conjuntos de datos
      </p>
      <h1>Conjuntos de datos</h1>
      <p>
        Cree un conjunto de datos, describa sus datos, cargue sus versiones (CSV o Excel) y
        publíquelas. Nada se ve en el <a href="/datos">catálogo público</a> hasta que publique una
        versión.
      </p>
      <p>
        <a href="#nuevo" className="button">
          Nuevo conjunto de datos
        </a>
      </p>
      {datasets.length === 0 ? (
        <p className="empty-state">Aún no hay conjuntos de datos.</p>
      ) : (
        <ul className="work-list" aria-label="Conjuntos de datos">
          {datasets.map((d) => {
            const level = qualityLevel(d.score);
            return (
              <li key={d.slug} className="work-item">
                <h2 className="work-item__title">
                  <a href={`/admin/datos/${d.slug}`}>{d.title}</a>
                  {d.isDemo ? (
                    <span className="badge badge--demo">Datos de demostración</span>
                  ) : null}
                </h2>
                <p className="work-item__meta">
                  {themeLabel(d.theme)}
                  {d.office ? ` · ${d.office}` : ""}
                </p>
                <p className="work-item__status">
                  <span
                    className={`badge badge--state ${d.status === "PUBLISHED" ? "badge--clean" : "badge--unpublished"}`}
                  >
                    {DATASET_STATUS_LABELS_ES[d.status]}
                  </span>{" "}
                  {versionsText(d)}
                </p>
                <p>
                  Calidad: {d.score} de 100 ({level.es.toLowerCase()})
                </p>
                <p className="work-item__updated">
                  Última actualización:{" "}
                  <time dateTime={d.lastUpdate.at.toISOString()}>
                    {formatDateEsCo(d.lastUpdate.at, true)}
                  </time>
                  {d.lastUpdate.name ? `, por ${d.lastUpdate.name}` : ""}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      <section aria-labelledby="nuevo">
        <h2 id="nuevo" tabIndex={-1}>
          Nuevo conjunto de datos
        </h2>
        <p>
          Queda sin publicar: después de crearlo, cargue su primera versión y publíquela desde su
          página. Los campos de entidad vienen con los datos de la Alcaldía, como los pide
          datos.gov.co.
        </p>
        <NewDatasetForm
          offices={options.offices}
          indicators={indicators.map((i) => ({ slug: i.slug, name: i.name }))}
          defaultOffice={tic?.slug ?? ""}
        />
      </section>
    </>
  );
}
