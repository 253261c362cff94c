import { INTL_LOCALE, type TLocale } from "@lab/domain/locale";

/**
 * Dates as readers write them, always in Bucaramanga's time zone whatever the server's:
 * "16 de diciembre de 2024" (es-CO) or "December 16, 2024" (en-US).
 */
export function formatDate(date: Date, locale: TLocale = "es", withTime = false): string {
  return date.toLocaleString(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "America/Bogota",
    ...(withTime ? { hour: "numeric", minute: "2-digit" } : {}),
  });
}

/** A calendar date stored without time (a DATE column, UTC midnight): no time-zone shift. */
export function formatDay(date: Date, locale: TLocale = "es"): string {
  return date.toLocaleDateString(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** Spanish dates, for the staff workspace (Spanish only). */
export function formatDateEsCo(date: Date, withTime = false): string {
  return formatDate(date, "es", withTime);
}

export function formatDayEsCo(date: Date): string {
  return formatDay(date, "es");
}
