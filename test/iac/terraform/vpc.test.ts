/** Editing `aws_vpc_security_group_ingress_rule` / `_egress_rule` resources (one peer each). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

const API = 'aws_security_group.api';
const https = live({
  ruleId: 'sgr-https',
  groupName: 'api',
  fromPort: 443,
  toPort: 443,
  peer: { cidr: '0.0.0.0/0' },
});
const internal = live({
  ruleId: 'sgr-internal',
  groupName: 'api',
  protocol: 'all',
  fromPort: -1,
  toPort: -1,
  peer: { cidr: '10.0.0.0/8' },
});
const metrics = live({
  ruleId: 'sgr-metrics',
  groupName: 'api',
  fromPort: 9090,
  toPort: 9090,
  peer: { cidr: '10.0.1.0/24' },
});
const out = live({
  ruleId: 'sgr-out',
  groupName: 'api',
  direction: 'egress',
  protocol: 'all',
  fromPort: -1,
  toPort: -1,
  peer: { cidr: '0.0.0.0/0' },
});
const changes = [
  replace(https, tcp(443, 443, { cidr: '203.0.113.0/24' }), tcp(443, 443, { cidr: '2001:db8::/32' })),
  replace(internal, tcp(8443, 8443, { cidr: '10.0.0.0/8' })),
  replace(metrics, tcp(9090, 9090, { groupId: 'sg-lb' })),
  remove(out),
];
const groups = [{ groupId: 'sg-lb', groupName: 'lb' }];

describe('editTerraform: aws_vpc_security_group_*_rule', () => {
  it('edits one peer per resource: a sibling <name>_2 for the second peer, ports added to an all-traffic rule', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'vpc'), changes, groups });
    expect(result.manual).toEqual([]);
    const [edit] = result.edits;
    changedLinesWithin(edit!, [
      [11, 18],
      [20, 24],
      [34, 40],
      [41, 47],
    ]);
    const httpsCopy = [
      '',
      '',
      'resource "aws_vpc_security_group_ingress_rule" "api_https_2" {',
      '  security_group_id = aws_security_group.api.id',
      '  description       = "HTTPS"',
      '  cidr_ipv6         = "2001:db8::/32"',
      '  from_port         = 443',
      '  ip_protocol       = "tcp"',
      '  to_port           = 443',
      '}',
    ].join('\n');
    const expected = edit!.before
      .replace(
        '  cidr_ipv4         = "0.0.0.0/0"\n  from_port         = 443\n  ip_protocol       = "tcp"\n  to_port           = 443\n}',
        `  cidr_ipv4         = "203.0.113.0/24"\n  from_port         = 443\n  ip_protocol       = "tcp"\n  to_port           = 443\n}${httpsCopy}`,
      )
      .replace(
        '  ip_protocol       = "-1"\n}\n\nresource "aws_vpc_security_group_ingress_rule" "api_from_lb"',
        '  ip_protocol       = "tcp"\n  from_port         = 8443\n  to_port           = 8443\n}\n\nresource "aws_vpc_security_group_ingress_rule" "api_from_lb"',
      )
      .replace(
        '  cidr_ipv4         = "10.0.1.0/24"',
        '  referenced_security_group_id = aws_security_group.lb.id',
      )
      .replace(/\n\nresource "aws_vpc_security_group_egress_rule" "api_out" \{[^}]*\}\n$/, '\n');
    expect(edit!.after).toBe(expected);
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [
          ruleKey(API, 'ingress', 'tcp', '443-443', '0.0.0.0/0'),
          ruleKey(API, 'ingress', 'all', 'all', '10.0.0.0/8'),
          ruleKey(API, 'ingress', 'tcp', '9090-9090', '10.0.1.0/24'),
          ruleKey(API, 'egress', 'all', 'all', '0.0.0.0/0'),
        ],
        [
          ruleKey(API, 'ingress', 'tcp', '443-443', '203.0.113.0/24'),
          ruleKey(API, 'ingress', 'tcp', '443-443', '2001:db8::/32'),
          ruleKey(API, 'ingress', 'tcp', '8443-8443', '10.0.0.0/8'),
          ruleKey(API, 'ingress', 'tcp', '9090-9090', 'aws_security_group.lb'),
        ],
      ),
    );
  });

  it('finds every change applied on a second run, and the removed rule gone', async () => {
    const first = await editTerraform({ repoDir: join(FIXTURES, 'vpc'), changes, groups });
    const { dir, cleanup } = await fixtureCopy('vpc');
    try {
      await writeFile(join(dir, 'main.tf'), first.edits[0]!.after);
      const second = await editTerraform({ repoDir: dir, changes, groups });
      expect(second.edits).toEqual([]);
      expect(Object.fromEntries([...second.outcomes].map(([id, o]) => [id, o.status]))).toEqual({
        'sgr-https': 'already-applied',
        'sgr-internal': 'already-applied',
        'sgr-metrics': 'already-applied',
        'sgr-out': 'not-found',
      });
    } finally {
      await cleanup();
    }
  });
});
