import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
