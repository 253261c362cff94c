import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify, ZSlug } from "./slug";

describe("ZSlug", () => {
  it("accepts lowercase words joined by hyphens", () => {
    expect(ZSlug.parse("participacion-ciudadana")).toBe("participacion-ciudadana");
    expect(ZSlug.parse("labs-2024")).toBe("labs-2024");
    expect(ZSlug.parse("a".repeat(SLUG_MAX_LENGTH))).toHaveLength(SLUG_MAX_LENGTH);
  });

  it.each([
    "Participacion",
    "participación",
    "con espacio",
    "-inicio",
    "fin-",
    "doble--guion",
    "guion_bajo",
  ])("rejects %j with a Spanish message", (input) => {
    const result = ZSlug.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/letras minúsculas sin tildes/);
  });

  it("rejects empty and overlong slugs with their own messages", () => {
    expect(ZSlug.safeParse("").error?.issues[0]?.message).toMatch(/^Escriba el identificador/);
    expect(ZSlug.safeParse("a".repeat(SLUG_MAX_LENGTH + 1)).error?.issues[0]?.message).toBe(
      "El identificador no puede tener más de 100 caracteres.",
    );
    expect(ZSlug.safeParse(undefined).error?.issues[0]?.message).toMatch(/^Escriba/);
  });
});

describe("slugify", () => {
  it("strips accents, case and punctuation", () => {
    expect(slugify("Participación Ciudadana")).toBe("participacion-ciudadana");
    expect(slugify("  Índice de Innovación — 2024 (demo)  ")).toBe(
      "indice-de-innovacion-2024-demo",
    );
    expect(slugify("Año Niño Pingüino")).toBe("ano-nino-pinguino");
    expect(slugify("1.er semestre")).toBe("1-er-semestre");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("¿¡!?")).toBe("");
  });

  it("always produces a valid slug when the text has letters or digits", () => {
    for (const text of ["Cultura del Dato", "x".repeat(150), `${"a".repeat(99)} b`, "Ñandú"]) {
      const slug = slugify(text);
      expect(ZSlug.safeParse(slug).success, slug).toBe(true);
    }
    // Cutting at the limit must not leave a trailing hyphen.
    expect(slugify(`${"a".repeat(99)} b`)).toBe("a".repeat(99));
  });
});
