/**
 * Reads a user's text file (an inventory JSON file, the config YAML) with a size limit, and says in
 * a few words what is wrong when it is no text: a directory, binary data, another encoding, or
 * more bytes than such a file can sensibly have (a pipe or device is read only up to the limit).
 */
import { open } from 'node:fs/promises';
import { ConfigurationError, printable } from '../errors.js';

/**
 * The file's text, without a byte order mark. UTF-8, and UTF-16 with a byte order mark (what
 * Windows PowerShell 5's `>` writes), are read; anything else is refused.
 *
 * @param expected what the file should hold, for the message (`YAML text`)
 * @throws the error of `open` or `read` (with its `code`, ENOENT and the like) when the file
 *   cannot be read, and a ConfigurationError whose message (without the path) says what is wrong
 *   with its content
 */
export async function readTextFile(path: string, maxBytes: number, expected: string): Promise<string> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ConfigurationError(`a directory, not a file: expected ${expected}`);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, expected);
    bytes = await readUpTo(handle, maxBytes, expected);
  } finally {
    await handle.close();
  }
  return decodeText(bytes, expected);
}

/** A read or open error in a few words, for `<flag>: <file>: <words>`. */
export function describeFileError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'not found';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return printable(e instanceof Error ? e.message : String(e), 200);
  }
}

/** Reads until the end, or fails once more than `maxBytes` came (a pipe or device has no size). */
async function readUpTo(
  handle: Awaited<ReturnType<typeof open>>,
  maxBytes: number,
  expected: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(undefined, maxBytes, expected);
  }
}

function decodeText(bytes: Buffer, expected: string): string {
  // UTF-16 is recognised by its byte order mark only; without one it is binary data below.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      throw new ConfigurationError(`binary data (a NUL byte at offset ${nul}): expected ${expected}`);
    throw new ConfigurationError(`not UTF-8 text (an invalid byte sequence): expected ${expected}`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    throw new ConfigurationError(`binary data (a NUL character at offset ${nul}): expected ${expected}`);
  return text;
}

function tooLarge(size: number | undefined, maxBytes: number, expected: string): ConfigurationError {
  const mib = (n: number) => `${Number((n / 2 ** 20).toFixed(1))} MiB`;
  return new ConfigurationError(
    `too large (${size === undefined ? `more than ${mib(maxBytes)}` : mib(size)}): expected at most ${mib(maxBytes)} of ${expected}`,
  );
}
