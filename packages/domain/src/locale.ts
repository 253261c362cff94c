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

/** The `lang` attribute of a page in each language: Colombian Spanish, or plain English. */
export const HTML_LANG: Record<TLocale, string> = { es: "es-CO", en: "en" };

/**
 * Content in the reader's language, falling back to the Spanish original when no translation
 * exists. `lang` is "es" when an English reader gets the Spanish text, so the element that
 * shows it can say so (screen readers then pronounce it in Spanish); otherwise undefined.
 */
export function pickTranslation(
  spanish: string,
  english: string | null | undefined,
  locale: TLocale,
): { text: string; lang: "es" | undefined } {
  const translated = english?.trim();
  if (locale === "en" && translated) return { text: translated, lang: undefined };
  return { text: spanish, lang: locale === "es" ? undefined : "es" };
}

/**
 * Fills "{name}" placeholders of an interface message: "Meta: {target} a {year}". A
 * placeholder without a value is left as written, so a missing value shows rather than hides.
 */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
