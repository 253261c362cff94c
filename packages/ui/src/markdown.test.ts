import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { children: text }));

describe("staff-written Markdown", () => {
  it("renders headings, emphasis, lists and tables", () => {
    const html = render(
      "## Método\n\n**Conteo** anual.\n\n- uno\n- dos\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).toContain("<h2>Método</h2>");
    expect(html).toContain("<strong>Conteo</strong>");
    expect(html).toContain("<li>uno</li>");
    expect(html).toContain("<td>2</td>");
  });

  it("lets no raw HTML, script, event attribute or javascript: link through", () => {
    const html = render(
      'Texto <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>\n\n[enlace](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|<b>|javascript:/i);
    expect(html).toContain("enlace");
  });
});
