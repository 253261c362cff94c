import { z } from "zod";

export const SLUG_MAX_LENGTH = 100;

// Words of lowercase ASCII letters and digits joined by single hyphens: safe in URLs without
// escaping, and exactly what slugify() produces.
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ZSlug = z
  .string({ error: "Escriba el identificador para la dirección web (slug)." })
  .min(1, { error: "Escriba el identificador para la dirección web (slug)." })
  .max(SLUG_MAX_LENGTH, {
    error: `El identificador no puede tener más de ${SLUG_MAX_LENGTH} caracteres.`,
  })
  .regex(SLUG_PATTERN, {
    error:
      "El identificador solo puede tener letras minúsculas sin tildes, números y guiones entre palabras, por ejemplo participacion-ciudadana.",
  });
export type TSlug = z.infer<typeof ZSlug>;

/**
 * Turns a title into a slug: "Participación Ciudadana" → "participacion-ciudadana".
 * Returns "" when the text has no letters or digits, so callers must check the result.
 */
export function slugify(text: string): string {
  return (
    text
      // NFKD splits "ó" into "o" + combining accent (and "ñ" into "n" + tilde) so both can be
      // dropped, and turns compatibility characters such as "º" or "²" into plain ones.
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, SLUG_MAX_LENGTH)
      .replace(/-+$/, "")
  );
}
