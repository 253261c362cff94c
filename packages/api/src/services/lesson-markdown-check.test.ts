import { describe, expect, it } from "vitest";
import {
  checkLessonContent,
  checkLessonMarkdown,
  lessonReferences,
  type TKnownReferences,
} from "./lesson-markdown-check";

const KNOWN: TKnownReferences = {
  indicators: new Set(["laboratorios-innovacion-publica-total"]),
  datasets: new Set(["actividades-laboratorio-innovacion-publica"]),
};

const check = (body: string) => checkLessonMarkdown(body, KNOWN);
const codes = (body: string) => check(body).map((p) => [p.code, p.line]);

describe("checkLessonMarkdown", () => {
  it("accepts a body written in the lessons' dialect", () => {
    const body = [
      "## Qué es",
      "",
      "Texto con **negrilla**, un [enlace](https://www.bucaramanga.gov.co) y las 10:30 de la mañana.",
      "",
      "### Un detalle",
      "",
      '![Mapa de Bucaramanga](/lecciones/imagenes/mapa.svg "Pie de foto")',
      "",
      ":::nota",
      "Una nota.",
      ":::",
      "",
      ":::importante",
      "Algo importante.",
      ":::",
      "",
      ":::ejemplo",
      "Un ejemplo.",
      ":::",
      "",
      '::indicador{slug="laboratorios-innovacion-publica-total"}',
      "",
      '::datos{slug="actividades-laboratorio-innovacion-publica"}',
      "",
      "## Otra sección",
      "",
      "| Año | Valor |",
      "| --- | --- |",
      "| 2024 | 76 |",
    ].join("\n");
    expect(check(body)).toEqual([]);
  });

  it("refuses an image without alternative text, naming its line", () => {
    expect(check("## Imagen\n\n![](/lecciones/imagenes/a.svg)")).toEqual([
      {
        code: "IMAGE_ALT",
        line: 3,
        message: "La imagen de la línea 3 no tiene texto alternativo.",
      },
    ]);
    expect(codes("## Imagen\n\n![   ](/lecciones/imagenes/a.svg)")).toEqual([["IMAGE_ALT", 3]]);
  });

  it("refuses images not committed under /lecciones/", () => {
    expect(codes("![Foto](http://example.org/a.png)")).toEqual([["IMAGE_SOURCE", 1]]);
    expect(codes("![Foto](https://example.org/a.png)")).toEqual([["IMAGE_SOURCE", 1]]);
    expect(codes("![Foto](/lecciones/../secreto.png)")).toEqual([["IMAGE_SOURCE", 1]]);
    expect(codes("![Foto](/imagenes/a.png)")).toEqual([["IMAGE_SOURCE", 1]]);
    expect(codes("![Foto](javascript:alert(1))")).toEqual([["IMAGE_SOURCE", 1]]);
    expect(codes("![Foto](data:image/png;base64,AAAA)")).toEqual([["IMAGE_SOURCE", 1]]);
    expect(codes("![Foto][mapa]\n\n[mapa]: /lecciones/imagenes/mapa.svg")).toEqual([]);
    expect(codes("![Foto][mapa]\n\n[mapa]: ftp://example.org/mapa.svg")).toEqual([
      ["IMAGE_SOURCE", 1],
    ]);
    expect(check("![Foto](/otra/a.png)")[0]?.message).toBe(
      "La imagen de la línea 1 debe estar guardada en /lecciones/imagenes/ (las imágenes de otros sitios no se muestran).",
    );
  });

  it("refuses a level-1 heading and skipped levels", () => {
    expect(codes("# Título\n\nTexto")).toEqual([["HEADING_LEVEL", 1]]);
    expect(codes("### Primero\n\nTexto")).toEqual([["HEADING_LEVEL", 1]]);
    expect(codes("## Uno\n\n#### Tres\n\n## Dos\n\n### Bien")).toEqual([["HEADING_LEVEL", 3]]);
    expect(check("## Uno\n\n#### Tres")[0]?.message).toBe(
      "El título de la línea 3 salta del nivel 2 al 4: use «###».",
    );
    expect(check("Título\n======")[0]?.code).toBe("HEADING_LEVEL");
  });

  it("reports raw HTML, which the page drops", () => {
    expect(codes("## A\n\n<script>alert(1)</script>")).toEqual([["RAW_HTML", 3]]);
    expect(codes("Texto <b>negrita</b>.")).toEqual([
      ["RAW_HTML", 1],
      ["RAW_HTML", 1],
    ]);
    expect(check('<img src=x onerror="alert(1)">')[0]?.message).toBe(
      "La línea 1 tiene HTML, que no se muestra en la página: use Markdown.",
    );
    // An autolink is a link, not HTML.
    expect(codes("Vea <https://www.bucaramanga.gov.co>.")).toEqual([]);
  });

  it("refuses directives the page does not know, or live elements without slug", () => {
    expect(codes(":::advertencia\nCuidado\n:::")).toEqual([["UNKNOWN_DIRECTIVE", 1]]);
    expect(codes("::video{src=x}")).toEqual([["UNKNOWN_DIRECTIVE", 1]]);
    expect(codes("::nota")).toEqual([["UNKNOWN_DIRECTIVE", 1]]);
    expect(codes(":::indicador\nx\n:::")).toEqual([["UNKNOWN_DIRECTIVE", 1]]);
    expect(codes("Texto\n\n::indicador")).toEqual([["UNKNOWN_DIRECTIVE", 3]]);
    expect(codes('::datos{slug=""}')).toEqual([["UNKNOWN_DIRECTIVE", 1]]);
    expect(check("::indicador{id=x}")[0]?.message).toBe(
      'El elemento «::indicador» de la línea 1 necesita slug="…" con la dirección de lo que muestra.',
    );
  });

  it("refuses live elements naming nothing published", () => {
    expect(check('## A\n\n::indicador{slug="no-existe"}')).toEqual([
      {
        code: "UNKNOWN_REFERENCE",
        line: 3,
        message: "«no-existe» de la línea 3 no corresponde a ningún indicador publicado.",
      },
    ]);
    // A dataset's slug is not an indicator's, and the other way round.
    expect(codes('::datos{slug="laboratorios-innovacion-publica-total"}')).toEqual([
      ["UNKNOWN_REFERENCE", 1],
    ]);
    expect(codes('::indicador{slug="actividades-laboratorio-innovacion-publica"}')).toEqual([
      ["UNKNOWN_REFERENCE", 1],
    ]);
  });

  it("finds problems inside callouts and lists too", () => {
    expect(codes(":::nota\n![](/lecciones/imagenes/a.svg)\n:::\n\n- <i>x</i>")).toEqual([
      ["IMAGE_ALT", 2],
      ["RAW_HTML", 5],
      ["RAW_HTML", 5],
    ]);
  });
});

describe("checkLessonContent", () => {
  const content = {
    body: "## Introducción\n\nTexto.",
    objectives: ["Entender algo."],
    sources: [{ title: "Fuente", author: "", year: null, url: null }],
    relatedIndicators: ["laboratorios-innovacion-publica-total"],
    relatedDatasets: ["actividades-laboratorio-innovacion-publica"],
    quiz: [],
  };

  it("accepts a complete lesson", () => {
    expect(checkLessonContent(content, KNOWN)).toEqual([]);
  });

  it("asks for objectives and sources", () => {
    const problems = checkLessonContent({ ...content, objectives: [], sources: [] }, KNOWN);
    expect(problems).toEqual([
      {
        code: "NO_OBJECTIVES",
        line: null,
        message: "Escriba al menos un objetivo de aprendizaje.",
      },
      { code: "NO_SOURCES", line: null, message: "Cite al menos una fuente." },
    ]);
  });

  it("refuses related data and quiz sources that are not published", () => {
    const problems = checkLessonContent(
      {
        ...content,
        relatedIndicators: ["retirado"],
        relatedDatasets: ["borrador"],
        quiz: [
          {
            id: "p1",
            kind: "FIND_VALUE",
            prompt: "¿Cuántos?",
            source: { type: "dataset", slug: "borrador" },
            tolerance: 0,
            feedbackCorrect: "Bien.",
            feedbackWrong: "No.",
            explanation: "",
          },
        ],
      },
      KNOWN,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "Indicadores relacionados: «retirado» no corresponde a ningún indicador publicado.",
      "Conjuntos de datos relacionados: «borrador» no corresponde a ningún conjunto de datos publicado.",
      "Pregunta 1: «borrador» no corresponde a ningún conjunto de datos publicado.",
    ]);
    expect(problems.every((p) => p.code === "UNKNOWN_REFERENCE")).toBe(true);
  });
});

describe("lessonReferences", () => {
  it("lists the indicators and datasets a body shows, once each", () => {
    const body = [
      '::indicador{slug="a"}',
      "",
      '::datos{slug="b"}',
      "",
      ":::nota",
      '::indicador{slug="c"}',
      ":::",
      "",
      '::indicador{slug="a"}',
      "",
      "::indicador",
      "",
      '::video{slug="d"}',
    ].join("\n");
    expect(lessonReferences(body)).toEqual({ indicators: ["a", "c"], datasets: ["b"] });
  });
});
