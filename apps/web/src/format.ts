/** Dates as people in Bucaramanga read them, whatever the server's time zone. */
export function formatDateEsCo(date: Date, withTime = false): string {
  return date.toLocaleString("es-CO", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "America/Bogota",
    ...(withTime ? { hour: "numeric", minute: "2-digit" } : {}),
  });
}

/** A calendar date stored without time (a DATE column, UTC midnight): no time-zone shift. */
export function formatDayEsCo(date: Date): string {
  return date.toLocaleDateString("es-CO", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
