/**
 * The Chromium of the browser tests (test/helpers/browser.ts): it comes from npm and nothing
 * else, it is unpacked once even when several test files ask at the same time, and its archives
 * are unpacked without a `tar` program (test/helpers/tar.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_CACHE, CHROMIUM_PACKAGE, installOnce, packagedChromium } from '../helpers/browser.js';
import { untar } from '../helpers/tar.js';

describe('the test Chromium', () => {
  it("is the npm package's build, unpacked into .tmp/chromium with its libraries and font", async () => {
    const browser = await packagedChromium();
    const dir = join(CHROMIUM_CACHE, browser.source.slice(`${CHROMIUM_PACKAGE}@`.length));

    expect(browser.source).toMatch(/^@sparticuz\/chromium@\d+\.\d+\.\d+$/);
    expect(browser.executablePath).toBe(join(dir, 'chromium'));
    expect(browser.version).toMatch(/^Chromium \d+\.\d+\.\d+\.\d+$/);
    // It links the NSS libraries it ships, not the machine's, and measures text with its own font.
    expect(existsSync(join(dir, 'lib', 'libnss3.so'))).toBe(true);
    expect(browser.env['LD_LIBRARY_PATH']?.split(':')[0]).toBe(join(dir, 'lib'));
    expect(browser.env['FONTCONFIG_PATH']).toBe(dir);
    expect(readFileSync(join(dir, 'fonts.conf'), 'utf8')).toContain(`<dir>${join(dir, 'fonts')}</dir>`);
    expect(existsSync(join(dir, 'fonts', 'Open_Sans', 'OpenSans-Regular.ttf'))).toBe(true);
  });
});

describe('installOnce', () => {
  it('leaves one whole folder and no staging when several build it at the same time', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sgfa-install-'));
    const dir = join(parent, 'v1');
    const builds: number[] = [];
    const build = (who: number) => async (staging: string) => {
      builds.push(who);
      await writeFile(join(staging, 'first'), String(who));
      // Uneven finishing order: later starters may rename first.
      await sleep(40 - who * 10);
      await writeFile(join(staging, 'last'), String(who));
    };

    await Promise.all([0, 1, 2, 3].map((who) => installOnce(dir, build(who))));

    expect(builds.sort()).toEqual([0, 1, 2, 3]);
    expect(readdirSync(parent)).toEqual(['v1']);
    const first = readFileSync(join(dir, 'first'), 'utf8');
    expect(readFileSync(join(dir, 'last'), 'utf8')).toBe(first);
    expect(statSync(dir).mode & 0o777).toBe(0o755);

    await installOnce(dir, build(9));
    expect(builds).toHaveLength(4);
  });

  it('leaves nothing behind when the build fails', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sgfa-install-'));

    await expect(
      installOnce(join(parent, 'v1'), async (staging) => {
        await writeFile(join(staging, 'half'), 'x');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');

    expect(readdirSync(parent)).toEqual([]);
  });
});

/** One tar entry: a 512-byte header (GNU or POSIX magic) and the body padded to 512 bytes. */
function entry(name: string, type: string, body = '', mode = 0o644, magic = 'ustar  \0'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write(`${mode.toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  header.write(type, 156, 'ascii');
  header.write(magic, 257, 'ascii');
  const padded = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  padded.write(body, 'utf8');
  return Buffer.concat([header, padded]);
}

const archive = (...entries: Buffer[]) => Buffer.concat([...entries, Buffer.alloc(1024)]);

describe('untar', () => {
  it('writes folders and files with their modes, long GNU names and pax paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-untar-'));
    const long = `${'deep/'.repeat(30)}name.txt`;

    await untar(
      archive(
        entry('lib/', '5', '', 0o755),
        entry('lib/tool', '0', '#!/bin/sh\n', 0o755),
        entry('fonts.conf', '0', '<fontconfig/>'),
        entry('././@LongLink', 'L', `${long}\0`),
        entry(long.slice(0, 99), '0', 'long'),
        entry('PaxHeader', 'x', '31 path=pax/a-much-longer-name\n'),
        entry('pax/short', '0', 'pax'),
        entry('src/file', '0', 'prefixed', 0o600, 'ustar\u000000'),
      ),
      dir,
    );

    expect(readFileSync(join(dir, 'lib', 'tool'), 'utf8')).toBe('#!/bin/sh\n');
    expect(statSync(join(dir, 'lib', 'tool')).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(dir, 'fonts.conf'), 'utf8')).toBe('<fontconfig/>');
    expect(readFileSync(join(dir, long), 'utf8')).toBe('long');
    expect(readFileSync(join(dir, 'pax', 'a-much-longer-name'), 'utf8')).toBe('pax');
    expect(existsSync(join(dir, 'pax', 'short'))).toBe(false);
    expect(statSync(join(dir, 'src', 'file')).mode & 0o777).toBe(0o600);
  });

  it('refuses paths outside the folder and entries that are neither files nor folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-untar-'));

    await expect(untar(archive(entry('../escape', '0', 'x')), dir)).rejects.toThrow(
      `tar entry '../escape' would be written outside ${dir}`,
    );
    await expect(untar(archive(entry('/etc/escape', '0', 'x')), dir)).rejects.toThrow('outside');
    await expect(untar(archive(entry('link', '2')), dir)).rejects.toThrow(
      "tar entry 'link' has type '2': only files and folders are unpacked",
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
