import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { pullRequestBody } from '../../src/commands/propose/body.js';
import { propose, type ProposeOutcome } from '../../src/commands/propose/propose.js';
import { freshCheckout, proposeWorld } from '../helpers/propose-world.js';
import { ruleId } from '../helpers/scenario.js';

async function rulesOf(text: string): Promise<string[]> {
  const parsed = (await parse('main.tf', text)) as {
    resource: Record<string, Record<string, { ingress?: Record<string, unknown>[] }[]>>;
  };
  const out: string[] = [];
  for (const [name, [group]] of Object.entries(parsed.resource['aws_security_group'] ?? {})) {
    for (const block of group?.ingress ?? [])
      out.push(
        `${name} ${String(block['protocol'])} ${String(block['from_port'])}-${String(block['to_port'])} ${JSON.stringify(block['cidr_blocks'] ?? block['security_groups'])}`,
      );
  }
  return out.sort();
}

describe('propose', () => {
  let first: ProposeOutcome;
  const { repo, inputs } = proposeWorld();
  const options = { repoDir: repo, reportFile: '.sg-flow-audit/proposals.md' };

  it('edits the Terraform that defines each rule, and only those lines', async () => {
    first = await propose(inputs, options);
    const after = readFileSync(join(repo, 'main.tf'), 'utf8');
    expect(await rulesOf(after)).toEqual([
      'app tcp 8080-8080 ["10.0.1.7/32"]',
      'app tcp 9100-9100 ["10.0.0.10/32"]',
      'bastion tcp 22-22 ["198.51.100.23/32","198.51.100.24/32"]',
    ]);
    // Every line outside the two edited blocks is as it was, comments included.
    for (const line of [
      '# The bastion and the app tier.',
      '  # the monitoring scrape, kept as it is',
      '    description = "ssh"',
    ])
      expect(after).toContain(line);
    expect(first.edits.edits.map((e) => [e.file, e.ruleIds.sort()])).toEqual([
      ['main.tf', [ruleId(0), ruleId(2)].sort()],
    ]);
  });

  it('lists the for_each rule to change by hand and the rule found in no code', () => {
    expect(first.edits.manual.map((m) => m.change.rule.ruleId)).toEqual([ruleId(3)]);
    expect(first.edits.manual[0]?.location).toEqual({ file: 'main.tf', line: 33 });
    expect(first.edits.notFound.map((c) => c.rule.ruleId)).toEqual([ruleId(4)]);
  });

  it('writes the full proposal beside the edits and a body with a row per change and the AWS CLI', () => {
    expect(first.files.map((f) => f.path)).toEqual(['main.tf', '.sg-flow-audit/proposals.md']);
    const report = readFileSync(join(repo, '.sg-flow-audit/proposals.md'), 'utf8');
    const body = pullRequestBody(first.sections, '.sg-flow-audit/proposals.md');
    expect(body).toBe(report.trimEnd());
    expect(body).toContain(
      '| sg-bastion (sg-bastion) | ' +
        ruleId(0) +
        ' | ingress tcp 22 0.0.0.0/0 | tcp 22 198.51.100.23/32, tcp 22 198.51.100.24/32 |',
    );
    expect(body).toContain(
      `aws ec2 revoke-security-group-ingress --group-id sg-bastion --security-group-rule-ids ${ruleId(0)}`,
    );
    expect(body).toContain(`- ${ruleId(3)} in sg-app (main.tf:33): `);
  });

  it('changes nothing on a second run over the edited tree', async () => {
    const before = readFileSync(join(repo, 'main.tf'), 'utf8');
    const second = await propose(inputs, options);
    expect(second.edits.edits).toEqual([]);
    expect(readFileSync(join(repo, 'main.tf'), 'utf8')).toBe(before);
  });

  it('gives the same files, byte for byte, from the same tree and traffic (a pull request would not change)', async () => {
    const again = freshCheckout();
    const rerun = await propose(inputs, { ...options, repoDir: again });
    expect(rerun.files).toEqual(first.files);
  });
});
