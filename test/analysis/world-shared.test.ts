/**
 * The key assertions of world.test.ts on worlds of the team's shared generator, where this
 * machine has it (see test/helpers/shared-world.ts): a cross-check that the project's own
 * generator and the shared one describe the same correct analysis. A fresh clone without the
 * shared folder runs world.test.ts alone.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { makeSharedWorld, sharedGeneratorPath } from '../helpers/shared-world.js';

const NOW = new Date('2026-11-26T00:00:00Z');

function findingRules(report: Report, type: string): string[] {
  return report.findings
    .filter((f) => f.type === type)
    .map((f) => f.ruleId as string)
    .sort();
}

describe.runIf(sharedGeneratorPath() !== undefined).each([
  { format: 'v2' as const, seed: 7 },
  { format: 'v5' as const, seed: 23 },
])('a world of the shared generator ($format, seed $seed)', ({ format, seed }) => {
  // Made on first use, not while collecting: a skipped suite's body still runs.
  const options = { format, seed, records: 30_000 };
  let report: Report | undefined;
  const run = async () => {
    const world = makeSharedWorld(options);
    report ??= await analyze({
      flowLogs: [world.logs],
      inventoryDir: world.inventory,
      config: defaultConfig(),
      now: NOW,
    });
    return { r: report, world };
  };

  it('counts the input and gives every rule the status of its truth.json', async () => {
    const { r, world } = await run();
    expect(r.input.records).toBe(world.truth.records);
    expect(r.input.malformed).toBe(0);
    expect(r.input.files).toBe(4);
    expect(Object.fromEntries(r.rules.map((rule) => [rule.ruleId, rule.status]))).toEqual(
      Object.fromEntries(Object.entries(world.truth.rules).map(([id, t]) => [id, t.status])),
    );
  });

  it('credits the connection starts of the narrowable rules flow for flow, never return traffic', async () => {
    const { r, world } = await run();
    const { narrowSources, narrowPorts } = world.truth.expect;
    for (const id of [...Object.keys(narrowSources), ...Object.keys(narrowPorts)]) {
      const rule = r.rules.find((x) => x.ruleId === id);
      expect(rule?.usage.flows, id).toBe(world.truth.rules[id]?.initiatedFlows);
      expect(rule?.usage.peers, id).toBe(world.truth.rules[id]?.distinctSources);
    }
    const legacy = r.rules.find((x) => x.fromPort === 1024 && x.toPort === 65535);
    expect(legacy?.status).toBe('unused');
    expect(legacy?.usage.flows).toBe(0);
  });

  it('finds what its truth.json expects', async () => {
    const { r, world } = await run();
    const want = world.truth.expect;
    expect(findingRules(r, 'open-admin-port')).toEqual([...want.openAdminPorts].sort());
    // As in world.test.ts: the office RDP rule that makes the open one redundant reaches an admin
    // port, so it is narrowed to its one address too.
    const rdpOffice = /allowed by (sgr-[0-9a-f]+)/.exec(Object.values(want.redundantRules)[0] ?? '')?.[1];
    expect(findingRules(r, 'broad-source')).toEqual([...Object.keys(want.narrowSources), rdpOffice].sort());
    expect(findingRules(r, 'broad-ports')).toEqual(Object.keys(want.narrowPorts).sort());
    expect(findingRules(r, 'redundant-rule')).toEqual(Object.keys(want.redundantRules).sort());
    const groups = (type: string, key: 'groupId' | 'peer') =>
      r.findings
        .filter((f) => f.type === type)
        .map((f) => f[key])
        .sort();
    expect(groups('unattached-group', 'groupId')).toEqual(want.unattachedGroups);
    expect(groups('port-scan', 'peer')).toEqual(want.portScanners);
  });
});
