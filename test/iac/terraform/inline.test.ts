/** Editing inline `ingress`/`egress` blocks of `aws_security_group`, located by the group's name. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTerraform } from '../../../src/iac/terraform/terraform.js';
import {
  FIXTURES,
  changedLinesWithin,
  expectedRules,
  fixtureCopy,
  hclRules,
  lineHunks,
  live,
  remove,
  replace,
  ruleKey,
  tcp,
} from './helpers.js';

const WEB = 'aws_security_group.web';
const ssh = live({
  ruleId: 'sgr-ssh',
  groupName: 'web',
  fromPort: 22,
  toPort: 22,
  peer: { cidr: '0.0.0.0/0' },
});
const internal = live({
  ruleId: 'sgr-internal',
  groupName: 'web',
  fromPort: 0,
  toPort: 65535,
  peer: { cidr: '10.0.0.0/8' },
});
const app = live({
  ruleId: 'sgr-app',
  groupName: 'web',
  fromPort: 8080,
  toPort: 8080,
  peer: { cidr: '10.0.1.0/24' },
});
const monitoring = live({
  ruleId: 'sgr-mon',
  groupName: 'web',
  fromPort: 9100,
  toPort: 9100,
  peer: { cidr: '10.0.5.0/24' },
});
const changes = [
  replace(ssh, tcp(22, 22, { cidr: '203.0.113.10/32' }), tcp(22, 22, { cidr: '198.51.100.0/24' })),
  replace(internal, tcp(443, 443, { cidr: '10.0.0.0/8' })),
  replace(app, tcp(8080, 8080, { groupId: 'sg-lb' })),
  remove(monitoring),
];
const groups = [{ groupId: 'sg-lb', groupName: 'lb' }];

describe('editTerraform: inline blocks', () => {
  it('edits each block in place and leaves every other line as it was', async () => {
    const result = await editTerraform({ repoDir: join(FIXTURES, 'inline'), changes, groups });
    expect(result.manual).toEqual([]);
    expect([...result.located]).toEqual([
      ['sgr-ssh', { file: 'main.tf', line: 23 }],
      ['sgr-internal', { file: 'main.tf', line: 31 }],
      ['sgr-app', { file: 'main.tf', line: 43 }],
      ['sgr-mon', { file: 'main.tf', line: 52 }],
    ]);
    expect([...result.outcomes.values()].map((o) => o.status)).toEqual([
      'edited',
      'edited',
      'edited',
      'edited',
    ]);
    const [edit] = result.edits;
    expect(result.edits).toHaveLength(1);
    expect(edit!.file).toBe('main.tf');
    expect(edit!.ruleIds).toEqual(['sgr-app', 'sgr-internal', 'sgr-mon', 'sgr-ssh']);
    expect(edit!.before).toBe(await readFile(join(FIXTURES, 'inline', 'main.tf'), 'utf8'));

    // Only the lines of the four blocks changed (the ranges include the comment above each).
    const hunks = changedLinesWithin(edit!, [
      [22, 29],
      [31, 41],
      [43, 49],
      [50, 58],
    ]);
    expect(hunks.length).toBeGreaterThan(0);
    const internalBlock = [
      '  ingress {',
      '    description = "Internal"',
      '    from_port   = 0',
      '    # every port, for now',
      '    to_port  = 65535',
      '    protocol = "6"',
      '    cidr_blocks = [',
      '      "10.0.0.0/8",   # VPC',
      '      "172.16.0.0/12", # peered VPC',
      '    ]',
      '  }',
    ].join('\n');
    const internalSplit = [
      '  ingress {',
      '    description = "Internal"',
      '    from_port   = 0',
      '    # every port, for now',
      '    to_port  = 65535',
      '    protocol = "6"',
      '    cidr_blocks = [',
      '      "172.16.0.0/12", # peered VPC',
      '    ]',
      '  }',
      '',
      '  ingress {',
      '    description = "Internal"',
      '    from_port   = 443',
      '    to_port  = 443',
      '    protocol = "6"',
      '    cidr_blocks = [',
      '      "10.0.0.0/8",   # VPC',
      '    ]',
      '  }',
    ].join('\n');
    const monitoringBlock = [
      '  # Old monitoring agent, decommissioned.',
      '  ingress {',
      '    from_port   = 9100',
      '    to_port     = 9100',
      '    protocol    = "tcp"',
      '    cidr_blocks = ["10.0.5.0/24"]',
      '  }',
      '',
      '',
    ].join('\n');
    const expected = edit!.before
      .replace(
        '    protocol    = "tcp" # plain TCP\n    cidr_blocks = ["0.0.0.0/0"]',
        '    protocol    = "tcp" # plain TCP\n    cidr_blocks = ["203.0.113.10/32", "198.51.100.0/24"]',
      )
      .replace(internalBlock, internalSplit)
      .replace('    cidr_blocks = ["10.0.1.0/24"]', '    security_groups = [aws_security_group.lb.id]')
      .replace(monitoringBlock, '');
    expect(edit!.after).toBe(expected);

    // An independent parser reads exactly the proposed rules.
    const removed = [
      ruleKey(WEB, 'ingress', 'tcp', '22-22', '0.0.0.0/0'),
      ruleKey(WEB, 'ingress', 'tcp', '0-65535', '10.0.0.0/8'),
      ruleKey(WEB, 'ingress', 'tcp', '8080-8080', '10.0.1.0/24'),
      ruleKey(WEB, 'ingress', 'tcp', '9100-9100', '10.0.5.0/24'),
    ];
    const added = [
      ruleKey(WEB, 'ingress', 'tcp', '22-22', '203.0.113.10/32'),
      ruleKey(WEB, 'ingress', 'tcp', '22-22', '198.51.100.0/24'),
      ruleKey(WEB, 'ingress', 'tcp', '443-443', '10.0.0.0/8'),
      ruleKey(WEB, 'ingress', 'tcp', '8080-8080', 'aws_security_group.lb'),
    ];
    expect(await hclRules(edit!.after)).toEqual(expectedRules(await hclRules(edit!.before), removed, added));
    expect(edit!.after).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
  });

  it('changes nothing the second time: the edited rules are already applied, the removed one is gone', async () => {
    const first = await editTerraform({ repoDir: join(FIXTURES, 'inline'), changes, groups });
    const { dir, cleanup } = await fixtureCopy('inline');
    try {
      await writeFile(join(dir, 'main.tf'), first.edits[0]!.after);
      const second = await editTerraform({ repoDir: dir, changes, groups });
      expect(second.edits).toEqual([]);
      expect(second.manual).toEqual([]);
      expect(Object.fromEntries([...second.outcomes].map(([id, o]) => [id, o.status]))).toEqual({
        'sgr-ssh': 'already-applied',
        'sgr-internal': 'already-applied',
        'sgr-app': 'already-applied',
        'sgr-mon': 'not-found',
      });
      expect(second.outcomes.get('sgr-mon')).toEqual({
        status: 'not-found',
        why: 'aws_security_group.web has no rule like it',
        location: { file: 'main.tf', line: 17 },
      });
    } finally {
      await cleanup();
    }
  });

  it('writes a group that is not defined in the files by its id, and keeps a multi-line list one per line', async () => {
    const result = await editTerraform({
      repoDir: join(FIXTURES, 'inline'),
      changes: [
        replace(
          internal,
          tcp(0, 65535, { cidr: '10.0.1.0/24' }),
          tcp(0, 65535, { cidr: '10.0.2.0/24' }),
          tcp(0, 65535, { groupId: 'sg-0123456789abcdef0' }),
        ),
      ],
    });
    const [edit] = result.edits;
    expect(lineHunks(edit!.before, edit!.after).map((h) => [h.start + 1, h.end, h.inserted])).toEqual([
      [38, 38, ['      "10.0.1.0/24",   # VPC', '      "10.0.2.0/24",']],
      [41, 40, ['    security_groups = ["sg-0123456789abcdef0"]']],
    ]);
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [ruleKey(WEB, 'ingress', 'tcp', '0-65535', '10.0.0.0/8')],
        [
          ruleKey(WEB, 'ingress', 'tcp', '0-65535', '10.0.1.0/24'),
          ruleKey(WEB, 'ingress', 'tcp', '0-65535', '10.0.2.0/24'),
          ruleKey(WEB, 'ingress', 'tcp', '0-65535', 'sg-0123456789abcdef0'),
        ],
      ),
    );
  });

  it('writes `ingress = []` when the last ingress block goes, so that Terraform removes the rule', async () => {
    const https = live({
      ruleId: 'sgr-lb',
      groupName: 'lb',
      fromPort: 443,
      toPort: 443,
      peer: { cidr: '0.0.0.0/0' },
    });
    const result = await editTerraform({ repoDir: join(FIXTURES, 'inline'), changes: [remove(https)] });
    const [edit] = result.edits;
    expect(lineHunks(edit!.before, edit!.after).map((h) => [h.start + 1, h.end, h.inserted])).toEqual([
      [8, 14, ['  ingress = []']],
    ]);
    expect(await hclRules(edit!.after)).toEqual(
      expectedRules(
        await hclRules(edit!.before),
        [ruleKey('aws_security_group.lb', 'ingress', 'tcp', '443-443', '0.0.0.0/0')],
        [],
      ),
    );
  });
});
