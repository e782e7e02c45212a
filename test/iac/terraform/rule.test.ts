/** Editing `aws_security_group_rule` resources, located by the group's name and the rule's attributes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import {
  FIXTURES,
  changedLinesWithin,
  expectedRules,
  hclRules,
  live,
  remove,
  replace,
  ruleKey,
  tcp,
} from './helpers.js';

const DB = 'aws_security_group.db';
const fromApp = live({
  ruleId: 'sgr-from-app',
  groupName: 'db',
  fromPort: 5432,
  toPort: 5432,
  peer: { cidr: '10.0.2.0/24' },
});
const admin = live({
  ruleId: 'sgr-admin',
  groupName: 'db',
  fromPort: 0,
  toPort: 65535,
  peer: { cidr: '10.9.0.0/16' },
});
const replication = live({
  ruleId: 'sgr-replication',
  groupName: 'db',
  fromPort: 5433,
  toPort: 5433,
  peer: { cidr: '192.0.2.0/24' },
});
const changes = [
  replace(fromApp, tcp(5432, 5432, { groupId: 'sg-app' })),
  replace(admin, tcp(22, 22, { cidr: '10.9.0.0/16' }), tcp(5432, 5432, { cidr: '10.9.0.0/16' })),
  remove(replication),
];
const groups = [{ groupId: 'sg-app', groupName: 'app' }];

describe('editTerraform: aws_security_group_rule', () => {
  it('swaps a CIDR for source_security_group_id on its line, splits port ranges into a copy, deletes a resource', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'rule'), changes, groups });
    expect(result.manual).toEqual([]);
    expect(Object.fromEntries(result.located)).toEqual({
      'sgr-from-app': { file: 'main.tf', line: 11 },
      'sgr-admin': { file: 'main.tf', line: 21 },
      'sgr-replication': { file: 'main.tf', line: 32 },
    });
    const [edit] = result.edits;
    changedLinesWithin(edit!, [
      [11, 19],
      [21, 29],
      [29, 41],
    ]);
    const adminCopy = [
      '',
      '',
      'resource "aws_security_group_rule" "db_admin_2" {',
      '  type              = "ingress"',
      '  security_group_id = aws_security_group.db.id',
      '  from_port         = 5432',
      '  to_port           = 5432',
      '  protocol          = "tcp"',
      '  cidr_blocks       = ["10.9.0.0/16"]',
      '}',
    ].join('\n');
    const replicationResource = edit!.before.slice(
      edit!.before.indexOf('# Replication'),
      edit!.before.indexOf('resource "aws_security_group_rule" "db_egress"'),
    );
    const expected = edit!.before
      .replace(
        '  cidr_blocks       = ["10.0.2.0/24"] # the app subnet',
        '  source_security_group_id = aws_security_group.app.id # the app subnet',
      )
      .replace(
        '  from_port         = 0\n  to_port           = 65535\n  protocol          = "tcp"\n  cidr_blocks       = ["10.9.0.0/16"]\n}',
        `  from_port         = 22\n  to_port           = 22\n  protocol          = "tcp"\n  cidr_blocks       = ["10.9.0.0/16"]\n}${adminCopy}`,
      )
      .replace(replicationResource, '');
    expect(edit!.after).toBe(expected);
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [
          ruleKey(DB, 'ingress', 'tcp', '5432-5432', '10.0.2.0/24'),
          ruleKey(DB, 'ingress', 'tcp', '0-65535', '10.9.0.0/16'),
          ruleKey(DB, 'ingress', 'tcp', '5433-5433', '192.0.2.0/24'),
        ],
        [
          ruleKey(DB, 'ingress', 'tcp', '5432-5432', 'aws_security_group.app'),
          ruleKey(DB, 'ingress', 'tcp', '22-22', '10.9.0.0/16'),
          ruleKey(DB, 'ingress', 'tcp', '5432-5432', '10.9.0.0/16'),
        ],
      ),
    );
  });

  it('turns an all-traffic rule into rules of two protocols, the second in a copy named <name>_2', async () => {
    const result = await editTerraform({
      repoDir: join(FIXTURES, 'rule'),
      changes: [
        replace(
          live({
            ruleId: 'sgr-any',
            groupName: 'db',
            direction: 'egress',
            protocol: 'all',
            fromPort: -1,
            toPort: -1,
            peer: { cidr: '0.0.0.0/0' },
          }),
          tcp(443, 443, { cidr: '0.0.0.0/0' }),
          { protocol: 'udp', fromPort: 53, toPort: 53, cidr: '10.0.0.2/32' },
        ),
      ],
    });
    const [edit] = result.edits;
    expect(edit!.after.slice(edit!.after.indexOf('resource "aws_security_group_rule" "db_egress"'))).toBe(
      [
        'resource "aws_security_group_rule" "db_egress" {',
        '  type              = "egress"',
        '  security_group_id = aws_security_group.db.id',
        '  from_port         = 443',
        '  to_port           = 443',
        '  protocol          = "tcp"',
        '  cidr_blocks       = ["0.0.0.0/0"]',
        '}',
        '',
        'resource "aws_security_group_rule" "db_egress_2" {',
        '  type              = "egress"',
        '  security_group_id = aws_security_group.db.id',
        '  from_port         = 53',
        '  to_port           = 53',
        '  protocol          = "udp"',
        '  cidr_blocks       = ["10.0.0.2/32"]',
        '}',
        '',
      ].join('\n'),
    );
  });
});
