import { ZPodCatalog } from "../services/data-json-schema";
import { CATALOG_PAGE_SIZE } from "../services/dcat/query";

// The harvestable catalogs in /api/v1/openapi.json: DCAT-AP 3.0.1 (JSON-LD, Turtle) and
// Project Open Data's /data.json. They live at the site's root, so each path names its server.

type TJsonObject = Record<string, unknown>;
type THelpers = {
  headers: TJsonObject;
  errorResponse: (description: string, example: { code: string; message: string }) => TJsonObject;
  ref: (id: string) => TJsonObject;
};

export const CATALOG_TAG = {
  name: "Catálogo",
  description:
    "El catálogo de conjuntos de datos para cosechadores: DCAT-AP 3.0.1 (JSON-LD y Turtle, validado con las formas SHACL oficiales) y data.json (Project Open Data 1.1).",
};

export const CATALOG_SCHEMAS = [{ schema: ZPodCatalog, id: "DataJsonCatalog" }] as const;

const ROOT = [{ url: "/", description: "Raíz del sitio" }];

export function catalogPaths({ headers, errorResponse, ref }: THelpers): TJsonObject {
  const badRequest = (message: string) =>
    errorResponse("Parámetro no válido.", { code: "BAD_REQUEST", message });
  const serverError = errorResponse("Error inesperado del servidor (sin detalles internos).", {
    code: "INTERNAL_SERVER_ERROR",
    message: "Ocurrió un error inesperado. Intente de nuevo en unos minutos.",
  });
  const rdf = (mediaType: string, example: string) => ({
    [mediaType]: { schema: { type: "string" }, example },
  });
  const catalog = (extension: "jsonld" | "ttl", mediaType: string) => ({
    servers: ROOT,
    get: {
      operationId: extension === "ttl" ? "getCatalogTurtle" : "getCatalogJsonLd",
      tags: [CATALOG_TAG.name],
      summary: `Catálogo DCAT-AP 3.0.1 en ${extension === "ttl" ? "Turtle" : "JSON-LD"}`,
      description: `El dcat:Catalog con los conjuntos de datos publicados (título, descripción, temas de la UE, editor, punto de contacto, licencia, coberturas, periodicidad) y una distribución CSV por cada versión publicada, con tamaño y suma SHA-256 cuando se conocen. Paginado de a ${CATALOG_PAGE_SIZE} conjuntos, en orden estable, con enlaces hydra:PartialCollectionView (hydra:first, hydra:next, hydra:last) como el punto de acceso de ckanext-dcat. Un conjunto con metadatos dañados se omite sin afectar a los demás.`,
      parameters: [
        {
          name: "page",
          in: "query",
          description: "Página, desde 1.",
          schema: { type: "integer", minimum: 1, default: 1 },
        },
        {
          name: "modified_since",
          in: "query",
          description:
            "Solo los conjuntos modificados desde esta fecha u hora ISO 8601 (sin zona horaria se entiende UTC).",
          schema: { type: "string" },
          example: "2024-01-31T08:00:00Z",
        },
      ],
      responses: {
        "200": {
          description: "Una página del catálogo.",
          headers,
          content: rdf(
            mediaType,
            extension === "ttl"
              ? '<https://…/datos#catalog> a dcat:Catalog, hydra:Collection; dct:title "Datos abiertos de Bucaramanga"@es; dcat:dataset <https://…/datos/…#dataset>.'
              : '{ "@context": { "dcat": "http://www.w3.org/ns/dcat#", … }, "@graph": [ … ] }',
          ),
        },
        "400": badRequest("El parámetro page debe ser un número entero de 1 a 1000000."),
        "500": serverError,
      },
    },
  });
  const dataset = (extension: "jsonld" | "ttl", mediaType: string) => ({
    servers: ROOT,
    get: {
      operationId: extension === "ttl" ? "getDatasetTurtle" : "getDatasetJsonLd",
      tags: [CATALOG_TAG.name],
      summary: `Un conjunto de datos en DCAT-AP 3.0.1 (${extension === "ttl" ? "Turtle" : "JSON-LD"})`,
      description:
        "La misma descripción que el conjunto tiene en el catálogo, sola. La página del conjunto es /datos/{slug}.",
      parameters: [
        {
          name: "slug",
          in: "path",
          required: true,
          description: "Identificador del conjunto de datos en su dirección web.",
          schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
        },
      ],
      responses: {
        "200": { description: "El conjunto de datos.", headers, content: rdf(mediaType, "…") },
        "404": errorResponse("No hay un conjunto de datos publicado con ese slug.", {
          code: "NOT_FOUND",
          message: "No existe un conjunto de datos publicado con esa dirección.",
        }),
        "500": serverError,
      },
    },
  });
  return {
    "/catalog.jsonld": catalog("jsonld", "application/ld+json"),
    "/catalog.ttl": catalog("ttl", "text/turtle"),
    "/datos/{slug}.jsonld": dataset("jsonld", "application/ld+json"),
    "/datos/{slug}.ttl": dataset("ttl", "text/turtle"),
    "/data.json": {
      servers: ROOT,
      get: {
        operationId: "getDataJson",
        tags: [CATALOG_TAG.name],
        summary: "Catálogo data.json (Project Open Data 1.1, DCAT-US)",
        description:
          "Todos los conjuntos de datos publicados con los campos de Project Open Data: title, description, keyword, modified, publisher, contactPoint, identifier, accessLevel, license, spatial, temporal, accrualPeriodicity (ISO 8601, R/P1M…), language, theme y una distribución CSV por versión.",
        responses: {
          "200": {
            description: "El catálogo.",
            headers,
            content: { "application/json": { schema: ref("DataJsonCatalog") } },
          },
          "500": serverError,
        },
      },
    },
  };
}
