import type { TColumnTyping, TDecimalStyle } from "@lab/domain/column-typing";
import { spareOrNew } from "./load-bytes";

// The loader's fast path, for chunks of whole lines after the sample: it walks the text once,
// field by field, without building rows or cutting strings. `check` proves that every value is
// already written as COPY reads it (plain integers, decimal points, ISO dates, true/false, text
// without line breaks or stray quotes): the chunk then goes to COPY as the file's own bytes.
// `convert` also accepts the plain spellings of Colombian spreadsheets (1.234,5; 31/12/2024;
// sí/no) and writes COPY's CSV straight into a byte buffer. Either way, only each column's
// least and greatest value of the chunk is cut out for the dictionary. At the first value it
// cannot handle (an exponent, a blank line, a quoted number, a ragged row…) it gives up with no
// side effects, and the chunk takes the full path (papaparse, the domain's converters), which
// decides exactly what the value is; what this accepts is a subset of what the converters
// accept, converted the same way. Allocating nothing per cell is the point: per-row arrays and
// strings were most of the loader's time, spent in the garbage collector.

const LF = 10;
const CR = 13;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const COLON = 58;
const SPACE = 32;
const BACKSLASH = 92;

const KIND_TEXT = 0;
const KIND_INT = 1;
const KIND_DECIMAL = 2;
const KIND_DATE = 3;
const KIND_DATETIME = 4;
const KIND_BOOLEAN = 5;

const isDigit = (c: number) => c >= 48 && c <= 57;

function daysIn(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The figures of a chunk that passed, per column. */
export type TScanned = {
  rows: number;
  nulls: Float64Array;
  /** [start, end) in the chunk's text of the least and greatest value; -1: none. */
  minAt: Int32Array;
  minEnd: Int32Array;
  maxAt: Int32Array;
  maxEnd: Int32Array;
};

/** A growing byte buffer for COPY's CSV, written as UTF-8. */
class ByteWriter {
  buf: Uint8Array;
  pos = 0;
  /** `spare`: an earlier writer's buffer, used when it is large enough. */
  constructor(capacity: number, spare?: ArrayBuffer) {
    this.buf = new Uint8Array(spareOrNew(capacity, spare));
  }
  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  byte(b: number): void {
    this.buf[this.pos] = b;
    this.pos += 1;
  }
  /** s[a..b) as UTF-8 (reserve 3 bytes per character first). */
  text(s: string, a: number, b: number): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = a; i < b; i += 1) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[pos++] = c;
      } else if (c < 0x800) {
        buf[pos++] = 0xc0 | (c >> 6);
        buf[pos++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
        const low = s.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i += 1;
          buf[pos++] = 0xf0 | (c >> 18);
          buf[pos++] = 0x80 | ((c >> 12) & 0x3f);
          buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
          buf[pos++] = 0x80 | (c & 0x3f);
        } else {
          buf[pos++] = 0xef; // a lone surrogate, as TextEncoder writes it: U+FFFD
          buf[pos++] = 0xbf;
          buf[pos++] = 0xbd;
        }
      } else if (c >= 0xd800 && c <= 0xdfff) {
        buf[pos++] = 0xef;
        buf[pos++] = 0xbf;
        buf[pos++] = 0xbd;
      } else {
        buf[pos++] = 0xe0 | (c >> 12);
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
        buf[pos++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = pos;
  }
  two(n: number): void {
    this.byte(ZERO + Math.floor(n / 10));
    this.byte(ZERO + (n % 10));
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

/** What one value is, for the walk: its order key, or NaN when this path cannot take it. */
type TCell = number;
const FAIL = Number.NaN;

export class ChunkScanner {
  private readonly kinds: Uint8Array;
  /** Per column: the thousands and decimal marks of its numbers. */
  private readonly group: Uint8Array;
  private readonly mark: Uint8Array;
  private readonly width: number;
  private readonly delimiter: string;
  private readonly crlf: boolean;
  private readonly result: TScanned;
  private readonly minKey: Float64Array;
  /** Buffers of conversions already copied (recycle()), for the next ones. */
  private readonly spares: ArrayBuffer[] = [];
  private readonly maxKey: Float64Array;

  /** Null when no chunk of this file can take the fast path (its line ending is a lone CR). */
  static for(
    typings: readonly TColumnTyping[],
    delimiter: string,
    newline: "\r\n" | "\n" | "\r",
  ): ChunkScanner | null {
    return newline === "\r" || typings.length === 0
      ? null
      : new ChunkScanner(typings, delimiter, newline === "\r\n");
  }

  private constructor(typings: readonly TColumnTyping[], delimiter: string, crlf: boolean) {
    this.width = typings.length;
    this.delimiter = delimiter;
    this.crlf = crlf;
    const kind: Record<string, number> = {
      integer: KIND_INT,
      decimal: KIND_DECIMAL,
      date: KIND_DATE,
      datetime: KIND_DATETIME,
      boolean: KIND_BOOLEAN,
    };
    this.kinds = Uint8Array.from(typings, (t) => kind[t.type] ?? KIND_TEXT);
    const style = (t: TColumnTyping): TDecimalStyle => t.decimalStyle ?? "point";
    this.group = Uint8Array.from(typings, (t) => (style(t) === "comma" ? DOT : COMMA));
    this.mark = Uint8Array.from(typings, (t) => (style(t) === "comma" ? COMMA : DOT));
    const n = this.width;
    this.result = {
      rows: 0,
      nulls: new Float64Array(n),
      minAt: new Int32Array(n),
      minEnd: new Int32Array(n),
      maxAt: new Int32Array(n),
      maxEnd: new Int32Array(n),
    };
    this.minKey = new Float64Array(n);
    this.maxKey = new Float64Array(n);
  }

  /** Figures when every value of the chunk is written as COPY reads it, else null. */
  check(text: string): TScanned | null {
    return this.walk(text, null);
  }

  /**
   * A conversion's bytes were copied where they go: their buffer may carry a later one. Left
   * to the garbage collector instead, some 50 MB of them piled up during a large upload.
   */
  recycle(bytes: Uint8Array): void {
    this.spares.push(bytes.buffer as ArrayBuffer);
  }

  /** Figures and COPY's CSV when every value is canonical or a plain conversion, else null. */
  convert(text: string): { scanned: TScanned; bytes: Uint8Array } | null {
    const out = new ByteWriter(text.length + (text.length >> 2) + 64, this.spares.pop());
    const scanned = this.walk(text, out);
    return scanned ? { scanned, bytes: out.result() } : null;
  }

  // --- One value. Each returns the value's order key (NaN: not this path), and writes the
  // --- converted value when `out` is given; without `out` the value must already be canonical.

  /**
   * -?digits with the column's marks: "1.234.567" or "1234567" (comma style), "1,234.5"…
   * Integers: at most 18 digits, no leading zero. Decimals: a fraction after the mark.
   */
  private number(
    c: number,
    decimal: boolean,
    s: string,
    a: number,
    b: number,
    out: ByteWriter | null,
  ): TCell {
    const group = this.group[c] as number;
    const mark = this.mark[c] as number;
    let i = a;
    const negative = s.charCodeAt(i) === MINUS;
    if (negative) i += 1;
    const first = i;
    let digits = 0;
    let grouped = false;
    let value = 0;
    // The integer part: plain digits, or 1–3 digits then groups of three.
    while (i < b) {
      const ch = s.charCodeAt(i);
      if (isDigit(ch)) {
        value = value * 10 + (ch - ZERO);
        digits += 1;
        i += 1;
      } else if (ch === group) {
        if (digits === 0 || (!grouped && (i - first > 3 || s.charCodeAt(first) === ZERO)))
          return FAIL;
        if (i + 3 >= b) return FAIL;
        for (let k = 1; k <= 3; k += 1) if (!isDigit(s.charCodeAt(i + k))) return FAIL;
        const next = s.charCodeAt(i + 4);
        if (i + 4 < b && isDigit(next)) return FAIL;
        grouped = true;
        i += 1;
      } else break;
    }
    if (digits === 0) return FAIL;
    if (grouped && digits > 18) return FAIL;
    let fractionAt = -1;
    if (i < b) {
      if (!decimal || s.charCodeAt(i) !== mark || i + 1 >= b) return FAIL;
      fractionAt = i + 1;
      let scale = 0.1;
      for (let k = fractionAt; k < b; k += 1) {
        const ch = s.charCodeAt(k);
        if (!isDigit(ch)) return FAIL;
        value += (ch - ZERO) * scale;
        scale /= 10;
      }
    } else if (!grouped) {
      // A plain integer: as the converters' integer pattern.
      if (digits > 18 || (digits > 1 && s.charCodeAt(first) === ZERO)) return FAIL;
    }
    if (fractionAt >= 0 && !grouped && digits > 1 && s.charCodeAt(first) === ZERO) return FAIL;
    if (out === null) {
      // Canonical: nothing to remove or replace.
      if (grouped || (fractionAt >= 0 && mark !== DOT)) return FAIL;
    } else {
      out.reserve(b - a + 1);
      if (negative) out.byte(MINUS);
      const end = fractionAt >= 0 ? fractionAt - 1 : b;
      for (let k = first; k < end; k += 1) {
        const ch = s.charCodeAt(k);
        if (ch !== group) out.byte(ch);
      }
      if (fractionAt >= 0) {
        out.byte(DOT);
        for (let k = fractionAt; k < b; k += 1) out.byte(s.charCodeAt(k));
      }
    }
    return negative ? -value : value;
  }

  /** Reads 1–2 or exactly 4 digits at i: [value, next index]; value -1 when not digits. */
  private static digits(s: string, i: number, b: number, max: number): [number, number] {
    let value = 0;
    let k = i;
    while (k < b && k - i < max && isDigit(s.charCodeAt(k))) {
      value = value * 10 + (s.charCodeAt(k) - ZERO);
      k += 1;
    }
    return k === i ? [-1, i] : [value, k];
  }

  /**
   * A date (dd/mm/aaaa, d-m-aaaa, aaaa-mm-dd) starting at a, ending at `end` or followed by a
   * time: the key aaaammdd and the index after it, or NaN.
   */
  private date(s: string, a: number, b: number): [number, number] {
    const [p1, i1] = ChunkScanner.digits(s, a, b, 4);
    const sep = s.charCodeAt(i1);
    if (p1 < 0 || (sep !== SLASH && sep !== MINUS)) return [FAIL, a];
    const [p2, i2] = ChunkScanner.digits(s, i1 + 1, b, 2);
    if (p2 < 0 || i2 - i1 - 1 < 1 || s.charCodeAt(i2) !== sep) return [FAIL, a];
    const [p3, i3] = ChunkScanner.digits(s, i2 + 1, b, 4);
    if (p3 < 0) return [FAIL, a];
    let y: number;
    let d: number;
    if (i1 - a === 4) {
      if (i3 - i2 - 1 > 2) return [FAIL, a];
      y = p1;
      d = p3;
    } else {
      if (i1 - a > 2 || i3 - i2 - 1 !== 4) return [FAIL, a];
      y = p3;
      d = p1;
    }
    const m = p2;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return [FAIL, a];
    return [y * 10000 + m * 100 + d, i3];
  }

  private writeDate(key: number, out: ByteWriter): void {
    const y = Math.floor(key / 10000);
    out.reserve(10);
    out.byte(ZERO + Math.floor(y / 1000));
    out.byte(ZERO + (Math.floor(y / 100) % 10));
    out.byte(ZERO + (Math.floor(y / 10) % 10));
    out.byte(ZERO + (y % 10));
    out.byte(MINUS);
    out.two(Math.floor(key / 100) % 100);
    out.byte(MINUS);
    out.two(key % 100);
  }

  private dateCell(s: string, a: number, b: number, out: ByteWriter | null): TCell {
    if (out === null) {
      // Canonical: aaaa-mm-dd.
      if (b - a !== 10 || s.charCodeAt(a + 4) !== MINUS || s.charCodeAt(a + 7) !== MINUS)
        return FAIL;
    }
    const [key, end] = this.date(s, a, b);
    if (Number.isNaN(key) || end !== b) return FAIL;
    if (out !== null) this.writeDate(key, out);
    return key;
  }

  /** A date, then " hh:mm" or " hh:mm:ss" (24 h); a date alone is at midnight. */
  private dateTimeCell(s: string, a: number, b: number, out: ByteWriter | null): TCell {
    if (out === null && (b - a !== 19 || s.charCodeAt(a + 10) !== SPACE)) return FAIL;
    const [day, at] = this.date(s, a, b);
    if (Number.isNaN(day)) return FAIL;
    let h = 0;
    let mi = 0;
    let sec = 0;
    if (at !== b) {
      if (s.charCodeAt(at) !== SPACE) return FAIL;
      const [hh, i1] = ChunkScanner.digits(s, at + 1, b, 2);
      if (hh < 0 || s.charCodeAt(i1) !== COLON) return FAIL;
      const [mm, i2] = ChunkScanner.digits(s, i1 + 1, b, 2);
      if (mm < 0 || i2 - i1 - 1 !== 2) return FAIL;
      let end = i2;
      if (i2 < b) {
        if (s.charCodeAt(i2) !== COLON) return FAIL;
        const [ss, i3] = ChunkScanner.digits(s, i2 + 1, b, 2);
        if (ss < 0 || i3 - i2 - 1 !== 2) return FAIL;
        sec = ss;
        end = i3;
      }
      if (end !== b || hh > 23 || mm > 59 || sec > 59) return FAIL;
      h = hh;
      mi = mm;
    } else if (out === null) return FAIL;
    if (out !== null) {
      this.writeDate(day, out);
      out.reserve(9);
      out.byte(SPACE);
      out.two(h);
      out.byte(COLON);
      out.two(mi);
      out.byte(COLON);
      out.two(sec);
    }
    return day * 1e6 + h * 1e4 + mi * 100 + sec;
  }

  /** sí, si, no, verdadero, falso, true, false, in any case: 1 or 0. */
  private booleanCell(s: string, a: number, b: number, out: ByteWriter | null): TCell {
    let value: number;
    const n = b - a;
    const lower = (i: number) => {
      const ch = s.charCodeAt(a + i);
      return ch === 0xcd ? 0xed : ch >= 65 && ch <= 90 ? ch | 32 : ch; // Í → í
    };
    if (n === 4 && s.startsWith("true", a)) value = 1;
    else if (n === 5 && s.startsWith("false", a)) value = 0;
    else if (out === null) return FAIL;
    else if (n === 2 && lower(0) === 115 && (lower(1) === 105 || lower(1) === 0xed)) value = 1;
    else if (n === 2 && lower(0) === 110 && lower(1) === 111) value = 0;
    else if (n === 4 && "true".split("").every((ch, i) => lower(i) === ch.charCodeAt(0))) value = 1;
    else if (n === 5 && "false".split("").every((ch, i) => lower(i) === ch.charCodeAt(0)))
      value = 0;
    else if (n === 5 && "falso".split("").every((ch, i) => lower(i) === ch.charCodeAt(0)))
      value = 0;
    else if (n === 9 && "verdadero".split("").every((ch, i) => lower(i) === ch.charCodeAt(0)))
      value = 1;
    else return FAIL;
    if (out !== null) {
      out.reserve(5);
      if (value === 1) for (const ch of [116, 114, 117, 101]) out.byte(ch);
      else for (const ch of [102, 97, 108, 115, 101]) out.byte(ch);
    }
    return value;
  }

  // --- The walk.

  private track(c: number, key: number, a: number, b: number): void {
    const r = this.result;
    if (r.minAt[c] === -1) {
      r.minAt[c] = a;
      r.minEnd[c] = b;
      r.maxAt[c] = a;
      r.maxEnd[c] = b;
      this.minKey[c] = key;
      this.maxKey[c] = key;
    } else if (key < (this.minKey[c] as number)) {
      this.minKey[c] = key;
      r.minAt[c] = a;
      r.minEnd[c] = b;
    } else if (key > (this.maxKey[c] as number)) {
      this.maxKey[c] = key;
      r.maxAt[c] = a;
      r.maxEnd[c] = b;
    }
  }

  /** Texts compare as JavaScript strings do (UTF-16 code units), in place. */
  private trackText(c: number, s: string, a: number, b: number): void {
    const r = this.result;
    if (r.minAt[c] === -1) {
      r.minAt[c] = a;
      r.minEnd[c] = b;
      r.maxAt[c] = a;
      r.maxEnd[c] = b;
      return;
    }
    if (compareRanges(s, a, b, r.minAt[c] as number, r.minEnd[c] as number) < 0) {
      r.minAt[c] = a;
      r.minEnd[c] = b;
    } else if (compareRanges(s, a, b, r.maxAt[c] as number, r.maxEnd[c] as number) > 0) {
      r.maxAt[c] = a;
      r.maxEnd[c] = b;
    }
  }

  private walk(text: string, out: ByteWriter | null): TScanned | null {
    const r = this.result;
    r.rows = 0;
    r.nulls.fill(0);
    r.minAt.fill(-1);
    const width = this.width;
    const delimiter = this.delimiter;
    const delimiterCode = delimiter.charCodeAt(0);
    const length = text.length;
    if (length === 0 || text.charCodeAt(length - 1) !== LF) return null;
    // PostgreSQL refuses NUL characters: the full path reports them.
    if (text.indexOf("\u0000") >= 0) return null;
    let pos = 0;
    let nextQuote = text.indexOf('"');
    if (nextQuote < 0) nextQuote = length;
    let nextCr = text.indexOf("\r");
    if (nextCr < 0) nextCr = length;
    while (pos < length) {
      const lf = text.indexOf("\n", pos);
      // The line's end before its break: "\r\n" files need the \r there, "\n" files have none,
      // and neither may have a carriage return elsewhere (COPY would refuse it).
      const end = this.crlf ? lf - 1 : lf;
      if (nextCr < end) return null;
      if (this.crlf) {
        if (nextCr !== end) return null;
        nextCr = text.indexOf("\r", lf);
        if (nextCr < 0) nextCr = length;
      }
      if (end <= pos) return null; // a blank line
      for (let c = 0; c < width; c += 1) {
        const last = c === width - 1;
        let a = pos;
        let b: number;
        let quoted = false;
        if (pos === nextQuote) {
          // A quoted text without quotes or line breaks inside: COPY reads it as we do.
          const close = text.indexOf('"', pos + 1);
          if (close < 0 || close >= end || this.kinds[c] !== KIND_TEXT) return null;
          a = pos + 1;
          b = close;
          if (a === b) return null; // "": empty, but quoted
          quoted = true;
          pos = close + 1;
          if (last ? pos !== end : text.charCodeAt(pos) !== delimiterCode) return null;
          nextQuote = text.indexOf('"', pos);
          if (nextQuote < 0) nextQuote = length;
        } else {
          b = last ? end : text.indexOf(delimiter, pos);
          if (b < 0 || b > end) return null; // too few values
          if (nextQuote < b) return null; // a quote inside an unquoted value
          if (last) {
            // Too many values: a separator left in the last one.
            const extra = text.indexOf(delimiter, a);
            if (extra >= 0 && extra < b) return null;
          }
          pos = b;
        }
        if (!last) pos += 1; // past the separator
        if (a === b) {
          r.nulls[c] = (r.nulls[c] as number) + 1;
        } else {
          const kind = this.kinds[c] as number;
          if (kind === KIND_TEXT) {
            // "\." alone on a line ends COPY's data: quoted, as the full path writes it.
            const endMarker =
              b - a === 2 && text.charCodeAt(a) === BACKSLASH && text.charCodeAt(a + 1) === DOT;
            if (endMarker && out === null) return null;
            if (out !== null) {
              // Quoted as the full path quotes: only when the separator is inside.
              const inside = quoted ? text.indexOf(delimiter, a) : -1;
              const wrap = endMarker || (inside >= 0 && inside < b);
              out.reserve((b - a) * 3 + 2);
              if (wrap) out.byte(QUOTE);
              out.text(text, a, b);
              if (wrap) out.byte(QUOTE);
            }
            this.trackText(c, text, a, b);
          } else {
            const first = text.charCodeAt(a);
            // Spaces around a value or a "+" sign: the converters trim them; not this path.
            if (first === SPACE || first === PLUS || text.charCodeAt(b - 1) === SPACE) return null;
            let key: TCell;
            switch (kind) {
              case KIND_INT:
                key = this.number(c, false, text, a, b, out);
                break;
              case KIND_DECIMAL:
                key = this.number(c, true, text, a, b, out);
                break;
              case KIND_DATE:
                key = this.dateCell(text, a, b, out);
                break;
              case KIND_DATETIME:
                key = this.dateTimeCell(text, a, b, out);
                break;
              default:
                key = this.booleanCell(text, a, b, out);
            }
            if (Number.isNaN(key)) return null;
            this.track(c, key, a, b);
          }
        }
        if (out !== null) {
          out.reserve(2);
          if (!last) out.byte(delimiterCode);
          else {
            if (this.crlf) out.byte(CR);
            out.byte(LF);
          }
        }
      }
      if (pos !== end) return null;
      pos = lf + 1;
      r.rows += 1;
    }
    return r;
  }
}

/** Compares s[a1..b1) with s[a2..b2) by UTF-16 code units, as JavaScript's < does. */
function compareRanges(s: string, a1: number, b1: number, a2: number, b2: number): number {
  const n = Math.min(b1 - a1, b2 - a2);
  for (let i = 0; i < n; i += 1) {
    const d = s.charCodeAt(a1 + i) - s.charCodeAt(a2 + i);
    if (d !== 0) return d;
  }
  return b1 - a1 - (b2 - a2);
}
