import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, LOCALES, parseLocale } from "./locale";

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
});
