/**
 * How much a compressed input may inflate to. A gzip file of a few megabytes can hold gigabytes
 * of zeros (a "gzip bomb"): it costs little to send and, unchecked, minutes of CPU to read. Flow
 * logs compress 5 to 15 times and AWS's objects inflate to a few hundred megabytes at most, so
 * limits far above both stop a bomb early and never a real log. A file that passes one is cut
 * short like a truncated gzip: its records up to the stop count, and it is one input error.
 */

/** The `limits` block of the config file (src/config.ts), under the config file's key names. */
export interface InputLimits {
  /** The most bytes one compressed file (gzip, or a Parquet file's pages) may inflate to. */
  'max-inflated-bytes': number;
  /** The most bytes out per compressed byte in, judged once RATIO_CHECK_AFTER bytes came out. */
  'max-gzip-ratio': number;
}

/**
 * The defaults. 8 GiB is twenty times the largest object AWS writes; 1000 is just under what
 * deflate can reach at all (1032 for a run of one byte), 60 times what flow logs reach, so only
 * a run of one byte or a few (zeros, one line repeated) trips it.
 */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = {
  'max-inflated-bytes': 8 * 1024 ** 3,
  'max-gzip-ratio': 1000,
};

/**
 * The ratio is judged only after this much output: a small file of repeated lines may inflate
 * far more than a large one, and is harmless. A bomb is stopped after 32 MiB (about 20 ms).
 */
export const RATIO_CHECK_AFTER = 32 * 1024 * 1024;

/** A compressed input passed a limit; its message names the limit's key in the config file. */
export class InputLimitError extends Error {
  override readonly name = 'InputLimitError';

  constructor(
    message: string,
    readonly key: keyof InputLimits,
  ) {
    super(message);
  }

  /** What a user with a genuine file does about it. */
  get advice(): string {
    return `raise limits.${this.key} in the config file if the file is genuine`;
  }
}

/** `8 GiB`, `512 MiB`, `3.5 KiB`, `100 B`: a byte count in the unit that reads best. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * Counts what one compressed file inflated to, and throws InputLimitError when it passes a
 * limit. Called once per chunk of output (hundreds of kilobytes), never per line.
 */
export class InflateBudget {
  private inflatedBytes = 0;
  private readonly maxBytes: number;
  private readonly maxRatio: number;

  constructor(limits: Readonly<InputLimits> = DEFAULT_INPUT_LIMITS) {
    this.maxBytes = limits['max-inflated-bytes'];
    this.maxRatio = limits['max-gzip-ratio'];
  }

  /** Bytes of output so far. */
  get inflated(): number {
    return this.inflatedBytes;
  }

  /**
   * Takes `produced` more bytes of output, with `consumed` bytes of compressed input read in all
   * so far. Throws before the output is used when it would pass a limit.
   */
  take(produced: number, consumed: number): void {
    const total = this.inflatedBytes + produced;
    if (total > this.maxBytes)
      throw new InputLimitError(
        `inflated past ${formatBytes(this.maxBytes)} (limits.max-inflated-bytes), stopped there`,
        'max-inflated-bytes',
      );
    if (total > RATIO_CHECK_AFTER && total > this.maxRatio * consumed)
      throw new InputLimitError(
        `inflated more than ${this.maxRatio} times its compressed size (limits.max-gzip-ratio), stopped at ${formatBytes(this.inflatedBytes)}`,
        'max-gzip-ratio',
      );
    this.inflatedBytes = total;
  }
}
