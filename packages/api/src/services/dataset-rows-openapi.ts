import {
  ROWS_DEFAULT_LIMIT,
  ROWS_LIMIT_MESSAGE,
  ROWS_MAX_LIMIT,
  ZRowsDocument,
} from "@lab/domain/dataset-query";

// The Row API and the downloads in /api/v1/openapi.json (merged there by rest/openapi.ts).

type TJsonObject = Record<string, unknown>;
type THelpers = {
  headers: TJsonObject;
  errorResponse: (description: string, example: { code: string; message: string }) => TJsonObject;
  ref: (id: string) => TJsonObject;
};

export const ROWS_TAG = {
  name: "Conjuntos de datos",
  description:
    "Las filas de los conjuntos de datos publicados: consulta con filtros, búsqueda, orden y paginación, y descarga completa en CSV o JSON.",
};

export const ROWS_SCHEMAS = [{ schema: ZRowsDocument, id: "DatasetRows" }] as const;

const SLUG = {
  name: "slug",
  in: "path",
  required: true,
  description: "Identificador del conjunto de datos en su dirección web (`/datos/{slug}`).",
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
};

const VERSION = {
  name: "version",
  in: "query",
  description:
    "Número de una versión publicada anteriormente; sin él, la versión vigente. Las versiones anteriores siguen disponibles.",
  schema: { type: "integer", minimum: 1 },
};

export function rowsPaths({ headers, errorResponse, ref }: THelpers): TJsonObject {
  const notFound = errorResponse("No hay un conjunto de datos publicado con ese slug o versión.", {
    code: "NOT_FOUND",
    message: "No existe un conjunto de datos publicado con esa dirección.",
  });
  const serverError = errorResponse("Error inesperado del servidor (sin detalles internos).", {
    code: "INTERNAL_SERVER_ERROR",
    message: "Ocurrió un error inesperado. Intente de nuevo en unos minutos.",
  });
  return {
    "/datasets/{slug}/rows": {
      get: {
        operationId: "getDatasetRows",
        tags: [ROWS_TAG.name],
        summary: "Filas de un conjunto de datos",
        description: `Una página de filas de la versión vigente (o de \`version\`), con sus campos y tipos. Los filtros comparan en el tipo de cada columna. El total es exacto cuando el resultado es pequeño y una estimación, marcada con \`total_is_estimate\`, cuando es grande. Para recorrer todas las filas siga \`next\` (paginación por cursor, igual de rápida en cualquier página); \`offset\` sirve para saltos cortos.`,
        parameters: [
          SLUG,
          {
            name: "filters",
            in: "query",
            description:
              "Objeto JSON campo → valor o lista de valores, como en CKAN: una fila cumple si cada campo es igual a su valor (o a uno de ellos). `null` busca celdas vacías. Números con punto o coma decimal, `true`/`false` o `sí`/`no`, fechas `AAAA-MM-DD` o `dd/mm/aaaa`.",
            schema: { type: "string" },
            example: '{"comuna": ["Norte", "Sur"], "anio": 2024}',
          },
          {
            name: "q",
            in: "query",
            description:
              'Búsqueda de palabras en las columnas de texto (en español: "participantes" encuentra "participante"; admite "frases entre comillas" y -palabras excluidas).',
            schema: { type: "string", maxLength: 200 },
          },
          {
            name: "sort",
            in: "query",
            description:
              "Campos separados por comas, cada uno con `asc` (por defecto) o `desc`. Las celdas vacías van al final en `asc` y al principio en `desc`. Sin `sort`, el orden del archivo (`_row`).",
            schema: { type: "string" },
            example: "fecha desc, comuna",
          },
          {
            name: "limit",
            in: "query",
            description: `Filas por página, de 0 a ${ROWS_MAX_LIMIT}.`,
            schema: {
              type: "integer",
              minimum: 0,
              maximum: ROWS_MAX_LIMIT,
              default: ROWS_DEFAULT_LIMIT,
            },
          },
          {
            name: "offset",
            in: "query",
            description: "Filas que se saltan (no se combina con `cursor`).",
            schema: { type: "integer", minimum: 0, default: 0 },
          },
          {
            name: "cursor",
            in: "query",
            description:
              "La posición de la página siguiente; viene dentro del enlace `next`, con el mismo `sort`.",
            schema: { type: "string" },
          },
          {
            name: "fields",
            in: "query",
            description: "Campos que se devuelven, separados por comas (por defecto, todos).",
            schema: { type: "string" },
            example: "_row,comuna,valor",
          },
          VERSION,
        ],
        responses: {
          "200": {
            description: "Una página de filas.",
            headers,
            content: { "application/json": { schema: ref("DatasetRows") } },
          },
          "400": errorResponse(
            "Parámetro no válido: campo que no existe, valor que no corresponde al tipo, límite excedido o cursor alterado.",
            { code: "BAD_REQUEST", message: ROWS_LIMIT_MESSAGE },
          ),
          "404": notFound,
          "500": serverError,
        },
      },
    },
    "/datasets/{slug}/download": {
      get: {
        operationId: "downloadDataset",
        tags: [ROWS_TAG.name],
        summary: "Descarga completa (CSV o JSON)",
        description:
          "Todas las filas de la versión, enviadas a medida que se leen (sin límite de tamaño). CSV: UTF-8 con BOM, separado por comas, punto decimal, encabezados como en el archivo publicado, fechas `AAAA-MM-DD` y `AAAA-MM-DD HH:MM:SS`; las celdas de texto que empiezan por `=`, `+`, `-`, `@`, tabulación o retorno llevan un apóstrofo delante para que ninguna hoja de cálculo las ejecute como fórmula. JSON: una lista de objetos con los mismos campos que la API de filas.",
        parameters: [
          SLUG,
          {
            name: "format",
            in: "query",
            description: "`csv` (por defecto) o `json`.",
            schema: { type: "string", enum: ["csv", "json"], default: "csv" },
          },
          VERSION,
        ],
        responses: {
          "200": {
            description: "El archivo, como adjunto llamado `{slug}-v{versión}.csv` o `.json`.",
            headers: {
              ...headers,
              "Content-Disposition": {
                description:
                  'Por ejemplo `attachment; filename="actividades-del-laboratorio-v3.csv"`.',
                schema: { type: "string" },
              },
            },
            content: {
              "text/csv": {
                schema: { type: "string" },
                example: "\uFEFFComuna,Participantes,Fecha\nNorte,120,2024-03-01\n",
              },
              "application/json": {
                schema: { type: "array", items: { type: "object" } },
                example: [{ comuna: "Norte", participantes: 120, fecha: "2024-03-01" }],
              },
            },
          },
          "400": errorResponse("Formato desconocido.", {
            code: "BAD_REQUEST",
            message: "Formato no disponible. Use format=csv o format=json.",
          }),
          "404": notFound,
          "500": serverError,
        },
      },
    },
  };
}
