import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileInventory } from '../../src/analysis/compile.js';
import { defaultConfig } from '../../src/config.js';
import { readInventorySnapshot } from '../../src/inventory/snapshot.js';
import { runProgram } from '../../src/commands/program.js';
import { analyze } from '../../src/pipeline.js';
import type { ProgressReporter, ProgressSample, ProgressTotals } from '../../src/progress/index.js';
import type { WorkerProgress } from '../../src/progress/reading.js';
import { discoverFiles } from '../../src/sources/discover.js';
import { collectInWorkers } from '../../src/workers.js';
import { makeWorld } from '../helpers/world.js';

const repo = join(import.meta.dirname, '..', '..');
const demo = join(repo, 'examples', 'demo');

/** Keeps each phase's totals and its counters when it ended. */
class RecordingProgress implements ProgressReporter {
  readonly active = true;
  readonly phases: { totals: ProgressTotals; atStop?: ProgressSample }[] = [];
  private sample: (() => ProgressSample) | undefined;
  start(totals: ProgressTotals, sample: () => ProgressSample): void {
    this.phases.push({ totals });
    this.sample = sample;
  }
  stop(): void {
    const phase = this.phases.at(-1);
    if (phase && this.sample) phase.atStop = this.sample();
    this.sample = undefined;
  }
}

let work: string;
let workerScript: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sgfa-progress-'));
  // The scan worker bundle built from the sources (dist/ may be older than them).
  workerScript = join(work, 'worker.mjs');
  await build({
    entryPoints: [join(repo, 'src', 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: workerScript,
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('progress of analyze()', () => {
  const world = makeWorld({ format: 'v5', seed: 11, records: 40_000, files: 6 });

  async function totalsOfWorld(): Promise<{ files: number; bytes: number }> {
    const { files } = await discoverFiles([world.logs]);
    return { files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
  }

  for (const threads of [1, 3]) {
    it(`counts every file, byte and record read on ${threads} thread(s), and leaves the report as it was`, async () => {
      const progress = new RecordingProgress();
      const options = { flowLogs: [world.logs], inventoryDir: world.inventory, config: defaultConfig() };
      const now = new Date('2026-11-26T00:00:00Z');
      const report = await analyze({ ...options, now, threads, workerScript, progress });
      const expected = await totalsOfWorld();
      expect(report.input.records).toBe(40_000);
      expect(progress.phases).toEqual([
        {
          totals: { unit: 'files', ...expected },
          atStop: {
            filesDone: expected.files,
            bytesDone: expected.bytes,
            records: 40_000,
            recordsInFilesDone: 40_000,
          },
        },
      ]);
      const silent = await analyze({ ...options, now, threads, workerScript });
      expect(JSON.stringify(report)).toBe(JSON.stringify(silent));
    });
  }
});

describe("the worker threads' reports", () => {
  it('count the files, bytes and records each worker read, as its result does', async () => {
    const world = makeWorld({ format: 'v2', seed: 4, records: 20_000, files: 12 });
    const { files } = await discoverFiles([world.logs]);
    const sized = files.map((path) => ({ path, size: statSync(path).size }));
    const reports: { worker: number; progress: WorkerProgress; bytes: number }[] = [];
    // The main thread's share is not read: its first file waits for a worker's first report, so
    // that the worker, not the main thread, reads the rest.
    const onMainThread: string[] = [];
    let reported: () => void = () => undefined;
    const firstReport = new Promise<void>((resolve) => (reported = resolve));
    const states = await collectInWorkers({
      script: workerScript,
      threads: 2,
      files: sized,
      compiled: compileInventory(await readInventorySnapshot(world.inventory)),
      config: defaultConfig(),
      logFormat: undefined,
      readOnMainThread: async (file) => {
        onMainThread.push(file);
        await firstReport;
      },
      onProgress: (worker, progress, bytes) => {
        reports.push({ worker, progress, bytes });
        if (progress.files > 0) reported();
      },
    });
    const byWorker = sized.filter((f) => !onMainThread.includes(f.path));
    const state = states[0];
    expect(states).toHaveLength(1);
    expect(byWorker.length).toBeGreaterThan(0);
    expect(new Set(reports.map((r) => r.worker))).toEqual(new Set([0]));
    expect(reports.at(-1)).toEqual({
      worker: 0,
      progress: {
        files: byWorker.length,
        records: state?.input.records,
        recordsInFiles: state?.input.records,
      },
      bytes: byWorker.reduce((n, f) => n + f.size, 0),
    });
    // Cumulative: never a step back.
    for (const [i, r] of reports.entries()) {
      const before = reports[i - 1];
      if (!before) continue;
      expect(r.progress.files).toBeGreaterThanOrEqual(before.progress.files);
      expect(r.progress.records).toBeGreaterThanOrEqual(before.progress.records);
      expect(r.bytes).toBeGreaterThanOrEqual(before.bytes);
    }
  });
});

/** Runs the CLI in this process with stderr taken for a terminal, and returns what it wrote. */
async function runOnTerminal(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
  const stdoutWrite = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  const stderrWrite = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  const wasTTY = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
  vi.stubEnv('TERM', 'xterm-256color');
  try {
    const status = await runProgram(argv);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdoutWrite.mockRestore();
    stderrWrite.mockRestore();
    if (wasTTY) Object.defineProperty(process.stderr, 'isTTY', wasTTY);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
    vi.unstubAllEnvs();
  }
}

describe('progress of the command line', () => {
  const demoRun = [
    'analyze',
    '--flow-logs',
    join(demo, 'logs'),
    '--inventory',
    join(demo, 'inventory'),
    '--config',
    join(demo, 'sg-flow-audit.yml'),
    '--fail-on',
    'none',
    '--threads',
    '1',
    '--format',
    'json',
  ];

  it('draws its line on stderr, and stdout stays the JSON report alone', async () => {
    const { files } = await discoverFiles([join(demo, 'logs')]);
    const run = await runOnTerminal(demoRun);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { input: { files: number; records: number } };
    expect(report.input.files).toBe(files.length);
    expect(run.stdout).not.toContain('\x1b');
    expect(run.stderr).toContain(`| 0/${files.length} files | 0 records`);
    expect(run.stderr.endsWith('\x1b8\x1b[1G\x1b[2K')).toBe(true);
  });

  it('prints nothing on stderr with --quiet', async () => {
    const run = await runOnTerminal([...demoRun, '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toHaveProperty('input.records');
  });
});
