import { describe, expect, test } from 'vitest';
import {
  compareFindings,
  formatCount,
  formatPorts,
  formatProposal,
  formatRule,
} from '../../src/report/format.js';
import { buildReport, finding, rule } from './fixture.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';

const base = { ruleId: 'sgr-1', groupId: 'sg-1', direction: 'ingress' as const };

describe('report wording', () => {
  test('ports read as the console shows them', () => {
    expect(formatPorts('tcp', 22, 22)).toBe('22');
    expect(formatPorts('tcp', 8000, 8080)).toBe('8000-8080');
    expect(formatPorts('tcp', 0, 65535)).toBe('0-65535');
    expect(formatPorts('all', -1, -1)).toBe('all');
    expect(formatPorts('icmp', -1, -1)).toBe('all');
    expect(formatPorts('icmp', 8, -1)).toBe('type 8');
    expect(formatPorts('icmpv6', 128, 0)).toBe('type 128 code 0');
  });

  test('a rule reads as protocol, ports and peer', () => {
    expect(formatRule({ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { cidr: '0.0.0.0/0' } })).toBe(
      'tcp 22 0.0.0.0/0',
    );
    expect(formatRule({ protocol: 'all', fromPort: -1, toPort: -1, peer: { groupId: 'sg-2' } })).toBe(
      'all sg-2',
    );
    expect(formatRule({ protocol: 'udp', fromPort: 53, toPort: 53, peer: { prefixListId: 'pl-1' } })).toBe(
      'udp 53 pl-1',
    );
  });

  test('a proposed change shows only what differs from the rule it replaces', () => {
    const ssh = rule({ ...base, protocol: 'tcp', fromPort: 22, toPort: 22, peer: { cidr: '0.0.0.0/0' } });
    const narrowed = finding({
      id: 'a',
      type: 'broad-source',
      severity: 'high',
      title: 't',
      proposal: {
        action: 'replace',
        rules: [
          { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' },
          { protocol: 'tcp', fromPort: 22, toPort: 22, groupId: 'sg-bastion' },
          { protocol: 'tcp', fromPort: 2222, toPort: 2222, cidr: '198.51.100.24/32' },
        ],
      },
    });
    expect(formatProposal(narrowed, ssh)).toBe(
      'replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, sg-bastion, tcp 2222 198.51.100.24/32',
    );
    const removal = finding({
      id: 'b',
      type: 'unused-rule',
      severity: 'medium',
      title: 't',
      proposal: { action: 'remove', rules: [] },
    });
    expect(formatProposal(removal, ssh)).toBe('remove tcp 22 0.0.0.0/0');
    expect(
      formatProposal(finding({ id: 'c', type: 'unused-rule', severity: 'medium', title: 't' }), ssh),
    ).toBeUndefined();
  });

  test('without the rule in the report, the change names the rule id', () => {
    const removal = finding({
      id: 'b',
      type: 'unused-rule',
      severity: 'medium',
      ruleId: 'sgr-9',
      title: 't',
      proposal: { action: 'remove', rules: [] },
    });
    expect(formatProposal(removal, undefined)).toBe('remove sgr-9');
  });

  test('findings rank by severity, then flows, then type and id', () => {
    const f = (id: string, severity: 'critical' | 'low', flows: number) =>
      finding({ id, type: 'unused-rule', severity, title: id, evidence: { flows } });
    const ranked = [
      f('a', 'low', 900),
      f('b', 'critical', 1),
      f('c', 'critical', 50),
      f('d', 'critical', 50),
    ].sort(compareFindings);
    expect(ranked.map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  test('counts group thousands the same way everywhere', () => {
    expect([0, 999, 1_000, 1_234_567, -4_200].map(formatCount)).toEqual([
      '0',
      '999',
      '1,000',
      '1,234,567',
      '-4,200',
    ]);
  });
});

describe('one proposed change per rule', () => {
  const ssh = rule({ ...base, protocol: 'tcp', fromPort: 22, toPort: 22, peer: { cidr: '0.0.0.0/0' } });
  const proposal = {
    action: 'replace' as const,
    rules: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' }],
  };
  const findings = [
    finding({
      id: 'a',
      type: 'open-admin-port',
      severity: 'critical',
      ruleId: 'sgr-1',
      groupId: 'sg-1',
      title: 'Admin port 22 open',
      proposal,
    }),
    finding({
      id: 'b',
      type: 'broad-source',
      severity: 'high',
      ruleId: 'sgr-1',
      groupId: 'sg-1',
      title: 'Broad source',
      proposal,
    }),
  ];
  const report = { ...buildReport(), rules: [ssh], findings };
  const change = 'replace tcp 22 0.0.0.0/0 → 198.51.100.23/32';

  test('the markdown summary spells the change out once and points to it from the other finding', () => {
    const markdown = renderMarkdown(report);
    expect(markdown.split(change).length - 1).toBe(1);
    expect(markdown).toContain('the same change as its open-admin-port finding (one change per rule)');
  });

  test('the text report does the same', () => {
    const text = renderText(report, { color: false });
    expect(text.split(change).length - 1).toBe(1);
    expect(text).toContain('proposed: the same change as its open-admin-port finding (one change per rule)');
  });

  test('a port scanner’s deny entry reads as the network ACL entry', () => {
    const scan = finding({
      id: 'c',
      type: 'port-scan',
      severity: 'medium',
      peer: '185.220.101.45',
      title: 'Port scan',
      proposal: {
        action: 'deny',
        rules: [],
        networkAclEntries: [
          {
            networkAclId: 'acl-0a',
            subnetIds: ['subnet-1'],
            ruleNumber: 98,
            egress: false,
            protocol: '-1',
            ruleAction: 'deny',
            cidr: '185.220.101.45/32',
          },
        ],
      },
    });
    expect(formatProposal(scan, undefined)).toBe('deny 185.220.101.45/32 in acl-0a (rule 98)');
  });
});
