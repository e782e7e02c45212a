/**
 * The Chromium that browser tests drive with playwright-core.
 *
 * It is the build the npm package `@sparticuz/chromium` ships (a devDependency, so `npm ci` brings
 * it: no browser download and no system package, which a fresh machine with only Node has
 * neither of). The package holds it brotli-compressed, with the NSS libraries it links and a
 * font; the first test that asks unpacks them into `.tmp/chromium/<version>/` of the checkout,
 * and later runs reuse that. The same build runs on every machine, CI's included, so a passing
 * CI run also proves the path a fresh clone takes; a system Chromium is used only when
 * `$SGFA_CHROMIUM` names it.
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress, createBrotliDecompress } from 'node:zlib';
import { untar } from './tar.js';

const run = promisify(execFile);
const unbrotli = promisify(brotliDecompress);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The npm package the browser comes from. */
export const CHROMIUM_PACKAGE = '@sparticuz/chromium';
/** Where unpacked builds are kept between runs, one folder per package version. */
export const CHROMIUM_CACHE = join(repo, '.tmp', 'chromium');

export interface TestChromium {
  executablePath: string;
  /** The environment to start it with: this process's, plus what the unpacked build needs. */
  env: Record<string, string>;
  /** Where it came from, for messages: the package and version, or $SGFA_CHROMIUM. */
  source: string;
  /** What `--version` printed, e.g. `Chromium 143.0.7499.0`. */
  version: string;
}

function processEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

/** The package's folder (its exports hide package.json from resolve) and version. */
function chromiumPackage(): { root: string; version: string } {
  let dir = dirname(createRequire(import.meta.url).resolve(CHROMIUM_PACKAGE));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (name === CHROMIUM_PACKAGE && version) return { root: dir, version };
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${CHROMIUM_PACKAGE} above its entry point`);
    dir = dirname(dir);
  }
}

/**
 * Makes `dir` with `build` unless it is there, safely when several test files (processes) ask at
 * the same time: each builds into a private staging folder beside it and moves that into place
 * with one rename. The first rename wins; a later one finds `dir` there and its copy is dropped.
 * `dir` only ever appears whole, so whoever sees it may use it.
 */
export async function installOnce(dir: string, build: (staging: string) => Promise<void>): Promise<void> {
  if (existsSync(dir)) return;
  await mkdir(dirname(dir), { recursive: true });
  await removeAbandonedStaging(dir);
  const staging = await mkdtemp(`${dir}.staging-`);
  try {
    await build(staging);
    await chmod(staging, 0o755); // mkdtemp's folders are private; the cache is not
    try {
      await rename(staging, dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Removes the staging folders of runs that were killed while building (a Chromium one is 190 MB).
 * An hour old is abandoned: building takes seconds, and a live run's folder is never that old.
 */
async function removeAbandonedStaging(dir: string): Promise<void> {
  const prefix = `${basename(dir)}.staging-`;
  for (const name of await readdir(dirname(dir))) {
    if (!name.startsWith(prefix)) continue;
    const path = join(dirname(dir), name);
    // Another run may be removing it at the same time.
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 3_600_000) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Unpacks the package's binary, its libraries (`lib/`) and its font (`fonts/`) into `staging`,
 * which becomes `dir`. WebGL's SwiftShader is left packed: the tests draw SVG and HTML only.
 */
async function unpack(bin: string, staging: string, dir: string): Promise<void> {
  await pipeline(
    createReadStream(join(bin, 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
  );
  for (const archive of ['al2023.tar.br', 'fonts.tar.br'])
    await untar(await unbrotli(await readFile(join(bin, archive))), staging);
  // The package's fonts.conf points at /tmp/fonts (Lambda's layout); this one at the folder's own
  // font only, so that text is measured alike on every machine, whatever fonts it has.
  await writeFile(
    join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
}

/** Runs `--version`: a binary that does not start here is reported now, not as a launch timeout. */
async function versionOf(
  executablePath: string,
  env: Record<string, string>,
  source: string,
): Promise<string> {
  try {
    const { stdout } = await run(executablePath, ['--version'], { env, timeout: 60_000 });
    return stdout.trim();
  } catch (e) {
    throw new Error(
      `the Chromium from ${source} (${executablePath}) does not start here: ${(e as Error).message.trim()}; ` +
        'set SGFA_CHROMIUM to a Chromium binary that does',
    );
  }
}

/** The npm package's Chromium, unpacked into {@link CHROMIUM_CACHE} on first use. */
export async function packagedChromium(): Promise<TestChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `${CHROMIUM_PACKAGE} ships a Linux x64 build; on ${process.platform}/${process.arch} set SGFA_CHROMIUM to a Chromium binary`,
    );
  const { root, version: packageVersion } = chromiumPackage();
  const dir = join(CHROMIUM_CACHE, packageVersion);
  await installOnce(dir, (staging) => unpack(join(root, 'bin'), staging, dir));
  const env = processEnv();
  env['LD_LIBRARY_PATH'] = [join(dir, 'lib'), env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  env['FONTCONFIG_PATH'] = dir;
  const executablePath = join(dir, 'chromium');
  const source = `${CHROMIUM_PACKAGE}@${packageVersion}`;
  return { executablePath, env, source, version: await versionOf(executablePath, env, source) };
}

async function namedChromium(executablePath: string): Promise<TestChromium> {
  if (!existsSync(executablePath)) throw new Error(`SGFA_CHROMIUM=${executablePath}: no such file`);
  const env = processEnv();
  const source = 'SGFA_CHROMIUM';
  return { executablePath, env, source, version: await versionOf(executablePath, env, source) };
}

let pending: Promise<TestChromium> | undefined;

/** The Chromium for this test run: $SGFA_CHROMIUM, else the npm package's, unpacked on first use. */
export function testChromium(): Promise<TestChromium> {
  pending ??= (() => {
    const named = process.env['SGFA_CHROMIUM'];
    return named ? namedChromium(named) : packagedChromium();
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}
