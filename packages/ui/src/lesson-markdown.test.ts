import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonMarkdown, type TLessonEmbed } from "./lesson-markdown";
import { lessonUrlTransform } from "./lesson-markdown-schema";

const embeds: TLessonEmbed[] = [];
// Block elements are separated by newlines in the output; tests read it without them.
const render = (body: string, tocLabel?: string) =>
  renderToStaticMarkup(
    createElement(LessonMarkdown, {
      body,
      tocLabel,
      renderEmbed: (e) => {
        embeds.push(e);
        return createElement("p", { className: "embed" }, `${e.kind}:${e.slug}`);
      },
    }),
  ).replace(/>\n+</g, "><");

describe("the lesson dialect", () => {
  it("renders headings with ids, lists, tables, emphasis and links", () => {
    const html = render(
      "## Qué es un laboratorio\n\nUn **espacio** de [experimentación](https://example.org/a).\n\n- uno\n- dos\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n### Más\n\n[Otra lección](/lecciones/que-es-un-dato-abierto) y [correo](mailto:lab@example.org).",
    );
    expect(html).toContain('<h2 id="que-es-un-laboratorio">Qué es un laboratorio</h2>');
    expect(html).toContain('<h3 id="mas">Más</h3>');
    expect(html).toContain("<strong>espacio</strong>");
    expect(html).toContain('<a href="https://example.org/a">experimentación</a>');
    expect(html).toContain('<a href="/lecciones/que-es-un-dato-abierto">Otra lección</a>');
    expect(html).toContain('<a href="mailto:lab@example.org">correo</a>');
    expect(html).toContain("<li>uno</li>");
    expect(html).toContain('<td style="text-align:center">2</td>');
  });

  it("puts tables in a scrolling region named by their headings", () => {
    expect(render("| Pilar | Qué significa |\n|---|---|\n| a | b |")).toContain(
      '<section class="lesson-table" aria-label="Tabla: Pilar, Qué significa" tabindex="0"><table>',
    );
  });

  it("keeps the page's h1 the only one: a # heading in the body becomes an h2", () => {
    const html = render("# Título\n\nTexto");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="titulo">Título</h2>');
  });

  it("renders the three callouts as notes with a visible Spanish label", () => {
    const html = render(
      ":::nota\nUn dato.\n:::\n\n:::importante[La ley]\nLey 1712.\n:::\n\n:::ejemplo\nUn caso.\n:::",
    );
    expect(html).toContain(
      '<aside class="callout callout-nota" role="note"><p class="callout-label"><strong>Nota</strong></p>',
    );
    expect(html).toContain("<strong>Importante</strong>: La ley</p>");
    expect(html).toContain("<p>Ley 1712.</p>");
    expect(html).toContain('<aside class="callout callout-ejemplo" role="note">');
  });

  it("hands live elements to the page, in place", () => {
    embeds.length = 0;
    const html = render(
      'Antes\n\n::indicador{slug="laboratorios-innovacion-publica-total"}\n\n::datos{slug="actividades-laboratorio-innovacion-publica"}\n\nDespués',
    );
    expect(embeds).toEqual([
      { kind: "indicator", slug: "laboratorios-innovacion-publica-total" },
      { kind: "dataset", slug: "actividades-laboratorio-innovacion-publica" },
    ]);
    expect(html).toContain(
      '<p>Antes</p><div class="lesson-embed"><p class="embed">indicator:laboratorios-innovacion-publica-total</p></div>',
    );
  });

  it("shows unknown directives and live elements without a valid slug as the text typed", () => {
    embeds.length = 0;
    const html = render(
      'A las 10:30 y en la proporción 3:1 con ratio:alto.\n\n::video{src="x"}\n\n::indicador\n\n::datos{slug="No Vale"}\n\n:::aviso\nContenido.\n:::',
    );
    expect(embeds).toEqual([]);
    expect(html).toContain("A las 10:30 y en la proporción 3:1 con ratio:alto.");
    expect(html).toContain("<p>::video{src=&quot;x&quot;}</p>");
    expect(html).toContain("<p>::indicador</p>");
    expect(html).toContain("<p>::datos{slug=&quot;No Vale&quot;}</p>");
    expect(html).toContain("<p>Contenido.</p>");
    expect(html).not.toContain("aviso");
  });

  it("renders committed images, and a titled image as a figure with its caption", () => {
    const html = render(
      '![Mapa de laboratorios](/lecciones/imagenes/mapa.svg "Laboratorios en América")\n\nTexto ![Logo](https://example.org/logo.png) aquí.',
    );
    expect(html).toContain(
      '<figure><img src="/lecciones/imagenes/mapa.svg" alt="Mapa de laboratorios"/><figcaption>Laboratorios en América</figcaption></figure>',
    );
    // Images from other sites are not loaded (privacy; the CSP allows only the site's own).
    expect(html).not.toContain("example.org/logo.png");
    // …nor drawn with an empty address (the browser would fetch the page itself); the alt stays.
    expect(html).not.toMatch(/<img[^>]*src=""/);
    expect(html).toContain("Texto Logo aquí.");
  });

  it("lists the sections in a table of contents when asked and there are several", () => {
    const html = render("## Uno\n\nA\n\n### Sub\n\n## Dos\n\nB\n\n## Uno\n\nC", "En esta lección");
    expect(html).toContain('<nav class="lesson-toc" aria-label="En esta lección">');
    expect(html).toContain('<a href="#uno">Uno</a>');
    expect(html).toContain('<a href="#dos">Dos</a>');
    expect(html).toContain('<a href="#uno-2">Uno</a>');
    expect(html).not.toContain('href="#sub"');
    expect(render("## Solo una\n\nA", "En esta lección")).not.toContain("<nav");
  });
});

// ---------------------------------------------------------------------------------------------
// XSS corpus: every payload is rendered; none of its dangerous parts may reach the HTML.

const corpus: Record<string, string> = {
  scriptTag: "<script>alert(1)</script>",
  scriptInline: "Hola <script>alert(1)</script> mundo",
  scriptUpper: "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  imgOnerror: '<img src=x onerror="alert(1)">',
  imgOnerrorInline: "texto <img src=x onerror=alert(1)//> texto",
  eventAttribute: '<b onclick="alert(1)">negrita</b>',
  divMouseover: '<div onmouseover="alert(1)">x</div>',
  svgOnload: "<svg onload=alert(1)><circle r=10 /></svg>",
  svgScript: "<svg><script>alert(1)</script></svg>",
  mathXlink:
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICK</maction></math>',
  iframe: '<iframe src="javascript:alert(1)"></iframe>',
  iframeSrcdoc: '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  style: "<style>body{background:url(javascript:alert(1))}</style>",
  styleAttribute: '<p style="background:url(javascript:alert(1))">x</p>',
  object: '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  form: '<form action="javascript:alert(1)"><button>x</button></form>',
  meta: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  base: '<base href="javascript:alert(1)//">',
  htmlComment: "<!-- <script>alert(1)</script> -->",
  cdata: "<![CDATA[<script>alert(1)</script>]]>",
  jsLink: "[clic](javascript:alert(1))",
  jsLinkUpper: "[clic](JAVASCRIPT:alert(1))",
  jsLinkMixed: "[clic](JaVaScRiPt:alert(1))",
  jsLinkEntity: "[clic](&#106;avascript:alert(1))",
  jsLinkHexEntity: "[clic](&#x6A;avascript&#x3A;alert(1))",
  jsLinkNamedEntity: "[clic](javascript&colon;alert(1))",
  jsLinkNewline: "[clic](<java\nscript:alert(1)>)",
  jsLinkTab: "[clic](<java\tscript:alert(1)>)",
  jsLinkEscapedNewline: "[clic](java&#10;script:alert(1))",
  jsLinkLeadingSpace: "[clic](<  javascript:alert(1)>)",
  jsLinkLeadingControl: "[clic](&#1;javascript:alert(1))",
  jsLinkPercent: "[clic](javascript%3Aalert(1))",
  vbscriptLink: "[clic](vbscript:msgbox(1))",
  dataLink: "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  dataImage: "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  jsImage: "![x](javascript:alert(1))",
  vbscriptImage: "![x](vbscript:alert(1))",
  httpImage: "![x](http://evil.example/track.png)",
  protocolRelative: "[clic](//evil.example/x) ![x](//evil.example/x.png)",
  backslashHost: "[clic](/\\evil.example/x)",
  imageOutsideFolder: "![x](/api/v1/indicators) ![y](/lecciones/../api/x)",
  referenceDefinition: "[clic][malo]\n\n[malo]: javascript:alert(1)",
  referenceDefinitionTitle: '[clic][m]\n\n[m]: javascript:alert(1) "t"',
  referenceImage: "![x][img]\n\n[img]: javascript:alert(1)",
  autolinkJs: "<javascript:alert(1)>",
  autolinkVbscript: "<vbscript:msgbox(1)>",
  autolinkData: "<data:text/html,<script>alert(1)</script>>",
  gfmLiteral: "javascript:alert(1) www.example.org",
  titleQuote: '[clic](https://example.org "x\\" onmouseover=\\"alert(1)")',
  directiveOnclick: ':::nota{onclick="alert(1)" class="x" id="evil"}\nTexto\n:::',
  directiveHref: '::indicador{slug="laboratorios" href="javascript:alert(1)" onclick="alert(1)"}',
  directiveStyle: ':::importante{style="background:url(javascript:alert(1))"}\nT\n:::',
  textDirective: ':a[clic]{href="javascript:alert(1)" onclick="alert(1)"}',
  leafDirectiveUnknown: '::iframe{src="javascript:alert(1)"}',
  containerLabelHtml: ":::nota[<img src=x onerror=alert(1)>]\nT\n:::",
  footnote: "Texto[^1]\n\n[^1]: [clic](javascript:alert(1))",
  tableCellHtml: "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
  codeSpan: "`<script>alert(1)</script>`",
  fencedCode: "```html\n<script>alert(1)</script>\n```",
  fencedLanguage: '```" onmouseover="alert(1)\ncódigo\n```',
  nestedMarkdownInHtml: '<a href="javascript:alert(1)">\n\n**x**\n\n</a>',
};

// The rendered HTML is read tag by tag: React escapes "<" in text and '"' in attribute values,
// so every "<" starts a real tag and every attribute is name="value".
const allowedTags = new Set([
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
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
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
]);
const allowedAttributes = new Set([
  "class",
  "href",
  "src",
  "alt",
  "title",
  "id",
  "role",
  "start",
  "type",
  "disabled",
  "checked",
  "style",
  "data-footnote-ref",
  "data-footnote-backref",
  "data-footnotes",
  "aria-describedby",
  "aria-label",
  "tabindex", // the wrapper that lets a wide table scroll
]);
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function assertSafe(html: string) {
  expect(html).not.toMatch(/<\s*\/?\s*(script|style|iframe|svg|math|object|embed|form|meta|base)/i);
  for (const [tag, name = "", rest = ""] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    expect(allowedTags, tag).toContain(name.toLowerCase());
    const attributes = [...rest.matchAll(/\s([^\s="/]+)(?:="([^"]*)")?/g)];
    // Nothing but well-formed name="value" pairs inside a tag.
    expect(rest.replace(/\s([^\s="/]+)(?:="([^"]*)")?/g, "").trim(), tag).toMatch(/^\/?$/);
    for (const [, attr = "", raw = ""] of attributes) {
      const value = decode(raw);
      expect(allowedAttributes, tag).toContain(attr.toLowerCase());
      if (attr === "style") expect(value, tag).toMatch(/^text-align:(left|center|right)$/);
      if (attr === "href") {
        expect(value, tag).toMatch(/^(https?:\/\/|mailto:|\/(?![/\\])|#|\?|[^:]*$)/i);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
        expect(value, tag).not.toMatch(/[\s\\\u0000-\u001f]|script:/i);
      }
      if (attr === "src") expect(value, tag).toMatch(/^\/lecciones\/[^/.]/);
      if (attr === "id" || attr === "class") expect(value, tag).not.toMatch(/^(evil|x)$/);
    }
  }
}

describe("sanitizing lessons", () => {
  for (const [name, payload] of Object.entries(corpus)) {
    it(`lets nothing dangerous through: ${name}`, () => {
      assertSafe(render(payload));
    });
  }

  it("keeps the text around dropped HTML", () => {
    const html = render("Hola <script>alert(1)</script> mundo");
    expect(html).toContain("Hola");
    expect(html).toContain("mundo");
  });

  it("judges URLs by an allow-list of schemes, whatever their case or spacing", () => {
    expect(lessonUrlTransform("HTTPS://example.org", "href")).toBe("HTTPS://example.org");
    expect(lessonUrlTransform("JaVaScRiPt:alert(1)", "href")).toBe("");
    expect(lessonUrlTransform("java\tscript:alert(1)", "href")).toBe("");
    expect(lessonUrlTransform("java\nscript:alert(1)", "href")).toBe("");
    expect(lessonUrlTransform(" javascript:alert(1)", "href")).toBe("");
    expect(lessonUrlTransform("\u0001javascript:alert(1)", "href")).toBe("");
    expect(lessonUrlTransform("/lecciones/x#y", "href")).toBe("/lecciones/x#y");
    expect(lessonUrlTransform("//evil.example", "href")).toBe("");
    expect(lessonUrlTransform("/lecciones/imagenes/a.svg", "src")).toBe(
      "/lecciones/imagenes/a.svg",
    );
    expect(lessonUrlTransform("http://example.org/a.png", "src")).toBe("");
    expect(lessonUrlTransform("https://example.org/a.png", "src")).toBe("");
    expect(lessonUrlTransform("/imagen.png", "src")).toBe("");
    expect(lessonUrlTransform("https://example.org", "action")).toBe("");
  });
});
