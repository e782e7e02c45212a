import { describe, expect, it } from 'vitest';
import { runScenario, v2 } from '../helpers/scenario.js';

const web = { id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] };

describe('distinct peers beyond the cap', () => {
  it('are estimated, keep exact counts for the peers already known, and stop broad-source proposals', async () => {
    const lines = Array.from({ length: 400 }, (_, i) =>
      v2('eni-web', `198.51.${Math.floor(i / 200)}.${(i % 200) + 1}`, '10.0.1.10', 40000 + i, 22),
    );
    // The first peer comes back after the cap was reached: it is known, so it is counted exactly.
    lines.push(v2('eni-web', '198.51.0.1', '10.0.1.10', 50000, 22));
    lines.push(v2('eni-web', '2001:db8::1', '10.0.1.10', 50001, 22));
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines,
      config: { thresholds: { 'peer-cap': 16, 'broad-source-max-peers': 32 } },
    });
    const usage = report.rules[0]?.usage;
    expect(usage?.flows).toBe(401);
    expect(usage?.peersExact).toBe(false);
    expect(usage?.peers).toBeGreaterThan(380);
    expect(usage?.peers).toBeLessThan(420);
    expect(usage?.topPeers[0]).toEqual({ address: '198.51.0.1', flows: 2 });
    expect(report.findings.some((f) => f.type === 'broad-source')).toBe(false);
  });

  it('are exact under the cap, IPv4 and IPv6 together', async () => {
    const report = await runScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' }],
      interfaces: [web],
      lines: [
        v2('eni-web', '198.51.100.1', '10.0.1.10', 40000, 22),
        v2('eni-web', '198.51.100.1', '10.0.1.10', 40001, 22),
        v2('eni-web', '203.0.113.9', '10.0.1.10', 40002, 22),
      ],
    });
    expect(report.rules[0]?.usage.peers).toBe(2);
    expect(report.rules[0]?.usage.peersExact).toBe(true);
    expect(report.rules[0]?.usage.topPeers).toEqual([
      { address: '198.51.100.1', flows: 2 },
      { address: '203.0.113.9', flows: 1 },
    ]);
  });
});
