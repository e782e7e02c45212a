/**
 * Unpacks the small tar archives that ship inside npm packages (the libraries and fonts of the test
 * Chromium, see browser.ts) without a `tar` program: a fresh machine may have Node and nothing else.
 *
 * Reads POSIX ustar and GNU tar: regular files and folders, GNU long names and pax `path` records.
 * Anything else (links, devices) is refused, as is any path that would land outside the folder.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';

const BLOCK = 512;

/** A NUL-terminated text field of a header. */
function text(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

function octal(header: Buffer, offset: number, length: number): number {
  const digits = text(header, offset, length).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** The `path` of a pax extended header: records of `LENGTH key=value\n`. */
function paxPath(body: Buffer): string | undefined {
  let path: string | undefined;
  for (let at = 0; at < body.length;) {
    const space = body.indexOf(0x20, at);
    const length = Number(body.subarray(at, space).toString('ascii'));
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) path = record.slice('path='.length);
    at += length;
  }
  return path;
}

/** `name` joined to `dir`, or an error when it would escape it. */
function inside(dir: string, name: string): string {
  const clean = normalize(name);
  if (isAbsolute(clean) || clean === '..' || clean.startsWith(`..${sep}`))
    throw new Error(`tar entry '${name}' would be written outside ${dir}`);
  return join(dir, clean);
}

/** Writes the entries of an uncompressed tar archive under `dir`. */
export async function untar(archive: Buffer, dir: string): Promise<void> {
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= archive.length;) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break; // the end-of-archive blocks
    const size = octal(header, 124, 12);
    const body = archive.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] ?? 0);
    // POSIX ustar splits long paths into prefix and name; GNU tar uses those bytes for times.
    const prefix = text(header, 257, 6) === 'ustar' ? text(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = undefined;
    if (type === 'L') longName = text(body, 0, body.length);
    else if (type === 'x') longName = paxPath(body);
    else if (type === 'g') continue;
    else if (type === '5') await mkdir(inside(dir, name), { recursive: true });
    else if (type === '0' || type === '\0') {
      const path = inside(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
      await chmod(path, octal(header, 100, 8) & 0o777);
    } else throw new Error(`tar entry '${name}' has type '${type}': only files and folders are unpacked`);
  }
}
