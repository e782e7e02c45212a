import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/report/types.js';
import { ruleId, runScenario, v2 } from '../helpers/scenario.js';
import { parseCidr, parseIpv4 } from '../../src/analysis/net.js';

const NOW_WINDOW = { 'min-window': 0 };

function findingsOf(report: Report, index: number): Finding[] {
  return report.findings.filter((f) => f.ruleId === ruleId(index));
}

/** A scanner walking `count` ports of a host, from one source port. */
function walk(eni: string, scanner: string, host: string, count: number, action = 'ACCEPT'): string[] {
  return Array.from({ length: count }, (_, i) => v2(eni, scanner, host, 51000, 1 + i, 6, action));
}

describe('one net change per rule', () => {
  it('narrows a rule broad in ports and peers once, to the group whose interfaces used it', async () => {
    const api = Array.from({ length: 6 }, (_, i) => ({
      id: `eni-api${i}`,
      ips: [`10.20.1.${10 + i}`],
      groups: ['sg-api'],
    }));
    const report = await runScenario({
      groups: ['sg-db', 'sg-api'],
      rules: [{ group: 'sg-db', protocol: 'tcp', from: 0, to: 65535, cidr: '10.20.0.0/16' }],
      interfaces: [{ id: 'eni-db', ips: ['10.20.9.5'], groups: ['sg-db'] }, ...api],
      lines: api.map((a, i) => v2('eni-db', a.ips[0] as string, '10.20.9.5', 40000 + i, 9000)),
    });
    const findings = findingsOf(report, 0);
    expect(findings.map((f) => f.type).sort()).toEqual(['broad-ports', 'broad-source']);
    const proposals = findings.map((f) => JSON.stringify(f.proposal));
    expect(new Set(proposals).size).toBe(1);
    expect(findings[0]?.proposal).toEqual({
      action: 'replace',
      rules: [{ protocol: 'tcp', fromPort: 9000, toPort: 9000, groupId: 'sg-api' }],
    });
    expect(findings[0]?.message).toContain('6 of its 6 interface(s) were seen');
  });

  it('lists the addresses when they are a small share of the only group they belong to', async () => {
    const hosts = Array.from({ length: 10 }, (_, i) => ({
      id: `eni-h${i}`,
      ips: [`10.0.2.${10 + i}`],
      groups: ['sg-all'],
    }));
    const report = await runScenario({
      groups: ['sg-app', 'sg-all'],
      rules: [{ group: 'sg-app', protocol: 'tcp', from: 9100, cidr: '10.0.0.0/16' }],
      interfaces: [{ id: 'eni-app', ips: ['10.0.3.5'], groups: ['sg-app'] }, ...hosts],
      lines: [v2('eni-app', '10.0.2.10', '10.0.3.5', 40000, 9100)],
    });
    const finding = findingsOf(report, 0).find((f) => f.type === 'broad-source');
    expect(finding?.proposal?.rules).toEqual([
      { protocol: 'tcp', fromPort: 9100, toPort: 9100, cidr: '10.0.2.10/32' },
    ]);
  });

  it('narrows SSH from a /24 used by two administrators to their two /32s', async () => {
    const report = await runScenario({
      groups: ['sg-bastion'],
      rules: [{ group: 'sg-bastion', protocol: 'tcp', from: 22, cidr: '192.0.2.0/24' }],
      interfaces: [{ id: 'eni-b', ips: ['10.0.0.5'], groups: ['sg-bastion'] }],
      lines: [
        v2('eni-b', '192.0.2.77', '10.0.0.5', 50000, 22),
        v2('eni-b', '192.0.2.78', '10.0.0.5', 50001, 22),
        v2('eni-b', '192.0.2.77', '10.0.0.5', 50002, 22),
      ],
    });
    const finding = findingsOf(report, 0).find((f) => f.type === 'broad-source');
    expect(finding?.severity).toBe('high');
    expect(finding?.proposal?.rules.map((r) => r.cidr)).toEqual(['192.0.2.77/32', '192.0.2.78/32']);
  });

  it('leaves a /24 on a port that is not an admin port alone', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '192.0.2.0/24' }],
      interfaces: [{ id: 'eni-w', ips: ['10.0.0.5'], groups: ['sg-web'] }],
      lines: [v2('eni-w', '192.0.2.77', '10.0.0.5', 50000, 443)],
    });
    expect(findingsOf(report, 0)).toEqual([]);
  });
});

describe('scanners are not evidence', () => {
  const host = { id: 'eni-legacy', ips: ['10.0.5.5'], groups: ['sg-legacy'] };

  it('proposes removing a rule only a port scanner used, and never allows the scanner', async () => {
    const report = await runScenario({
      groups: ['sg-legacy'],
      rules: [{ group: 'sg-legacy', protocol: '-1', cidr: '0.0.0.0/0' }],
      interfaces: [host],
      lines: walk('eni-legacy', '45.155.205.99', '10.0.5.5', 40),
      config: NOW_WINDOW,
    });
    const findings = findingsOf(report, 0);
    expect(findings.map((f) => f.type).sort()).toEqual(['open-admin-port', 'unused-rule']);
    for (const f of findings) {
      expect(f.proposal).toEqual({
        action: 'remove',
        rules: [{ protocol: 'all', fromPort: -1, toPort: -1, cidr: '0.0.0.0/0' }],
      });
    }
    const unused = findings.find((f) => f.type === 'unused-rule');
    expect(unused?.title).toBe('Rule used only by port scanners: ingress all traffic from 0.0.0.0/0');
    expect(unused?.evidence).toMatchObject({ scannerFlows: 40, scanners: ['45.155.205.99'] });
    expect(JSON.stringify(report.findings.map((f) => f.proposal))).not.toContain('45.155.205.99');
    expect(report.findings.find((f) => f.type === 'port-scan')?.peer).toBe('45.155.205.99');
  });

  it('narrows to the legitimate peers and their ports, leaving out what only the scanner tried', async () => {
    const report = await runScenario({
      groups: ['sg-legacy'],
      rules: [{ group: 'sg-legacy', protocol: 'tcp', from: 0, to: 65535, cidr: '0.0.0.0/0' }],
      interfaces: [host],
      lines: [
        ...walk('eni-legacy', '45.155.205.99', '10.0.5.5', 40),
        v2('eni-legacy', '198.51.100.23', '10.0.5.5', 50000, 443),
        v2('eni-legacy', '198.51.100.23', '10.0.5.5', 50001, 443),
      ],
    });
    const findings = findingsOf(report, 0);
    expect(findings.map((f) => f.type).sort()).toEqual(['broad-ports', 'broad-source', 'open-admin-port']);
    for (const f of findings) {
      expect(f.proposal).toEqual({
        action: 'replace',
        rules: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '198.51.100.23/32' }],
      });
    }
    expect(findings.find((f) => f.type === 'broad-ports')?.evidence['portsSeen']).toEqual([443]);
  });
});

describe('network ACL deny entries for port scanners', () => {
  const lines = walk('eni-web', '185.220.101.45', '10.0.1.10', 30, 'REJECT');
  const base = {
    groups: ['sg-web'],
    rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
    interfaces: [{ id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'], subnet: 'subnet-0a' }],
    lines,
  };

  it('proposes a deny entry numbered below the first allow entry, clear of numbers in use', async () => {
    const report = await runScenario({
      ...base,
      networkAcls: [
        {
          NetworkAclId: 'acl-0a',
          VpcId: 'vpc-1',
          IsDefault: false,
          Associations: [{ SubnetId: 'subnet-0a' }],
          Entries: [
            { RuleNumber: 100, Egress: false, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
            {
              RuleNumber: 99,
              Egress: false,
              Protocol: '-1',
              RuleAction: 'deny',
              CidrBlock: '203.0.113.0/24',
            },
            { RuleNumber: 98, Egress: true, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 32767, Egress: false, Protocol: '-1', RuleAction: 'deny', CidrBlock: '0.0.0.0/0' },
          ],
        },
        { NetworkAclId: 'acl-0b', VpcId: 'vpc-1', Associations: [{ SubnetId: 'subnet-0b' }], Entries: [] },
      ],
    });
    const scan = report.findings.find((f) => f.type === 'port-scan');
    expect(scan?.proposal).toEqual({
      action: 'deny',
      rules: [],
      networkAclEntries: [
        {
          networkAclId: 'acl-0a',
          subnetIds: ['subnet-0a'],
          ruleNumber: 98,
          egress: false,
          protocol: '-1',
          ruleAction: 'deny',
          cidr: '185.220.101.45/32',
        },
      ],
    });
  });

  it('says what is missing without network ACL data', async () => {
    const report = await runScenario(base);
    const scan = report.findings.find((f) => f.type === 'port-scan');
    expect(scan?.proposal).toBeUndefined();
    expect(scan?.message).toContain('add network-acls.json (aws ec2 describe-network-acls) to --inventory');
  });
});

describe('within the rules quota', () => {
  // 200 peers in 50 aligned blocks of four, far apart: 50 /30s cover them with no address to spare.
  const peers = Array.from({ length: 200 }, (_, i) => `10.${1 + Math.floor(i / 4)}.7.${i % 4}`);
  const spec = (quota: number) => ({
    groups: ['sg-app'],
    rules: [
      { group: 'sg-app', protocol: 'tcp', from: 5432, cidr: '10.0.0.0/8' },
      { group: 'sg-app', protocol: 'tcp', from: 443, cidr: '10.0.0.0/8' },
    ],
    interfaces: [{ id: 'eni-app', ips: ['172.16.0.5'], groups: ['sg-app'] }],
    lines: [
      ...peers.map((p, i) => v2('eni-app', p, '172.16.0.5', 40000 + i, 5432)),
      v2('eni-app', '10.9.9.9', '172.16.0.5', 40000, 443),
    ],
    config: { 'rules-per-group': quota, thresholds: { 'broad-source-max-peers': 256 } },
  });

  it('covers 200 peers with the covering networks that fit a quota of 60', async () => {
    const report = await runScenario(spec(60));
    const finding = findingsOf(report, 0).find((f) => f.type === 'broad-source');
    // 59 rules of room (the other rule keeps one): 50 /30s fit and waste nothing.
    expect(finding?.proposal?.rules.map((r) => r.cidr)).toEqual(
      Array.from({ length: 50 }, (_, i) => `10.${1 + i}.7.0/30`),
    );
    expect(finding?.message).toContain('50 covering network(s) span 200 addresses, 1.0× the peers');
  });

  it('with a tighter quota, covers them with the smallest total address space that fits', async () => {
    const report = await runScenario(spec(8));
    const rules = findingsOf(report, 0).find((f) => f.type === 'broad-source')?.proposal?.rules ?? [];
    // 8 rules, less the other rule of the group: room for 7 (fewer may already be the best).
    expect(rules.length).toBeLessThanOrEqual(7);
    const nets = rules.map((r) => parseCidr(r.cidr as string)).filter((c) => c?.version === 4);
    for (const p of peers) {
      const a = parseIpv4(p) as number;
      expect(
        nets.some(
          (n) =>
            n &&
            n.version === 4 &&
            Math.floor(a / 2 ** (32 - n.prefix)) === Math.floor(n.network / 2 ** (32 - n.prefix)),
        ),
      ).toBe(true);
    }
    const total = nets.reduce((sum, n) => sum + 2 ** (32 - (n?.prefix ?? 32)), 0);
    expect(total).toBe(
      optimalCover(
        peers.map((p) => parseIpv4(p) as number),
        7,
      ),
    );
  });
});

describe('safety rails for removals', () => {
  const day = 86_400;
  const lines = (days: number) => [
    v2('eni-app', '10.0.9.9', '10.0.1.5', 40000, 443, 6, 'ACCEPT', 1763900000),
    v2('eni-app', '10.0.9.9', '10.0.1.5', 40001, 443, 6, 'ACCEPT', 1763900000 + days * day - 60),
  ];
  const spec = (days: number) => ({
    groups: ['sg-app'],
    rules: [
      { group: 'sg-app', protocol: 'tcp', from: 443, cidr: '10.0.0.0/16' },
      { group: 'sg-app', protocol: 'tcp', from: 8080, cidr: '10.0.0.0/16' },
    ],
    interfaces: [{ id: 'eni-app', ips: ['10.0.1.5'], groups: ['sg-app'] }],
    lines: lines(days),
  });

  it('reports an unused rule after a 3-day window without proposing its removal, and says why', async () => {
    const report = await runScenario(spec(3));
    const unused = findingsOf(report, 1);
    expect(unused.map((f) => f.type)).toEqual(['unused-rule']);
    expect(unused[0]?.proposal).toBeUndefined();
    expect(unused[0]?.evidence['proposalOmitted']).toBe(
      'the window read is 3 d, shorter than min-window (7 d): no rule is proposed for removal on so little evidence',
    );
  });

  it('proposes the removal after a 7-day window', async () => {
    const report = await runScenario(spec(7));
    expect(findingsOf(report, 1)[0]?.proposal?.action).toBe('remove');
  });

  it('gives a suppressed rule no proposal on any of its findings', async () => {
    const report = await runScenario({
      groups: ['sg-bastion'],
      rules: [{ group: 'sg-bastion', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' }],
      interfaces: [{ id: 'eni-b', ips: ['10.0.0.5'], groups: ['sg-bastion'] }],
      lines: [v2('eni-b', '198.51.100.23', '10.0.0.5', 50000, 22)],
      config: {
        suppressions: [
          { type: 'open-admin-port', 'rule-id': ruleId(0), reason: 'break-glass', expires: '2099-01-01' },
        ],
      },
    });
    const findings = findingsOf(report, 0);
    expect(findings.map((f) => f.type).sort()).toEqual(['broad-source', 'open-admin-port']);
    for (const f of findings) {
      expect(f.proposal).toBeUndefined();
      expect(f.evidence['proposalOmitted']).toBe('a suppression covers a finding about this rule');
    }
  });
});

/**
 * The smallest total address space of at most `k` CIDRs covering the addresses, by a different
 * method than the tool's: the optimal covers are disjoint blocks, so they split the sorted
 * addresses into runs; each run costs the block of its first and last address.
 */
function optimalCover(addresses: number[], k: number): number {
  const a = [...new Set(addresses)].sort((x, y) => x - y);
  const block = (i: number, j: number) => {
    let prefix = 32;
    while (
      prefix > 0 &&
      Math.floor((a[i] as number) / 2 ** (32 - prefix)) !== Math.floor((a[j] as number) / 2 ** (32 - prefix))
    )
      prefix--;
    return 2 ** (32 - prefix);
  };
  const n = a.length;
  // best[m][i]: the first i addresses with m runs.
  let best = Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : Infinity));
  let answer = Infinity;
  for (let m = 1; m <= k; m++) {
    const next = Array.from({ length: n + 1 }, () => Infinity);
    for (let i = 1; i <= n; i++)
      for (let j = 0; j < i; j++)
        if (best[j] !== Infinity)
          next[i] = Math.min(next[i] as number, (best[j] as number) + block(j, i - 1));
    best = next;
    answer = Math.min(answer, best[n] as number);
  }
  return answer;
}
