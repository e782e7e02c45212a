/**
 * `propose` and `export` through the bundled CLI, as a user runs them on a laptop: the HCL parser's
 * WebAssembly is found beside the bundle, and groups defined in no code get a YAML file that
 * propose then edits.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisFlags, freshCheckout, proposeWorld, runCli } from '../helpers/propose-world.js';
import { ruleId } from '../helpers/scenario.js';

const world = proposeWorld();
const analysis = analysisFlags(world);

const cli = runCli;

describe('propose and export on the command line', () => {
  it('propose edits the Terraform of --repo-dir and prints what it changed', () => {
    const dir = freshCheckout();
    const run = cli('propose', ...analysis, '--repo-dir', dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '4 rule change(s) proposed; 2 edited in 1 file(s), 1 to change by hand, 1 not found in code.',
    );
    expect(run.stdout).toContain(`  edited main.tf: ${[ruleId(0), ruleId(2)].sort().join(', ')}`);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toContain('"198.51.100.23/32", "198.51.100.24/32"');
  });

  it('export writes a YAML file per group, and propose edits it for the rule no other code defines', () => {
    const dir = freshCheckout();
    const exported = cli('export', '--inventory', world.inputs.inventory, '--out', join(dir, 'groups'));
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toBe(`wrote 3 group file(s) to ${join(dir, 'groups')}\n`);
    const files = readdirSync(join(dir, 'groups')).sort();
    expect(files).toHaveLength(3);
    const batch = files.find((f) => f.includes('sg-batch')) as string;
    expect(readFileSync(join(dir, 'groups', batch), 'utf8')).toContain(ruleId(4));

    const run = cli('propose', ...analysis, '--repo-dir', dir);
    expect(run.status, run.stderr).toBe(0);
    // Terraform first: the YAML of groups it defines is left alone; sg-batch's unused rule goes.
    expect(run.stdout).toContain('0 not found in code');
    expect(readFileSync(join(dir, 'groups', batch), 'utf8')).not.toContain(ruleId(4));
  });

  it('propose without --repo-dir is a usage error', () => {
    const run = cli('propose', ...analysis);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("sg-flow-audit: required option '--repo-dir <dir>' not specified (see --help)\n");
  });

  it('export of an inventory folder that does not exist names it', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'sgfa-')), 'nope');
    const run = cli('export', '--inventory', missing, '--out', missing);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^sg-flow-audit: --inventory: ${missing}/security-groups.json: not found\\n$`),
    );
  });
});
