import { describe, expect, it } from "vitest";
import { COMUNAS, CORREGIMIENTOS, findGeography, geographyName, ZGeographyCode } from "./geography";

describe("Bucaramanga's territorial division", () => {
  it("has 17 comunas and 3 corregimientos with stable codes", () => {
    expect(COMUNAS).toHaveLength(17);
    expect(CORREGIMIENTOS).toHaveLength(3);
    expect(COMUNAS[14]).toMatchObject({ code: "comuna-15", name: "Comuna 15 – Centro" });
    expect(findGeography("corregimiento-2")?.kind).toBe("corregimiento");
  });

  it("names unknown codes as themselves and rejects them in input", () => {
    expect(geographyName("comuna-99")).toBe("comuna-99");
    expect(ZGeographyCode.safeParse("comuna-99").error?.issues[0]?.message).toBe(
      "Elija una comuna, un corregimiento o el total municipal.",
    );
    expect(ZGeographyCode.parse(" bucaramanga ")).toBe("bucaramanga");
  });

  it("names places in Spanish by default and in English on request", () => {
    expect(geographyName("bucaramanga")).toBe("Bucaramanga (total municipal)");
    expect(geographyName("bucaramanga", "es")).toBe("Bucaramanga (total municipal)");
    expect(geographyName("bucaramanga", "en")).toBe("Bucaramanga (municipal total)");
    // Proper names and Colombian administrative terms are not translated.
    expect(geographyName("comuna-15", "en")).toBe("Comuna 15 – Centro");
    expect(geographyName("corregimiento-2", "en")).toBe("Corregimiento 2");
    expect(geographyName("comuna-99", "en")).toBe("comuna-99");
  });
});
