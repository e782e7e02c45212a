import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectedFrom } from '../../src/analysis/collected.js';
import { compileInventory } from '../../src/analysis/compile.js';
import { buildReport } from '../../src/analysis/report.js';
import { ScanTable } from '../../src/analysis/scan-table.js';
import { absorbState, stateOf } from '../../src/analysis/thread-state.js';
import { UsageCollector } from '../../src/analysis/usage.js';
import { defaultConfig, parseConfig } from '../../src/config.js';
import { readInventorySnapshot } from '../../src/inventory/snapshot.js';
import { readLocalFile } from '../../src/sources/file.js';
import { V2, v2, writeScenario } from '../helpers/scenario.js';
import { makeWorld } from '../helpers/world.js';

const NOW = new Date('2026-11-26T00:00:00Z');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('a worker collector handed to the main thread', () => {
  it.each(['v2', 'v5'] as const)(
    'adds up, through a structured clone with its tables moved, to the report of one collector (%s)',
    async (format) => {
      const world = makeWorld({ format, seed: 31, records: 40_000, files: 6 });
      const inventory = await readInventorySnapshot(world.inventory);
      const files = filesIn(world.logs);
      const config = defaultConfig();
      const read = async (c: UsageCollector, list: string[]): Promise<void> => {
        for (const f of list) await readLocalFile(f, c.sink(), { interfaces: c.compiled.table });
      };

      const compiled = compileInventory(inventory);
      const one = new UsageCollector(compiled, config);
      await read(one, files);
      const expected = buildReport(compiled, collectedFrom(one), config, {
        toolVersion: 't',
        hasTraffic: true,
        now: NOW,
      });

      // The main thread and a worker, each with its own compiled inventory, read alternate files.
      const main = new UsageCollector(compileInventory(inventory), config);
      const worker = new UsageCollector(compileInventory(inventory), config);
      await read(
        main,
        files.filter((_, i) => i % 2 === 0),
      );
      await read(
        worker,
        files.filter((_, i) => i % 2 === 1),
      );
      const { state, transfer } = stateOf(worker);
      expect(transfer.length).toBeGreaterThan(3);
      const moved = structuredClone(state, { transfer });
      expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
      absorbState(main, moved);
      const got = buildReport(main.compiled, collectedFrom(main), config, {
        toolVersion: 't',
        hasTraffic: true,
        now: NOW,
      });

      expect(got.input.records).toBe(world.truth.records);
      expect(got.rules.filter((r) => r.status === 'used').length).toBeGreaterThan(3);
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
    },
  );
});

describe('a worker collector with what generated worlds lack', () => {
  it('adds interfaces missing from the inventory (numbered per thread) and IPv6 sources alike', async () => {
    const world = writeScenario({
      groups: ['sg-web'],
      rules: [
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' },
        { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '::/0' },
      ],
      interfaces: [{ id: 'eni-web', ips: ['10.0.1.10'], ipv6: ['2001:db8:1::10'], groups: ['sg-web'] }],
      lines: [],
    });
    rmSync(join(world.logs, 'flows.log'));
    const mainFile = join(world.logs, 'a.log');
    const workerFile = join(world.logs, 'b.log');
    writeFileSync(
      mainFile,
      [
        V2,
        v2('eni-gone1', '10.0.9.1', '10.0.9.2', 40000, 443),
        v2('eni-web', '2001:db8::1', '2001:db8:1::10', 40000, 443),
        v2('eni-web', '198.51.100.7', '10.0.1.10', 40000, 443),
        '',
      ].join('\n'),
    );
    writeFileSync(
      workerFile,
      [
        V2,
        // The worker meets eni-gone2 first: its own numbering differs from the main thread's.
        v2('eni-gone2', '10.0.9.3', '10.0.9.4', 40000, 443),
        v2('eni-gone2', '10.0.9.3', '10.0.9.4', 40001, 443),
        v2('eni-gone1', '10.0.9.1', '10.0.9.2', 40002, 443),
        v2('eni-web', '2001:db8::1', '2001:db8:1::10', 40001, 22, 6, 'REJECT'),
        v2('eni-web', '2001:db8::1', '2001:db8:1::10', 40002, 3389, 6, 'REJECT'),
        v2('eni-web', '2001:db8::2', '2001:db8:1::10', 40000, 443),
        v2('eni-web', '198.51.100.7', '10.0.1.10', 40001, 443),
        '',
      ].join('\n'),
    );
    const inventory = await readInventorySnapshot(world.inventory);
    // Three ports make a scan here: 2001:db8::1 tries one in each thread's file and two more.
    const config = parseConfig({ thresholds: { 'port-scan-min-ports': 3 } }, 'test');
    const report = (c: UsageCollector) =>
      JSON.stringify(
        buildReport(c.compiled, collectedFrom(c), config, { toolVersion: 't', hasTraffic: true, now: NOW }),
      );
    const one = new UsageCollector(compileInventory(inventory), config);
    for (const f of [mainFile, workerFile])
      await readLocalFile(f, one.sink(), { interfaces: one.compiled.table });
    const main = new UsageCollector(compileInventory(inventory), config);
    const worker = new UsageCollector(compileInventory(inventory), config);
    await readLocalFile(mainFile, main.sink(), { interfaces: main.compiled.table });
    await readLocalFile(workerFile, worker.sink(), { interfaces: worker.compiled.table });
    const { state, transfer } = stateOf(worker);
    absorbState(main, structuredClone(state, { transfer }));

    const got = report(main);
    expect(got).toBe(report(one));
    const parsed = JSON.parse(got) as {
      input: { unknownInterfaces: string[] };
      findings: { type: string; peer?: string }[];
      rules: { usage: { flows: number; distinctPeers: number } }[];
    };
    expect(parsed.input.unknownInterfaces).toEqual(['eni-gone1', 'eni-gone2']);
    expect(parsed.findings.filter((f) => f.type === 'port-scan').map((f) => f.peer)).toEqual(['2001:db8::1']);
    expect(parsed.rules[1]?.usage.flows).toBe(2);
  });
});

describe('the port-scan table, absorbing another', () => {
  it('joins ports, adds counts beyond 32 bits, and keeps one first rule per source', () => {
    const together = new ScanTable(1_000_000);
    const mine = new ScanTable(1_000_000);
    const theirs = new ScanTable(1_000_000);
    const otherRulesTogether: [number, number, number][] = [];
    const otherRulesAbsorbed: [number, number, number][] = [];
    // (key, port, accepted, count, rule): source 7 scans many ports across both tables; source 8
    // is credited rule 1 in one table and rule 2 in the other; source 9 passes 2^32 accepted.
    const events: [number, number, boolean, number, number][] = [];
    for (let p = 1; p <= 30; p++) events.push([7, p, p % 3 === 0, 1, -1]);
    events.push(
      [8, 443, true, 5, 1],
      [8, 443, true, 2, 2],
      [9, 80, true, 2 ** 32 - 1, 3],
      [9, 80, true, 4, 3],
    );
    for (let i = 0; i < 5_000; i++) events.push([1000 + i, 443, true, 1, 4], [1000 + i, 80, true, 1, 4]);
    const apply = (table: ScanTable, sink: [number, number, number][], e: (typeof events)[number]): void => {
      const at = table.add(e[0], e[1], e[2], e[3]);
      if (e[4] >= 0 && e[2] && !table.creditRule(at, e[4], e[3])) sink.push([e[4], e[0], e[3]]);
    };
    events.forEach((e, i) => {
      apply(together, otherRulesTogether, e);
      apply(i % 2 === 0 ? mine : theirs, otherRulesAbsorbed, e);
    });
    expect(
      mine.absorb(theirs.state(), (rule, key, flows) => otherRulesAbsorbed.push([rule, key, flows])),
    ).toBe(true);

    const sorted = (m: Map<number, { ports: number | Set<number>; accepted: number; rejected: number }>) =>
      [...m]
        .map(([k, s]) => [
          k,
          typeof s.ports === 'number' ? [s.ports] : [...s.ports].sort((a, b) => a - b),
          s.accepted,
          s.rejected,
        ])
        .sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(sorted(mine.toMap())).toEqual(sorted(together.toMap()));
    expect(mine.toMap().get(9)?.accepted).toBe(2 ** 32 + 3);
    expect((mine.toMap().get(7)?.ports as Set<number>).size).toBe(30);

    // Per rule and source, the flows add up to the same, whichever table or side list holds them.
    const flows = (table: ScanTable, others: [number, number, number][]): Map<string, number> => {
      const out = new Map<string, number>();
      const add = (rule: number, key: number, n: number): void => {
        out.set(`${rule}/${key}`, (out.get(`${rule}/${key}`) ?? 0) + n);
      };
      table.forEachRulePeer(add);
      for (const [rule, key, n] of others) add(rule, key, n);
      return out;
    };
    expect(flows(mine, otherRulesAbsorbed)).toEqual(flows(together, otherRulesTogether));
  });

  it('says when sources were left out at its limit', () => {
    const mine = new ScanTable(2);
    const theirs = new ScanTable(10);
    mine.add(1, 22, true, 1);
    theirs.add(2, 22, true, 1);
    theirs.add(3, 22, true, 1);
    expect(mine.absorb(theirs.state(), () => undefined)).toBe(false);
    // Its own source stays, and one of the other two fits.
    const kept = [...mine.toMap().keys()];
    expect(kept).toHaveLength(2);
    expect(kept).toContain(1);
  });
});
