import {
  EXPORT_FORMATS,
  INDICATOR_CSV_COLUMNS,
  OPEN_DATA_LICENSE,
  UNKNOWN_EXPORT_FORMAT_MESSAGE,
  ZExportedObservation,
  ZIndicatorDocument,
  ZIndicatorList,
  ZIndicatorMetadata,
  ZIndicatorObservationsDocument,
  ZIndicatorSummary,
} from "@lab/domain/indicator-export";
import { z } from "zod";
import { CKAN_TAG, ckanPaths } from "../services/ckan/openapi";
import { ROWS_SCHEMAS, ROWS_TAG, rowsPaths } from "../services/dataset-rows-openapi";
import { WORKSHOPS_TAG, workshopPaths } from "../services/workshop-downloads-openapi";
import { ZRestError } from "./http";
import { CATALOG_SCHEMAS, CATALOG_TAG, catalogPaths } from "./openapi-catalog";

// /api/v1/openapi.json. Paths and parameters are written by hand; the response schemas are
// generated from the same zod schemas the services' output is typed (and tested) with.

type TJsonObject = Record<string, unknown>;

function componentSchemas(): Record<string, TJsonObject> {
  // A local registry: ids in zod's global one would clash when a module is loaded twice.
  const registry = z.registry<{ id: string }>();
  registry.add(ZIndicatorMetadata, { id: "IndicatorMetadata" });
  registry.add(ZIndicatorSummary, { id: "IndicatorSummary" });
  registry.add(ZIndicatorList, { id: "IndicatorList" });
  registry.add(ZExportedObservation, { id: "Observation" });
  registry.add(ZIndicatorDocument, { id: "IndicatorDocument" });
  registry.add(ZIndicatorObservationsDocument, { id: "IndicatorObservationsDocument" });
  registry.add(ZRestError, { id: "Error" });
  for (const { schema, id } of CATALOG_SCHEMAS) registry.add(schema, { id });
  for (const { schema, id } of ROWS_SCHEMAS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ jsonSchema }) => {
      // Clients must tolerate fields added later; zod's date patterns repeat `format`.
      delete jsonSchema.additionalProperties;
      if (jsonSchema.format) delete jsonSchema.pattern;
    },
  });
  // $schema and $id are for standalone documents; inside components they only confuse tools.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]),
  );
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: TJsonObject) => ({ "application/json": { schema } });

const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": {
    description: "Siempre `*`: cualquier sitio puede leer estos datos abiertos.",
    schema: { type: "string", const: "*" },
  },
  "Cache-Control": {
    description: "Las respuestas correctas se pueden guardar en caché durante 60 segundos.",
    schema: { type: "string", example: "public, max-age=60" },
  },
};
const DOWNLOAD_HEADERS = {
  ...OPEN_DATA_HEADERS,
  "Content-Disposition": {
    description:
      'Descarga con el nombre del indicador, por ejemplo `attachment; filename="participantes-cocreacion.csv"`.',
    schema: { type: "string" },
  },
};

function errorResponse(description: string, example: { code: string; message: string }) {
  return {
    description,
    headers: { "Access-Control-Allow-Origin": OPEN_DATA_HEADERS["Access-Control-Allow-Origin"] },
    content: { "application/json": { schema: ref("Error"), example: { error: example } } },
  };
}

const NOT_FOUND = errorResponse("No hay un indicador publicado con ese slug.", {
  code: "NOT_FOUND",
  message: "No existe un indicador publicado con esa dirección.",
});
const SERVER_ERROR = errorResponse("Error inesperado del servidor (sin detalles internos).", {
  code: "INTERNAL_SERVER_ERROR",
  message: "Ocurrió un error inesperado. Intente de nuevo en unos minutos.",
});

const SLUG_PARAMETER = {
  name: "slug",
  in: "path",
  required: true,
  description:
    "Identificador del indicador en su dirección web, por ejemplo `participantes-cocreacion`.",
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
};

const VIEW_PARAMETERS = [
  {
    name: "desde",
    in: "query",
    description:
      "Primer periodo (código como `2021`, `2024-Q1`, `2024-03`, o como se escribe en español: `2024-T1`, `03/2024`). Si no es válido o queda fuera de la serie se ajusta al periodo más cercano; nunca produce un error.",
    schema: { type: "string" },
  },
  {
    name: "hasta",
    in: "query",
    description:
      "Último periodo, con las mismas reglas que `desde`. Si `desde` es posterior, se intercambian.",
    schema: { type: "string" },
  },
  {
    name: "comunas",
    in: "query",
    description:
      "Comunas o corregimientos que se agregan a la serie municipal, separados por comas: `1,3`, `comuna-01`, `c2`. Solo aplica a indicadores desagregados por comunas; los códigos desconocidos se ignoran.",
    schema: { type: "string" },
    example: "1,3",
  },
];

function buildDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "API de datos abiertos del Laboratorio de Innovación Pública de Bucaramanga",
      version: "1.0.0",
      description:
        'Indicadores publicados por la Alcaldía de Bucaramanga y sus valores, en JSON y CSV. Sin autenticación. Solo se publican indicadores aprobados, nunca borradores. Los errores responden `{ "error": { "code", "message" } }` con el estado HTTP correspondiente y un mensaje en español.',
      license: { name: OPEN_DATA_LICENSE.name, url: OPEN_DATA_LICENSE.url },
    },
    servers: [{ url: "/api/v1" }],
    tags: [
      { name: "Indicadores", description: "Indicadores del tablero público y sus valores." },
      CATALOG_TAG,
      ROWS_TAG,
      WORKSHOPS_TAG,
      CKAN_TAG,
    ],
    paths: {
      "/indicators": {
        get: {
          operationId: "listIndicators",
          tags: ["Indicadores"],
          summary: "Indicadores publicados",
          description:
            "Todos los indicadores publicados, con su ficha y el último valor del total municipal.",
          responses: {
            "200": {
              description: "La lista de indicadores.",
              headers: OPEN_DATA_HEADERS,
              content: json(ref("IndicatorList")),
            },
            "500": SERVER_ERROR,
          },
        },
      },
      "/indicators/{slug}": {
        get: {
          operationId: "getIndicator",
          tags: ["Indicadores"],
          summary: "Ficha y valores de un indicador",
          description:
            "La ficha del indicador (fuente, método, unidad, meta, licencia) y todos sus valores: total municipal y, si los hay, por comuna y corregimiento.",
          parameters: [SLUG_PARAMETER],
          responses: {
            "200": {
              description: "El indicador.",
              headers: OPEN_DATA_HEADERS,
              content: json(ref("IndicatorDocument")),
            },
            "404": NOT_FOUND,
            "500": SERVER_ERROR,
          },
        },
      },
      "/indicators/{slug}/observations": {
        get: {
          operationId: "getIndicatorObservations",
          tags: ["Indicadores"],
          summary: "Valores de un indicador (descarga JSON o CSV)",
          description: `Los mismos datos que la tabla de la página del indicador: la serie municipal y las comunas elegidas, dentro del rango. Acepta los parámetros de la dirección de la página (\`desde\`, \`hasta\`, \`comunas\`). El CSV es UTF-8 sin BOM, separado por comas, con punto decimal y una fila de encabezado: ${INDICATOR_CSV_COLUMNS.join(", ")}.`,
          parameters: [
            SLUG_PARAMETER,
            {
              name: "format",
              in: "query",
              description:
                "`json` (por defecto) o `csv`. Si se indica, la respuesta se entrega como archivo adjunto.",
              schema: { type: "string", enum: [...EXPORT_FORMATS], default: "json" },
            },
            ...VIEW_PARAMETERS,
          ],
          responses: {
            "200": {
              description: "Los valores, con la ficha del indicador.",
              headers: DOWNLOAD_HEADERS,
              content: {
                ...json(ref("IndicatorObservationsDocument")),
                "text/csv": {
                  schema: { type: "string" },
                  example: `${INDICATOR_CSV_COLUMNS.join(",")}\r\nPAR-01,participantes-cocreacion,2024,bucaramanga,Bucaramanga (total municipal),1580,personas,false,\r\n`,
                },
              },
            },
            "400": errorResponse("Formato desconocido.", {
              code: "BAD_REQUEST",
              message: UNKNOWN_EXPORT_FORMAT_MESSAGE,
            }),
            "404": NOT_FOUND,
            "500": SERVER_ERROR,
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "Esta descripción (OpenAPI 3.1)",
          responses: {
            "200": {
              description: "El documento OpenAPI.",
              headers: OPEN_DATA_HEADERS,
              content: json({ type: "object" }),
            },
          },
        },
      },
      ...catalogPaths({ headers: OPEN_DATA_HEADERS, errorResponse, ref }),
      ...rowsPaths({ headers: OPEN_DATA_HEADERS, errorResponse, ref }),
      ...workshopPaths({ headers: OPEN_DATA_HEADERS, errorResponse }),
      ...ckanPaths(),
    },
    components: { schemas: componentSchemas() },
  };
}

let cached: ReturnType<typeof buildDocument> | undefined;

/** The OpenAPI 3.1 description of /api/v1, built once per process. */
export function openApiDocument() {
  cached ??= buildDocument();
  return cached;
}
