import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { makeWorld } from '../helpers/world.js';

const NOW = new Date('2026-11-26T00:00:00Z');

function findingRules(report: Report, type: string): string[] {
  return report.findings
    .filter((f) => f.type === type)
    .map((f) => f.ruleId as string)
    .sort();
}

describe.each([
  { format: 'v2' as const, seed: 7 },
  { format: 'v5' as const, seed: 7 },
  { format: 'v2' as const, seed: 11 },
  { format: 'v5' as const, seed: 23 },
])('a generated world ($format, seed $seed)', ({ format, seed }) => {
  const world = makeWorld({ format, seed, records: 30_000 });
  const run = () =>
    analyze({ flowLogs: [world.logs], inventoryDir: world.inventory, config: defaultConfig(), now: NOW });

  it('counts the input exactly as the generator wrote it', async () => {
    const report = await run();
    expect(report.input.records).toBe(world.truth.records);
    expect(report.input.malformed).toBe(0);
    expect(report.input.files).toBe(4);
    expect(report.input.accepted + report.input.rejected + report.input.noData + report.input.skipData).toBe(
      world.truth.records,
    );
  });

  it('gives every rule the status of truth.json', async () => {
    const report = await run();
    const got = Object.fromEntries(report.rules.map((r) => [r.ruleId, r.status]));
    const want = Object.fromEntries(Object.entries(world.truth.rules).map(([id, t]) => [id, t.status]));
    expect(got).toEqual(want);
  });

  it('credits exactly the connection starts the generator made, never return traffic', async () => {
    const report = await run();
    // Rules that truth credits alone: the counts match flow for flow.
    for (const id of [
      ...Object.keys(world.truth.expect.narrowSources),
      ...Object.keys(world.truth.expect.narrowPorts),
    ]) {
      const rule = report.rules.find((r) => r.ruleId === id);
      expect(rule?.usage.flows, id).toBe(world.truth.rules[id]?.initiatedFlows);
      expect(rule?.usage.peers, id).toBe(world.truth.rules[id]?.distinctSources);
    }
    // The legacy 1024-65535 rule only ever sees responses and flows narrower rules already allow.
    const legacy = report.rules.find((r) => r.fromPort === 1024 && r.toPort === 65535);
    expect(legacy?.status).toBe('unused');
    expect(legacy?.usage.flows).toBe(0);
  });

  it('flags the admin ports open to the world, including one inside a port range', async () => {
    const report = await run();
    const legacy = report.rules.find((r) => r.fromPort === 1024 && r.toPort === 65535)?.ruleId as string;
    // truth.json follows CIS AWS Foundations 5.2/5.3: ranges that include 3389 count, as the legacy
    // 1024-65535 rule does, and it is listed there once.
    expect(world.truth.expect.openAdminPorts).toContain(legacy);
    expect(findingRules(report, 'open-admin-port')).toEqual([...world.truth.expect.openAdminPorts].sort());
  });

  it('proposes the office /32s for SSH and the one scraper for the metrics port', async () => {
    const report = await run();
    // The RDP rule from the office /24 that makes the open one redundant reaches an admin port, so
    // it is narrowed to the one address that used it too (admin ports are narrowed from any range).
    const rdpOffice = /allowed by (sgr-[0-9a-f]+)/.exec(
      Object.values(world.truth.expect.redundantRules)[0] ?? '',
    )?.[1] as string;
    expect(findingRules(report, 'broad-source')).toEqual(
      [...Object.keys(world.truth.expect.narrowSources), rdpOffice].sort(),
    );
    const rdp = report.rules.find((r) => r.ruleId === rdpOffice);
    expect(
      report.findings.find((f) => f.type === 'broad-source' && f.ruleId === rdpOffice)?.proposal?.rules,
    ).toEqual([
      { protocol: 'tcp', fromPort: 3389, toPort: 3389, cidr: `${rdp?.usage.topPeers[0]?.address}/32` },
    ]);
    expect(rdp?.usage.peers).toBe(1);
    for (const [ruleId, peers] of Object.entries(world.truth.expect.narrowSources)) {
      const finding = report.findings.find((f) => f.type === 'broad-source' && f.ruleId === ruleId);
      expect(finding?.proposal?.action).toBe('replace');
      expect(finding?.proposal?.rules.map((r) => r.cidr).sort()).toEqual(peers.map((p) => `${p}/32`).sort());
    }
  });

  it('gives every finding about one rule the same proposal, and never allows the port scanner', async () => {
    const report = await run();
    const byRule = new Map<string, Set<string>>();
    for (const f of report.findings.filter((f) => f.ruleId !== undefined)) {
      const set = byRule.get(f.ruleId as string) ?? new Set<string>();
      set.add(JSON.stringify(f.proposal ?? null));
      byRule.set(f.ruleId as string, set);
    }
    expect([...byRule].filter(([, proposals]) => proposals.size > 1)).toEqual([]);
    // The SSH rule is both an open admin port and a broad source: one change for both.
    const ssh = Object.keys(world.truth.expect.narrowSources).find((id) =>
      world.truth.expect.openAdminPorts.includes(id),
    );
    expect(
      report.findings
        .filter((f) => f.ruleId === ssh && f.proposal)
        .map((f) => f.type)
        .sort(),
    ).toEqual(['broad-source', 'open-admin-port']);
    const proposed = JSON.stringify(
      report.findings.filter((f) => f.type !== 'port-scan').map((f) => f.proposal),
    );
    for (const scanner of world.truth.expect.portScanners) expect(proposed).not.toContain(`"${scanner}/32"`);
  });

  it('narrows the 8000-8100 rule to port 8080', async () => {
    const report = await run();
    expect(findingRules(report, 'broad-ports')).toEqual(Object.keys(world.truth.expect.narrowPorts).sort());
    for (const [ruleId, ports] of Object.entries(world.truth.expect.narrowPorts)) {
      const finding = report.findings.find((f) => f.type === 'broad-ports' && f.ruleId === ruleId);
      expect(finding?.proposal?.rules.map((r) => [r.fromPort, r.toPort])).toEqual(ports.map((p) => [p, p]));
      expect(finding?.proposal?.rules[0]?.groupId).toBe('sg-0aa0000000000web1');
    }
  });

  it('finds the unattached group, the port scanner and the redundant RDP rule', async () => {
    const report = await run();
    expect(
      report.findings
        .filter((f) => f.type === 'unattached-group')
        .map((f) => f.groupId)
        .sort(),
    ).toEqual(world.truth.expect.unattachedGroups);
    expect(
      report.findings
        .filter((f) => f.type === 'port-scan')
        .map((f) => f.peer)
        .sort(),
    ).toEqual(world.truth.expect.portScanners);
    expect(findingRules(report, 'redundant-rule')).toEqual(
      Object.keys(world.truth.expect.redundantRules).sort(),
    );
    const redundant = report.findings.find((f) => f.type === 'redundant-rule');
    const coveredBy = /allowed by (sgr-[0-9a-f]+)/.exec(
      Object.values(world.truth.expect.redundantRules)[0] ?? '',
    )?.[1];
    expect(redundant?.evidence['coveredBy']).toBe(coveredBy);
  });

  it('reports unused rules of attached groups as unused-rule findings with a removal', async () => {
    const report = await run();
    const attachedUnused = report.rules
      .filter((r) => r.status === 'unused' && !world.truth.expect.unattachedGroups.includes(r.groupId))
      .map((r) => r.ruleId)
      .sort();
    expect(findingRules(report, 'unused-rule')).toEqual(attachedUnused);
    expect(
      report.findings.filter((f) => f.type === 'unused-rule').every((f) => f.proposal?.action === 'remove'),
    ).toBe(true);
  });
});
