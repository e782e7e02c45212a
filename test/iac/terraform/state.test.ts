/** Locating rules through `terraform show -json` when the group names are computed. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import {
  FIXTURES,
  changedLinesWithin,
  expectedRules,
  fixtureCopy,
  hclRules,
  live,
  remove,
  replace,
  ruleKey,
  tcp,
} from './helpers.js';

const WEB_ID = 'sg-0a0000000000000a1';
const BASTION_ID = 'sg-0b0000000000000b1';
const web = { groupId: WEB_ID, groupName: 'prod-web' };
const ssh = live({
  ruleId: 'sgr-0a000000000000022',
  ...web,
  fromPort: 22,
  toPort: 22,
  peer: { cidr: '0.0.0.0/0' },
});
const http = live({
  ruleId: 'sgr-0a000000000000080',
  ...web,
  fromPort: 80,
  toPort: 80,
  peer: { cidr: '0.0.0.0/0' },
});
const bastionSsh = live({
  ruleId: 'sgr-0c0000000000000c1',
  groupId: BASTION_ID,
  groupName: 'prod-bastion-20250101000000000000000001',
  fromPort: 22,
  toPort: 22,
  peer: { cidr: '0.0.0.0/0' },
});
const changes = [
  replace(ssh, tcp(22, 22, { groupId: BASTION_ID })),
  remove(http),
  replace(bastionSsh, tcp(22, 22, { cidr: '203.0.113.0/24' })),
];

async function state(): Promise<unknown> {
  return JSON.parse(await readFile(join(FIXTURES, 'state', 'terraform.tfstate.json'), 'utf8'));
}

describe('editTerraform: through the state file', () => {
  it('finds groups named "${var.env}-web" by their id and a vpc rule by its sgr- id, and references the group resource', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'state'), changes, state: await state() });
    expect(result.manual).toEqual([]);
    expect(Object.fromEntries(result.located)).toEqual({
      'sgr-0a000000000000022': { file: 'main.tf', line: 15 },
      'sgr-0a000000000000080': { file: 'main.tf', line: 22 },
      'sgr-0c0000000000000c1': { file: 'main.tf', line: 34 },
    });
    const [edit] = result.edits;
    changedLinesWithin(edit!, [
      [15, 20],
      [21, 29],
      [34, 40],
    ]);
    const expected = edit!.before
      .replace(
        '    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]',
        '    to_port     = 22\n    protocol    = "tcp"\n    security_groups = [aws_security_group.bastion.id]',
      )
      .replace(
        '\n\n  ingress {\n    from_port   = 80\n    to_port     = 80\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }',
        '',
      )
      .replace('  cidr_ipv4         = "0.0.0.0/0"', '  cidr_ipv4         = "203.0.113.0/24"');
    expect(edit!.after).toBe(expected);
    const WEB = 'aws_security_group.web';
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [
          ruleKey(WEB, 'ingress', 'tcp', '22-22', '0.0.0.0/0'),
          ruleKey(WEB, 'ingress', 'tcp', '80-80', '0.0.0.0/0'),
          ruleKey('aws_security_group.bastion', 'ingress', 'tcp', '22-22', '0.0.0.0/0'),
        ],
        [
          ruleKey(WEB, 'ingress', 'tcp', '22-22', 'aws_security_group.bastion'),
          ruleKey('aws_security_group.bastion', 'ingress', 'tcp', '22-22', '203.0.113.0/24'),
        ],
      ),
    );
  });

  it('finds the edited rules applied and the removed one gone on a second run with the same state', async () => {
    const first = await editTerraform({ repoDir: join(FIXTURES, 'state'), changes, state: await state() });
    const { dir, cleanup } = await fixtureCopy('state', { 'main.tf': first.edits[0]!.after });
    try {
      const second = await editTerraform({ repoDir: dir, changes, state: await state() });
      expect(second.edits).toEqual([]);
      expect([...second.outcomes.values()]).toEqual([
        { status: 'already-applied', location: { file: 'main.tf', line: 15 } },
        {
          status: 'not-found',
          why: 'aws_security_group.web has no rule like it',
          location: { file: 'main.tf', line: 5 },
        },
        { status: 'already-applied', location: { file: 'main.tf', line: 27 } },
      ]);
    } finally {
      await cleanup();
    }
  });

  it('finds none of them without the state: the names in the code are computed', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'state'), changes });
    expect(result.edits).toEqual([]);
    expect([...result.outcomes.values()]).toEqual([
      { status: 'not-found', why: 'no Terraform code defines the group prod-web (sg-0a0000000000000a1)' },
      { status: 'not-found', why: 'no Terraform code defines the group prod-web (sg-0a0000000000000a1)' },
      {
        status: 'not-found',
        why: 'no Terraform code defines the group prod-bastion-20250101000000000000000001 (sg-0b0000000000000b1)',
      },
    ]);
  });

  it('rejects JSON that is not a state with one clear line', async () => {
    await expect(
      editTerraform({ repoDir: join(FIXTURES, 'state'), changes, state: { resources: [] } }),
    ).rejects.toThrow(ConfigurationError);
  });
});
