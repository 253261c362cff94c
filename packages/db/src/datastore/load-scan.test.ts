import type { TColumnTyping } from "@lab/domain/column-typing";
import { describe, expect, it } from "vitest";
import { RecordReader } from "./load-records";
import { RowWriter } from "./load-rows";
import { ChunkScanner } from "./load-scan";

// The fast paths must load exactly what the full path loads (papaparse, the domain's
// converters, rebuilt CSV lines): for every line they accept, the same bytes for COPY and the
// same dictionary figures. Lines they refuse simply take the full path.

const typing = (type: TColumnTyping["type"], decimalStyle: TColumnTyping["decimalStyle"] = null) =>
  ({ type, decimalStyle, note: null }) as TColumnTyping;

const COMMA_COLUMNS = [
  typing("integer", "comma"),
  typing("decimal", "comma"),
  typing("date"),
  typing("datetime"),
  typing("boolean"),
  typing("text"),
];
const POINT_COLUMNS = [
  typing("integer", "point"),
  typing("decimal", "point"),
  typing("date"),
  typing("datetime"),
  typing("boolean"),
  typing("text"),
];

const VALUES = {
  integer: [
    "12",
    "-3",
    "0",
    "-0",
    "+4",
    " 5",
    "1.234.567",
    "1,234,567",
    "1.234",
    "007",
    "1234567890123456789",
    "",
  ],
  decimal: [
    "12,5",
    "0,5",
    "00,5",
    "-1.234,56",
    "1.234",
    "1,234.5",
    "3.25",
    "1,5E+3",
    "7",
    ".5",
    "1.2345",
    "",
  ],
  date: [
    "31/12/2024",
    "1/2/2024",
    "2024-02-29",
    "29/02/2023",
    "2024-1-2",
    "31-12-2024",
    "2024/12/31",
    "31/02/2024",
    "",
  ],
  datetime: [
    "31/12/2024 08:15",
    "2024-01-02 10:00:00",
    "2024-01-02T10:00",
    "2024-01-02",
    "1/2/2024 7:05:09",
    "2024-01-02 24:00",
    "",
  ],
  boolean: [
    "sí",
    "SI",
    "Sí",
    "No",
    "no",
    "verdadero",
    "FALSO",
    "true",
    "false",
    "TRUE",
    "quizás",
    "",
  ],
  text: [
    "Girón",
    'dice "hola"',
    '"Norte; Sur"',
    '"Norte, Sur"',
    "a,b",
    "\\.",
    "emoji 🙂",
    "",
    "  espacios ",
  ],
};

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function lines(delimiter: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const cells = [
      pick(VALUES.integer, i * 7),
      pick(VALUES.decimal, i * 5 + 1),
      pick(VALUES.date, i * 3 + 2),
      pick(VALUES.datetime, i * 11 + 3),
      pick(VALUES.boolean, i * 13 + 4),
      pick(VALUES.text, i * 17 + 5),
    ];
    out.push(cells.join(delimiter));
  }
  return out;
}

/** The full path's COPY text and figures for the same lines. */
function fullPath(
  columns: TColumnTyping[],
  delimiter: string,
  newline: "\r\n" | "\n",
  text: string,
) {
  const headers = columns.map((_, i) => `c${i}`);
  const writer = new RowWriter(headers, columns, delimiter, newline, 100);
  // The end of the text leaves an empty record, which the loader skips as a blank line.
  const records = new RecordReader(delimiter, newline)
    .push(text, true)
    .filter((record) => record.some((cell) => cell !== ""));
  const same = records.map((record, i) => writer.accept(record, i + 2));
  return { writer, csv: writer.problemCount ? null : writer.csv(records), same };
}

function compare(
  columns: TColumnTyping[],
  delimiter: string,
  newline: "\r\n" | "\n",
  extra: string[] = [],
) {
  const scanner = ChunkScanner.for(columns, delimiter, newline) as ChunkScanner;
  let converted = 0;
  let checked = 0;
  for (const line of [...lines(delimiter, 400), ...extra]) {
    const text = `${line}${newline}`;
    const full = fullPath(columns, delimiter, newline, text);
    const fast = scanner.convert(text);
    if (fast) {
      converted += 1;
      expect(full.csv, line).not.toBeNull();
      expect(Buffer.from(fast.bytes).toString("utf8"), line).toBe(full.csv);
      const absorbed = new RowWriter(
        columns.map((_, i) => `c${i}`),
        columns,
        delimiter,
        newline,
        100,
      );
      absorbed.absorb(text, fast.scanned);
      columns.forEach((_, c) => {
        const a = absorbed.profiles.result(c);
        const b = full.writer.profiles.result(c);
        expect({ nulls: a.nullCount, min: a.min, max: a.max }, line).toEqual({
          nulls: b.nullCount,
          min: b.min,
          max: b.max,
        });
      });
    }
    if (scanner.check(text)) {
      checked += 1;
      expect(full.same, line).toEqual([true]);
    }
  }
  return { converted, checked };
}

describe("the loader's fast paths", () => {
  it("convert Colombian spellings exactly as the converters do (';', CRLF)", () => {
    const { converted } = compare(COMMA_COLUMNS, ";", "\r\n");
    expect(converted).toBeGreaterThan(20);
  });

  it("pass through only what needs no rewriting (',', LF)", () => {
    const canonical = [
      '12,3.25,2024-02-29,2024-01-02 10:00:00,true,"Norte, Sur"',
      "-7,,2024-12-31,,false,Girón",
      "0,-0.5,,2024-01-02 23:59:59,,",
    ];
    const { converted, checked } = compare(POINT_COLUMNS, ",", "\n", canonical);
    expect(converted).toBeGreaterThan(20);
    expect(checked).toBe(canonical.length);
  });

  it("give up on blank lines, ragged rows and stray quotes", () => {
    const scanner = ChunkScanner.for(POINT_COLUMNS.slice(0, 2), ",", "\n") as ChunkScanner;
    expect(scanner.convert("1,2\n3,4\n")).not.toBeNull();
    expect(scanner.convert("1,2\n\n3,4\n")).toBeNull();
    expect(scanner.convert("1,2\n3\n")).toBeNull();
    expect(scanner.convert("1,2,3\n")).toBeNull();
    expect(scanner.convert('1,"2"\n')).toBeNull();
    expect(scanner.convert("1,2\r\n")).toBeNull();
    expect(scanner.convert("1,2")).toBeNull();
  });
});
