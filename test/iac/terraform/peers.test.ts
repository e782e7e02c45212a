/** Peers of every kind: a group that needs a resource of its own, self, prefix lists, IPv6. */
import { describe, expect, it } from 'vitest';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import { expectedRules, fixtureCopy, hclRules, live, replace, ruleKey, tcp } from './helpers.js';

async function editOne(
  text: string,
  run: (dir: string) => ReturnType<typeof editTerraform>,
): Promise<string> {
  const { dir, cleanup } = await fixtureCopy('rule', { 'main.tf': text });
  try {
    const result = await run(dir);
    expect(result.manual).toEqual([]);
    return result.edits[0]!.after;
  } finally {
    await cleanup();
  }
}

describe('editTerraform: peers', () => {
  it('moves a CIDR that becomes a group out of a shared cidr_blocks into its own aws_security_group_rule', async () => {
    const text = [
      'resource "aws_security_group" "app" {',
      '  name = "app"',
      '}',
      '',
      'resource "aws_security_group" "db" {',
      '  name = "db"',
      '}',
      '',
      'resource "aws_security_group_rule" "db_in" {',
      '  type              = "ingress"',
      '  security_group_id = aws_security_group.db.id',
      '  from_port         = 5432',
      '  to_port           = 5432',
      '  protocol          = "tcp"',
      '  cidr_blocks       = ["10.0.2.0/24", "10.0.3.0/24"]',
      '}',
      '',
    ].join('\n');
    const rule = live({
      ruleId: 'sgr-1',
      groupName: 'db',
      fromPort: 5432,
      toPort: 5432,
      peer: { cidr: '10.0.2.0/24' },
    });
    const after = await editOne(text, (repoDir) =>
      editTerraform({
        repoDir,
        changes: [replace(rule, tcp(5432, 5432, { groupId: 'sg-app' }))],
        groups: [{ groupId: 'sg-app', groupName: 'app' }],
      }),
    );
    expect(after).toBe(
      text.replace('["10.0.2.0/24", "10.0.3.0/24"]', '["10.0.3.0/24"]') +
        [
          '',
          'resource "aws_security_group_rule" "db_in_2" {',
          '  type              = "ingress"',
          '  security_group_id = aws_security_group.db.id',
          '  from_port         = 5432',
          '  to_port           = 5432',
          '  protocol          = "tcp"',
          '  source_security_group_id = aws_security_group.app.id',
          '}',
          '',
        ].join('\n'),
    );
    const DB = 'aws_security_group.db';
    expect(await hclRules(after)).toEqual(
      expectedRules(
        await hclRules(text),
        [ruleKey(DB, 'ingress', 'tcp', '5432-5432', '10.0.2.0/24')],
        [ruleKey(DB, 'ingress', 'tcp', '5432-5432', 'aws_security_group.app')],
      ),
    );
  });

  it('writes the own group as `self = true`, a prefix list and an IPv6 network each in its attribute', async () => {
    const text = [
      'resource "aws_security_group" "web" {',
      '  name = "web"',
      '',
      '  ingress {',
      '    from_port   = 443',
      '    to_port     = 443',
      '    protocol    = "tcp"',
      '    cidr_blocks = ["0.0.0.0/0"]',
      '  }',
      '}',
      '',
    ].join('\n');
    const rule = live({
      ruleId: 'sgr-1',
      groupName: 'web',
      fromPort: 443,
      toPort: 443,
      peer: { cidr: '0.0.0.0/0' },
    });
    const after = await editOne(text, (repoDir) =>
      editTerraform({
        repoDir,
        changes: [
          replace(
            rule,
            tcp(443, 443, { groupId: 'sg-web' }),
            tcp(443, 443, { prefixListId: 'pl-0123456789abcdef0' }),
            tcp(443, 443, { cidr: '2001:db8::/32' }),
          ),
        ],
      }),
    );
    expect(after).toBe(
      text.replace(
        '    cidr_blocks = ["0.0.0.0/0"]',
        [
          '    self        = true',
          '    prefix_list_ids = ["pl-0123456789abcdef0"]',
          '    ipv6_cidr_blocks = ["2001:db8::/32"]',
        ].join('\n'),
      ),
    );
    const WEB = 'aws_security_group.web';
    expect(await hclRules(after)).toEqual(
      [
        ruleKey(WEB, 'ingress', 'tcp', '443-443', '2001:db8::/32'),
        ruleKey(WEB, 'ingress', 'tcp', '443-443', 'pl-0123456789abcdef0'),
        ruleKey(WEB, 'ingress', 'tcp', '443-443', 'self'),
      ].sort(),
    );
  });

  it('finds an aws_security_group_rule whose group comes from a variable through the state values', async () => {
    const text = [
      'variable "sg_id" {',
      '  type = string',
      '}',
      '',
      'resource "aws_security_group_rule" "https" {',
      '  type              = "ingress"',
      '  security_group_id = var.sg_id',
      '  from_port         = 443',
      '  to_port           = 443',
      '  protocol          = "tcp"',
      '  cidr_blocks       = ["0.0.0.0/0"]',
      '}',
      '',
    ].join('\n');
    const state = {
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_security_group_rule.https',
              mode: 'managed',
              type: 'aws_security_group_rule',
              name: 'https',
              values: {
                security_group_id: 'sg-0f0000000000000f1',
                type: 'ingress',
                protocol: 'tcp',
                from_port: 443,
                to_port: 443,
                cidr_blocks: ['0.0.0.0/0'],
              },
            },
          ],
        },
      },
    };
    const rule = live({
      ruleId: 'sgr-1',
      groupId: 'sg-0f0000000000000f1',
      groupName: 'edge',
      fromPort: 443,
      toPort: 443,
      peer: { cidr: '0.0.0.0/0' },
    });
    const after = await editOne(text, (repoDir) =>
      editTerraform({ repoDir, state, changes: [replace(rule, tcp(443, 443, { cidr: '198.51.100.0/24' }))] }),
    );
    expect(after).toBe(text.replace('["0.0.0.0/0"]', '["198.51.100.0/24"]'));
  });
});
