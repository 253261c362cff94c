import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  HTML_LANG,
  INTL_LOCALE,
  interpolate,
  isLocale,
  LOCALES,
  parseLocale,
  pickTranslation,
} from "./locale";

describe("locale", () => {
  it("is Spanish by default, with English available", () => {
    expect(LOCALES).toEqual(["es", "en"]);
    expect(DEFAULT_LOCALE).toBe("es");
    expect(INTL_LOCALE).toEqual({ es: "es-CO", en: "en-US" });
  });

  it.each<[unknown, "es" | "en"]>([
    ["en", "en"],
    ["es", "es"],
    [" EN ", "en"],
    ["en-US", "en"],
    ["en_GB", "en"],
    ["es-CO", "es"],
    [["en", "es"], "en"],
    ["fr", "es"],
    ["english", "es"],
    ["", "es"],
    [undefined, "es"],
    [null, "es"],
    [42, "es"],
    [{ locale: "en" }, "es"],
    [[], "es"],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseLocale(raw)).toBe(expected);
  });

  it("tells a locale from anything else", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("es")).toBe(true);
    expect(isLocale("en-US")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("tags pages es-CO in Spanish and en in English", () => {
    expect(HTML_LANG).toEqual({ es: "es-CO", en: "en" });
  });
});

describe("pickTranslation", () => {
  it("shows the English text to English readers when there is one", () => {
    expect(pickTranslation("Conjuntos", "Datasets", "en")).toEqual({
      text: "Datasets",
      lang: undefined,
    });
  });

  it("falls back to Spanish, marked as Spanish, when there is none", () => {
    for (const missing of [null, undefined, "", "   "]) {
      expect(pickTranslation("Conjuntos", missing, "en")).toEqual({
        text: "Conjuntos",
        lang: "es",
      });
    }
  });

  it("always shows the Spanish original to Spanish readers, unmarked", () => {
    expect(pickTranslation("Conjuntos", "Datasets", "es")).toEqual({
      text: "Conjuntos",
      lang: undefined,
    });
  });
});

describe("interpolate", () => {
  it("fills every placeholder, as often as it appears", () => {
    expect(interpolate("Meta: {target} a {year}", { target: "20 proyectos", year: 2027 })).toBe(
      "Meta: 20 proyectos a 2027",
    );
    expect(interpolate("{n} de {n}", { n: 3 })).toBe("3 de 3");
  });

  it("leaves unknown placeholders and plain braces alone", () => {
    expect(interpolate("{a} {b} {}", { a: "x" })).toBe("x {b} {}");
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });
});
