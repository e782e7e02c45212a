import { describe, expect, it } from 'vitest';
import { flowsOf, runScenario, statusOf, v2, v5, V5 } from '../helpers/scenario.js';

const web = { id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] };

describe('which flows make a rule used', () => {
  it('never credits a REJECTed flow, even one that matches a rule', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines: [v2('eni-web', '203.0.113.9', '10.0.1.10', 50000, 22, 6, 'REJECT')],
    });
    expect(statusOf(report, 0)).toBe('unused');
    expect(report.traffic.topRejectedSources).toEqual([{ address: '203.0.113.9', flows: 1 }]);
  });

  it('does not let UDP DNS answers make a broad ephemeral rule used', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'udp', from: 1024, to: 65535, cidr: '0.0.0.0/0' },
        { group: 'sg-web', egress: true, protocol: 'udp', from: 53, cidr: '10.0.0.2/32' },
      ],
      interfaces: [web],
      lines: [
        v2('eni-web', '10.0.1.10', '10.0.0.2', 41000, 53, 17),
        v2('eni-web', '10.0.0.2', '10.0.1.10', 53, 41000, 17),
      ],
    });
    expect(statusOf(report, 0)).toBe('unused');
    expect(statusOf(report, 1)).toBe('used');
  });

  it('credits a long-lived connection whose later records carry no SYN by its service port', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'tcp', from: 5432, cidr: '10.0.0.0/16' },
        { group: 'sg-web', protocol: 'tcp', from: 1024, to: 65535, cidr: '10.0.0.0/16' },
      ],
      interfaces: [web],
      header: V5,
      // Flags 0 (no SYN in this interval) and 1 (FIN only): the SYN was in an earlier file.
      lines: [
        v5('eni-web', '10.0.2.7', '10.0.1.10', 45000, 5432, 0, 'ingress'),
        v5('eni-web', '10.0.1.10', '10.0.2.7', 5432, 45000, 1, 'egress'),
      ],
    });
    expect(flowsOf(report, 0)).toBe(1);
    expect(statusOf(report, 1)).toBe('unused');
    expect(report.rules[0]?.usage.confidence).toBe('medium');
  });

  it('trusts tcp-flags over ports: a SYN from a low port still starts the connection', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 40000, cidr: '10.0.0.0/8' }],
      interfaces: [web],
      header: V5,
      lines: [
        v5('eni-web', '10.0.2.7', '10.0.1.10', 80, 40000, 2, 'ingress'),
        v5('eni-web', '10.0.1.10', '10.0.2.7', 40000, 80, 18, 'egress'),
      ],
    });
    expect(flowsOf(report, 0)).toBe(1);
    expect(report.rules[0]?.usage.confidence).toBe('high');
  });

  it('uses CIDR arithmetic, not text prefixes', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '10.0.1.50/32' },
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '10.0.1.0/24' },
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '10.0.0.0/20' },
      ],
      interfaces: [{ id: 'eni-web', ips: ['10.0.200.10'], groups: ['sg-web'] }],
      lines: [
        v2('eni-web', '10.0.1.5', '10.0.200.10', 50000, 443),
        v2('eni-web', '10.0.12.7', '10.0.200.10', 50001, 443),
      ],
    });
    expect(flowsOf(report, 0)).toBe(0); // 10.0.1.5 is not 10.0.1.50
    expect(flowsOf(report, 1)).toBe(1); // only 10.0.1.5; 10.0.12.7 is outside 10.0.1.0/24
    expect(flowsOf(report, 2)).toBe(2); // 10.0.0.0/20 holds 10.0.0.0 to 10.0.15.255
  });

  it('tells direction by secondary private addresses too', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
      interfaces: [{ id: 'eni-web', ips: ['10.0.1.10', '10.0.1.11'], groups: ['sg-web'] }],
      lines: [v2('eni-web', '198.51.100.1', '10.0.1.11', 50000, 443)],
    });
    expect(flowsOf(report, 0)).toBe(1);
  });

  it('matches IPv6 flows against IPv6 rules only', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '2001:db8:aaaa::/48' },
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' },
      ],
      interfaces: [{ id: 'eni-web', ips: ['10.0.1.10'], ipv6: ['2001:db8:1::10'], groups: ['sg-web'] }],
      lines: [v2('eni-web', '2001:DB8:AAAA:0:0:0:0:7', '2001:db8:1:0::10', 50000, 443)],
    });
    expect(flowsOf(report, 0)).toBe(1);
    expect(flowsOf(report, 1)).toBe(0);
    expect(report.rules[0]?.usage.topPeers).toEqual([{ address: '2001:db8:aaaa::7', flows: 1 }]);
  });

  it('credits all-traffic rules for any protocol, and a narrower port rule takes the credit', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: '-1', cidr: '10.0.0.0/8' },
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '10.0.0.0/8' },
      ],
      interfaces: [web],
      lines: [
        v2('eni-web', '10.0.9.9', '10.0.1.10', 50000, 443),
        v2('eni-web', '10.0.9.9', '10.0.1.10', 50000, 9999, 17),
      ],
    });
    expect(flowsOf(report, 1)).toBe(1);
    expect(flowsOf(report, 0)).toBe(1); // only the UDP flow; the TCP 443 one went to the port rule
    expect(report.rules[0]?.usage.shadowedFlows).toBe(1);
  });

  it('credits a group that references itself for traffic between its members', async () => {
    const report = await runScenario({
      groups: ['sg-cluster'],
      rules: [{ group: 'sg-cluster', protocol: 'tcp', from: 7000, to: 7001, ref: 'sg-cluster' }],
      interfaces: [
        { id: 'eni-a', ips: ['10.0.3.1'], groups: ['sg-cluster'] },
        { id: 'eni-b', ips: ['10.0.3.2'], groups: ['sg-cluster'] },
      ],
      lines: [
        v2('eni-b', '10.0.3.1', '10.0.3.2', 40000, 7000),
        v2('eni-a', '10.0.9.9', '10.0.3.1', 40000, 7000),
      ],
    });
    expect(flowsOf(report, 0)).toBe(1);
    expect(report.rules[0]?.usage.topPeers).toEqual([{ address: '10.0.3.1', flows: 1 }]);
  });
});

describe('interfaces that are not what they seem', () => {
  it('never credits a rule from a NAT gateway interface, which has no groups', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
      interfaces: [web, { id: 'eni-nat', ips: ['10.0.0.5'], groups: [], type: 'nat_gateway' }],
      lines: [
        v2('eni-nat', '10.0.1.10', '93.184.216.34', 50000, 443),
        v2('eni-web', '10.0.1.10', '93.184.216.34', 50000, 443),
      ],
    });
    expect(flowsOf(report, 0)).toBe(0);
    expect(statusOf(report, 0)).toBe('unused');
  });

  it('counts a load balancer interface by its own groups and addresses', async () => {
    const report = await runScenario({
      groups: ['sg-lb', 'sg-app'],
      rules: [
        { group: 'sg-lb', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' },
        { group: 'sg-app', protocol: 'tcp', from: 8080, ref: 'sg-lb' },
      ],
      interfaces: [
        { id: 'eni-lb', ips: ['10.0.0.20'], groups: ['sg-lb'], type: 'network_load_balancer' },
        { id: 'eni-app', ips: ['10.0.1.30'], groups: ['sg-app'] },
      ],
      lines: [
        v2('eni-lb', '198.51.100.7', '10.0.0.20', 50000, 443),
        v2('eni-app', '10.0.0.20', '10.0.1.30', 50001, 8080),
      ],
    });
    expect(flowsOf(report, 0)).toBe(1);
    expect(flowsOf(report, 1)).toBe(1);
  });

  it('lists a deleted interface still in the logs and credits nothing for it', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines: [
        v2('eni-gone', '198.51.100.1', '10.0.1.99', 50000, 443),
        v2('eni-web', '198.51.100.1', '10.0.1.10', 50000, 80),
      ],
    });
    expect(report.input.unknownInterfaces).toEqual(['eni-gone']);
    expect(statusOf(report, 0)).toBe('unused');
    expect(report.findings.some((f) => f.type === 'coverage-gap' && f.message.includes('eni-gone'))).toBe(
      true,
    );
  });

  it('calls a rule unknown, not unused, when an interface of its group has no record at all', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 22, cidr: '10.0.0.0/8' }],
      interfaces: [web, { id: 'eni-quiet', ips: ['10.0.1.11'], groups: ['sg-web'] }],
      lines: [v2('eni-web', '198.51.100.1', '10.0.1.10', 50000, 443)],
    });
    expect(statusOf(report, 0)).toBe('unknown');
    const gap = report.findings.find((f) => f.type === 'coverage-gap' && f.groupId === 'sg-web');
    expect(gap?.evidence['interfaces']).toEqual(['eni-quiet']);
    expect(report.findings.some((f) => f.type === 'unused-rule')).toBe(false);
  });

  it('counts a NODATA record as evidence that an interface is covered', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 22, cidr: '10.0.0.0/8' }],
      interfaces: [web],
      lines: ['2 123456789012 eni-web - - - - - - - 1763900000 1763900060 - NODATA'],
    });
    expect(statusOf(report, 0)).toBe('unused');
    expect(report.input.noData).toBe(1);
  });
});

describe('peers that are lists', () => {
  it('matches a prefix list by its entries, and leaves a rule unknown when they are not known', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'tcp', from: 443, prefixList: 'pl-known' },
        { group: 'sg-web', protocol: 'tcp', from: 8443, prefixList: 'pl-opaque' },
      ],
      prefixLists: [{ id: 'pl-known', cidrs: ['192.0.2.0/24'] }, { id: 'pl-opaque' }],
      interfaces: [web],
      lines: [v2('eni-web', '192.0.2.44', '10.0.1.10', 50000, 443)],
    });
    expect(statusOf(report, 0)).toBe('used');
    expect(statusOf(report, 1)).toBe('unknown');
  });
});

describe('pairing a record with its reverse', () => {
  const rules = [
    { group: 'sg-app', egress: true, protocol: 'tcp', from: 50051, cidr: '10.0.0.0/8' },
    { group: 'sg-app', protocol: 'tcp', from: 32768, to: 65535, cidr: '10.0.0.0/8' },
  ];
  const app = { id: 'eni-app', ips: ['10.0.1.10'], groups: ['sg-app'] };
  const at = (line: string, start: number) => line.replace('1763900000 1763900060', `${start} ${start + 60}`);

  it('lets the side seen first start the connection when both ports are high', async () => {
    // 10.0.1.10:40000 → 10.0.2.7:50051 (a gRPC service on a high port), the answer a second later.
    const report = await runScenario({
      groups: ['sg-app'],
      rules,
      interfaces: [app],
      lines: [
        at(v2('eni-app', '10.0.2.7', '10.0.1.10', 50051, 40000), 1763900001),
        at(v2('eni-app', '10.0.1.10', '10.0.2.7', 40000, 50051), 1763900000),
      ],
    });
    expect(flowsOf(report, 0)).toBe(1);
    expect(report.rules[0]?.usage.confidence).toBe('medium');
    expect(statusOf(report, 1)).toBe('unused');
  });

  it('falls back to the lower-port rule with low confidence when both sides start in the same second', async () => {
    const report = await runScenario({
      groups: ['sg-app'],
      rules,
      interfaces: [app],
      lines: [
        v2('eni-app', '10.0.2.7', '10.0.1.10', 50051, 40000),
        v2('eni-app', '10.0.1.10', '10.0.2.7', 40000, 50051),
      ],
    });
    // By ports alone 40000 looks like the service: the ingress record is taken as the start.
    expect(flowsOf(report, 1)).toBe(1);
    expect(report.rules[1]?.usage.confidence).toBe('low');
    expect(flowsOf(report, 0)).toBe(0);
  });
});

describe('port scans', () => {
  const spec = (config?: Record<string, unknown>) => ({
    groups: ['sg-web'],
    rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
    interfaces: [{ id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] }],
    lines: [
      // 198.51.100.7 tries two ports, 203.0.113.9 three, 192.0.2.1 one.
      v2('eni-web', '198.51.100.7', '10.0.1.10', 50000, 22, 6, 'REJECT'),
      v2('eni-web', '198.51.100.7', '10.0.1.10', 50001, 3389, 6, 'REJECT'),
      v2('eni-web', '203.0.113.9', '10.0.1.10', 50000, 22, 6, 'REJECT'),
      v2('eni-web', '203.0.113.9', '10.0.1.10', 50001, 23, 6, 'REJECT'),
      v2('eni-web', '203.0.113.9', '10.0.1.10', 50002, 443),
      v2('eni-web', '192.0.2.1', '10.0.1.10', 50000, 443),
    ],
    ...(config ? { config } : {}),
  });
  const scanners = (report: { findings: { type: string; peer?: string }[] }) =>
    report.findings
      .filter((f) => f.type === 'port-scan')
      .map((f) => f.peer)
      .sort();

  it('are sources that tried at least port-scan-min-ports local ports, two and more included', async () => {
    expect(scanners(await runScenario(spec({ thresholds: { 'port-scan-min-ports': 2 } })))).toEqual([
      '198.51.100.7',
      '203.0.113.9',
    ]);
    expect(scanners(await runScenario(spec({ thresholds: { 'port-scan-min-ports': 3 } })))).toEqual([
      '203.0.113.9',
    ]);
    expect(scanners(await runScenario(spec()))).toEqual([]);
  });
});
