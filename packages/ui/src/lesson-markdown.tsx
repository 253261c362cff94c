import type { Element, ElementContent } from "hast";
import type { ReactNode } from "react";
import Markdown, { type Options } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import {
  rehypeHeadingIds,
  remarkLessonDialect,
  type TLessonEmbed,
  type TLessonHeading,
} from "./lesson-markdown-plugins";
import { lessonSanitizeSchema, lessonUrlTransform } from "./lesson-markdown-schema";

export type { TLessonEmbed, TLessonHeading };

/**
 * The body of a lesson, written by staff in the lesson dialect: CommonMark + GFM, callouts
 * (`:::nota`, `:::importante`, `:::ejemplo`) and live elements (`::indicador{slug="…"}`,
 * `::datos{slug="…"}`), which the page renders through `renderEmbed`. Raw HTML is dropped,
 * URLs are limited to http(s), mailto and this site, and the result is sanitized against an
 * allow-list. Works in server and client components (the admin editor's preview).
 */
export function LessonMarkdown({
  body,
  renderEmbed,
  tocLabel,
}: {
  body: string;
  renderEmbed: (embed: TLessonEmbed) => ReactNode;
  /** When given and the body has two or more sections, a table of contents precedes it. */
  tocLabel?: string;
}) {
  const headings: TLessonHeading[] = [];
  // Called as a function (it holds no state) so that the headings are known before rendering
  // the table of contents, in one pass over the Markdown.
  const content = Markdown({
    children: body,
    skipHtml: true,
    remarkPlugins: [remarkGfm, remarkDirective, remarkLessonDialect],
    remarkRehypeOptions: {
      footnoteLabel: "Notas",
      footnoteBackLabel: (i: number) => `Volver a la referencia ${i + 1}`,
    },
    rehypePlugins: [
      [rehypeSanitize, lessonSanitizeSchema],
      [rehypeHeadingIds, { collect: headings }],
    ],
    urlTransform: lessonUrlTransform,
    components: {
      // A wide table scrolls inside its own region (reachable by keyboard), never the page.
      table: ({ node, ...props }) => (
        <section
          className="lesson-table"
          aria-label={`Tabla: ${node ? headerText(node) : ""}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach
          tabIndex={0}
        >
          <table {...props} />
        </section>
      ),
      // An image whose address was refused (another site, a script…) is not drawn at all: an
      // empty src would make the browser fetch the page itself. Its alt text stays readable.
      img: ({ node, src, alt, ...props }) =>
        src ? <img src={src} alt={alt ?? ""} {...props} /> : (alt ?? null),
      div: ({ node, ...props }) => {
        const kind = node?.properties.dataLessonEmbed;
        const slug = node?.properties.dataSlug;
        if ((kind === "indicator" || kind === "dataset") && typeof slug === "string") {
          return <div className="lesson-embed">{renderEmbed({ kind, slug })}</div>;
        }
        return <div {...props} />;
      },
    } satisfies Options["components"],
  });
  const sections = headings.filter((h) => h.depth === 2);
  return (
    <>
      {tocLabel && sections.length >= 2 ? (
        <nav className="lesson-toc" aria-label={tocLabel}>
          <p className="lesson-toc-title">{tocLabel}</p>
          <ol>
            {sections.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="markdown lesson-body">{content}</div>
    </>
  );
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

/** A table's column headings, to name its scrolling region: "Pilar, Qué significa, …". */
function headerText(table: Element): string {
  const head = table.children.find((c) => c.type === "element" && c.tagName === "thead");
  const row = head?.type === "element" ? head.children.find((c) => c.type === "element") : null;
  if (row?.type !== "element") return "";
  return row.children
    .filter((c) => c.type === "element")
    .map((c) => textOf(c).trim())
    .filter(Boolean)
    .join(", ");
}
