import { CKAN_HELP } from "./actions";
import { CKAN_ERROR_STATUS } from "./envelope";
import { CKAN_ACTION_NAMES } from "./handler";

// The CKAN-compatible Action API in /api/v1/openapi.json: one path, /api/3/action/{name}, at
// the site's root. Written by hand: the results are CKAN's shapes, documented by CKAN.

type TJsonObject = Record<string, unknown>;

export const CKAN_TAG = {
  name: "CKAN",
  description:
    "Subconjunto de la Action API de CKAN (versión 3) para cosechadores como ckanext-harvest y clientes de CKAN: mismos nombres de acciones, parámetros, campos y errores. Los temas son grupos, la entidad que publica es la organización y cada versión publicada es un recurso CSV.",
  externalDocs: { url: "https://docs.ckan.org/en/2.10/api/" },
};

const ROOT = [{ url: "/", description: "Raíz del sitio" }];

const ENVELOPE = {
  type: "object",
  required: ["help", "success"],
  properties: {
    help: { type: "string", description: "Dirección de la ayuda de la acción (help_show)." },
    success: { type: "boolean" },
    result: { description: "El resultado de la acción, con los campos que documenta CKAN." },
    error: {
      type: "object",
      required: ["__type", "message"],
      properties: {
        __type: { type: "string", enum: Object.keys(CKAN_ERROR_STATUS) },
        message: { type: "string", description: "Mensaje en español." },
      },
      additionalProperties: {
        type: "array",
        items: { type: "string" },
        description: "En un Validation Error, los mensajes de cada parámetro no válido.",
      },
    },
  },
};

function failure(description: string, type: keyof typeof CKAN_ERROR_STATUS, message: string) {
  return {
    description,
    content: {
      "application/json": {
        schema: ENVELOPE,
        example: {
          help: "https://datos.bucaramanga.gov.co/api/3/action/help_show?name=package_search",
          success: false,
          error: { __type: type, message },
        },
      },
    },
  };
}

const SEARCH_EXAMPLE =
  "/api/3/action/package_search?rows=100&start=0&sort=id%20asc&fq=metadata_modified:[2024-01-01T00:00:00Z%20TO%20*]";

export function ckanPaths(): TJsonObject {
  const actions = CKAN_ACTION_NAMES.map((name) => `- \`${name}\`: ${CKAN_HELP[name] ?? ""}`).join(
    "\n",
  );
  const operation = (method: "get" | "post") => ({
    operationId: method === "get" ? "ckanActionGet" : "ckanActionPost",
    tags: [CKAN_TAG.name],
    summary:
      method === "get"
        ? "Acción de CKAN con parámetros en la dirección"
        : "Acción de CKAN con parámetros en un cuerpo JSON",
    description: `Responde \`{ "help", "success": true, "result" }\` o \`{ "help", "success": false, "error": { "__type", "message" } }\` con los estados de CKAN: 409 Validation Error, 404 Not Found Error, 400 Search Query Error; una acción desconocida responde 400 con el texto \`"Bad request - Action name not known: …"\`. Solo se publican conjuntos aprobados, nunca borradores. Ejemplo de un cosechador: \`${SEARCH_EXAMPLE}\`.\n\nAcciones:\n${actions}`,
    parameters: [
      {
        name: "name",
        in: "path",
        required: true,
        schema: { type: "string", enum: CKAN_ACTION_NAMES },
      },
    ],
    ...(method === "post"
      ? {
          requestBody: {
            description: "Los mismos parámetros que en la dirección, como objeto JSON.",
            content: {
              "application/json": {
                schema: { type: "object" },
                example: { q: "presupuesto participativo", rows: 10, "facet.field": ["groups"] },
              },
            },
          },
        }
      : {}),
    responses: {
      "200": {
        description: "El resultado de la acción.",
        headers: {
          "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
        },
        content: { "application/json": { schema: ENVELOPE } },
      },
      "400": failure(
        "Acción desconocida, cuerpo que no es un objeto JSON o parámetro de búsqueda desconocido.",
        "Search Query Error",
        "Parámetros de búsqueda no válidos: row.",
      ),
      "404": failure(
        "No existe lo pedido (o no está publicado).",
        "Not Found Error",
        "No encontrado: no hay un conjunto de datos publicado con el id o nombre «x».",
      ),
      "409": failure(
        "Un parámetro no es válido.",
        "Validation Error",
        "rows: Debe estar entre 0 y 1.000.",
      ),
      "500": failure(
        "Error inesperado del servidor (sin detalles internos).",
        "Internal Server Error",
        "Error interno del servidor. Intente de nuevo en unos minutos.",
      ),
    },
  });
  return {
    "/api/3/action/{name}": { servers: ROOT, get: operation("get"), post: operation("post") },
  };
}
