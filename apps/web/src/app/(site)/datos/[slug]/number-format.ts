import { INTL_LOCALE, type TLocale } from "@lab/domain/locale";

/**
 * Decimal cells as the reader writes them (es-CO: "1234,5"), without thousands separators, so
 * codes and measures read as they are in the file.
 */
export function decimalFormatter(locale: TLocale) {
  const decimal = new Intl.NumberFormat(INTL_LOCALE[locale], {
    useGrouping: false,
    maximumFractionDigits: 10,
  });
  return (value: number): string => decimal.format(value);
}

/** Counts and totals, grouped as the reader groups them ("12.345"). */
export function countFormatter(locale: TLocale) {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
  return (n: number) => format.format(n);
}

/** Chart axis values: grouped, up to two decimals. */
export function chartNumberFormatter(locale: TLocale) {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 });
  return (n: number) => format.format(n);
}

/** A file size in the reader's units ("1,2 MB"), from bytes. */
export function formatBytes(bytes: number, locale: TLocale): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
