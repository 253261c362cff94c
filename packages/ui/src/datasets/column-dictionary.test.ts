import { COLUMN_TYPE_LABELS_ES, type TDatasetColumnView } from "@lab/domain/dataset-view";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ColumnDictionary, type TColumnDictionaryLabels } from "./column-dictionary";

const LABELS: TColumnDictionaryLabels = {
  caption: "Diccionario de datos de la versión 1",
  name: "Columna",
  field: "Campo",
  type: "Tipo",
  description: "Descripción",
  nulls: "Vacíos",
  min: "Mínimo",
  max: "Máximo",
  noDescription: "Sin descripción",
  types: COLUMN_TYPE_LABELS_ES,
};

const NOTE =
  "Se cargó como texto: 2 de 3 valores son números enteros, pero otros no, como «N/A» (fila 3).";

const column = (extra: Partial<TDatasetColumnView>): TDatasetColumnView => ({
  position: 1,
  name: "Asistentes",
  field: "asistentes",
  type: "text",
  description: "",
  typeNote: null,
  nullCount: 0,
  min: null,
  max: null,
  samples: [],
  distinctCount: null,
  ...extra,
});

const render = (columns: TDatasetColumnView[]) =>
  renderToStaticMarkup(
    createElement(ColumnDictionary, { columns, labels: LABELS, formatCount: String }),
  );

describe("the public column dictionary", () => {
  it("shows the loader's note on the type beside the type, and the description as missing", () => {
    const html = render([column({ typeNote: NOTE })]);
    const typeCell = html.match(/<td>Texto(.*?)<\/td>/)?.[1] ?? "";
    expect(typeCell).toContain("pero otros no, como «N/A» (fila 3).");
    expect(html).toContain("Sin descripción");
  });

  it("shows the publisher's description, and no note when the loader wrote none", () => {
    const html = render([column({ description: "Personas que asistieron." })]);
    expect(html).toContain("<td>Texto</td>");
    expect(html).toContain("Personas que asistieron.");
    expect(html).not.toContain("Sin descripción");
  });
});
