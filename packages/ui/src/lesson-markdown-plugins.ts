import { slugify } from "@lab/domain/slug";
import type { Element, ElementContent, Root as HastRoot, Properties } from "hast";
import type {
  Image,
  Root as MdastRoot,
  Nodes,
  Paragraph,
  Parent,
  PhrasingContent,
  RootContent,
} from "mdast";
import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";

// The lesson dialect on top of CommonMark + GFM (see lesson-markdown.tsx). These plugins only
// ever build nodes with properties they chose themselves: a directive's own attributes (where
// a writer could put onclick=… or href=javascript:…) are read for `slug` and never copied.

export const CALLOUT_LABELS = {
  nota: "Nota",
  importante: "Importante",
  ejemplo: "Ejemplo",
} as const;
export type TCalloutKind = keyof typeof CALLOUT_LABELS;

export const EMBED_KINDS = { indicador: "indicator", datos: "dataset" } as const;
export type TLessonEmbed = {
  kind: (typeof EMBED_KINDS)[keyof typeof EMBED_KINDS];
  slug: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Directive = ContainerDirective | LeafDirective | TextDirective;
type VFileLike = { value?: unknown };

function isDirective(node: Nodes): node is Directive {
  return (
    node.type === "containerDirective" ||
    node.type === "leafDirective" ||
    node.type === "textDirective"
  );
}

function isCallout(name: string): name is TCalloutKind {
  return Object.hasOwn(CALLOUT_LABELS, name);
}

function isEmbed(name: string): name is keyof typeof EMBED_KINDS {
  return Object.hasOwn(EMBED_KINDS, name);
}

/** The Markdown the writer typed for a node, shown as plain text when we cannot render it. */
function sourceOf(node: Nodes, file: VFileLike): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (typeof file.value !== "string" || start === undefined || end === undefined) {
    return node.type === "textDirective" || node.type === "leafDirective" ? `:${node.name}` : "";
  }
  return file.value.slice(start, end);
}

function callout(node: ContainerDirective, kind: TCalloutKind): RootContent {
  const [first, ...rest] = node.children;
  const hasLabel = first?.type === "paragraph" && first.data?.directiveLabel === true;
  const title: PhrasingContent[] = [
    { type: "strong", children: [{ type: "text", value: CALLOUT_LABELS[kind] }] },
  ];
  if (hasLabel) title.push({ type: "text", value: ": " }, ...(first as Paragraph).children);
  const label: Paragraph = {
    type: "paragraph",
    data: { hProperties: { className: ["callout-label"] } },
    children: title,
  };
  return {
    type: "blockquote",
    data: {
      hName: "aside",
      hProperties: { className: ["callout", `callout-${kind}`], role: "note" },
    },
    children: [label, ...(hasLabel ? rest : node.children)],
  } as RootContent;
}

function embed(node: LeafDirective, kind: keyof typeof EMBED_KINDS, file: VFileLike): RootContent {
  const slug = node.attributes?.slug ?? "";
  if (!SLUG.test(slug) || slug.length > 100) return asParagraph(node, file);
  return {
    type: "paragraph",
    data: {
      hName: "div",
      hProperties: { dataLessonEmbed: EMBED_KINDS[kind], dataSlug: slug },
      hChildren: [],
    },
    children: [],
  };
}

function asParagraph(node: Nodes, file: VFileLike): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: sourceOf(node, file) }] };
}

function replaceDirective(node: Directive, file: VFileLike): Nodes {
  if (node.type === "containerDirective") {
    if (isCallout(node.name)) return callout(node, node.name);
    // An unknown container keeps its content, without the fences' meaning.
    return {
      type: "blockquote",
      data: { hName: "div", hProperties: {} },
      children: node.children,
    } as Nodes;
  }
  if (node.type === "leafDirective") {
    return isEmbed(node.name) ? embed(node, node.name, file) : asParagraph(node, file);
  }
  // Text directives are not part of the dialect: "hora:minuto" must read as typed.
  return { type: "text", value: sourceOf(node, file) };
}

/** A paragraph holding only an image with a title becomes a figure with that caption. */
function figure(node: Paragraph): void {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== "image" || !only.title) return;
  const image = only as Image;
  const caption = image.title ?? "";
  image.title = null;
  node.data = { ...node.data, hName: "figure" };
  node.children = [
    image,
    {
      type: "emphasis",
      data: { hName: "figcaption" },
      children: [{ type: "text", value: caption }],
    },
  ];
}

function walk(parent: Parent, file: VFileLike): void {
  parent.children = parent.children.map((child) => {
    const replaced = isDirective(child) ? replaceDirective(child, file) : child;
    if (replaced.type === "heading" && replaced.depth === 1) replaced.depth = 2; // one h1: the page's
    if (replaced.type === "paragraph") figure(replaced);
    if ("children" in replaced) walk(replaced as Parent, file);
    return replaced;
  }) as Parent["children"];
}

/** remark plugin: callouts, live elements, captions; anything else written as a directive reads as text. */
export function remarkLessonDialect() {
  return (tree: MdastRoot, file: VFileLike) => walk(tree, file);
}

// ---------------------------------------------------------------------------------------------

export type TLessonHeading = { depth: number; id: string; text: string };

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

/**
 * rehype plugin, run after sanitizing: ids on h2–h6 (from their text, unique in the body) for an
 * in-page table of contents. `collect` receives the headings in order.
 */
export function rehypeHeadingIds(options: { collect?: TLessonHeading[] } = {}) {
  return (tree: HastRoot) => {
    const used = new Map<string, number>();
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const depth = /^h([2-6])$/.exec(child.tagName)?.[1];
        if (depth && child.properties.id === undefined) {
          const text = textOf(child).trim();
          const base = slugify(text) || "seccion";
          const seen = used.get(base) ?? 0;
          used.set(base, seen + 1);
          const id = seen === 0 ? base : `${base}-${seen + 1}`;
          child.properties = { ...child.properties, id } satisfies Properties;
          options.collect?.push({ depth: Number(depth), id, text });
        } else {
          visit(child);
        }
      }
    };
    visit(tree);
  };
}
