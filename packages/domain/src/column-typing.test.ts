import { describe, expect, it } from "vitest";
import {
  addToSample,
  converterFor,
  createTypeSample,
  fieldNames,
  INVALID,
  inferColumnType,
  invalidReason,
  type TColumnTyping,
} from "./column-typing";

function infer(values: string[], delimiter = ",", wholeFile = true): TColumnTyping {
  const sample = createTypeSample();
  values.forEach((value, i) => {
    addToSample(sample, value, i + 2);
  });
  return inferColumnType(sample, { delimiter, wholeFile });
}

const convert = (typing: TColumnTyping, value: string) => converterFor(typing)(value);

describe("inferring a column's type from its first values", () => {
  it("reads integers, and keeps codes with a leading zero and long digit strings as text", () => {
    expect(infer(["1", "-20", "300", ""])).toMatchObject({ type: "integer" });
    expect(infer(["68001", "05001"]).type).toBe("text");
    expect(infer(["12345678901234567890"]).type).toBe("text");
  });

  it("decides the decimal style from values that allow only one reading", () => {
    expect(infer(["1.234,5", "12"])).toMatchObject({ type: "decimal", decimalStyle: "comma" });
    expect(infer(["1,234.5", "12"])).toMatchObject({ type: "decimal", decimalStyle: "point" });
    expect(infer(["0,5", "1.234"])).toMatchObject({ type: "decimal", decimalStyle: "comma" });
    // Thousands groups repeated can only be an integer in one style.
    expect(infer(["1.234.567", "12"])).toMatchObject({ type: "integer", decimalStyle: "comma" });
    expect(infer(["1,234,567", "12"])).toMatchObject({ type: "integer", decimalStyle: "point" });
  });

  it("breaks a tie with the file's separator: ';' files write decimal commas", () => {
    expect(infer(["1.234", "5.678"], ";")).toMatchObject({
      type: "integer",
      decimalStyle: "comma",
    });
    expect(infer(["1.234", "5.678"], ",")).toMatchObject({
      type: "decimal",
      decimalStyle: "point",
    });
  });

  it("reads dates, date-times and booleans as Colombian offices write them", () => {
    expect(infer(["31/12/2024", "1/2/2023", "2024-02-29"]).type).toBe("date");
    expect(infer(["31/12/2024 08:15", "2024-01-02T10:00:00", "31/12/2024"]).type).toBe("datetime");
    expect(infer(["Sí", "no", "SI", "verdadero", "FALSO", "true"]).type).toBe("boolean");
    expect(infer(["31/02/2024"]).type).toBe("text");
  });

  it("keeps a column that mixes types as text, and says why in Spanish", () => {
    const mixed = infer(["12", "15", "N/A", "20"]);
    expect(mixed.type).toBe("text");
    expect(mixed.note).toBe(
      "Se cargó como texto: 3 de 4 valores son números enteros, pero otros no, como «N/A» (fila 4).",
    );
    expect(infer(["1.234.567", "1,234,567"]).note).toMatch(/coma decimal .* punto decimal/);
    // Mostly words: plain text, nothing to explain.
    expect(infer(["Bucaramanga", "Girón", "2020"]).note).toBeNull();
    expect(infer([], ",", true)).toMatchObject({
      type: "text",
      note: "La columna no tiene valores.",
    });
  });
});

describe("converting cells to what COPY reads", () => {
  const commaInt = { type: "integer", decimalStyle: "comma", note: null } as const;
  const commaDec = { type: "decimal", decimalStyle: "comma", note: null } as const;
  const pointDec = { type: "decimal", decimalStyle: "point", note: null } as const;

  it("rewrites numbers in their column's style, and refuses what does not fit", () => {
    expect(convert(commaInt, "1.234.567")).toBe("1234567");
    expect(convert(commaInt, " +12 ")).toBe("12");
    expect(convert(commaInt, "12,5")).toBe(INVALID);
    expect(convert(commaDec, "-1.234,56")).toBe("-1234.56");
    expect(convert(commaDec, "1,5E+3")).toBe("1.5E+3");
    expect(convert(commaDec, "1.234")).toBe("1234");
    expect(convert(pointDec, "1.234")).toBe("1.234");
    expect(convert(pointDec, "1,234.5")).toBe("1234.5");
    expect(convert(pointDec, "1.5e3")).toBe("1.5e3");
    expect(convert(pointDec, "")).toBeNull();
    expect(convert(pointDec, "   ")).toBeNull();
  });

  it("writes dates and date-times in ISO form, in UTC when a zone is given", () => {
    const date = { type: "date", decimalStyle: null, note: null } as const;
    const datetime = { type: "datetime", decimalStyle: null, note: null } as const;
    expect(convert(date, "05/03/2024")).toBe("2024-03-05");
    expect(convert(date, "5-3-2024")).toBe("2024-03-05");
    expect(convert(date, "2024-3-5")).toBe("2024-03-05");
    expect(convert(date, "29/02/2023")).toBe(INVALID);
    expect(convert(datetime, "05/03/2024 3:07 p. m.")).toBe("2024-03-05 15:07:00");
    expect(convert(datetime, "2024-03-05T10:00:00-05:00")).toBe("2024-03-05 15:00:00");
    expect(convert(datetime, "2024-03-05")).toBe("2024-03-05 00:00:00");
    expect(convert(datetime, "2024-03-05 25:00")).toBe(INVALID);
  });

  it("reads sí/no, verdadero/falso and true/false", () => {
    const bool = { type: "boolean", decimalStyle: null, note: null } as const;
    expect(["sí", "Si", "VERDADERO", "true"].map((v) => convert(bool, v))).toEqual([
      "true",
      "true",
      "true",
      "true",
    ]);
    expect(["No", "falso", "FALSE"].map((v) => convert(bool, v))).toEqual([
      "false",
      "false",
      "false",
    ]);
    expect(convert(bool, "quizás")).toBe(INVALID);
  });

  it("explains in Spanish why a value does not fit", () => {
    expect(invalidReason(commaInt, "007")).toMatch(/^Empieza por cero/);
    expect(invalidReason(commaInt, "12,5")).toBe(
      "Tiene decimales, y la columna es de números enteros.",
    );
    expect(invalidReason(commaDec, "1,234.5")).toMatch(/escrito como los demás/);
    expect(invalidReason({ type: "date", decimalStyle: null, note: null }, "31/02/2024")).toBe(
      "No es una fecha que exista.",
    );
  });
});

describe("field names from headers", () => {
  it("makes safe, unique snake_case names", () => {
    expect(
      fieldNames(["Año de corte", "Valor ($)", "Valor ($)", "", "2024", "_row", "Ñandú"]),
    ).toEqual(["ano_de_corte", "valor", "valor_2", "columna_4", "c_2024", "row", "nandu"]);
  });

  it("keeps names within 63 characters, also with a suffix", () => {
    const long = "x".repeat(80);
    const [a, b] = fieldNames([long, long]);
    expect(a).toHaveLength(63);
    expect(b).toBe(`${"x".repeat(61)}_2`);
  });

  it("never gives a header the name of another column's position", () => {
    expect(fieldNames(["columna_2", ""])).toEqual(["columna_2", "columna_2_2"]);
  });
});
