import type { TLessonContent, TLessonProblem } from "@lab/domain/lesson";
import type { Nodes, Root } from "mdast";
import { directiveFromMarkdown } from "mdast-util-directive";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { directive } from "micromark-extension-directive";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";

// What keeps a lesson from being published, found by parsing its body with the same Markdown
// dialect the page renders (CommonMark + GFM + directives). Pure: the published indicator and
// dataset slugs are passed in. Each problem names its line, in Spanish, for the editor.

export const CALLOUT_DIRECTIVES = ["nota", "importante", "ejemplo"] as const;
export const LIVE_DIRECTIVES = { indicador: "indicators", datos: "datasets" } as const;

export type TKnownReferences = {
  indicators: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
};

export type TLessonReferences = { indicators: string[]; datasets: string[] };

function parse(body: string): Root {
  return fromMarkdown(body, {
    extensions: [directive(), gfm()],
    mdastExtensions: [directiveFromMarkdown(), gfmFromMarkdown()],
  });
}

const lineOf = (node: Nodes): number | null => node.position?.start.line ?? null;

/** "de la línea 12" (or nothing when the parser gave no position). */
const at = (line: number | null) => (line === null ? "" : ` de la línea ${line}`);

const isLive = (name: string): name is keyof typeof LIVE_DIRECTIVES => name in LIVE_DIRECTIVES;

function slugAttribute(node: { attributes?: Record<string, string | null | undefined> | null }) {
  const slug = node.attributes?.slug?.trim();
  return slug ? slug : null;
}

/** Images are committed with the site (/lecciones/…): readers' browsers ask no other site. */
function imageSourceAllowed(url: string): boolean {
  return /^\/lecciones\/[^/]/.test(url) && !url.includes("..");
}

/** Problems in a lesson body, in reading order. */
export function checkLessonMarkdown(body: string, known: TKnownReferences): TLessonProblem[] {
  const tree = parse(body);
  const problems: TLessonProblem[] = [];
  const add = (code: TLessonProblem["code"], line: number | null, message: string) =>
    problems.push({ code, line, message });

  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });

  // The page's title is the only h1, so the body's first heading is a ##.
  let previousDepth = 1;
  visit(tree, (node) => {
    const line = lineOf(node);
    switch (node.type) {
      case "heading": {
        if (node.depth === 1) {
          add(
            "HEADING_LEVEL",
            line,
            `El título${at(line)} usa «#»: el título de la página es el único de ese nivel; empiece con «##».`,
          );
        } else if (node.depth > previousDepth + 1) {
          add(
            "HEADING_LEVEL",
            line,
            `El título${at(line)} salta del nivel ${previousDepth} al ${node.depth}: use «${"#".repeat(previousDepth + 1)}».`,
          );
        }
        previousDepth = node.depth;
        return;
      }
      case "image":
      case "imageReference": {
        const url = node.type === "image" ? node.url : (definitions.get(node.identifier) ?? "");
        if (!node.alt?.trim()) {
          add("IMAGE_ALT", line, `La imagen${at(line)} no tiene texto alternativo.`);
        }
        if (!imageSourceAllowed(url)) {
          add(
            "IMAGE_SOURCE",
            line,
            `La imagen${at(line)} debe estar guardada en /lecciones/imagenes/ (las imágenes de otros sitios no se muestran).`,
          );
        }
        return;
      }
      case "html": {
        add(
          "RAW_HTML",
          line,
          `La línea ${line ?? "?"} tiene HTML, que no se muestra en la página: use Markdown.`,
        );
        return;
      }
      case "containerDirective": {
        if (!(CALLOUT_DIRECTIVES as readonly string[]).includes(node.name)) {
          add(
            "UNKNOWN_DIRECTIVE",
            line,
            `El bloque «:::${node.name}»${at(line)} no existe: use :::nota, :::importante o :::ejemplo.`,
          );
        }
        return;
      }
      case "leafDirective": {
        if (!isLive(node.name)) {
          add(
            "UNKNOWN_DIRECTIVE",
            line,
            `El elemento «::${node.name}»${at(line)} no existe: use ::indicador{slug="…"} o ::datos{slug="…"}.`,
          );
          return;
        }
        const slug = slugAttribute(node);
        if (!slug) {
          add(
            "UNKNOWN_DIRECTIVE",
            line,
            `El elemento «::${node.name}»${at(line)} necesita slug="…" con la dirección de lo que muestra.`,
          );
          return;
        }
        const published = known[LIVE_DIRECTIVES[node.name]];
        if (!published.has(slug)) {
          const what = node.name === "indicador" ? "ningún indicador" : "ningún conjunto de datos";
          add(
            "UNKNOWN_REFERENCE",
            line,
            `«${slug}»${at(line)} no corresponde a ${what} publicado.`,
          );
        }
        return;
      }
      // Text directives (":nombre" inside a sentence) are not part of the dialect: the page
      // shows them as the text they were ("10:30"), so they are no problem.
      default:
        return;
    }
  });
  return problems;
}

/** Problems of the whole lesson: its body and the fields that must be filled to publish. */
export function checkLessonContent(
  content: Pick<
    TLessonContent,
    "body" | "objectives" | "sources" | "relatedIndicators" | "relatedDatasets" | "quiz"
  >,
  known: TKnownReferences,
): TLessonProblem[] {
  const problems = checkLessonMarkdown(content.body, known);
  if (content.objectives.length === 0) {
    problems.push({
      code: "NO_OBJECTIVES",
      line: null,
      message: "Escriba al menos un objetivo de aprendizaje.",
    });
  }
  if (content.sources.length === 0) {
    problems.push({
      code: "NO_SOURCES",
      line: null,
      message: "Cite al menos una fuente.",
    });
  }
  const unknown = (slug: string, set: ReadonlySet<string>, what: string, where: string) => {
    if (!set.has(slug)) {
      problems.push({
        code: "UNKNOWN_REFERENCE",
        line: null,
        message: `${where}: «${slug}» no corresponde a ${what} publicado.`,
      });
    }
  };
  for (const slug of content.relatedIndicators)
    unknown(slug, known.indicators, "ningún indicador", "Indicadores relacionados");
  for (const slug of content.relatedDatasets)
    unknown(slug, known.datasets, "ningún conjunto de datos", "Conjuntos de datos relacionados");
  content.quiz.forEach((q, i) => {
    if (q.kind !== "FIND_VALUE") return;
    const indicator = q.source.type === "indicator";
    unknown(
      q.source.slug,
      indicator ? known.indicators : known.datasets,
      indicator ? "ningún indicador" : "ningún conjunto de datos",
      `Pregunta ${i + 1}`,
    );
  });
  return problems;
}

/** The indicators and datasets a body shows live (::indicador / ::datos), without repeats. */
export function lessonReferences(body: string): TLessonReferences {
  const indicators = new Set<string>();
  const datasets = new Set<string>();
  visit(parse(body), "leafDirective", (node) => {
    if (!isLive(node.name)) return;
    const slug = slugAttribute(node);
    if (!slug) return;
    (node.name === "indicador" ? indicators : datasets).add(slug);
  });
  return { indicators: [...indicators], datasets: [...datasets] };
}
