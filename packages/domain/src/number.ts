import type { TUnit } from "./indicator";
import { INTL_LOCALE, type TLocale } from "./locale";

// Numbers as people in Colombia write them: "." groups thousands and "," marks decimals.
//
// parseEsCoNumber rules, in order:
// - Surrounding spaces are ignored; an optional leading "-", "−" or "+" sets the sign.
// - Only digits, ".", "," and spaces may follow: "12e3", "$ 1.000", "45 %", "0x10" → null.
// - Spaces (also non-breaking) may group thousands: "1 234,5", "1 234 567".
// - With both "." and ",", the last one is the decimal mark: "1.234,5" and "1,234.5" → 1234.5.
// - A single "," is always the decimal mark: "1234,5" → 1234.5 and "1,234" → 1.234.
// - A single "." followed by exactly three digits, after a 1–3 digit group not starting with
//   0, groups thousands, as in es-CO: "1.234" → 1234, "76.000" → 76000. Otherwise it is the
//   decimal mark: "1234.5" → 1234.5, "0.234" → 0.234, "1234.567" → 1234.567.
// - The same mark repeated can only group thousands, so groups must have three digits:
//   "1.234.567" → 1234567, while "1,2,3" and "1.23.4" → null.

const THOUSANDS_GROUPED = { ".": /^[1-9]\d{0,2}(?:\.\d{3})+$/, ",": /^[1-9]\d{0,2}(?:,\d{3})+$/ };
const SPACE_GROUPED = /^\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function decimalMark(text: string): "." | "," | null {
  const dots = count(text, ".");
  const commas = count(text, ",");
  if (dots > 0 && commas > 0) return text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
  if (commas === 1) return ",";
  if (dots === 1) return /^[1-9]\d{0,2}\.\d{3}$/.test(text) ? null : ".";
  return null;
}

export function parseEsCoNumber(input: string): number | null {
  let text = input.trim();
  let sign = 1;
  const first = text[0];
  if (first === "-" || first === "−" || first === "+") {
    if (first !== "+") sign = -1;
    text = text.slice(1);
  }
  if (!/^[\d.,\s]+$/.test(text) || !/\d/.test(text)) return null;
  if (/\s/.test(text)) {
    if (!SPACE_GROUPED.test(text)) return null;
    text = text.replace(/\s/g, "");
  }

  const mark = decimalMark(text);
  const parts = mark === null ? [text] : text.split(mark);
  if (parts.length > 2) return null;
  const [integerPart = "", fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;

  let digits = integerPart;
  if (!/^\d*$/.test(integerPart)) {
    // Whatever mark is not the decimal one can only be grouping thousands.
    const thousands =
      mark === null ? (integerPart.includes(".") ? "." : ",") : mark === "," ? "." : ",";
    if (!THOUSANDS_GROUPED[thousands].test(integerPart)) return null;
    digits = integerPart.split(thousands).join("");
  }

  const value = sign * Number(`${digits || "0"}.${fraction ?? "0"}`);
  if (!Number.isFinite(value)) return null;
  return Object.is(value, -0) ? 0 : value;
}

// Values are stored as Decimal(20, 6), so six decimals show everything there is.
const MAX_STORED_DECIMALS = 6;
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  decimals: number | undefined,
  currency: boolean,
  locale: TLocale = "es",
): Intl.NumberFormat {
  const min = decimals === undefined ? 0 : Math.min(20, Math.max(0, Math.trunc(decimals)));
  const max = decimals === undefined ? MAX_STORED_DECIMALS : min;
  const key = `${locale}:${min}:${max}:${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      // "negative" avoids "-0" when a small negative value rounds to zero.
      signDisplay: "negative",
      ...(currency ? { style: "currency", currency: "COP" } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * "1.234,5" for 1234.5 with one decimal. Without `decimals`, shows up to six, as stored.
 * The output reads back unchanged through parseEsCoNumber.
 */
export function formatNumberEsCo(value: number, decimals?: number): string {
  return formatter(decimals, false).format(value);
}

/**
 * A number in the reader's language: "1.234,5" (es, es-CO) or "1,234.5" (en, en-US).
 * Without `decimals`, shows up to six, as stored.
 */
export function formatNumber(value: number, decimals?: number, locale: TLocale = "es"): string {
  return formatter(decimals, false, locale).format(value);
}

// Non-breaking space, so "45,3 %" or "$ 1.234" never wraps between number and symbol.
const NBSP = "\u00A0";

/**
 * Formats an indicator value for display: "45,3 %", "$ 1.234.567", "76 laboratorios"; in
 * English "45.3%", "COP 1,234,567" (Intl's en-US form, so "$" is never read as US dollars),
 * "76 laboratorios". `unitLabel` (the indicator's free-text unit, content rather than
 * interface) is appended as given, except for percentages and pesos, which already carry
 * their symbol. Spaces in the output are non-breaking (U+00A0).
 */
export function formatValue(
  unit: TUnit,
  value: number,
  decimals: number,
  unitLabel?: string | null,
  locale: TLocale = "es",
): string {
  if (unit === "CURRENCY_COP") return formatter(decimals, true, locale).format(value);
  const number = formatNumber(value, decimals, locale);
  // Spanish (RAE, ISO) spaces the percent sign; English writes it closed up.
  if (unit === "PERCENTAGE") return locale === "en" ? `${number}%` : `${number}${NBSP}%`;
  const label = unitLabel?.trim();
  return label ? `${number}${NBSP}${label}` : number;
}
