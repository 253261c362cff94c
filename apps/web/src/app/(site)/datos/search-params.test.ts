import { describe, expect, it } from "vitest";
import {
  DATASET_MAX_PAGE,
  DATASET_QUERY_MAX_LENGTH,
  DEFAULT_DATASET_PARAMS,
  datasetCatalogHref,
  datasetParamsToQuery,
  isDatasetSearchFiltered,
  parseDatasetParams,
  withFacet,
} from "./search-params";

describe("the dataset catalog's address", () => {
  it("reads a shared search back exactly", () => {
    const params = parseDatasetParams({
      q: " asistencia taller ",
      tema: "educacion-y-cultura",
      dependencia: "oficina-tic",
      formato: "csv",
      frecuencia: "ANNUAL",
      entidad: "alcaldia-de-bucaramanga",
      orden: "actualizacion",
      pagina: "3",
    });
    expect(params).toEqual({
      q: "asistencia taller",
      filters: {
        theme: "educacion-y-cultura",
        office: "oficina-tic",
        format: "csv",
        frequency: "ANNUAL",
        publisher: "alcaldia-de-bucaramanga",
      },
      sort: "actualizacion",
      page: 3,
    });
    expect(
      parseDatasetParams(Object.fromEntries(new URLSearchParams(datasetParamsToQuery(params)))),
    ).toEqual(params);
  });

  it("leaves defaults out, so the plain catalog has a plain address", () => {
    expect(datasetCatalogHref(DEFAULT_DATASET_PARAMS)).toBe("/datos");
    expect(isDatasetSearchFiltered(DEFAULT_DATASET_PARAMS)).toBe(false);
  });

  it("turns nonsense into the nearest sensible search instead of an error", () => {
    const params = parseDatasetParams({
      q: ["uno", "dos"],
      orden: "precio",
      pagina: "-4",
      tema: "",
      formato: "a\u0000b",
    });
    expect(params).toEqual({ ...DEFAULT_DATASET_PARAMS, q: "uno" });
    expect(parseDatasetParams({ pagina: "2.5" }).page).toBe(1);
    expect(parseDatasetParams({ pagina: "999999" }).page).toBe(DATASET_MAX_PAGE);
    expect(parseDatasetParams({ q: "x".repeat(500) }).q).toHaveLength(DATASET_QUERY_MAX_LENGTH);
  });

  it("goes back to the first page when a facet changes, and can clear it", () => {
    const start = parseDatasetParams({ q: "taller", pagina: "4", tema: "educacion-y-cultura" });
    const narrowed = withFacet(start, "format", "csv");
    expect(narrowed.page).toBe(1);
    expect(datasetCatalogHref(narrowed)).toBe(
      "/datos?q=taller&tema=educacion-y-cultura&formato=csv",
    );
    expect(datasetCatalogHref(withFacet(narrowed, "theme", null))).toBe(
      "/datos?q=taller&formato=csv",
    );
  });
});
