import type { TColumnType } from "@lab/domain/column-types";

// The column dictionary's figures, gathered while rows stream past: nulls, least and greatest
// value, a few distinct examples. Values are the canonical texts COPY receives, so numbers
// compare as numbers and dates as ISO text. (Distinct counts come from ANALYZE afterwards.)

const SAMPLE_VALUES = 5;
const SHOWN_CHARS = 200;

const NUMERIC = 0;
const ORDERED_TEXT = 1;
const BOOLEAN = 2;

export type TColumnProfile = {
  nullCount: number;
  min: string | null;
  max: string | null;
  samples: string[];
};

/** A copy that does not keep the whole chunk it was sliced from alive. */
function detach(value: string | null): string | null {
  return value === null ? null : ` ${value}`.slice(1);
}

function shorten(value: string): string {
  return value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
}

export class Profiles {
  private readonly kinds: Uint8Array;
  readonly nulls: Float64Array;
  private readonly minNum: Float64Array;
  private readonly maxNum: Float64Array;
  private readonly min: (string | null)[];
  private readonly max: (string | null)[];
  private readonly samples: Set<string>[];
  /** The longest value per column (texts and dates; -1 when none). */
  readonly maxLength: Float64Array;

  constructor(types: readonly TColumnType[]) {
    const n = types.length;
    this.kinds = Uint8Array.from(types, (t) =>
      t === "integer" || t === "decimal" ? NUMERIC : t === "boolean" ? BOOLEAN : ORDERED_TEXT,
    );
    this.nulls = new Float64Array(n);
    this.minNum = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.maxNum = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    this.min = new Array(n).fill(null);
    this.max = new Array(n).fill(null);
    this.samples = types.map(() => new Set());
    this.maxLength = new Float64Array(n).fill(-1);
  }

  /** One non-null value of column `c`. */
  see(c: number, value: string): void {
    const kind = this.kinds[c];
    if (kind === NUMERIC) {
      const x = +value;
      if (x < (this.minNum[c] as number)) {
        this.minNum[c] = x;
        this.min[c] = value;
      }
      if (x > (this.maxNum[c] as number)) {
        this.maxNum[c] = x;
        this.max[c] = value;
      }
      return;
    }
    if (value.length > (this.maxLength[c] as number)) this.maxLength[c] = value.length;
    const min = this.min[c] as string | null;
    if (min === null || value < min) this.min[c] = value;
    const max = this.max[c] as string | null;
    if (max === null || value > max) this.max[c] = value;
  }

  /** Keeps up to five distinct examples (called for the sample rows only). */
  example(c: number, value: string): void {
    const set = this.samples[c] as Set<string>;
    if (set.size < SAMPLE_VALUES && !set.has(value)) set.add(value);
  }

  /** Drops references into the chunk just written (see detach). */
  detach(): void {
    for (let c = 0; c < this.min.length; c += 1) {
      this.min[c] = detach(this.min[c] as string | null);
      this.max[c] = detach(this.max[c] as string | null);
    }
  }

  result(c: number): TColumnProfile {
    const shown = (v: string | null) => {
      return v === null ? null : shorten(v);
    };
    return {
      nullCount: this.nulls[c] as number,
      min: shown(this.min[c] as string | null),
      max: shown(this.max[c] as string | null),
      samples: [...(this.samples[c] as Set<string>)].map((v) => shown(v) as string),
    };
  }
}
