import { z } from "zod";
import type { TPeriodicity } from "./indicator";
import type { TLocale } from "./locale";

// A period is stored as one canonical string per periodicity. Within a periodicity these
// sort as plain text, and the forms never overlap, so a string tells its own periodicity:
//   ANNUAL "2024" · SEMIANNUAL "2024-S1" · QUARTERLY "2024-Q1" · MONTHLY "2024-03"
//   ONE_OFF "2024-12-16" (a date)
// Storage keeps Q (ISO-like, language-neutral). People see formatPeriod()'s display form
// ("T1 2024", T for trimestre) and are asked to type the short forms in PERIOD_INPUT_HINTS_ES
// ("2024-T1", "03/2024", "16/12/2024"). parsePeriod() accepts those, the canonical forms,
// formatPeriod()'s own output in both languages and a few other common spellings.

export const PERIOD_YEAR_MIN = 1900;
export const PERIOD_YEAR_MAX = 2100;

export type TPeriodParseResult = { ok: true; period: string } | { ok: false; message: string };
/** Kept for existing imports; the same as TLocale. */
export type TPeriodLocale = TLocale;

/** What to ask people to type, for placeholders and error messages. */
export const PERIOD_INPUT_HINTS_ES: Record<TPeriodicity, { format: string; example: string }> = {
  ANNUAL: { format: "aaaa", example: "2024" },
  SEMIANNUAL: { format: "aaaa-Sn", example: "2024-S1" },
  QUARTERLY: { format: "aaaa-Tn", example: "2024-T1" },
  MONTHLY: { format: "mm/aaaa", example: "03/2024" },
  ONE_OFF: { format: "dd/mm/aaaa", example: "16/12/2024" },
};

const PERIODICITY_ADJECTIVES_ES: Record<TPeriodicity, string> = {
  ANNUAL: "anual",
  SEMIANNUAL: "semestral",
  QUARTERLY: "trimestral",
  MONTHLY: "mensual",
  ONE_OFF: "de única vez",
};

const MONTH_NAMES_ES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
] as const;
const MONTH_NAMES_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

// Month words people type, in Spanish and English, full or abbreviated, without accents.
const MONTH_WORDS = new Map<string, number>(
  [
    "enero ene january jan",
    "febrero feb february",
    "marzo mar march",
    "abril abr april apr",
    "mayo may",
    "junio jun june",
    "julio jul july",
    "agosto ago august aug",
    "septiembre setiembre sep sept set september",
    "octubre oct october",
    "noviembre nov november",
    "diciembre dic december dec",
  ].flatMap((words, index) => words.split(" ").map((word) => [word, index + 1] as const)),
);

const ORDINAL_WORDS = new Map<string, number>([
  ["primer", 1],
  ["primero", 1],
  ["first", 1],
  ["segundo", 2],
  ["second", 2],
  ["tercer", 3],
  ["tercero", 3],
  ["third", 3],
  ["cuarto", 4],
  ["fourth", 4],
]);

// n is the semester, quarter or month (0 for ANNUAL); day is used by ONE_OFF only.
type TParts = { year: number; n: number; day: number };
type TMatcher = { pattern: RegExp; read: (groups: string[]) => TParts | null };

// Digits or an ordinal word to a number; NaN for anything else, so check() rejects it.
function num(text: string | undefined): number {
  if (text === undefined || text === "") return Number.NaN;
  return ORDINAL_WORDS.get(text) ?? Number(text);
}

function monthOf(word: string | undefined): number {
  return (word !== undefined && MONTH_WORDS.get(word)) || Number.NaN;
}

function parts(year: string | undefined, n: number, day = 0): TParts {
  return { year: num(year), n, day };
}

const ORDINAL = String.raw`([1-4]|primero?|segundo|tercero?|cuarto|first|second|third|fourth)(?:\.?\s*(?:er|ro|o|do|to|st|nd|rd|th))?`;
const OF_YEAR = String.raw`(?:\s+(?:de|del|of))?(?:\s+(?:ano|year))?\s*(\d{4})`;

const MATCHERS: Record<TPeriodicity, TMatcher[]> = {
  ANNUAL: [{ pattern: /^(?:(?:ano|year)\s*)?(\d{4})$/, read: ([y]) => parts(y, 0) }],
  SEMIANNUAL: [
    { pattern: /^(\d{4})\s*[-/]?\s*[sh]([12])$/, read: ([y, n]) => parts(y, num(n)) },
    { pattern: /^[sh]([12])\s*[-/]?\s*(\d{4})$/, read: ([n, y]) => parts(y, num(n)) },
    { pattern: /^(\d{4})\s*[-/]?\s*(ii?)$/, read: ([y, r]) => parts(y, r?.length ?? 0) },
    { pattern: /^(ii?)\s*[-/]?\s*(\d{4})$/, read: ([r, y]) => parts(y, r?.length ?? 0) },
    // "2024-1" and "2024-2" are how Colombian universities and offices name semesters.
    { pattern: /^(\d{4})\s*-\s*([12])$/, read: ([y, n]) => parts(y, num(n)) },
    {
      pattern: new RegExp(`^${ORDINAL}\\s*(?:semestre|half)${OF_YEAR}$`),
      read: ([n, y]) => parts(y, num(n)),
    },
  ],
  QUARTERLY: [
    { pattern: /^(\d{4})\s*[-/]?\s*[qt]([1-4])$/, read: ([y, n]) => parts(y, num(n)) },
    { pattern: /^[qt]([1-4])\s*[-/]?\s*(\d{4})$/, read: ([n, y]) => parts(y, num(n)) },
    {
      pattern: new RegExp(`^${ORDINAL}\\s*(?:trimestre|quarter)${OF_YEAR}$`),
      read: ([n, y]) => parts(y, num(n)),
    },
  ],
  MONTHLY: [
    { pattern: /^(\d{4})\s*[-/.]\s*(\d{1,2})$/, read: ([y, m]) => parts(y, num(m)) },
    { pattern: /^(\d{1,2})\s*[-/.]\s*(\d{4})$/, read: ([m, y]) => parts(y, num(m)) },
    {
      pattern: /^([a-z]+)\.?(?:\s*[-/]\s*|\s+(?:de|del|of)\s+|\s*)(\d{4})$/,
      read: ([m, y]) => parts(y, monthOf(m)),
    },
  ],
  ONE_OFF: [
    {
      pattern: /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/,
      read: ([y, , m, d]) => parts(y, num(m), num(d)),
    },
    // Day first, always: Colombia writes dd/mm/aaaa, never the US mm/dd/aaaa.
    {
      pattern: /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/,
      read: ([d, , m, y]) => parts(y, num(m), num(d)),
    },
    {
      pattern: /^(\d{1,2})(?:\s+de)?\s+([a-z]+)\.?(?:\s+(?:de|del))?\s+(\d{4})$/,
      read: ([d, m, y]) => parts(y, monthOf(m), num(d)),
    },
    {
      pattern: /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/,
      read: ([m, d, y]) => parts(y, monthOf(m), num(d)),
    },
  ],
};

const CANONICAL: Record<TPeriodicity, TMatcher> = {
  ANNUAL: { pattern: /^(\d{4})$/, read: ([y]) => parts(y, 0) },
  SEMIANNUAL: { pattern: /^(\d{4})-S([12])$/, read: ([y, n]) => parts(y, num(n)) },
  QUARTERLY: { pattern: /^(\d{4})-Q([1-4])$/, read: ([y, n]) => parts(y, num(n)) },
  MONTHLY: { pattern: /^(\d{4})-(\d{2})$/, read: ([y, m]) => parts(y, num(m)) },
  ONE_OFF: {
    pattern: /^(\d{4})-(\d{2})-(\d{2})$/,
    read: ([y, m, d]) => parts(y, num(m), num(d)),
  },
};

// How many values n can take in a year (ONE_OFF: the date's month; ANNUAL has no n).
const PERIODS_PER_YEAR: Record<TPeriodicity, number> = {
  ANNUAL: 0,
  SEMIANNUAL: 2,
  QUARTERLY: 4,
  MONTHLY: 12,
  ONE_OFF: 12,
};

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

type TCheck = "ok" | "format" | "year" | "date";

function check(periodicity: TPeriodicity, { year, n, day }: TParts): TCheck {
  const perYear = PERIODS_PER_YEAR[periodicity];
  if (!Number.isInteger(n) || n < (perYear === 0 ? 0 : 1) || n > perYear) {
    return periodicity === "ONE_OFF" && Number.isInteger(n) ? "date" : "format";
  }
  if (periodicity === "ONE_OFF" && !(day >= 1 && day <= daysInMonth(year, n))) return "date";
  if (!(year >= PERIOD_YEAR_MIN && year <= PERIOD_YEAR_MAX)) return "year";
  return "ok";
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

function canonical(periodicity: TPeriodicity, { year, n, day }: TParts): string {
  switch (periodicity) {
    case "ANNUAL":
      return pad(year, 4);
    case "SEMIANNUAL":
      return `${pad(year, 4)}-S${n}`;
    case "QUARTERLY":
      return `${pad(year, 4)}-Q${n}`;
    case "MONTHLY":
      return `${pad(year, 4)}-${pad(n)}`;
    case "ONE_OFF":
      return `${pad(year, 4)}-${pad(n)}-${pad(day)}`;
  }
}

function match(matcher: TMatcher, text: string): TParts | null {
  const found = matcher.pattern.exec(text);
  return found ? matcher.read(found.slice(1).map((group) => group ?? "")) : null;
}

// Parts of a stored period, or null when it is not a valid canonical string.
function readCanonical(periodicity: TPeriodicity, period: string): TParts | null {
  const read = match(CANONICAL[periodicity], period);
  return read && check(periodicity, read) === "ok" ? read : null;
}

function formatMessage(periodicity: TPeriodicity): string {
  const { format, example } = PERIOD_INPUT_HINTS_ES[periodicity];
  return `Periodo inválido para periodicidad ${PERIODICITY_ADJECTIVES_ES[periodicity]}: use el formato ${format}, por ejemplo ${example}.`;
}

/** Reads what a person typed (or a spreadsheet held) as a period of `periodicity`. */
export function parsePeriod(periodicity: TPeriodicity, input: string): TPeriodParseResult {
  const text = input
    .normalize("NFKD") // "º" → "o", non-breaking spaces → spaces, accents split off
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= 40) {
    for (const matcher of MATCHERS[periodicity]) {
      const read = match(matcher, text);
      if (!read) continue;
      const result = check(periodicity, read);
      if (result === "ok") return { ok: true, period: canonical(periodicity, read) };
      if (result === "year") {
        return {
          ok: false,
          message: `Periodo inválido: el año debe estar entre ${PERIOD_YEAR_MIN} y ${PERIOD_YEAR_MAX}.`,
        };
      }
      if (result === "date") {
        const date = `${pad(read.day)}/${pad(read.n)}/${pad(read.year, 4)}`;
        return { ok: false, message: `Periodo inválido: la fecha ${date} no existe.` };
      }
    }
  }
  return { ok: false, message: formatMessage(periodicity) };
}

/** A zod schema that accepts what parsePeriod accepts and outputs the canonical period. */
export function ZPeriod(periodicity: TPeriodicity) {
  return z.string({ error: "Escriba el periodo." }).transform((input, ctx) => {
    const result = parsePeriod(periodicity, input);
    if (result.ok) return result.period;
    ctx.addIssue({ code: "custom", message: result.message, input });
    return z.NEVER;
  });
}

/**
 * For display: "2024", "1.er semestre 2024", "T1 2024", "marzo de 2024",
 * "16 de diciembre de 2024" (en: "H1 2024", "Q1 2024", "March 2024", "December 16, 2024").
 * A string that is not a canonical period of `periodicity` is returned unchanged.
 */
export function formatPeriod(
  periodicity: TPeriodicity,
  period: string,
  locale: TPeriodLocale = "es",
): string {
  const read = readCanonical(periodicity, period);
  if (!read) return period;
  const { year, n, day } = read;
  const es = locale === "es";
  const month = (es ? MONTH_NAMES_ES : MONTH_NAMES_EN)[n - 1] ?? "";
  switch (periodicity) {
    case "ANNUAL":
      return String(year);
    case "SEMIANNUAL":
      return es ? `${n === 1 ? "1.er" : "2.º"} semestre ${year}` : `H${n} ${year}`;
    case "QUARTERLY":
      return es ? `T${n} ${year}` : `Q${n} ${year}`;
    case "MONTHLY":
      return es ? `${month} de ${year}` : `${month} ${year}`;
    case "ONE_OFF":
      return es ? `${day} de ${month} de ${year}` : `${month} ${day}, ${year}`;
  }
}

/** The periodicity whose canonical form `period` has, or null if it has none. */
export function detectPeriodicity(period: string): TPeriodicity | null {
  for (const periodicity of Object.keys(CANONICAL) as TPeriodicity[]) {
    if (readCanonical(periodicity, period)) return periodicity;
  }
  return null;
}

/** First and last day of a canonical period, as ISO dates ("2024-01-01"), for time axes. */
export function periodBounds(period: string): { start: string; end: string } | null {
  const periodicity = detectPeriodicity(period);
  const read = periodicity && readCanonical(periodicity, period);
  if (!periodicity || !read) return null;
  const { year, n, day } = read;
  const months: Record<TPeriodicity, [number, number]> = {
    ANNUAL: [1, 12],
    SEMIANNUAL: [6 * n - 5, 6 * n],
    QUARTERLY: [3 * n - 2, 3 * n],
    MONTHLY: [n, n],
    ONE_OFF: [n, n],
  };
  const [first, last] = months[periodicity];
  const iso = (month: number, d: number) => `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
  return periodicity === "ONE_OFF"
    ? { start: iso(n, day), end: iso(n, day) }
    : { start: iso(first, 1), end: iso(last, daysInMonth(year, last)) };
}

/**
 * Chronological order for Array.prototype.sort: by first day, then by last day, so with
 * mixed periodicities the shorter period comes first ("2024-S1" before "2024"). Strings that
 * are not canonical periods go last, in text order.
 */
export function comparePeriods(a: string, b: string): number {
  const boundsA = periodBounds(a);
  const boundsB = periodBounds(b);
  if (boundsA && boundsB) {
    const byStart = boundsA.start.localeCompare(boundsB.start);
    if (byStart !== 0) return byStart;
    const byEnd = boundsA.end.localeCompare(boundsB.end);
    if (byEnd !== 0) return byEnd;
  } else if (boundsA || boundsB) {
    return boundsA ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function shift(periodicity: TPeriodicity, period: string, step: 1 | -1): string | null {
  const read = readCanonical(periodicity, period);
  if (!read || periodicity === "ONE_OFF") return null;
  const perYear = PERIODS_PER_YEAR[periodicity];
  let { year, n } = read;
  if (perYear === 0) {
    year += step;
  } else {
    n += step;
    if (n < 1) [year, n] = [year - 1, perYear];
    if (n > perYear) [year, n] = [year + 1, 1];
  }
  const next = { year, n, day: 0 };
  return check(periodicity, next) === "ok" ? canonical(periodicity, next) : null;
}

/** The period before: "2024-Q1" → "2023-Q4". Null for ONE_OFF, invalid input or year 1900. */
export function previousPeriod(periodicity: TPeriodicity, period: string): string | null {
  return shift(periodicity, period, -1);
}

/** The period after: "2024-12" → "2025-01". Null for ONE_OFF, invalid input or year 2100. */
export function nextPeriod(periodicity: TPeriodicity, period: string): string | null {
  return shift(periodicity, period, 1);
}

/**
 * The parts of a period below the year, as a picker offers them: semesters, quarters or
 * months with their Spanish names. Empty for ANNUAL (the year alone) and ONE_OFF (a date).
 */
export function periodPartOptionsEs(periodicity: TPeriodicity): { value: number; label: string }[] {
  switch (periodicity) {
    case "SEMIANNUAL":
      return [
        { value: 1, label: "1.er semestre (enero a junio)" },
        { value: 2, label: "2.º semestre (julio a diciembre)" },
      ];
    case "QUARTERLY":
      return [1, 2, 3, 4].map((n) => ({
        value: n,
        label: `T${n} (${MONTH_NAMES_ES[3 * n - 3]} a ${MONTH_NAMES_ES[3 * n - 1]})`,
      }));
    case "MONTHLY":
      return MONTH_NAMES_ES.map((name, i) => ({
        value: i + 1,
        label: name.charAt(0).toUpperCase() + name.slice(1),
      }));
    default:
      return [];
  }
}

/**
 * The canonical period a picker's choice stands for: a year and, below it, the semester,
 * quarter or month (1-based); ONE_OFF takes the date as AAAA-MM-DD in `date`. Null when the
 * choice is incomplete or not a valid period.
 */
export function periodFromParts(
  periodicity: TPeriodicity,
  choice: { year?: number | null; part?: number | null; date?: string | null },
): string | null {
  const read: TParts | null =
    periodicity === "ONE_OFF"
      ? match(CANONICAL.ONE_OFF, choice.date ?? "")
      : choice.year == null
        ? null
        : {
            year: choice.year,
            n: periodicity === "ANNUAL" ? 0 : (choice.part ?? Number.NaN),
            day: 0,
          };
  return read && check(periodicity, read) === "ok" ? canonical(periodicity, read) : null;
}
