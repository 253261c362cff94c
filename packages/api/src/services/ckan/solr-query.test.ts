import { describe, expect, it } from "vitest";
import { CkanError } from "./envelope";
import { parseSolrDate, parseSolrQuery, type TSolrContext } from "./solr-query";

const NOW = new Date("2025-05-20T15:30:45.678Z");
const context: TSolrContext = {
  param: "fq",
  mode: "all",
  now: NOW,
  publisherForOrganizationId: (id) => (id === "org-1" ? "alcaldia-de-bucaramanga" : undefined),
};
const parse = (text: string, extra: Partial<TSolrContext> = {}) =>
  parseSolrQuery(text, { ...context, ...extra });

describe("parseSolrQuery", () => {
  it("reads a CKAN harvester's filter", () => {
    expect(parse("metadata_modified:[2024-01-01T00:00:00.123456Z TO *]")).toEqual({
      kind: "range",
      field: "modified",
      from: new Date("2024-01-01T00:00:00.123Z"),
      to: undefined,
      inclusive: { from: true, to: true },
    });
  });

  it("reads field values, quoted values, groups and the owner_org id", () => {
    expect(parse('organization:alcaldia-de-bucaramanga tags:"comunas barrios"')).toEqual({
      kind: "and",
      of: [
        { kind: "match", field: "publisher", values: ["alcaldia-de-bucaramanga"] },
        { kind: "match", field: "keyword", values: ["comunas barrios"] },
      ],
    });
    expect(parse("groups:(a OR b)")).toEqual({
      kind: "or",
      of: [
        { kind: "match", field: "theme", values: ["a"] },
        { kind: "match", field: "theme", values: ["b"] },
      ],
    });
    expect(parse('owner_org:"org-1"')).toEqual({
      kind: "match",
      field: "publisher",
      values: ["alcaldia-de-bucaramanga"],
    });
    expect(parse("owner_org:otra")).toEqual({ kind: "match", field: "publisher", values: [] });
  });

  it("reads negation, OR between clauses, and the constant fields CKAN adds", () => {
    expect(parse("+capacity:public -organization:x")).toEqual({
      kind: "and",
      of: [
        { kind: "all" },
        { kind: "not", of: { kind: "match", field: "publisher", values: ["x"] } },
      ],
    });
    expect(parse("organization:a OR NOT groups:b")).toEqual({
      kind: "or",
      of: [
        { kind: "match", field: "publisher", values: ["a"] },
        { kind: "not", of: { kind: "match", field: "theme", values: ["b"] } },
      ],
    });
    expect(parse("capacity:private")).toEqual({ kind: "match", field: "id", values: [] });
  });

  it("gathers bare words into one text clause with the context's mode", () => {
    expect(parse("presupuesto participativo name:x", { param: "q", mode: "most" })).toEqual({
      kind: "and",
      of: [
        { kind: "text", words: ["presupuesto", "participativo"], mode: "most" },
        { kind: "match", field: "slug", values: ["x"] },
      ],
    });
    expect(parse("title:árboles")).toEqual({
      kind: "text",
      words: ["árboles"],
      within: "title",
      mode: "all",
    });
    expect(parse("*:*")).toEqual({ kind: "all" });
  });

  it("refuses what it does not understand with a Validation Error on the parameter", () => {
    for (const bad of [
      "color:rojo",
      "organization:(a",
      'tags:"abierto',
      "metadata_modified:[ayer TO *]",
      "metadata_modified:[2024-01-01 *]",
      "tags:[a TO b]",
      "tags:econ*",
      "organization:",
      "(".repeat(40),
    ]) {
      let error: unknown;
      try {
        parse(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(CkanError);
      expect((error as CkanError).type).toBe("Validation Error");
      expect((error as CkanError).fields.fq?.[0]).toMatch(/^No se entiende la consulta: /);
    }
  });
});

describe("parseSolrDate", () => {
  it("reads ISO dates with or without time, fraction and zone, as UTC", () => {
    expect(parseSolrDate("2024-02-29", NOW)).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(parseSolrDate("2024-02-29T10:20:30", NOW)).toEqual(new Date("2024-02-29T10:20:30Z"));
    expect(parseSolrDate("2024-02-29T10:20:30.5Z", NOW)).toEqual(
      new Date("2024-02-29T10:20:30.500Z"),
    );
    expect(parseSolrDate("2023-02-29T00:00:00Z", NOW)).toBeNull();
    expect(parseSolrDate("ayer", NOW)).toBeNull();
  });

  it("reads Solr's date math from NOW", () => {
    expect(parseSolrDate("NOW", NOW)).toEqual(NOW);
    expect(parseSolrDate("NOW-1DAY", NOW)).toEqual(new Date("2025-05-19T15:30:45.678Z"));
    expect(parseSolrDate("NOW/DAY", NOW)).toEqual(new Date("2025-05-20T00:00:00Z"));
    expect(parseSolrDate("NOW/MONTH-2MONTHS", NOW)).toEqual(new Date("2025-03-01T00:00:00Z"));
    expect(parseSolrDate("NOW-1FORTNIGHT", NOW)).toBeNull();
  });
});
