/**
 * Gunzip on the calling thread, into one reused output buffer.
 *
 * Node's gunzip stream inflates on the libuv thread pool and allocates a fresh output buffer for
 * every chunk. For flow logs that costs more than the inflating itself: 1 GB of text becomes
 * thousands of external buffers, each hand-off crosses threads, and the external memory keeps
 * triggering full garbage collections (measured: 40% more CPU per record than inflating in
 * place). A reader thread has nothing else to do while it waits, so here the same zlib handle
 * (the one behind `zlib.gunzipSync`, with its multi-member and error handling) inflates each
 * compressed chunk synchronously into a buffer the parser reads before the next chunk replaces it.
 *
 * That handle is not a documented API. Where it is missing (another runtime, a future Node), the
 * reader falls back to the stream; `gunzipInPlaceSupported` tells which path is taken.
 */
import { constants, createGunzip } from 'node:zlib';
import type { InflateBudget } from './limits.js';

/** Output chunk: large enough that the per-call cost of the handle does not show. */
const OUT_CHUNK = 1 << 19;

/**
 * The output buffer, one per thread for every gunzip: S3 delivers flow logs in many small
 * objects, and a fresh 512 KiB buffer for each would be gigabytes of garbage over a long window.
 * Sharing is safe because each inflate call hands its text to the consumer, synchronously,
 * before the next call writes into the buffer.
 */
let shared: Buffer | undefined;

interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
  ): void;
  onerror: (message: string, errno: number) => void;
  close(): void;
}

interface GunzipInternals {
  _handle?: ZlibHandle;
  _writeState?: Uint32Array;
}

const ERROR_CODES = [
  'Z_NEED_DICT',
  'Z_STREAM_ERROR',
  'Z_DATA_ERROR',
  'Z_MEM_ERROR',
  'Z_BUF_ERROR',
  'Z_VERSION_ERROR',
] as const;

/** An error like the ones the zlib stream gives, so that callers describe both alike. */
function zlibError(message: string, errno: number): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(message);
  error.errno = errno;
  error.code = ERROR_CODES.find((name) => constants[name] === errno) ?? 'Z_ERRNO';
  return error;
}

/** The zlib handle and its result array, or undefined when this runtime does not expose them. */
function openHandle(): { handle: ZlibHandle; state: Uint32Array } | undefined {
  const gunzip = createGunzip() as unknown as GunzipInternals;
  const handle = gunzip._handle;
  const state = gunzip._writeState;
  if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2)
    return undefined;
  return { handle, state };
}

/** Whether this runtime exposes the handle (asked once, with a handle closed right after). */
export const gunzipInPlaceSupported = ((): boolean => {
  const probe = openHandle();
  probe?.handle.close();
  return probe !== undefined;
})();

/**
 * Inflates gzip data given in chunks and hands the text to `onText` in slices of one reused
 * buffer: `onText` must copy what it keeps. Errors (corrupt data, a truncated end) are thrown
 * from `write` or `end` with the zlib stream's codes (`Z_DATA_ERROR`, `Z_BUF_ERROR`); output past
 * the budget's limits is an InputLimitError, thrown before that output reaches `onText`.
 */
export class GunzipInPlace {
  private readonly handle: ZlibHandle;
  private readonly state: Uint32Array;
  private readonly out = (shared ??= Buffer.allocUnsafe(OUT_CHUNK));
  private failure: NodeJS.ErrnoException | undefined;
  private closed = false;
  /** Compressed bytes inflated so far (what the budget's ratio is judged against). */
  private consumed = 0;

  constructor(
    private readonly onText: (text: Buffer) => void,
    private readonly budget?: InflateBudget,
  ) {
    const opened = openHandle();
    if (opened === undefined) throw new Error('in-place gunzip is not supported by this runtime');
    this.handle = opened.handle;
    this.state = opened.state;
    // The handle reports errors through this callback, synchronously, during writeSync.
    this.handle.onerror = (message, errno) => {
      this.failure = zlibError(message, errno);
    };
  }

  /** Inflates one chunk of compressed data. */
  write(chunk: Uint8Array): void {
    this.inflate(chunk, constants.Z_NO_FLUSH);
  }

  /** Ends the data: throws Z_BUF_ERROR when the gzip stream was cut off. */
  end(): void {
    try {
      this.inflate(new Uint8Array(0), constants.Z_FINISH);
    } finally {
      this.close();
    }
  }

  /** Frees the zlib state (after an error, or when the caller gives up). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.handle.close();
  }

  private inflate(input: Uint8Array, flush: number): void {
    if (this.closed) throw new Error('gunzip already ended');
    const out = this.out;
    let offset = 0;
    let remaining = input.length;
    for (;;) {
      this.handle.writeSync(flush, input, offset, remaining, out, 0, out.length);
      if (this.failure !== undefined) {
        const failure = this.failure;
        this.close();
        throw failure;
      }
      const outLeft = this.state[0] as number;
      const inLeft = this.state[1] as number;
      const produced = out.length - outLeft;
      this.consumed += remaining - inLeft;
      offset += remaining - inLeft;
      remaining = inLeft;
      if (produced > 0) {
        // Once per output buffer (512 KiB), not per line.
        this.budget?.take(produced, this.consumed);
        this.onText(out.subarray(0, produced));
      }
      // A full output buffer may leave more to come; otherwise zlib took all it could.
      if (outLeft === 0) continue;
      if (remaining === 0 || produced === 0) return;
    }
  }
}
