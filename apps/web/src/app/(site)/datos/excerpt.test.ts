import { describe, expect, it } from "vitest";
import { plainExcerpt } from "./excerpt";

describe("a description's excerpt for search results", () => {
  it("drops Markdown marks and keeps the words", () => {
    expect(
      plainExcerpt(
        "## Asistencia\n\nRegistro de **asistentes** por [tipo de institución](https://x.co) y `comuna`.\n\n- uno\n- dos",
      ),
    ).toBe("Asistencia Registro de asistentes por tipo de institución y comuna. uno dos");
  });

  it("never shows raw HTML", () => {
    expect(plainExcerpt('Hola <script>alert("x")</script> mundo')).toBe('Hola alert("x") mundo');
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const excerpt = plainExcerpt("palabra ".repeat(100), 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt).toMatch(/palabra…$/);
  });
});
