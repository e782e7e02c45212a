/** Rules the code builds (variables, for_each, dynamic blocks, interpolation) are left to be changed by hand. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import {
  FIXTURES,
  expectedRules,
  fixtureCopy,
  hclRules,
  live,
  remove,
  replace,
  ruleKey,
  tcp,
} from './helpers.js';

const ssh = live({
  ruleId: 'sgr-ssh',
  groupName: 'ops',
  fromPort: 22,
  toPort: 22,
  peer: { cidr: '0.0.0.0/0' },
});
const partner = live({
  ruleId: 'sgr-partner',
  groupName: 'ops',
  fromPort: 443,
  toPort: 443,
  peer: { cidr: '198.51.100.7/32' },
});
const extra = live({
  ruleId: 'sgr-extra',
  groupName: 'ops',
  fromPort: 8080,
  toPort: 8080,
  peer: { cidr: '10.0.0.0/8' },
});
const vpn = live({
  ruleId: 'sgr-vpn',
  groupName: 'ops',
  protocol: 'udp',
  fromPort: 1194,
  toPort: 1194,
  peer: { cidr: '10.8.0.0/16' },
});
const rdp = live({
  ruleId: 'sgr-rdp',
  groupName: 'ops',
  fromPort: 3389,
  toPort: 3389,
  peer: { cidr: '0.0.0.0/0' },
});

describe('editTerraform: rules built by the code', () => {
  it('says why each one is left alone and where it is, and still edits the literal rule beside them', async () => {
    const changes = [
      replace(ssh, tcp(22, 22, { cidr: '203.0.113.0/24' })),
      remove(partner),
      remove(extra),
      replace(vpn, { protocol: 'udp', fromPort: 1194, toPort: 1194, cidr: '10.8.1.0/24' }),
      remove(rdp),
    ];
    const result = await editTerraform({ repoDir: join(FIXTURES, 'computed'), changes });
    expect(result.manual.map((m) => [m.change.rule.ruleId, m.why, m.location])).toEqual([
      ['sgr-ssh', 'cidr_blocks comes from a variable (var.office_cidrs)', { file: 'main.tf', line: 20 }],
      [
        'sgr-partner',
        'cidr_blocks comes from the iteration (each.value); aws_security_group_rule.ops_partners is built with for_each',
        { file: 'main.tf', line: 45 },
      ],
      [
        'sgr-extra',
        'the rules of aws_security_group.ops are built by a dynamic "ingress" block',
        { file: 'main.tf', line: 27 },
      ],
      [
        'sgr-vpn',
        'cidr_blocks is built by interpolation ("${local.vpn_prefix}.0.0/16")',
        { file: 'main.tf', line: 55 },
      ],
    ]);
    expect(result.manual.map((m) => m.change)).toEqual(changes.slice(0, 4));
    const [edit] = result.edits;
    expect(edit!.ruleIds).toEqual(['sgr-rdp']);
    expect(edit!.after).toBe(
      edit!.before.replace(
        '\n\n  ingress {\n    from_port   = 3389\n    to_port     = 3389\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }',
        '',
      ),
    );
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [ruleKey('aws_security_group.ops', 'ingress', 'tcp', '3389-3389', '0.0.0.0/0')],
        [],
      ),
    );
  });

  it('does not edit a rule written literally in a resource built with count', async () => {
    const { dir, cleanup } = await fixtureCopy('computed', {
      'main.tf': [
        'resource "aws_security_group" "ops" {',
        '  name = "ops"',
        '}',
        '',
        'resource "aws_security_group_rule" "ops_https" {',
        '  count             = var.enabled ? 1 : 0',
        '  type              = "ingress"',
        '  security_group_id = aws_security_group.ops.id',
        '  from_port         = 443',
        '  to_port           = 443',
        '  protocol          = "tcp"',
        '  cidr_blocks       = ["0.0.0.0/0"]',
        '}',
        '',
      ].join('\n'),
    });
    try {
      const https = live({
        ruleId: 'sgr-https',
        groupName: 'ops',
        fromPort: 443,
        toPort: 443,
        peer: { cidr: '0.0.0.0/0' },
      });
      const result = await editTerraform({ repoDir: dir, changes: [remove(https)] });
      expect(result.edits).toEqual([]);
      expect(result.outcomes.get('sgr-https')).toEqual({
        status: 'manual',
        why: 'aws_security_group_rule.ops_https is built with count',
        location: { file: 'main.tf', line: 5 },
      });
    } finally {
      await cleanup();
    }
  });
});
