import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { V2, v2, writeScenario } from '../helpers/scenario.js';
import { makeWorld } from '../helpers/world.js';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function analyze(world: { logs: string; inventory: string }, threads: number): string {
  const out = join(mkdtempSync(join(tmpdir(), 'sgfa-threads-')), 'report.json');
  execFileSync(process.execPath, [
    cli,
    'analyze',
    '--flow-logs',
    world.logs,
    '--inventory',
    world.inventory,
    '--format',
    'json',
    '--fail-on',
    'none',
    '--threads',
    String(threads),
    '--output',
    out,
  ]);
  return readFileSync(out, 'utf8');
}

describe('worker threads (the bundled CLI)', () => {
  it('give byte for byte the report of one thread', () => {
    const world = makeWorld({ format: 'v5', seed: 5, records: 60_000, files: 7 });
    const one = analyze(world, 1);
    const three = analyze(world, 3);
    expect(JSON.parse(one).input.records).toBe(60_000);
    expect(three).toBe(one);
  });

  it('merge the v2 world the same way, where starts are judged by ports', () => {
    const world = makeWorld({ format: 'v2', seed: 9, records: 40_000, files: 5 });
    expect(analyze(world, 2)).toBe(analyze(world, 1));
  });

  it('read hundreds of small files, handed out in batches, to the same report', () => {
    const world = makeWorld({ format: 'v2', seed: 3, records: 30_000, files: 300 });
    const one = analyze(world, 1);
    expect(JSON.parse(one).input.files).toBe(300);
    expect(analyze(world, 2)).toBe(one);
  });

  it('pair a connection whose two directions are in files that different threads read', () => {
    // A gRPC client on 10.0.1.10 calls 10.0.2.7:50051, both ports high: only the order of the two
    // directions tells who started. Each call's request is in one file and its answer in the next,
    // so however the files are shared out, some call has its two halves in different threads.
    const world = writeScenario({
      groups: ['sg-app'],
      rules: [
        { group: 'sg-app', egress: true, protocol: 'tcp', from: 50051, cidr: '10.0.0.0/8' },
        { group: 'sg-app', protocol: 'tcp', from: 32768, to: 65535, cidr: '10.0.0.0/8' },
      ],
      interfaces: [{ id: 'eni-app', ips: ['10.0.1.10'], groups: ['sg-app'] }],
      lines: [],
    });
    rmSync(join(world.logs, 'flows.log'));
    const at = (line: string, start: number): string =>
      line.replace('1763900000 1763900060', `${start} ${start + 60}`);
    const files = 8;
    for (let f = 0; f < files; f++) {
      const lines = [V2];
      const call = 1763900000 + f * 100;
      // The request of call f, and the answer of call f - 1.
      lines.push(at(v2('eni-app', '10.0.1.10', '10.0.2.7', 40000 + f, 50051), call));
      if (f > 0) lines.push(at(v2('eni-app', '10.0.2.7', '10.0.1.10', 50051, 40000 + f - 1), call - 99));
      // Enough other traffic that the main thread has not read every file before a worker starts.
      for (let i = 0; i < 50_000; i++) lines.push(v2('eni-app', '10.0.1.10', '10.0.9.9', 40000, 443));
      writeFileSync(join(world.logs, `part-${f}.log.gz`), gzipSync(lines.join('\n') + '\n', { level: 1 }));
    }
    const one = analyze(world, 1);
    // Seven calls have both halves: each request starts a connection on rule 0.
    expect(JSON.parse(one).rules[0].usage.flows).toBe(files - 1);
    expect(analyze(world, 2)).toBe(one);
    expect(analyze(world, 3)).toBe(one);
  });
});
