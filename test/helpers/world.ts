/**
 * Synthetic VPC worlds from the team's shared generator (gen-flowlogs.mjs), written to a temp dir
 * and cached per (format, seed, size) for the test run. truth.json says what a correct analysis
 * must conclude about every rule.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the generator is: $SGFA_WORLD_GENERATOR, beside the checkout, or the workspace copy. */
export function generatorPath(): string {
  const candidates = [
    process.env['SGFA_WORLD_GENERATOR'],
    join(repo, '..', 'shared', 'bench', 'gen-flowlogs.mjs'),
    '/work/shared/bench/gen-flowlogs.mjs',
  ].filter((p): p is string => typeof p === 'string');
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(`gen-flowlogs.mjs not found (tried ${candidates.join(', ')}); set SGFA_WORLD_GENERATOR`);
  return found;
}

export interface Truth {
  records: number;
  rules: Record<string, { status: string; initiatedFlows: number; distinctSources: number; ports: number[] }>;
  expect: {
    unusedRules: string[];
    unknownRules: string[];
    openAdminPorts: string[];
    narrowSources: Record<string, string[]>;
    narrowPorts: Record<string, number[]>;
    unattachedGroups: string[];
    portScanners: string[];
    redundantRules: Record<string, string>;
  };
}

export interface World {
  dir: string;
  logs: string;
  inventory: string;
  truth: Truth;
}

const cache = new Map<string, World>();

export function makeWorld(options: {
  format: 'v2' | 'v5';
  seed: number;
  records: number;
  files?: number;
}): World {
  const key = JSON.stringify(options);
  const known = cache.get(key);
  if (known) return known;
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-world-'));
  execFileSync(
    process.execPath,
    [
      generatorPath(),
      '--out',
      dir,
      '--records',
      String(options.records),
      '--files',
      String(options.files ?? 4),
      '--format',
      options.format,
      '--seed',
      String(options.seed),
    ],
    { stdio: 'pipe' },
  );
  const world = {
    dir,
    logs: join(dir, 'logs'),
    inventory: join(dir, 'inventory'),
    truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth,
  };
  cache.set(key, world);
  return world;
}
