import { isAscii } from "node:buffer";
import { bomLength, detectEncoding, type TTextEncoding } from "@lab/domain/column-typing-text";
import { AppError } from "@lab/domain/errors";

// Bytes → text, chunk by chunk, in the file's encoding. The encoding is decided on the first
// bytes that are not ASCII (ASCII reads the same in UTF-8 and Windows-1252), looking only at
// whole lines so that a character cut by a chunk boundary cannot mislead the decision.

// 0x80–0x9F: where Windows-1252 differs from Latin-1 (€, curly quotes, dashes…); undefined
// bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as Latin-1 reads them.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const C1_CONTROLS = /[\u0080-\u009f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  C1_CONTROLS.lastIndex = 0;
  if (!C1_CONTROLS.test(latin1)) return latin1;
  return latin1.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

const MIXED = new AppError(
  "BAD_REQUEST",
  "El archivo mezcla codificaciones de texto (tiene caracteres UTF-8 y otros que no lo son). Ábralo en Excel y guárdelo como «CSV UTF-8».",
);

const LONG_LINE_BYTES = 1 << 20;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Decodes a file's chunks in order; `encoding` is known once a non-ASCII byte was seen. */
export class StreamDecoder {
  encoding: TTextEncoding | null = null;
  private utf?: TextDecoder;
  private carry: Uint8Array = new Uint8Array(0);
  private first = true;

  /** Whether bytes of an undecided line wait for the next chunk. */
  get pending(): boolean {
    return this.carry.length > 0;
  }

  /** The buffer behind the bytes of an undecided line, which this decoder still refers to. */
  get carriedBuffer(): ArrayBufferLike | null {
    return this.carry.length > 0 ? this.carry.buffer : null;
  }

  /** The text of this chunk (possibly less: a cut line waits for the next one). */
  decode(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.first) {
      this.first = false;
      const bom = detectEncoding(bytes.subarray(0, 3), true);
      if (bom === "utf-8-bom" || bom === "utf-16le" || bom === "utf-16be") {
        this.start(bom);
        bytes = bytes.subarray(bomLength(bom));
      }
    }
    if (this.encoding === null) return this.undecided(bytes, final);
    return this.decodeAs(bytes, final);
  }

  private start(encoding: TTextEncoding): void {
    this.encoding = encoding;
    if (encoding === "windows-1252") return;
    const label = encoding === "utf-16le" || encoding === "utf-16be" ? encoding : "utf-8";
    // ignoreBOM: the BOM was already dropped; another one inside is text.
    this.utf = new TextDecoder(label, { fatal: label === "utf-8", ignoreBOM: true });
  }

  private decodeAs(bytes: Uint8Array, final: boolean): string {
    if (!this.utf) return decodeWindows1252(bytes);
    try {
      return this.utf.decode(bytes, { stream: !final });
    } catch {
      throw MIXED;
    }
  }

  private undecided(chunk: Uint8Array, final: boolean): string {
    const bytes = concat(this.carry, chunk);
    this.carry = new Uint8Array(0);
    if (isAscii(bytes)) {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
    }
    // Decide on whole lines: a line feed is never part of a multi-byte character.
    // A very long line is judged as it is (a character cut at its end is then no error).
    const cut = final ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
    if (cut === 0 && bytes.length < LONG_LINE_BYTES) {
      this.carry = bytes;
      return "";
    }
    const encoding =
      cut === 0 ? detectEncoding(bytes, false) : detectEncoding(bytes.subarray(0, cut), true);
    this.start(encoding ?? "utf-8");
    return this.decodeAs(bytes, final);
  }

  /** The rest, once the source has ended: a line still waiting, a character cut short. */
  end(): string {
    if (this.encoding === null) return this.undecided(new Uint8Array(0), true);
    return this.decodeAs(new Uint8Array(0), true);
  }
}
