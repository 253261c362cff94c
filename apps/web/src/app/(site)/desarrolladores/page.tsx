import { CKAN_ROWS_MAX_LIMIT, ROWS_DEFAULT_LIMIT, ROWS_MAX_LIMIT } from "@lab/domain/dataset-query";
import { CodeSamples } from "@lab/ui/datasets/code-samples";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getMessages } from "~/i18n/locale";
import { publicApi } from "~/trpc/server";
import { siteOrigin } from "../datos/site-origin";
import { guideSamples } from "./samples";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getMessages()).developers.title,
    description: "API REST, API compatible con CKAN, DCAT-AP y data.json de los datos abiertos.",
  };
}

const es = (n: number) => n.toLocaleString("es-CO");

const SECTIONS = [
  ["rest", "API REST"],
  ["filas", "Filas de un conjunto"],
  ["descargas", "Descargas"],
  ["ckan", "API compatible con CKAN"],
  ["dcat", "Catálogo DCAT-AP y data.json"],
  ["ejemplos", "Ejemplos en curl, Python y R"],
  ["limites", "Límites"],
  ["licencia", "Licencia y cita"],
] as const;

function Endpoint({ path, children }: { path: string; children: ReactNode }) {
  return (
    <>
      <dt>
        <code>{path}</code>
      </dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * The developer guide: every public machine interface of the platform, with examples that use
 * this site's own address and one of its datasets. Published in Spanish only.
 */
export default async function DevelopersPage() {
  const [locale, origin, messages] = await Promise.all([getLocale(), siteOrigin(), getMessages()]);
  const latest = await (await publicApi()).datasets.search({ sort: "modified", pageSize: 1 });
  const slug = latest.results[0]?.slug ?? "SLUG-DEL-CONJUNTO";
  const t = messages.developers;
  // Spanish content on an English page is marked so.
  const lang = locale === "es" ? undefined : "es";

  return (
    <article className="developers prose-wide">
      <h1>{t.title}</h1>
      {lang ? <p className="muted">{t.spanishOnly}</p> : null}
      <div lang={lang}>
        <p className="lead">
          Todo lo que la plataforma publica se puede leer desde un programa: sin cuenta, sin clave y
          desde cualquier sitio web (las respuestas permiten CORS). Las direcciones de la API están
          en inglés, como las de CKAN y la mayoría de las API públicas; los mensajes de error vienen
          en español.
        </p>

        <nav aria-labelledby="indice-titulo" className="page-toc">
          <h2 id="indice-titulo" className="page-toc__title">
            En esta página
          </h2>
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section id="rest" aria-labelledby="rest-titulo">
          <h2 id="rest-titulo">API REST</h2>
          <p>
            La API REST vive en <code>/api/v1</code> y está descrita en OpenAPI 3.1, lista para
            Swagger UI, Postman o un generador de clientes:{" "}
            <a href={`${origin}/api/v1/openapi.json`}>
              <code>/api/v1/openapi.json</code>
            </a>
            .
          </p>
          <dl className="endpoints">
            <Endpoint path="GET /api/v1/indicators">
              Los indicadores publicados, con su último valor.
            </Endpoint>
            <Endpoint path="GET /api/v1/indicators/{slug}">
              Un indicador: ficha, metodología y serie completa.
            </Endpoint>
            <Endpoint path="GET /api/v1/indicators/{slug}/observations?format=csv|json">
              Los valores de un indicador, en CSV o JSON.
            </Endpoint>
            <Endpoint path="GET /api/v1/datasets/{slug}/rows">
              Las filas de un conjunto de datos, con filtros, búsqueda, orden y paginación (ver
              abajo).
            </Endpoint>
            <Endpoint path="GET /api/v1/datasets/{slug}/download?format=csv|json&version=N">
              El conjunto completo, de la versión actual o de una anterior.
            </Endpoint>
          </dl>
        </section>

        <section id="filas" aria-labelledby="filas-titulo">
          <h2 id="filas-titulo">Filas de un conjunto de datos</h2>
          <p>
            <code>GET /api/v1/datasets/{"{slug}"}/rows</code> responde con{" "}
            <code>{"{ fields, records, total, total_is_estimate, next }"}</code>:{" "}
            <code>fields</code> da el nombre y el tipo de cada campo (el mismo nombre que muestra el
            diccionario de datos de la página del conjunto; <code>_row</code> es el número de la
            fila en el archivo), <code>records</code> las filas como objetos y <code>next</code> la
            dirección de la página siguiente, o <code>null</code> en la última.
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption>Parámetros de la API de filas</caption>
              <thead>
                <tr>
                  <th scope="col">Parámetro</th>
                  <th scope="col">Qué hace</th>
                  <th scope="col">Ejemplo</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">
                    <code>filters</code>
                  </th>
                  <td>
                    Objeto JSON, como en CKAN: cada campo debe valer exactamente ese valor, o uno de
                    los de la lista. Fechas como AAAA-MM-DD o dd/mm/aaaa; decimales con punto o
                    coma.
                  </td>
                  <td>
                    <code>{'{"comuna": "Norte", "anio": [2023, 2024]}'}</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>q</code>
                  </th>
                  <td>Busca el texto en todas las columnas.</td>
                  <td>
                    <code>universidad</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>sort</code>
                  </th>
                  <td>Campos separados por comas, cada uno con asc o desc.</td>
                  <td>
                    <code>fecha desc, comuna</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>limit</code>
                  </th>
                  <td>
                    Filas por página: {es(ROWS_DEFAULT_LIMIT)} si no se indica, como máximo{" "}
                    {es(ROWS_MAX_LIMIT)}.
                  </td>
                  <td>
                    <code>500</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>cursor</code>
                  </th>
                  <td>
                    Continúa donde terminó la página anterior. No lo construya: siga la dirección{" "}
                    <code>next</code> de la respuesta. Es rápido aun en lo profundo de tablas
                    grandes.
                  </td>
                  <td>
                    <code>next</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>offset</code>
                  </th>
                  <td>Salta filas (para tablas pequeñas; en las grandes, prefiera el cursor).</td>
                  <td>
                    <code>200</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>fields</code>
                  </th>
                  <td>Solo estos campos, separados por comas.</td>
                  <td>
                    <code>comuna,total</code>
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    <code>version</code>
                  </th>
                  <td>Una versión publicada anterior (por defecto, la actual).</td>
                  <td>
                    <code>2</code>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>
            <code>total</code> es exacto en resultados pequeños; en los grandes es una estimación y{" "}
            <code>total_is_estimate</code> vale <code>true</code>. Un parámetro mal escrito recibe
            un error 400 con un mensaje en español que dice qué corregir:{" "}
            <code>{'{"error": {"code": "BAD_REQUEST", "message": "…"}}'}</code>.
          </p>
        </section>

        <section id="descargas" aria-labelledby="descargas-titulo">
          <h2 id="descargas-titulo">Descargas</h2>
          <p>
            <code>GET /api/v1/datasets/{"{slug}"}/download?format=csv</code> (o{" "}
            <code>format=json</code>) entrega el conjunto completo de la versión publicada;{" "}
            <code>version=N</code> entrega una versión anterior. El archivo se transmite mientras se
            lee, así que no hay límite de tamaño. El CSV va en UTF-8, separado por comas, con una
            fila de encabezados; las celdas de texto que empiezan por <code>=</code>, <code>+</code>
            , <code>-</code> o <code>@</code> se neutralizan para que una hoja de cálculo no las
            ejecute como fórmulas.
          </p>
        </section>

        <section id="ckan" aria-labelledby="ckan-titulo">
          <h2 id="ckan-titulo">API compatible con CKAN</h2>
          <p>
            Los cosechadores de CKAN (como el del portal datos.gov.co) y las bibliotecas hechas para
            CKAN funcionan con <code>/api/3/action/{"{acción}"}</code>, por GET o POST, con la
            respuesta habitual <code>{'{"help", "success", "result"}'}</code>. Cada conjunto es un
            paquete, la entidad es la organización, cada tema es un grupo y cada versión publicada
            es un recurso.
          </p>
          <dl className="endpoints">
            <Endpoint path="package_search">
              Búsqueda con <code>q</code>, <code>fq</code> (por ejemplo{" "}
              <code>metadata_modified:[2025-01-01T00:00:00Z TO *]</code>, <code>organization:</code>
              , <code>groups:</code>), <code>sort</code>, <code>rows</code>, <code>start</code> y{" "}
              <code>facet.field</code>.
            </Endpoint>
            <Endpoint path="package_list, package_show, current_package_list_with_resources">
              La lista de conjuntos y la ficha completa de cada uno, con sus recursos.
            </Endpoint>
            <Endpoint path="organization_list, organization_show, group_list, group_show">
              Entidades y temas.
            </Endpoint>
            <Endpoint path="resource_show, license_list, tag_list, status_show">
              Recursos, licencias, palabras clave y el estado del servicio.
            </Endpoint>
            <Endpoint path="datastore_search">
              Las filas de un recurso: <code>resource_id</code>, <code>filters</code>,{" "}
              <code>q</code>, <code>sort</code>, <code>limit</code>, <code>offset</code>,{" "}
              <code>fields</code>, <code>include_total</code> y <code>records_format</code>{" "}
              (objects, lists o csv).
            </Endpoint>
          </dl>
        </section>

        <section id="dcat" aria-labelledby="dcat-titulo">
          <h2 id="dcat-titulo">Catálogo DCAT-AP y data.json</h2>
          <dl className="endpoints">
            <Endpoint path="/catalog.jsonld, /catalog.ttl">
              El catálogo completo en DCAT-AP 3.0.1 (JSON-LD o Turtle), por páginas con{" "}
              <code>?page=</code>, y solo lo cambiado desde una fecha con{" "}
              <code>?modified_since=</code>.
            </Endpoint>
            <Endpoint path="/datos/{slug}.jsonld, /datos/{slug}.ttl">
              Un conjunto de datos en DCAT-AP, con sus distribuciones, entidad, contacto, licencia,
              temas y coberturas.
            </Endpoint>
            <Endpoint path="/data.json">
              El catálogo en el formato Project Open Data (DCAT-US 1.1).
            </Endpoint>
          </dl>
        </section>

        <section id="ejemplos" aria-labelledby="ejemplos-titulo">
          <h2 id="ejemplos-titulo">Ejemplos en curl, Python y R</h2>
          <p>
            Con la dirección de este sitio y el conjunto <a href={`/datos/${slug}`}>{slug}</a>.
            Cambie el nombre del conjunto por el que necesite: está en la dirección de su página.
          </p>
          <CodeSamples samples={guideSamples(origin, slug)} />
        </section>

        <section id="limites" aria-labelledby="limites-titulo">
          <h2 id="limites-titulo">Límites</h2>
          <ul className="plain-list">
            <li>API de filas: hasta {es(ROWS_MAX_LIMIT)} filas por página.</li>
            <li>
              <code>datastore_search</code>: hasta {es(CKAN_ROWS_MAX_LIMIT)} filas por página.
            </li>
            <li>
              <code>package_search</code>: hasta 1.000 conjuntos por página.
            </li>
            <li>Descargas completas: sin límite de tamaño.</li>
            <li>
              Las respuestas pueden venir de una caché de hasta un minuto: un cambio recién
              publicado tarda como mucho eso en verse.
            </li>
            <li>
              No pedimos clave ni contamos consultas. Para llevarse un conjunto entero, use la
              descarga completa en lugar de recorrer la API de filas, y guarde lo que ya tiene.
            </li>
          </ul>
        </section>

        <section id="licencia" aria-labelledby="licencia-titulo">
          <h2 id="licencia-titulo">Licencia y cita</h2>
          <p>
            Cada conjunto dice su licencia en su página y en sus metadatos (por defecto, Creative
            Commons Atribución 4.0). Puede usar los datos para cualquier fin, también comercial,
            citando como fuente a la Alcaldía de Bucaramanga y el nombre del conjunto.{" "}
            <a href="/datos/licencias">Lea las licencias</a>.
          </p>
        </section>
      </div>
    </article>
  );
}
