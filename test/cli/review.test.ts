/**
 * `review` through the bundled CLI: a branch that removes a rule traffic used, and one that opens
 * SSH to the world, against the propose world's traffic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisFlags, freshCheckout, MAIN_TF, proposeWorld, runCli } from '../helpers/propose-world.js';

const world = proposeWorld();
const analysis = analysisFlags(world);

const cli = runCli;

/** A head tree: the base's Terraform with `edit` applied. */
function head(edit: (text: string) => string): string {
  const dir = freshCheckout();
  writeFileSync(join(dir, 'main.tf'), edit(readFileSync(join(dir, 'main.tf'), 'utf8')));
  return dir;
}

const BASTION_SSH = `  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
`;

describe('review on the command line', () => {
  it('fails a change that removes the SSH rule two offices used, naming the flows and the base line', () => {
    expect(MAIN_TF).toContain(BASTION_SSH);
    const run = cli(
      'review',
      ...analysis,
      '--base',
      freshCheckout(),
      '--head',
      head((t) => t.replace(BASTION_SSH, '')),
      '--fail-on',
      'high',
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('Rule changes: 0 added, 1 removed;');
    expect(run.stdout).toMatch(/\[high\] would-block-traffic at main\.tf:5: /);
    expect(run.stdout).toContain('198.51.100.23');
    expect(run.stderr).toMatch(/^sg-flow-audit: high finding: /);
  });

  it('passes a change that removes a rule no traffic used', () => {
    // The legacy rule written literally in the base, and removed in the head.
    const literal = (t: string) =>
      t.replace('  for_each          = toset(["1024"])\n', '').replace('tonumber(each.value)', '1024');
    const run = cli(
      'review',
      ...analysis,
      '--base',
      head(literal),
      '--head',
      head((t) => literal(t).replace(/resource "aws_security_group_rule" "app_legacy" \{[\s\S]*?\n\}\n/, '')),
      '--fail-on',
      'high',
      '--format',
      'json',
    );
    expect(run.status, run.stderr).toBe(0);
    const outcome = JSON.parse(run.stdout) as {
      findings: unknown[];
      added: number;
      removed: number;
      notes: string[];
    };
    expect([outcome.added, outcome.removed]).toEqual([0, 1]);
    expect(outcome.findings).toEqual([]);
    expect(outcome.notes.join('\n')).toMatch(/carried no traffic in the .*; nothing seen is blocked/);
  });

  it('fails a change that opens port 22 to the world, at the added line', () => {
    const run = cli(
      'review',
      ...analysis,
      '--base',
      freshCheckout(),
      '--head',
      head((t) =>
        t.replace(
          'cidr_blocks = ["10.0.0.10/32"]',
          'cidr_blocks = ["10.0.0.10/32"]\n  }\n\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]',
        ),
      ),
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/\[critical\] open-admin-port at main\.tf:\d+: /);
  });
});
