/**
 * The bundled CLI on every Node major the README and package.json claim: the same report of the
 * bundled example, byte for byte, and `propose`'s WebAssembly parser loading on each.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/action.js';
import { nodeMajor, nodePath } from '../helpers/node-versions.js';
import { analysisFlags, freshCheckout, proposeWorld } from '../helpers/propose-world.js';

const CLI = join(repo, 'dist', 'cli.js');
const DEMO = [
  'analyze',
  '--flow-logs',
  join(repo, 'examples/demo/logs'),
  '--inventory',
  join(repo, 'examples/demo/inventory'),
];
const world = proposeWorld();

/** The majors `engines` names, from ">=20" and the README's list. */
const CLAIMED = [20, 22, 24];

describe.each(CLAIMED)('Node %i', (major) => {
  it('gives the same report of the bundled example and edits Terraform with propose', async () => {
    const node = await nodePath(major);
    expect(await nodeMajor(node)).toBe(major);
    const run = (binary: string) =>
      spawnSync(binary, [CLI, ...DEMO, '--format', 'json', '--fail-on', 'none'], {
        encoding: 'utf8',
        timeout: 120_000,
      });
    const mine = run(process.execPath);
    const theirs = run(node);
    expect(theirs.status, theirs.stderr).toBe(0);
    const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), tool: undefined });
    expect(strip(theirs.stdout)).toEqual(strip(mine.stdout));

    const dir = freshCheckout();
    const propose = spawnSync(node, [CLI, 'propose', ...analysisFlags(world), '--repo-dir', dir], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(propose.status, propose.stderr).toBe(0);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toContain('"198.51.100.23/32", "198.51.100.24/32"');
  }, 300_000);
});

it('package.json claims exactly these majors', () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { engines: { node: string } };
  expect(pkg.engines.node).toBe('^20.19.0 || ^22.12.0 || >=24.0.0');
});
