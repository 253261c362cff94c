import { isAppError } from "@lab/domain/errors";
import { describe, expect, it } from "vitest";
import { toIri } from "./model";
import { parseCatalogQuery, parseRdfFormat } from "./query";

const since = (value: string) =>
  parseCatalogQuery(new URLSearchParams({ modified_since: value })).modifiedSince?.toISOString();

describe("the catalog query", () => {
  it("reads modified_since as ISO 8601, UTC when no zone is given", () => {
    expect(since("2024-03-01")).toBe("2024-03-01T00:00:00.000Z");
    expect(since("2024-03-01T08:30")).toBe("2024-03-01T08:30:00.000Z");
    expect(since("2024-03-01T08:30:15.250Z")).toBe("2024-03-01T08:30:15.250Z");
    expect(since("2024-03-01T08:30:00-05:00")).toBe("2024-03-01T13:30:00.000Z");
    expect(since("2024-03-01T08:30:00+0100")).toBe("2024-03-01T07:30:00.000Z");
    expect(since("2024-02-29")).toBe("2024-02-29T00:00:00.000Z");
  });

  it("refuses impossible dates and pages with a Spanish message", () => {
    for (const params of <Record<string, string>[]>[
      { modified_since: "2023-02-29" },
      { modified_since: "01/03/2024" },
      { modified_since: "2024-03-01T24:61" },
      { page: "0" },
      { page: "1e3" },
      { page: "99999999" },
    ]) {
      let error: unknown;
      try {
        parseCatalogQuery(new URLSearchParams(params));
      } catch (e) {
        error = e;
      }
      expect(isAppError(error) && error.code, JSON.stringify(params)).toBe("BAD_REQUEST");
    }
    expect(parseCatalogQuery(new URLSearchParams({ page: " 3 " })).page).toBe(3);
    expect(parseCatalogQuery(new URLSearchParams()).page).toBe(1);
  });

  it("knows its two formats", () => {
    expect(parseRdfFormat("jsonld")).toBe("jsonld");
    expect(parseRdfFormat("ttl")).toBe("ttl");
    expect(() => parseRdfFormat("rdf")).toThrow(/Formato desconocido/);
  });
});

describe("IRIs", () => {
  it("percent-encodes what Turtle forbids and refuses what is not a URL", () => {
    expect(toIri("https://a.gov.co/x y?q={1}|`^\\")).toBe(
      "https://a.gov.co/x%20y?q=%7B1%7D%7C%60%5E%5C",
    );
    expect(toIri("mailto:datos@bucaramanga.gov.co")).toBe("mailto:datos@bucaramanga.gov.co");
    expect(() => toIri("/datos/relativo")).toThrow(/absolute URL/);
  });
});
