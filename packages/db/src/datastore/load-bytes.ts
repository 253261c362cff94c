// Pieces of CSV (text and bytes) written one after another into one resizable ArrayBuffer: the
// form PGlite's COPY reads (/dev/blob) and the one a worker thread hands over without a copy.

export type TResizableBuffer = ArrayBuffer & {
  resize(length: number): void;
  readonly maxByteLength: number;
};
const ResizableBuffer = ArrayBuffer as unknown as new (
  length: number,
  options: { maxByteLength: number },
) => TResizableBuffer;

/** New reusable buffers are sized in steps of 16 KiB: a spare then fits most later needs. */
const SPARE_STEP = 16 * 1024;

/** `spare` when it holds `size` bytes; else a new buffer (the spare goes to the collector). */
export function spareOrNew(size: number, spare: ArrayBuffer | undefined): ArrayBuffer {
  if (spare && spare.byteLength >= size) return spare;
  return new ArrayBuffer(Math.ceil(size / SPARE_STEP) * SPARE_STEP);
}

/** Room reserved (address space only) so a buffer is reused from chunk to chunk. */
const RESERVE_BYTES = 32 * 1024 * 1024;
const utf8 = new TextEncoder();

export function byteLengthOf(parts: readonly (string | Uint8Array)[]): number {
  let size = 0;
  for (const part of parts)
    size += typeof part === "string" ? Buffer.byteLength(part) : part.length;
  return size;
}

/**
 * The parts in `buffer` (resized to fit exactly, since readers take the whole buffer), or in
 * a new buffer when it is missing or cannot grow that far. Returns the buffer used.
 */
export function fillBuffer(
  parts: readonly (string | Uint8Array)[],
  buffer: TResizableBuffer | null,
): TResizableBuffer {
  const size = byteLengthOf(parts);
  const target =
    buffer && buffer.maxByteLength >= size
      ? buffer
      : new ResizableBuffer(0, { maxByteLength: Math.max(size, RESERVE_BYTES) });
  target.resize(size);
  const bytes = new Uint8Array(target);
  let at = 0;
  for (const part of parts) {
    if (typeof part === "string") at += utf8.encodeInto(part, bytes.subarray(at)).written;
    else {
      bytes.set(part, at);
      at += part.length;
    }
  }
  return target;
}
