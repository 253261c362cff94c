import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const HOST = "datos.bucaramanga.gov.co";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/indicadores/x?vista=tabla", HOST)).toBe("/indicadores/x?vista=tabla");
    expect(safeReturnPath("/talleres#agenda", HOST)).toBe("/talleres#agenda");
    expect(safeReturnPath("/", HOST)).toBe("/");
  });

  it("reads the path of an absolute URL on this host (the Referer)", () => {
    expect(safeReturnPath(`https://${HOST}/indicadores?q=datos`, HOST)).toBe(
      "/indicadores?q=datos",
    );
    expect(safeReturnPath("http://localhost:3160/talleres", "localhost:3160")).toBe("/talleres");
  });

  it.each([
    "https://evil.example",
    "https://evil.example/indicadores",
    `https://${HOST}.evil.example/`,
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/.//evil.example",
    "javascript:alert(1)",
    "data:text/html,hola",
    "http://[",
  ])("sends %j to the home page", (raw) => {
    expect(safeReturnPath(raw, HOST)).toBe("/");
  });

  it("never goes back to the switch itself, nor anywhere without a value", () => {
    expect(safeReturnPath("/idioma?lang=en", HOST)).toBe("/");
    expect(safeReturnPath("", HOST)).toBe("/");
    expect(safeReturnPath(null, HOST)).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
    // Without a known host an absolute URL is never trusted.
    expect(safeReturnPath(`https://${HOST}/indicadores`, null)).toBe("/");
  });
});
