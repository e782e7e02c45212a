/**
 * A small, realistic report for the renderer tests, built by hand so that every number in an
 * expected line can be traced here: three attached groups and one unattached group, rules in
 * every status, findings of every severity (a critical open SSH rule with a replace proposal, a
 * suppressed unused rule), three days of hourly traffic and the busiest ports.
 */
import type { Finding, Report, RuleReport, Severity, TimeBucket } from '../../src/report/types.js';

export const WEB = 'sg-0a1b2c3d4e5f60001';
export const DB = 'sg-0a1b2c3d4e5f60002';
export const LEGACY = 'sg-0a1b2c3d4e5f60003';
export const OLD_BASTION = 'sg-0a1b2c3d4e5f60004';

/** A rule with no traffic unless `usage` says otherwise. */
export function rule(
  fields: Omit<RuleReport, 'usage' | 'groupName' | 'status'> &
    Partial<Pick<RuleReport, 'groupName' | 'status'>> & { usage?: Partial<RuleReport['usage']> },
): RuleReport {
  const { usage, ...rest } = fields;
  const flows = usage?.flows ?? 0;
  return {
    groupName: '',
    status: flows > 0 ? 'used' : 'unused',
    ...rest,
    usage: {
      flows,
      packets: flows * 10,
      bytes: flows * 4_000,
      peers: 0,
      peersExact: true,
      topPeers: [],
      ports: [],
      firstSeen: flows > 0 ? '2026-11-19T00:04:00Z' : null,
      lastSeen: flows > 0 ? '2026-11-21T23:58:00Z' : null,
      confidence: flows > 0 ? 'high' : null,
      shadowedFlows: 0,
      ...usage,
    },
  };
}

/** A finding with empty evidence unless given. */
export function finding(
  fields: Omit<Finding, 'evidence' | 'message'> & Partial<Pick<Finding, 'evidence' | 'message'>>,
): Finding {
  return { evidence: {}, message: `${fields.title}.`, ...fields };
}

export const RULES: RuleReport[] = [
  rule({
    ruleId: 'sgr-0000000000000001',
    groupId: WEB,
    groupName: 'web',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    peer: { cidr: '0.0.0.0/0' },
    description: 'ssh',
    usage: {
      flows: 1_204,
      peers: 2,
      topPeers: [
        { address: '198.51.100.23', flows: 1_000 },
        { address: '198.51.100.24', flows: 204 },
      ],
      ports: [22],
    },
  }),
  rule({
    ruleId: 'sgr-0000000000000002',
    groupId: WEB,
    groupName: 'web',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    peer: { cidr: '0.0.0.0/0' },
    usage: {
      flows: 52_310,
      peers: 4_812,
      peersExact: false,
      topPeers: [{ address: '203.0.113.7', flows: 911 }],
      ports: [443],
    },
  }),
  rule({
    ruleId: 'sgr-0000000000000003',
    groupId: WEB,
    groupName: 'web',
    direction: 'egress',
    protocol: 'all',
    fromPort: -1,
    toPort: -1,
    peer: { cidr: '0.0.0.0/0' },
    usage: { flows: 8_001, peers: 37, topPeers: [{ address: '10.0.2.15', flows: 3_400 }] },
  }),
  rule({
    ruleId: 'sgr-0000000000000004',
    groupId: DB,
    groupName: 'db',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 5432,
    toPort: 5432,
    peer: { groupId: WEB },
    usage: { flows: 3_400, peers: 2, topPeers: [{ address: '10.0.1.10', flows: 2_000 }], ports: [5432] },
  }),
  rule({
    ruleId: 'sgr-0000000000000005',
    groupId: DB,
    groupName: 'db',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 3306,
    toPort: 3306,
    peer: { cidr: '10.0.0.0/8' },
  }),
  rule({
    ruleId: 'sgr-0000000000000006',
    groupId: DB,
    groupName: 'db',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 0,
    toPort: 65535,
    peer: { cidr: '10.0.0.0/8' },
    usage: { flows: 120, peers: 3, topPeers: [{ address: '10.0.3.4', flows: 80 }], ports: [5432, 6432] },
  }),
  rule({
    ruleId: 'sgr-0000000000000007',
    groupId: LEGACY,
    groupName: 'legacy',
    direction: 'ingress',
    protocol: 'udp',
    fromPort: 161,
    toPort: 161,
    peer: { prefixListId: 'pl-0123456789abcdef0' },
    status: 'unknown',
  }),
  rule({
    ruleId: 'sgr-0000000000000008',
    groupId: LEGACY,
    groupName: 'legacy',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 8080,
    toPort: 8080,
    peer: { cidr: '10.1.0.0/16' },
    status: 'unknown',
  }),
  rule({
    ruleId: 'sgr-0000000000000009',
    groupId: LEGACY,
    groupName: 'legacy',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 6379,
    toPort: 6379,
    peer: { cidr: '0.0.0.0/0' },
    status: 'unknown',
  }),
];

export const FINDINGS: Finding[] = [
  finding({
    id: 'f-coverage-legacy',
    type: 'coverage-gap',
    severity: 'info',
    groupId: LEGACY,
    title: 'Interface eni-0legacy0000000001 has no flow-log records',
    evidence: { interfaces: ['eni-0legacy0000000001'] },
  }),
  finding({
    id: 'f-unused-3306',
    type: 'unused-rule',
    severity: 'medium',
    groupId: DB,
    ruleId: 'sgr-0000000000000005',
    title: 'Rule unused for 3 days',
    evidence: { flows: 0 },
    proposal: { action: 'remove', rules: [] },
  }),
  finding({
    id: 'f-ssh-open',
    type: 'open-admin-port',
    severity: 'critical',
    groupId: WEB,
    ruleId: 'sgr-0000000000000001',
    title: 'SSH (tcp 22) open to the internet',
    message: 'tcp 22 accepts connections from 0.0.0.0/0; 1,204 flows came from 2 addresses.',
    evidence: { flows: 1_204, peers: 2 },
    proposal: {
      action: 'replace',
      rules: [
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.24/32' },
      ],
    },
  }),
  finding({
    id: 'f-redis-open',
    type: 'open-high-risk-port',
    severity: 'high',
    groupId: LEGACY,
    ruleId: 'sgr-0000000000000009',
    title: 'Redis (tcp 6379) open to the internet',
  }),
  finding({
    id: 'f-scan',
    type: 'port-scan',
    severity: 'medium',
    peer: '45.155.205.99',
    title: '45.155.205.99 reached 812 ports',
    evidence: { flows: 2_031, ports: 812 },
  }),
  finding({
    id: 'f-broad-ports',
    type: 'broad-ports',
    severity: 'medium',
    groupId: DB,
    ruleId: 'sgr-0000000000000006',
    title: 'tcp 0-65535 used on 2 ports',
    evidence: { flows: 120, ports: [5432, 6432] },
    proposal: {
      action: 'replace',
      rules: [
        { protocol: 'tcp', fromPort: 5432, toPort: 5432, cidr: '10.0.0.0/8' },
        { protocol: 'tcp', fromPort: 6432, toPort: 6432, cidr: '10.0.0.0/8' },
      ],
    },
  }),
  finding({
    id: 'f-unattached',
    type: 'unattached-group',
    severity: 'low',
    groupId: OLD_BASTION,
    title: 'Security group old-bastion is attached to no interface',
  }),
  finding({
    id: 'f-spike',
    type: 'traffic-spike',
    severity: 'info',
    title: 'Traffic spike at 2026-11-20 13:00 UTC',
    evidence: { flows: 9_000 },
  }),
  finding({
    id: 'f-unused-8080',
    type: 'unused-rule',
    severity: 'medium',
    groupId: LEGACY,
    ruleId: 'sgr-0000000000000008',
    title: 'Rule unused for 3 days',
    proposal: { action: 'remove', rules: [] },
    suppressed: { reason: 'monthly batch job', expires: '2027-01-31' },
  }),
];

/** Three days of hourly buckets: a daily rhythm, rejections steady, a spike on day two. */
export function hourlyBuckets(hours = 72, start = Date.UTC(2026, 10, 19)): TimeBucket[] {
  return Array.from({ length: hours }, (_, hour) => ({
    start: new Date(start + hour * 3_600_000).toISOString().replace('.000Z', 'Z'),
    accepted: 600 + ((hour * 37) % 400) + (hour === 37 ? 9_000 : 0),
    rejected: 70 + ((hour * 13) % 20),
  }));
}

/** The fixture report. Every call returns a fresh copy, so a test may change it freely. */
export function buildReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'sg-flow-audit', version: '0.1.0' },
    window: { start: '2026-11-19T00:00:00Z', end: '2026-11-22T00:00:00Z' },
    input: {
      files: 3,
      records: 70_002,
      accepted: 64_000,
      rejected: 5_800,
      noData: 150,
      skipData: 52,
      malformed: 2,
      unreadableFiles: 0,
      errors: [
        { file: 'logs/2026/11/19/eni-a.log.gz', line: 12, message: 'expected 14 fields, found 9' },
        { file: 'logs/2026/11/20/eni-b.log', line: 3, message: 'bad port "http"' },
      ],
      errorCount: 2,
      fields: [
        'version',
        'account-id',
        'interface-id',
        'srcaddr',
        'dstaddr',
        'srcport',
        'dstport',
        'protocol',
        'packets',
        'bytes',
        'start',
        'end',
        'action',
        'log-status',
      ],
      formats: [],
      unknownInterfaces: ['eni-0fffffffffffffff0'],
    },
    summary: {
      interfaces: 5,
      interfacesWithRecords: 4,
      groups: 4,
      rules: { total: 9, used: 5, unused: 1, unknown: 3 },
      findings: { critical: 1, high: 1, medium: 3, low: 1, info: 2 },
    },
    rules: structuredClone(RULES),
    findings: structuredClone(FINDINGS),
    traffic: {
      bucketSeconds: 3_600,
      buckets: hourlyBuckets(),
      topRejectedSources: [{ address: '45.155.205.99', flows: 2_031 }],
      topRejectedPorts: [{ port: 23, protocol: 'tcp', flows: 410 }],
      topPorts: [
        { port: 443, protocol: 'tcp', flows: 52_310 },
        { port: 5432, protocol: 'tcp', flows: 3_400 },
        { port: 22, protocol: 'tcp', flows: 1_204 },
        { port: 53, protocol: 'udp', flows: 800 },
      ],
    },
  };
}

const SEVERITY_CYCLE: Severity[] = ['critical', 'high', 'medium', 'medium', 'low', 'info'];

/**
 * A report far over GitHub's summary limit if rendered whole: `findings` findings spread over
 * every severity and `rules` rules in groups of 25, each finding about one of those rules.
 */
export function largeReport(findings: number, rules: number): Report {
  const report = buildReport();
  report.rules = Array.from({ length: rules }, (_, i) =>
    rule({
      ruleId: `sgr-${String(i).padStart(17, '0')}`,
      groupId: `sg-${String(Math.floor(i / 25)).padStart(17, '0')}`,
      groupName: `service-${Math.floor(i / 25)}`,
      direction: i % 5 === 4 ? 'egress' : 'ingress',
      protocol: 'tcp',
      fromPort: 1_000 + (i % 25),
      toPort: 1_000 + (i % 25),
      peer: { cidr: `10.${Math.floor(i / 256) % 256}.${i % 256}.0/24` },
      usage:
        i % 3 === 0
          ? {}
          : { flows: 10 + i, peers: 3, topPeers: [{ address: `10.9.${i % 256}.1`, flows: 5 + i }] },
    }),
  );
  report.findings = Array.from({ length: findings }, (_, i) => {
    const target = report.rules[i % rules];
    return finding({
      id: `f-${String(i).padStart(6, '0')}`,
      type: 'broad-source',
      severity: SEVERITY_CYCLE[i % SEVERITY_CYCLE.length] ?? 'info',
      ...(target ? { groupId: target.groupId, ruleId: target.ruleId } : {}),
      title: `Source of rule ${i} is much wider than the 3 peers seen`,
      evidence: { flows: (i * 7919) % 10_000 },
      proposal: {
        action: 'replace',
        rules: [
          {
            protocol: 'tcp',
            fromPort: target?.fromPort ?? 0,
            toPort: target?.toPort ?? 0,
            cidr: `10.9.${i % 256}.1/32`,
          },
        ],
      },
    });
  });
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  report.summary.findings = counts;
  report.summary.rules = {
    total: rules,
    used: report.rules.filter((r) => r.status === 'used').length,
    unused: report.rules.filter((r) => r.status === 'unused').length,
    unknown: 0,
  };
  return report;
}
