import type { Options as SanitizeSchema } from "rehype-sanitize";

// Defense in depth: react-markdown already drops raw HTML (skipHtml) and the dialect's plugins
// build only known nodes, but the sanitizer then allows exactly the elements and attributes
// that CommonMark, GFM and the dialect produce, and nothing else.

const headings = ["h2", "h3", "h4", "h5", "h6"] as const;

export const lessonSanitizeSchema: SanitizeSchema = {
  tagNames: [
    "a",
    "aside",
    "blockquote",
    "br",
    "code",
    "del",
    "div",
    "em",
    "figcaption",
    "figure",
    ...headings,
    "hr",
    "img",
    "input",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "strong",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
  ],
  attributes: {
    a: [
      "href",
      "title",
      "id",
      "dataFootnoteRef",
      "dataFootnoteBackref",
      "ariaDescribedBy",
      "ariaLabel",
      ["className", "data-footnote-backref"],
    ],
    aside: [
      ["className", "callout", "callout-nota", "callout-importante", "callout-ejemplo"],
      ["role", "note"],
    ],
    code: [["className", /^language-[\w-]+$/]],
    div: [["dataLessonEmbed", "indicator", "dataset"], "dataSlug"],
    h2: ["id", ["className", "sr-only"]],
    img: ["src", "alt", "title"],
    input: [["type", "checkbox"], ["disabled", true], "checked"],
    li: ["id", ["className", "task-list-item"]],
    ol: ["start", ["className", "contains-task-list"]],
    p: [["className", "callout-label"]],
    section: ["dataFootnotes", ["className", "footnotes"]],
    td: [["align", "left", "center", "right"]],
    th: [["align", "left", "center", "right"]],
    ul: [["className", "contains-task-list"]],
  },
  required: { input: { disabled: true, type: "checkbox" } },
  // Footnote ids are already prefixed by remark-rehype ("user-content-"); prefixing them again
  // would break their links. No other id can come from the writer.
  clobber: [],
  protocols: { href: ["http", "https", "mailto"], src: [] },
  ancestors: {
    tbody: ["table"],
    td: ["table"],
    th: ["table"],
    thead: ["table"],
    tr: ["table"],
  },
  strip: ["script", "style"],
};

const SCHEME = /^([^:/?#]*):/;

/**
 * What a link or image may point to: links to http(s), mailto or this site (a path, a query or
 * an anchor; never `//host`); images only from the lessons' folder, committed with the site (no
 * third-party image ever learns who reads a lesson, and the CSP allows no other). Anything else
 * becomes "" (the browser sees no URL). The scheme is matched whole against an allow-list, so
 * "java\tscript:", " javascript:" or "JaVaScRiPt:" never pass.
 */
export function lessonUrlTransform(url: string, key: string): string {
  const scheme = SCHEME.exec(url)?.[1];
  if (key === "src") {
    if (scheme !== undefined) return "";
    return /^\/lecciones\/[^/\\]/.test(url) && !url.includes("..") ? url : "";
  }
  if (key !== "href") return "";
  if (scheme !== undefined) {
    return ["http", "https", "mailto"].includes(scheme.toLowerCase()) ? url : "";
  }
  // Site-relative only: "/x", "#x", "?x", "x/y"; not "//host" nor "/\host" (read as //host).
  if (/^[/\\]{2}/.test(url) || url.includes("\\")) return "";
  // Browsers drop control characters before reading a URL: refuse them rather than guess.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
  if (/[\u0000-\u001f\u007f]/.test(url)) return "";
  return url;
}
