/**
 * Worlds from the team's shared generator (gen-flowlogs.mjs), for a cross-check only: the tests
 * run on the project's own generator (world.ts), and where the shared one is at hand the same key
 * assertions also run on its worlds, so that the two generators keep agreeing on what a correct
 * analysis is. It is found beside the checkout (`../shared/bench/gen-flowlogs.mjs`) or where
 * $SGFA_WORLD_GENERATOR says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { World } from './world.js';
import type { WorldOptions } from './world-generator.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared generator's path, or undefined when this machine has none. $SGFA_WORLD_GENERATOR is
 * returned even when it names no file, so that a cross-check asked for fails instead of vanishing.
 */
export function sharedGeneratorPath(): string | undefined {
  const named = process.env['SGFA_WORLD_GENERATOR'];
  if (named) return named;
  const beside = join(repo, '..', 'shared', 'bench', 'gen-flowlogs.mjs');
  return existsSync(beside) ? beside : undefined;
}

const cache = new Map<string, World>();

/** A world from the shared generator, run as its own process (it is a command-line script). */
export function makeSharedWorld(options: WorldOptions): World {
  const key = JSON.stringify(options);
  const known = cache.get(key);
  if (known) return known;
  const generator = sharedGeneratorPath();
  if (!generator || !existsSync(generator))
    throw new Error(`the shared generator gen-flowlogs.mjs is not at ${generator ?? '../shared/bench'}`);
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-shared-world-'));
  const args = ['--out', dir, '--records', String(options.records), '--files', String(options.files ?? 4)];
  args.push('--format', options.format, '--seed', String(options.seed));
  execFileSync(process.execPath, [generator, ...args], { stdio: 'pipe' });
  const world: World = {
    dir,
    logs: join(dir, 'logs'),
    inventory: join(dir, 'inventory'),
    // Its truth.json has a few more fields than Truth; the tests read only Truth's.
    truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as World['truth'],
  };
  cache.set(key, world);
  return world;
}
