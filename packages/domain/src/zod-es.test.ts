import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { configureSpanishErrors, FORM_ERROR_KEY, flattenFieldErrors } from "./zod-es";

function firstMessage(schema: z.ZodType, input: unknown): string | undefined {
  return schema.safeParse(input).error?.issues[0]?.message;
}

describe("configureSpanishErrors", () => {
  beforeAll(() => configureSpanishErrors());
  // zod's config is global; give it back its default English locale for other suites.
  afterAll(() => z.config(z.locales.en()));

  it("says a missing required field is required, in Spanish", () => {
    const schema = z.object({ name: z.string(), age: z.number() });
    const error = schema.safeParse({}).error;
    expect(error?.issues.map((issue) => issue.message)).toEqual([
      "Este campo es obligatorio.",
      "Este campo es obligatorio.",
    ]);
  });

  it("explains wrong types, lengths, ranges and formats in plain Spanish", () => {
    expect(firstMessage(z.number(), "abc")).toBe("Escriba un número, por ejemplo 1.234,5.");
    expect(firstMessage(z.string().min(1), "")).toBe("Este campo es obligatorio.");
    expect(firstMessage(z.string().min(3), "ab")).toBe("Escriba al menos 3 caracteres.");
    expect(firstMessage(z.string().max(1), "ab")).toBe("Escriba como máximo 1 carácter.");
    expect(firstMessage(z.number().max(10), 11)).toBe("El valor debe ser menor o igual a 10.");
    expect(firstMessage(z.number().positive(), 0)).toBe("El valor debe ser mayor que 0.");
    expect(firstMessage(z.email(), "no-es-correo")).toBe("Escriba un correo electrónico válido.");
    expect(firstMessage(z.enum(["A", "B"]), "C")).toBe("Elija una de las opciones.");
    expect(firstMessage(z.strictObject({}), { extra: 1 })).toBe("Campo no permitido: extra.");
  });

  it("falls back to zod's Spanish locale for rarer issues", () => {
    expect(firstMessage(z.number().multipleOf(5), 7)).toBe(
      "Número inválido: debe ser múltiplo de 5",
    );
  });

  it("never overrides a schema's own message", () => {
    expect(firstMessage(z.string({ error: "Escriba su nombre." }), undefined)).toBe(
      "Escriba su nombre.",
    );
  });
});

describe("flattenFieldErrors", () => {
  it("groups messages by dotted path, without repeats, with whole-input issues apart", () => {
    const schema = z
      .object({
        note: z.string().max(2, { error: "Nota muy larga." }),
        items: z.array(
          z.object({
            value: z
              .number()
              .refine((v) => v > 0, { error: "Debe ser positivo." })
              .refine((v) => v > -10, { error: "Debe ser positivo." }),
          }),
        ),
      })
      .refine((input) => input.items.length > 1, { error: "Agregue al menos dos filas." });

    const error = schema.safeParse({ note: "larga", items: [{ value: -20 }] }).error;
    expect(error).toBeDefined();
    if (!error) return;
    expect(flattenFieldErrors(error)).toEqual({
      note: ["Nota muy larga."],
      "items.0.value": ["Debe ser positivo."],
      [FORM_ERROR_KEY]: ["Agregue al menos dos filas."],
    });
  });
});
