import type { TLocale } from "@lab/domain/locale";

/** The cookie that keeps the reader's language; Spanish when absent or unreadable. */
export const LOCALE_COOKIE = "lang";
/** A year: a choice of language is remembered, not asked again every visit. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The route that sets the language and goes back; a plain link, so it works without JavaScript. */
export const LANGUAGE_SWITCH_PATH = "/idioma";

/** The switch's address; without `back` the route goes back to the Referer (or the home). */
export function languageSwitchHref(lang: TLocale, back?: string): string {
  const query = new URLSearchParams({ lang });
  if (back) query.set("volver", back);
  return `${LANGUAGE_SWITCH_PATH}?${query}`;
}
