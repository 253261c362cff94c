import { WORKSHOP_DOWNLOAD_FORMATS, WORKSHOP_DOWNLOAD_KINDS } from "@lab/domain/workshop-record";

// The workshops' result downloads in /api/v1/openapi.json (merged there by rest/openapi.ts).

type TJsonObject = Record<string, unknown>;
type THelpers = {
  headers: TJsonObject;
  errorResponse: (description: string, example: { code: string; message: string }) => TJsonObject;
};

export const WORKSHOPS_TAG = {
  name: "Talleres",
  description:
    "Los resultados publicados de los talleres de co-creación: aportes, mapa de capacidades y alianzas. Solo instituciones y cifras, nunca datos de personas (Ley 1581 de 2012).",
};

export function workshopPaths({ headers, errorResponse }: THelpers): TJsonObject {
  const files = WORKSHOP_DOWNLOAD_KINDS.flatMap((kind) =>
    WORKSHOP_DOWNLOAD_FORMATS.map((format) => `${kind}.${format}`),
  );
  return {
    "/workshops/{slug}/{file}": {
      get: {
        operationId: "getWorkshopResultsFile",
        tags: [WORKSHOPS_TAG.name],
        summary: "Resultados de un taller, como archivo",
        description:
          "Los aportes (con su pregunta, institución, tipos de capacidad, etiquetas, votos y estado), el mapa de capacidades (una fila por institución y tipo de capacidad, con su nivel) o las alianzas estratégicas (estado, avance e hitos), en CSV (UTF-8, coma, CRLF; las celdas que una hoja de cálculo ejecutaría como fórmula llevan un apóstrofo al inicio) o JSON. `is_demo` marca los datos de demostración.",
        parameters: [
          {
            name: "slug",
            in: "path",
            required: true,
            description: "Identificador del taller en su dirección web (`/talleres/{slug}`).",
            schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
          },
          {
            name: "file",
            in: "path",
            required: true,
            description: "Qué resultados y en qué formato.",
            schema: { type: "string", enum: files },
          },
        ],
        responses: {
          "200": {
            description: "El archivo, como descarga.",
            headers: {
              ...headers,
              "Content-Disposition": {
                description:
                  'Descarga con el nombre del taller, por ejemplo `attachment; filename="bucaramanga-avanza-con-innovacion-2024-aportes.csv"`.',
                schema: { type: "string" },
              },
            },
            content: {
              "text/csv": { schema: { type: "string" } },
              "application/json": { schema: { type: "object" } },
            },
          },
          "404": errorResponse(
            "No hay un taller con ese slug, el archivo no existe o sus resultados aún no se han publicado.",
            {
              code: "NOT_FOUND",
              message: "Los resultados de este taller aún no se han publicado.",
            },
          ),
        },
      },
    },
  };
}
