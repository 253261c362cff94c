// The interface languages. Spanish (Colombia) is the default: the platform serves
// Bucaramanga, and English is offered alongside for every interface text.

export const LOCALES = ["es", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "es";

/** The BCP 47 tag each language is formatted with by Intl (numbers, dates, currency). */
export const INTL_LOCALE: Record<TLocale, string> = { es: "es-CO", en: "en-US" };

export function isLocale(value: unknown): value is TLocale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The locale named by a URL parameter, cookie or setting: "en", "EN", "en-US", "en_GB" → "en".
 * For an array (a repeated URL parameter) the first value counts. Anything else is Spanish,
 * so a stale or tampered value never breaks a page.
 */
export function parseLocale(raw: unknown): TLocale {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return DEFAULT_LOCALE;
  const language = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
