import { describe, expect, it } from "vitest";
import {
  CATALOG_QUERY_MAX_LENGTH,
  CATALOG_SORT_LABELS,
  CATALOG_SORTS,
  catalogParamsToQuery,
  DEFAULT_CATALOG_PARAMS,
  filterAndSortIndicators,
  isCatalogFiltered,
  normalizeSearchText,
  parseCatalogParams,
  type TCatalogItem,
  type TCatalogParams,
} from "./indicator-catalog";

// A slice of the seeded catalog, with update times far enough apart to order them.
const at = (day: number) => new Date(Date.UTC(2025, 0, day));
const INDICATORS: (TCatalogItem & { slug: string })[] = [
  {
    slug: "participantes-cocreacion",
    code: "PAR-01",
    name: "Personas participantes en ejercicios de co-creación",
    description: "Personas que participaron en talleres y ejercicios de co-creación.",
    dimension: "PARTICIPACION_CIUDADANA",
    capacityType: null,
    updatedAt: at(3),
  },
  {
    slug: "participacion-presupuestos-participativos",
    code: "PAR-02",
    name: "Participación en presupuestos participativos por comuna",
    description: "Porcentaje de la población que votó en los presupuestos participativos.",
    dimension: "PARTICIPACION_CIUDADANA",
    capacityType: null,
    updatedAt: at(1),
  },
  {
    slug: "servidores-formados-innovacion",
    code: "CAP-01",
    name: "Servidores públicos formados en innovación (capacidad humana)",
    description: "Porcentaje de servidores de la Alcaldía con formación en innovación pública.",
    dimension: "CAPACIDADES_INSTITUCIONALES",
    capacityType: "HUMANA",
    updatedAt: at(5),
  },
  {
    slug: "sedes-con-conectividad",
    code: "CAP-02",
    name: "Sedes de la Alcaldía con conectividad de alta velocidad (capacidad tecnológica)",
    description: "Porcentaje de sedes administrativas con conexión de fibra óptica.",
    dimension: "CAPACIDADES_INSTITUCIONALES",
    capacityType: "TECNOLOGICA",
    updatedAt: at(2),
  },
  {
    slug: "conjuntos-datos-abiertos",
    code: "DAT-01",
    name: "Conjuntos de datos abiertos publicados",
    description: "Conjuntos de datos abiertos publicados por la Alcaldía en el portal de datos.",
    dimension: "CULTURA_DEL_DATO",
    capacityType: null,
    updatedAt: at(4),
  },
  {
    slug: "laboratorios-innovacion-publica-europa",
    code: "CTX-02",
    name: "Laboratorios de innovación pública en el continente europeo",
    description: "Número de laboratorios identificados en el continente europeo.",
    dimension: "CONTEXTO",
    capacityType: null,
    updatedAt: at(4),
  },
];

const search = (params: Partial<TCatalogParams>) =>
  filterAndSortIndicators(INDICATORS, { ...DEFAULT_CATALOG_PARAMS, ...params }).map((i) => i.slug);

describe("catalog parameters from a URL", () => {
  it("defaults to every indicator by name", () => {
    expect(parseCatalogParams({})).toEqual({
      q: "",
      dimension: null,
      capacity: null,
      sort: "nombre",
    });
    expect(isCatalogFiltered(parseCatalogParams({}))).toBe(false);
  });

  it("reads the Spanish parameter names a GET form sends, empty fields included", () => {
    expect(
      parseCatalogParams({
        q: "  datos   abiertos ",
        dimension: "CULTURA_DEL_DATO",
        capacidad: "",
        orden: "actualizacion",
      }),
    ).toEqual({
      q: "datos abiertos",
      dimension: "CULTURA_DEL_DATO",
      capacity: null,
      sort: "actualizacion",
    });
  });

  it("accepts codes and names in any case, with or without accents", () => {
    for (const raw of [
      "capacidades_institucionales",
      "capacidades-institucionales",
      "Capacidades institucionales",
    ]) {
      expect(parseCatalogParams({ dimension: raw }).dimension).toBe("CAPACIDADES_INSTITUCIONALES");
    }
    expect(parseCatalogParams({ capacidad: "tecnológica" }).capacity).toBe("TECNOLOGICA");
    expect(parseCatalogParams({ capacidad: "Humana" }).capacity).toBe("HUMANA");
    expect(parseCatalogParams({ orden: "Actualización" }).sort).toBe("actualizacion");
  });

  it("ignores nonsense instead of failing", () => {
    expect(
      parseCatalogParams({
        dimension: "DROP TABLE",
        capacidad: ["ESPIRITUAL", "HUMANA"],
        orden: "aleatorio",
        pagina: "7",
      }),
    ).toEqual(DEFAULT_CATALOG_PARAMS);
    // A repeated parameter counts once, as in the indicator view.
    expect(parseCatalogParams({ dimension: ["CONTEXTO", "CULTURA_DEL_DATO"] }).dimension).toBe(
      "CONTEXTO",
    );
    const long = parseCatalogParams({ q: "a".repeat(5000) }).q;
    expect(long).toHaveLength(CATALOG_QUERY_MAX_LENGTH);
  });

  it("writes back only what differs from the defaults", () => {
    expect(catalogParamsToQuery({ dimension: "INNOVACION_PUBLICA" })).toBe(
      "dimension=INNOVACION_PUBLICA",
    );
    expect(
      catalogParamsToQuery({ q: "datos abiertos", capacity: "HUMANA", sort: "actualizacion" }),
    ).toBe("q=datos+abiertos&capacidad=HUMANA&orden=actualizacion");
    expect(catalogParamsToQuery(DEFAULT_CATALOG_PARAMS)).toBe("");
    // What it writes reads back as the same state.
    const state: TCatalogParams = {
      q: "participación",
      dimension: "PARTICIPACION_CIUDADANA",
      capacity: null,
      sort: "actualizacion",
    };
    const query = Object.fromEntries(new URLSearchParams(catalogParamsToQuery(state)));
    expect(parseCatalogParams(query)).toEqual(state);
  });
});

describe("searching the catalog", () => {
  it("compares text without accents, case, hyphens or dots", () => {
    expect(normalizeSearchText("  Participación CIUDADANA ")).toBe("participacion ciudadana");
    expect(normalizeSearchText("co-creación")).toBe(normalizeSearchText("cocreacion"));
    expect(normalizeSearchText("(capacidad tecnológica)")).toBe("capacidad tecnologica");
  });

  it('finds "Participación" when typed "participacion", in names and dimension names', () => {
    expect(search({ q: "participacion" })).toEqual([
      "participacion-presupuestos-participativos",
      "participantes-cocreacion",
    ]);
    expect(search({ q: "PARTICIPACIÓN" })).toEqual(search({ q: "participacion" }));
  });

  it("needs every word, wherever it appears: name, description or code", () => {
    expect(search({ q: "datos portal" })).toEqual(["conjuntos-datos-abiertos"]);
    expect(search({ q: "fibra" })).toEqual(["sedes-con-conectividad"]);
    expect(search({ q: "dat-01" })).toEqual(["conjuntos-datos-abiertos"]);
    expect(search({ q: "DAT 01" })).toEqual(["conjuntos-datos-abiertos"]);
    expect(search({ q: "cocreacion" })).toEqual(["participantes-cocreacion"]);
    expect(search({ q: "fibra portal" })).toEqual([]);
    expect(search({ q: "zzz" })).toEqual([]);
  });

  it("filters by dimension and by capacity type, together with the search", () => {
    expect(search({ dimension: "CAPACIDADES_INSTITUCIONALES" })).toEqual([
      "sedes-con-conectividad",
      "servidores-formados-innovacion",
    ]);
    expect(search({ capacity: "HUMANA" })).toEqual(["servidores-formados-innovacion"]);
    expect(search({ capacity: "TECNOLOGICA" })).toEqual(["sedes-con-conectividad"]);
    expect(search({ capacity: "ECONOMICA" })).toEqual([]);
    expect(search({ dimension: "CONTEXTO", q: "innovacion" })).toEqual([
      "laboratorios-innovacion-publica-europa",
    ]);
    // A capacity type outside its dimension matches nothing, rather than being guessed away.
    expect(search({ dimension: "CONTEXTO", capacity: "HUMANA" })).toEqual([]);
  });

  it("orders by name the Spanish way, accents and case aside", () => {
    expect(search({})).toEqual([
      "conjuntos-datos-abiertos",
      "laboratorios-innovacion-publica-europa",
      "participacion-presupuestos-participativos",
      "participantes-cocreacion",
      "sedes-con-conectividad",
      "servidores-formados-innovacion",
    ]);
    const names = filterAndSortIndicators(
      [
        { ...INDICATORS[0], name: "Índice b" } as TCatalogItem,
        { ...INDICATORS[0], name: "indice a" } as TCatalogItem,
        { ...INDICATORS[0], name: "Zona" } as TCatalogItem,
        { ...INDICATORS[0], name: "Ñame" } as TCatalogItem,
      ],
      DEFAULT_CATALOG_PARAMS,
    ).map((i) => i.name);
    expect(names).toEqual(["indice a", "Índice b", "Ñame", "Zona"]);
  });

  it("orders by last update, most recent first, ties by name", () => {
    expect(search({ sort: "actualizacion" })).toEqual([
      "servidores-formados-innovacion",
      "conjuntos-datos-abiertos",
      "laboratorios-innovacion-publica-europa",
      "participantes-cocreacion",
      "sedes-con-conectividad",
      "participacion-presupuestos-participativos",
    ]);
  });

  it("in English also matches the English dimension and capacity names", () => {
    const english = (q: string) =>
      filterAndSortIndicators(INDICATORS, { ...DEFAULT_CATALOG_PARAMS, q }, "en").map(
        (i) => i.slug,
      );
    expect(english("citizen participation")).toEqual([
      "participacion-presupuestos-participativos",
      "participantes-cocreacion",
    ]);
    expect(english("technological")).toEqual(["sedes-con-conectividad"]);
    // Spanish words still work for English readers, and Spanish search ignores English names.
    expect(english("tecnologica")).toEqual(["sedes-con-conectividad"]);
    expect(search({ q: "technological" })).toEqual([]);
  });

  it("leaves the input list untouched", () => {
    const before = INDICATORS.map((i) => i.slug);
    search({ sort: "actualizacion" });
    expect(INDICATORS.map((i) => i.slug)).toEqual(before);
  });
});

describe("catalog sort labels", () => {
  it("name each order in Spanish and English", () => {
    expect(CATALOG_SORTS.map((s) => CATALOG_SORT_LABELS.es[s])).toEqual([
      "Nombre (A–Z)",
      "Última actualización",
    ]);
    expect(CATALOG_SORTS.map((s) => CATALOG_SORT_LABELS.en[s])).toEqual([
      "Name (A–Z)",
      "Last updated",
    ]);
  });
});
