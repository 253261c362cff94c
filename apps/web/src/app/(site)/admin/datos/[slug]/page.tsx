import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { themeLabel, XLSX_MAX_BYTES } from "@lab/domain/dataset";
import { DATASET_STATUS_LABELS_ES, type TVersionProblem } from "@lab/domain/dataset-workspace";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { orNotFound } from "~/or-not-found";
import { api } from "~/trpc/server";
import { datasetFormValues } from "../dataset-values";
import { ColumnsForm } from "./columns-form";
import { DatasetMetadataForm } from "./metadata-form";
import { QualityPanel } from "./quality-panel";
import { UploadForm } from "./upload-form";
import { VersionsPanel } from "./versions-panel";

export const metadata: Metadata = { title: "Editar conjunto de datos" };

/** "Fila 12, columna «Valor» («abc»): no es un número." */
function problemText(p: TVersionProblem): string {
  const where = [
    p.row === null ? null : `Fila ${p.row}`,
    p.column === null ? null : `columna «${p.column}»`,
  ].filter(Boolean);
  const value = p.value === null ? "" : ` («${p.value}»)`;
  return `${where.length > 0 ? `${where.join(", ")}${value}: ` : ""}${p.message}`;
}

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ version?: string | string[] }>;
};

export default async function AdminDatasetPage({ params, searchParams }: TProps) {
  const { slug } = await params;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "datasets.forPublisher")) {
    return (
      <>
        <h1>Conjunto de datos</h1>
        <p role="note">Solo la Oficina TIC y la administración publican conjuntos de datos.</p>
      </>
    );
  }
  const caller = await api();
  const [dataset, options, indicators] = await Promise.all([
    orNotFound(caller.datasets.forPublisher({ slug })),
    caller.datasets.formOptions(),
    caller.indicators.list(),
  ]);
  const published = dataset.status === "PUBLISHED";
  const loaded = dataset.versions.filter((v) => v.status === "READY" || v.status === "PUBLISHED");
  // The dictionary shown: the one asked for, else the newest loaded version (the one to publish
  // next, or the published one).
  const asked = Number([(await searchParams).version].flat()[0]);
  const dictionary = loaded.find((v) => v.number === asked) ?? loaded[0] ?? null;

  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › <a href="/admin/datos">Conjuntos de datos</a> ›{" "}
        {dataset.metadata.title}
      </p>
      <h1>
        {dataset.metadata.title}
        {dataset.isDemo ? <span className="badge badge--demo">Datos de demostración</span> : null}
      </h1>
      <p>
        <span className={`badge badge--state ${published ? "badge--clean" : "badge--unpublished"}`}>
          {DATASET_STATUS_LABELS_ES[dataset.status]}
        </span>{" "}
        {themeLabel(dataset.metadata.theme)}.{" "}
        {published && dataset.currentVersion !== null ? (
          <>
            El sitio público muestra la versión {dataset.currentVersion}:{" "}
            <a href={`/datos/${dataset.slug}`}>ver la página pública</a>.
          </>
        ) : (
          "Aún no se ve en el sitio público."
        )}
      </p>
      <p className="muted">
        Última actualización:{" "}
        <time dateTime={dataset.lastUpdate.at.toISOString()}>
          {formatDateEsCo(dataset.lastUpdate.at, true)}
        </time>
        {dataset.lastUpdate.name ? `, por ${dataset.lastUpdate.name}` : ""}
      </p>
      <nav aria-label="En esta página" className="page-nav">
        <ul>
          <li>
            <a href="#calidad">Calidad</a>
          </li>
          <li>
            <a href="#versiones">Versiones</a>
          </li>
          <li>
            <a href="#cargar">Cargar una versión</a>
          </li>
          <li>
            <a href="#diccionario">Diccionario de datos</a>
          </li>
          <li>
            <a href="#ficha">Ficha</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="calidad">
        <h2 id="calidad">Calidad de los datos</h2>
        <QualityPanel quality={dataset.quality} />
      </section>

      <section aria-labelledby="versiones">
        <h2 id="versiones">Versiones</h2>
        <VersionsPanel
          slug={dataset.slug}
          published={published}
          versions={dataset.versions.map((v) => ({
            number: v.number,
            status: v.status,
            fileName: v.fileName,
            rowCount: v.rowCount,
            createdText: formatDateEsCo(v.createdAt, true),
            createdBy: v.createdBy,
            publishedText: v.publishedAt ? formatDateEsCo(v.publishedAt, true) : null,
            current: v.current && published,
            canRollBack: v.canRollBack,
            problemCount: v.problemCount,
            problems: v.problems.slice(0, 10).map(problemText),
          }))}
        />
      </section>

      <section aria-labelledby="cargar">
        <h2 id="cargar">Cargar una versión nueva</h2>
        <p>
          Cada archivo que cargue es una versión nueva; las anteriores se conservan y se pueden
          descargar. La versión nueva no se ve en el sitio público hasta que la publique.
        </p>
        <UploadForm
          slug={dataset.slug}
          maxBytes={options.uploadMaxBytes}
          xlsxMaxBytes={XLSX_MAX_BYTES}
        />
      </section>

      <section aria-labelledby="diccionario">
        <h2 id="diccionario">Diccionario de datos</h2>
        {dictionary ? (
          <>
            {loaded.length > 1 ? (
              <nav aria-label="Versión del diccionario" className="filter-links">
                <ul>
                  {loaded.map((v) => (
                    <li key={v.number}>
                      <a
                        href={`/admin/datos/${dataset.slug}?version=${v.number}#diccionario`}
                        aria-current={v.number === dictionary.number ? "page" : undefined}
                      >
                        Versión {v.number}
                        {v.current && published ? " (publicada)" : ""}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <p>
              Columnas de la versión {dictionary.number} ({dictionary.fileName}). Describa qué
              contiene cada una: la descripción se publica con los datos.
            </p>
            <ColumnsForm
              key={dictionary.number}
              slug={dataset.slug}
              number={dictionary.number}
              columns={dictionary.columns}
            />
          </>
        ) : (
          <p>Cargue una versión para describir sus columnas.</p>
        )}
      </section>

      <section aria-labelledby="ficha">
        <h2 id="ficha">Ficha del conjunto de datos</h2>
        <p>
          Los metadatos que el catálogo público, datos.gov.co y los recolectores DCAT y CKAN
          muestran.
          {published ? " Los cambios se publican al guardar." : ""}
        </p>
        <DatasetMetadataForm
          slug={dataset.slug}
          published={published}
          metadataVersion={dataset.metadataVersion}
          initial={datasetFormValues(dataset.metadata)}
          offices={options.offices}
          indicators={indicators.map((i) => ({ slug: i.slug, name: i.name }))}
        />
      </section>
    </>
  );
}
