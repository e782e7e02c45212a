/**
 * The world generator the truth tests stand on (test/helpers/world-generator.ts): its output must be
 * reproducible, laid out as AWS delivers flow logs, and whole, or the truth it writes is not one.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateWorld, type WorldOptions } from '../helpers/world-generator.js';
import { buildVpc } from '../helpers/world-gen/vpc.js';

function generate(options: WorldOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-gen-'));
  return { dir, truth: generateWorld(dir, options) };
}

/** Every file below `dir`, by path relative to it, sorted. */
function files(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n))]));
}

/** The log files' lines, header first, in file order. */
function logLines(dir: string): { key: string; lines: string[] }[] {
  return [...files(join(dir, 'logs'))].map(([key, body]) => ({
    key,
    lines: gunzipSync(body).toString('utf8').trimEnd().split('\n'),
  }));
}

describe('the world generator', () => {
  it('writes the same bytes for the same options, and other traffic for another seed', () => {
    const options = { format: 'v5', seed: 3, records: 5_000 } as const;
    const a = files(generate(options).dir);
    const b = files(generate(options).dir);
    const c = files(generate({ ...options, seed: 4 }).dir);

    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, body] of a) expect(b.get(name)?.equals(body), name).toBe(true);
    const inventory = [...a.keys()].filter((n) => n.startsWith('inventory/'));
    expect(inventory).toHaveLength(3);
    for (const name of inventory) expect(c.get(name)?.equals(a.get(name) as Buffer), name).toBe(true);
    const logs = [...a.keys()].filter((n) => n.startsWith('logs/'));
    expect(logs.some((name) => !c.get(name)?.equals(a.get(name) as Buffer))).toBe(true);
  });

  it('lays the logs out as S3 delivers them: dated keys, a header line, every record once', () => {
    const { dir, truth } = generate({ format: 'v5', seed: 5, records: 5_003, files: 3 });
    const logs = logLines(dir);

    expect(
      logs.map((l) => l.key.replace(/_fl-[0-9a-f]{17}_(\w+)_[0-9a-f]{8}\.log\.gz$/, '_fl-…_$1')),
    ).toEqual([
      'AWSLogs/123456789012/vpcflowlogs/us-east-1/2026/11/19/123456789012_vpcflowlogs_us-east-1_fl-…_20261119T0000Z',
      'AWSLogs/123456789012/vpcflowlogs/us-east-1/2026/11/21/123456789012_vpcflowlogs_us-east-1_fl-…_20261121T0800Z',
      'AWSLogs/123456789012/vpcflowlogs/us-east-1/2026/11/23/123456789012_vpcflowlogs_us-east-1_fl-…_20261123T1600Z',
    ]);
    const header = logs[0]?.lines[0] ?? '';
    expect(header.split(' ')).toHaveLength(29);
    expect(header).toMatch(/^version account-id interface-id srcaddr .* flow-direction traffic-path$/);
    for (const { lines } of logs) {
      expect(lines[0]).toBe(header);
      for (const line of lines.slice(1)) expect(line.split(' ')).toHaveLength(29);
    }
    expect(logs.map((l) => l.lines.length - 1)).toEqual([1667, 1668, 1668]);
    expect(truth.records).toBe(5_003);
  });

  it('writes every connection whole: each start logged on a host of the VPC has its answer there', () => {
    // An odd size, so that the run is likely to end inside a connection.
    const { dir } = generate({ format: 'v5', seed: 9, records: 5_001, files: 2 });
    const records = logLines(dir).flatMap((l) => l.lines.slice(1).map((line) => line.split(' ')));
    const key = (f: string[], reverse: boolean) =>
      reverse ? [f[2], f[4], f[3], f[6], f[5]].join(' ') : [f[2], f[3], f[4], f[5], f[6]].join(' ');
    // tcp-flags is field 18: SYN (2, or 3 with FIN) starts, SYN-ACK (18 or 19) answers.
    const answers = new Set(records.filter((f) => f[17] === '18' || f[17] === '19').map((f) => key(f, true)));
    const starts = records.filter((f) => f[12] === 'ACCEPT' && (f[17] === '2' || f[17] === '3'));

    expect(starts.length).toBeGreaterThan(1_000);
    const unanswered = starts.filter((f) => !answers.has(key(f, false)));
    expect(unanswered.map((f) => f.join(' '))).toEqual([]);
  });

  it('writes the version 2 default format when asked', () => {
    const { dir } = generate({ format: 'v2', seed: 5, records: 5_000, files: 1 });
    const [log] = logLines(dir);

    expect(log?.lines[0]).toBe(
      'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status',
    );
    expect(
      log?.lines
        .slice(1)
        .every((l) => /^2 123456789012 eni-[0-9a-f]{17} (\S+ ){10}(OK|NODATA|SKIPDATA)$/.test(l)),
    ).toBe(true);
    expect(log?.lines.some((l) => l.endsWith(' NODATA'))).toBe(true);
    expect(log?.lines.some((l) => l.endsWith(' SKIPDATA'))).toBe(true);
  });

  it('gives every rule of the inventory a status, unknown only for the host without records', () => {
    const { dir, truth } = generate({ format: 'v2', seed: 5, records: 5_000 });
    const vpc = buildVpc();
    const { SecurityGroupRules: rules } = JSON.parse(
      readFileSync(join(dir, 'inventory', 'security-group-rules.json'), 'utf8'),
    ) as { SecurityGroupRules: { SecurityGroupRuleId: string }[] };

    expect(Object.keys(truth.rules).sort()).toEqual(rules.map((r) => r.SecurityGroupRuleId).sort());
    for (const [id, t] of Object.entries(truth.rules))
      expect(t.status === 'used', id).toBe(t.initiatedFlows > 0);
    expect(truth.expect.unknownRules).toEqual(
      [vpc.rule.batchJobs.id, vpc.egressOf.get(vpc.rule.batchJobs.group)?.id].sort(),
    );
    expect(truth.expect.openAdminPorts).toEqual(
      [vpc.rule.ssh.id, vpc.rule.rdpOpen.id, vpc.rule.appLegacy.id].sort(),
    );
    expect(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'))).toEqual(truth);
  });

  it('refuses options it cannot make a faithful world of', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-gen-'));

    expect(() => generateWorld(dir, { format: 'v2', seed: 1, records: 4_999 })).toThrow(
      'a world needs at least 5000 records to show every situation, not 4999',
    );
    expect(() => generateWorld(dir, { format: 'v2', seed: 1, records: 5_000, files: 0 })).toThrow(
      'world files must be between 1 and the number of records, not 0',
    );
    expect(() => generateWorld(dir, { format: 'v3' as 'v2', seed: 1, records: 5_000 })).toThrow(
      'world format must be v2 or v5, not v3',
    );
  });
});
