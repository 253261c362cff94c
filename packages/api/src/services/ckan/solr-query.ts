import type { TSearchCondition, TSearchField } from "../dataset-search";
import { invalidParam } from "./envelope";

// The subset of Solr's query syntax that CKAN clients send in package_search's q and fq:
// `field:value`, `field:"quoted value"`, `field:(a OR b)`, ranges `field:[from TO to]` (or
// `{…}` exclusive; dates ISO 8601 or NOW with date math), bare words (full text), `*:*`,
// AND / OR / NOT / && / || / ! / + / -, parentheses. Juxtaposed clauses must all hold, as in
// CKAN. Anything else is a Validation Error that says what was not understood.

/** Facet-like CKAN fields → the search's fields. */
const MATCH_FIELDS: Record<string, TSearchField> = {
  id: "id",
  name: "slug",
  organization: "publisher",
  groups: "theme",
  tags: "keyword",
  res_format: "format",
  license_id: "license",
  frequency: "frequency",
  office: "office",
};
const TEXT_FIELDS = { text: undefined, title: "title", notes: "description" } as const;
const DATE_FIELDS = { metadata_modified: "modified", metadata_created: "created" } as const;
/** Fields every public dataset has with one value: a query for another value finds nothing. */
const CONSTANT_FIELDS: Record<string, string> = {
  capacity: "public",
  state: "active",
  type: "dataset",
  dataset_type: "dataset",
  entity_type: "package",
  private: "false",
};

export type TSolrContext = {
  /** Which parameter is parsed, for error messages ("q" or "fq"). */
  param: string;
  /** CKAN organization ids (owner_org) → the publisher slug they stand for. */
  publisherForOrganizationId: (id: string) => string | undefined;
  /** Bare words in q rank results and need most of them (CKAN's mm); in fq, all of them. */
  mode: "all" | "most";
  now?: Date;
};

type TToken =
  | { t: "word"; v: string }
  | { t: "quoted"; v: string }
  | { t: "open" | "close" | "rangeOpen" | "rangeClose"; v: string };

const MAX_LENGTH = 4000;
const MAX_DEPTH = 16;

function tokenize(text: string, fail: (why: string) => never): TToken[] {
  const tokens: TToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "(" || c === ")") {
      tokens.push({ t: c === "(" ? "open" : "close", v: c });
      i += 1;
    } else if (c === "[" || c === "{") {
      tokens.push({ t: "rangeOpen", v: c });
      i += 1;
    } else if (c === "]" || c === "}") {
      tokens.push({ t: "rangeClose", v: c });
      i += 1;
    } else if (c === '"') {
      let v = "";
      i += 1;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i += 1;
        v += text[i];
        i += 1;
      }
      if (i >= text.length) fail("falta cerrar unas comillas.");
      i += 1;
      tokens.push({ t: "quoted", v });
    } else {
      let v = "";
      while (i < text.length && !/[\s()[\]{}"]/.test(text[i] as string)) {
        if (text[i] === "\\" && i + 1 < text.length) i += 1;
        v += text[i];
        i += 1;
      }
      tokens.push({ t: "word", v });
    }
  }
  return tokens;
}

const UNITS: Record<string, (d: Date, n: number) => void> = {
  YEAR: (d, n) => d.setUTCFullYear(d.getUTCFullYear() + n),
  MONTH: (d, n) => d.setUTCMonth(d.getUTCMonth() + n),
  DAY: (d, n) => d.setUTCDate(d.getUTCDate() + n),
  HOUR: (d, n) => d.setUTCHours(d.getUTCHours() + n),
  MINUTE: (d, n) => d.setUTCMinutes(d.getUTCMinutes() + n),
  SECOND: (d, n) => d.setUTCSeconds(d.getUTCSeconds() + n),
};
const ROUND: Record<string, (d: Date) => void> = {
  YEAR: (d) => {
    d.setUTCMonth(0, 1);
    d.setUTCHours(0, 0, 0, 0);
  },
  MONTH: (d) => {
    d.setUTCDate(1);
    d.setUTCHours(0, 0, 0, 0);
  },
  DAY: (d) => {
    d.setUTCHours(0, 0, 0, 0);
  },
  HOUR: (d) => {
    d.setUTCMinutes(0, 0, 0);
  },
  MINUTE: (d) => {
    d.setUTCSeconds(0, 0);
  },
  SECOND: (d) => {
    d.setUTCMilliseconds(0);
  },
};

/** Solr's date forms: ISO 8601 (UTC, fraction optional, "Z" optional) and NOW±n UNIT[/UNIT]. */
export function parseSolrDate(raw: string, now: Date): Date | null {
  const iso = raw.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?Z?$/,
  );
  if (iso) {
    const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0"] = iso;
    const parts = [y, mo, d, h, mi, s].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const ms = Math.floor(Number(`0.${frac}`) * 1000);
    const date = new Date(
      Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], ms),
    );
    // Date.UTC rolls 2024-02-31 over to March: refuse instead.
    const back = [
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
    ];
    return back.every((v, i) => v === parts[i]) ? date : null;
  }
  const math = raw.match(/^NOW((?:[+-]\d+[A-Z]+|\/[A-Z]+)*)$/);
  if (!math) return null;
  const date = new Date(now);
  for (const [, sign, n, unit, round] of (math[1] ?? "").matchAll(
    /([+-])(\d+)([A-Z]+)|\/([A-Z]+)/g,
  )) {
    const name = (unit ?? round ?? "").replace(/S$/, "");
    if (round !== undefined) {
      const apply = ROUND[name];
      if (!apply) return null;
      apply(date);
    } else {
      const apply = UNITS[name];
      if (!apply) return null;
      apply(date, (sign === "-" ? -1 : 1) * Number(n));
    }
  }
  return date;
}

/** Parses q or fq into a search condition; throws a Validation Error on what it cannot read. */
export function parseSolrQuery(text: string, context: TSolrContext): TSearchCondition {
  const fail = (why: string): never => {
    throw invalidParam(context.param, `No se entiende la consulta: ${why}`);
  };
  if (text.length > MAX_LENGTH) fail(`tiene más de ${MAX_LENGTH} caracteres.`);
  const tokens = tokenize(text, fail);
  const now = context.now ?? new Date();
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const isWord = (token: TToken | undefined, ...values: string[]) =>
    token?.t === "word" && values.includes(token.v);

  function query(depth: number): TSearchCondition {
    if (depth > MAX_DEPTH) fail("demasiados paréntesis anidados.");
    const alternatives = [conjunction(depth)];
    while (isWord(peek(), "OR", "||")) {
      next();
      alternatives.push(conjunction(depth));
    }
    return alternatives.length === 1
      ? (alternatives[0] as TSearchCondition)
      : { kind: "or", of: alternatives };
  }

  function conjunction(depth: number): TSearchCondition {
    const parts: TSearchCondition[] = [];
    const words: string[] = [];
    for (;;) {
      const token = peek();
      if (!token || token.t === "close" || isWord(token, "OR", "||")) break;
      if (isWord(token, "AND", "&&")) {
        next();
        continue;
      }
      const clause = unary(depth);
      // Bare words of one conjunction form one text clause, so CKAN's mm applies to them.
      if (clause.kind === "text" && !clause.within) words.push(...clause.words);
      else parts.push(clause);
    }
    if (words.length > 0) parts.unshift({ kind: "text", words, mode: context.mode });
    if (parts.length === 0) fail("falta un término.");
    return parts.length === 1 ? (parts[0] as TSearchCondition) : { kind: "and", of: parts };
  }

  function unary(depth: number): TSearchCondition {
    const token = peek();
    if (isWord(token, "NOT", "!")) {
      next();
      return { kind: "not", of: unary(depth) };
    }
    if (
      token?.t === "word" &&
      (token.v.startsWith("-") || token.v.startsWith("+")) &&
      token.v.length > 1
    ) {
      // Strip the sign and read the rest as its own clause.
      const negative = token.v.startsWith("-");
      token.v = token.v.slice(1);
      const clause = unary(depth);
      return negative ? { kind: "not", of: clause } : clause;
    }
    if (token?.t === "word" && (token.v === "-" || token.v === "+")) {
      next();
      const clause = unary(depth);
      return token.v === "-" ? { kind: "not", of: clause } : clause;
    }
    return primary(depth);
  }

  function primary(depth: number): TSearchCondition {
    const token = next();
    if (!token) return fail("la consulta termina antes de tiempo.");
    if (token.t === "open") {
      const inner = query(depth + 1);
      if (next()?.t !== "close") fail("falta cerrar un paréntesis.");
      return inner;
    }
    if (token.t === "quoted") return { kind: "text", words: [token.v], mode: "all" };
    if (token.t !== "word") return fail(`«${token.v}» fuera de lugar.`);
    if (token.v === "*:*" || token.v === "*") return { kind: "all" };
    const colon = token.v.indexOf(":");
    if (colon <= 0) {
      if (/[*?]/.test(token.v)) fail("los comodines (* y ?) no se admiten.");
      return { kind: "text", words: [token.v], mode: "all" };
    }
    const field = token.v.slice(0, colon);
    const rest = token.v.slice(colon + 1);
    return fieldClause(field, rest, depth);
  }

  /** The value after `field:`: in the same word, or the next token (quoted, group, range). */
  function fieldClause(field: string, rest: string, depth: number): TSearchCondition {
    if (rest === "") {
      const token = peek();
      if (token?.t === "rangeOpen") return range(field);
      if (token?.t === "open") {
        next();
        const values = valueGroup(field, depth + 1);
        if (next()?.t !== "close") fail("falta cerrar un paréntesis.");
        return values;
      }
      if (token?.t === "quoted" || token?.t === "word") {
        next();
        return fieldValue(field, token.v);
      }
      return fail(`falta el valor de «${field}».`);
    }
    return fieldValue(field, rest);
  }

  /** `field:(a OR b AND c)`: the operators apply to values of that field. */
  function valueGroup(field: string, depth: number): TSearchCondition {
    if (depth > MAX_DEPTH) fail("demasiados paréntesis anidados.");
    const alternatives: TSearchCondition[][] = [[]];
    for (;;) {
      const token = peek();
      if (!token || token.t === "close") break;
      next();
      if (token.t === "word" && (token.v === "OR" || token.v === "||")) alternatives.push([]);
      else if (token.t === "word" && (token.v === "AND" || token.v === "&&")) continue;
      else if (token.t === "word" || token.t === "quoted") {
        alternatives.at(-1)?.push(fieldValue(field, token.v));
      } else if (token.t === "open") {
        const inner = valueGroup(field, depth + 1);
        if (next()?.t !== "close") fail("falta cerrar un paréntesis.");
        alternatives.at(-1)?.push(inner);
      } else fail(`«${token.v}» fuera de lugar.`);
    }
    const groups = alternatives.map((parts): TSearchCondition => {
      if (parts.length === 0) fail(`falta un valor de «${field}».`);
      return parts.length === 1 ? (parts[0] as TSearchCondition) : { kind: "and", of: parts };
    });
    return groups.length === 1 ? (groups[0] as TSearchCondition) : { kind: "or", of: groups };
  }

  function fieldValue(field: string, value: string): TSearchCondition {
    if (field === "*" && value === "*") return { kind: "all" };
    if (/[*?]/.test(value)) fail("los comodines (* y ?) no se admiten fuera de un rango.");
    const match = MATCH_FIELDS[field];
    if (match) return { kind: "match", field: match, values: [value] };
    if (field === "owner_org") {
      const publisher = context.publisherForOrganizationId(value);
      return publisher
        ? { kind: "match", field: "publisher", values: [publisher] }
        : { kind: "match", field: "publisher", values: [] };
    }
    if (field in TEXT_FIELDS) {
      const within = TEXT_FIELDS[field as keyof typeof TEXT_FIELDS];
      return { kind: "text", words: [value], within, mode: "all" };
    }
    if (field in DATE_FIELDS) {
      const date = parseDate(field, value);
      return {
        kind: "range",
        field: DATE_FIELDS[field as keyof typeof DATE_FIELDS],
        from: date,
        to: date,
      };
    }
    const constant = CONSTANT_FIELDS[field];
    if (constant !== undefined)
      return value === constant ? { kind: "all" } : { kind: "match", field: "id", values: [] };
    if (field === "site_id") return { kind: "all" };
    return fail(`el campo «${field}» no existe en este catálogo.`);
  }

  function parseDate(field: string, raw: string): Date {
    const date = parseSolrDate(raw, now);
    if (!date) {
      fail(`«${raw}» no es una fecha válida para ${field} (use por ejemplo 2024-01-31T00:00:00Z).`);
    }
    return date as Date;
  }

  function range(field: string): TSearchCondition {
    const open = next() as TToken;
    const from = next();
    const keyword = next();
    const to = next();
    const close = next();
    if (
      from?.t !== "word" ||
      !isWord(keyword, "TO") ||
      to?.t !== "word" ||
      close?.t !== "rangeClose"
    ) {
      return fail("un rango se escribe [desde TO hasta].");
    }
    if (!(field in DATE_FIELDS))
      fail(`«${field}» no admite rangos; solo metadata_modified y metadata_created.`);
    const bound = (t: { v: string }) => (t.v === "*" ? undefined : parseDate(field, t.v));
    return {
      kind: "range",
      field: DATE_FIELDS[field as keyof typeof DATE_FIELDS],
      from: bound(from),
      to: bound(to),
      inclusive: { from: open.v === "[", to: close.v === "]" },
    };
  }

  if (tokens.length === 0) return { kind: "all" };
  const condition = query(0);
  if (pos < tokens.length) fail(`«${tokens[pos]?.v}» fuera de lugar.`);
  return condition;
}
