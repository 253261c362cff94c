import { describe, expect, it } from "vitest";
import {
  normalizeFilterValue,
  parseDownloadParams,
  parseFilters,
  parseRowsParams,
  parseSort,
} from "./dataset-query";
import { parseDatastoreSearchParams } from "./dataset-query-ckan";
import { isAppError } from "./errors";

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(isAppError(error) && error.code).toBe("BAD_REQUEST");
    return (error as Error).message;
  }
  throw new Error("expected a BAD_REQUEST");
}

describe("parseSort", () => {
  it("reads CKAN's sort text", () => {
    expect(parseSort(' fecha desc, "comuna" ,valor ASC')).toEqual({
      ok: true,
      value: [
        { field: "fecha", direction: "desc" },
        { field: "comuna", direction: "asc" },
        { field: "valor", direction: "asc" },
      ],
    });
    expect(parseSort("")).toEqual({ ok: true, value: [] });
  });

  it("refuses other words, repeated fields and SQL", () => {
    expect(parseSort("fecha arriba").ok).toBe(false);
    expect(parseSort("fecha, fecha desc").ok).toBe(false);
    expect(parseSort("fecha; DROP TABLE x").ok).toBe(false);
    expect(parseSort("a,b,c,d,e,f").ok).toBe(false);
  });
});

describe("parseFilters", () => {
  it("takes a JSON object of values or lists", () => {
    expect(parseFilters('{"comuna": ["Norte", null], "anio": 2024}')).toEqual({
      ok: true,
      value: { comuna: ["Norte", null], anio: 2024 },
    });
  });

  it("refuses what is not such an object, with a Spanish example", () => {
    for (const raw of ["[1]", "{comuna: 1}", '"Norte"', '{"a": {"b": 1}}', '{"a": []}']) {
      const result = parseFilters(raw);
      expect(result.ok).toBe(false);
    }
    const result = parseFilters("nope");
    expect(!result.ok && result.message).toMatch(/objeto JSON, por ejemplo/);
  });
});

describe("normalizeFilterValue", () => {
  const value = (type: Parameters<typeof normalizeFilterValue>[1], v: string | number | boolean) =>
    normalizeFilterValue("campo", type, v);

  it("reads what people write, as PostgreSQL reads it", () => {
    expect(value("integer", " 0042 ")).toEqual({ ok: true, value: "42" });
    expect(value("decimal", "-1234,5")).toEqual({ ok: true, value: "-1234.5" });
    expect(value("decimal", 0.25)).toEqual({ ok: true, value: "0.25" });
    expect(value("boolean", "Sí")).toEqual({ ok: true, value: "true" });
    expect(value("boolean", false)).toEqual({ ok: true, value: "false" });
    expect(value("date", "29/02/2024")).toEqual({ ok: true, value: "2024-02-29" });
    expect(value("datetime", "2024-03-01T10:05")).toEqual({
      ok: true,
      value: "2024-03-01 10:05:00",
    });
    expect(value("text", " con espacios ")).toEqual({ ok: true, value: " con espacios " });
  });

  it("refuses values the column's type cannot hold", () => {
    expect(value("integer", "1.5").ok).toBe(false);
    expect(value("integer", "9223372036854775808").ok).toBe(false);
    expect(value("decimal", "1.234,5").ok).toBe(false);
    expect(value("date", "29/02/2023").ok).toBe(false);
    expect(value("datetime", "2024-03-01 25:00").ok).toBe(false);
    expect(value("boolean", "quizás").ok).toBe(false);
  });
});

describe("parseRowsParams", () => {
  it("has defaults", () => {
    expect(parseRowsParams({})).toEqual({
      filters: {},
      q: null,
      sort: [],
      limit: 100,
      offset: 0,
      cursor: null,
      fields: null,
      version: null,
    });
  });

  it("caps limit at 10,000 with a message that points to the cursor", () => {
    expect(parseRowsParams({ limit: "10000" }).limit).toBe(10_000);
    expect(messageOf(() => parseRowsParams({ limit: "10001" }))).toMatch(
      /como máximo 10\.000 filas.*next/,
    );
  });
});

describe("parseDownloadParams", () => {
  it("CSV unless JSON is asked", () => {
    expect(parseDownloadParams({})).toEqual({ format: "csv", version: null });
    expect(parseDownloadParams({ format: "JSON", version: "2" })).toEqual({
      format: "json",
      version: 2,
    });
    expect(messageOf(() => parseDownloadParams({ format: "xlsx" }))).toMatch(/format=csv/);
  });
});

describe("parseDatastoreSearchParams", () => {
  it("reads GET text and POST JSON alike, lowering limit to CKAN's maximum", () => {
    const fromGet = parseDatastoreSearchParams({
      resource_id: "abc",
      filters: '{"comuna":"Norte"}',
      limit: "50000",
      include_total: "False",
      fields: "_id,comuna",
    });
    const fromPost = parseDatastoreSearchParams({
      resource_id: "abc",
      filters: { comuna: "Norte" },
      limit: 50_000,
      include_total: false,
      fields: ["_id", "comuna"],
    });
    expect(fromGet).toEqual(fromPost);
    expect(fromGet).toMatchObject({ limit: 32_000, includeTotal: false, recordsFormat: "objects" });
  });

  it("refuses what CKAN would refuse", () => {
    expect(messageOf(() => parseDatastoreSearchParams({}))).toMatch(/resource_id/);
    expect(messageOf(() => parseDatastoreSearchParams({ resource_id: "a", limit: -1 }))).toMatch(
      /limit/,
    );
    expect(
      messageOf(() => parseDatastoreSearchParams({ resource_id: "a", distinct: true })),
    ).toMatch(/distinct/);
  });
});
