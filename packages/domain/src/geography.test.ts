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
});
