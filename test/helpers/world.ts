/**
 * Synthetic VPC worlds from the project's own generator (world-generator.ts), written to a temp
 * dir and cached per options for the test run. `truth` (also in DIR/truth.json) says what a
 * correct analysis must conclude about every rule.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld, type WorldOptions } from './world-generator.js';
import type { Truth } from './world-gen/truth.js';
import { buildVpc, type RuleRole } from './world-gen/vpc.js';

export type { Truth } from './world-gen/truth.js';

export interface World {
  dir: string;
  logs: string;
  inventory: string;
  truth: Truth;
}

const cache = new Map<string, World>();

export function makeWorld(options: WorldOptions): World {
  const key = JSON.stringify(options);
  const known = cache.get(key);
  if (known) return known;
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-world-'));
  const truth = generateWorld(dir, options);
  const world = { dir, logs: join(dir, 'logs'), inventory: join(dir, 'inventory'), truth };
  cache.set(key, world);
  return world;
}

/** The id of a rule of the worlds by its part in them (every world has the same inventory). */
export function worldRuleId(role: RuleRole): string {
  return buildVpc().rule[role].id;
}
