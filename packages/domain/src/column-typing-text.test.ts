import { describe, expect, it } from "vitest";
import {
  declaredDelimiter,
  detectDelimiter,
  detectEncoding,
  detectNewline,
  notTextMessage,
} from "./column-typing-text";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("what kind of text a file is", () => {
  it("tells the encoding from a BOM, from valid UTF-8, or falls back to Windows-1252", () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), false)).toBe("utf-8-bom");
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0x00), false)).toBe("utf-16le");
    expect(detectEncoding(new TextEncoder().encode("año;ñandú"), true)).toBe("utf-8");
    // "año" as Excel in Spanish saves it: ñ is 0xF1, never valid UTF-8 before "o".
    expect(detectEncoding(bytes(0x61, 0xf1, 0x6f), true)).toBe("windows-1252");
    // ASCII so far reads the same in both: undecided until the end of the file.
    expect(detectEncoding(bytes(0x61, 0x62), false)).toBeNull();
    expect(detectEncoding(bytes(0x61, 0x62), true)).toBe("utf-8");
    // A character cut at the end of a chunk is not an error.
    expect(detectEncoding(bytes(0x61, 0xc3), false)).toBe("utf-8");
  });

  it("recognises files that are not text, with a Spanish message", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(notTextMessage(png, null)).toMatch(/^El archivo es una imagen PNG, no una tabla CSV/);
    expect(notTextMessage(bytes(0x61, 0x00, 0x62), null)).toMatch(/contenido binario/);
    expect(notTextMessage(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), null)).toMatch(
      /Excel 97-2003/,
    );
    expect(notTextMessage(new TextEncoder().encode("a;b\r\n1;2\t3\n"), "utf-8")).toBeNull();
  });

  it("finds the separator in the header line, ignoring quoted ones", () => {
    expect(detectDelimiter("nombre;valor;fecha\n1,5;2,5;3")).toBe(";");
    expect(detectDelimiter('"Valor, en pesos";fecha\n')).toBe(";");
    expect(detectDelimiter("a,b,c\r\n")).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("solo")).toBe(",");
  });

  it("finds the line ending and Excel's sep= line", () => {
    expect(detectNewline('"a\nb";c\r\n1;2')).toBe("\r\n");
    expect(detectNewline("a\nb")).toBe("\n");
    expect(detectNewline("a\rb")).toBe("\r");
    expect(declaredDelimiter("sep=;\r\na;b")).toEqual({ delimiter: ";", length: 7 });
    expect(declaredDelimiter("a;b")).toBeNull();
  });
});
