import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { compileInventory } from '../../src/analysis/compile.js';
import { defaultConfig } from '../../src/config.js';
import { collectInWorkers } from '../../src/workers.js';

const dir = mkdtempSync(join(tmpdir(), 'sgfa-workers-'));
const files = Array.from({ length: 40 }, (_, i) => ({ path: `file-${i}`, size: 1000 }));

function run(script: string, readOnMainThread: (file: string) => Promise<void>): Promise<unknown> {
  return collectInWorkers({
    script,
    threads: 2,
    files,
    compiled: compileInventory({ groups: [], rules: [], interfaces: [], prefixLists: [] }),
    config: defaultConfig(),
    logFormat: undefined,
    readOnMainThread,
  });
}

describe('a thread that fails', () => {
  it('fails the run with its error, and the main thread stops taking files', async () => {
    const script = join(dir, 'broken-worker.mjs');
    writeFileSync(script, "throw new Error('worker broke');\n");
    let read = 0;
    await expect(
      run(script, async () => {
        read++;
        await sleep(10);
      }),
    ).rejects.toThrow('worker broke');
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(files.length);
  });

  it('stops the workers when the main thread fails, rather than leaving them waiting', async () => {
    // A worker that asks for files, ignores them, and writes a heartbeat while it lives.
    const heartbeat = join(dir, 'heartbeat');
    const script = join(dir, 'idle-worker.mjs');
    writeFileSync(
      script,
      [
        "import { writeFileSync } from 'node:fs';",
        "import { parentPort } from 'node:worker_threads';",
        `setInterval(() => writeFileSync(${JSON.stringify(heartbeat)}, String(Date.now())), 10);`,
        "parentPort.postMessage({ type: 'ready' });",
        'parentPort.on("message", () => {});',
      ].join('\n'),
    );
    writeFileSync(heartbeat, '0');
    await expect(
      run(script, async () => {
        // Long enough for the worker to start beating.
        await sleep(300);
        throw new Error('main thread broke');
      }),
    ).rejects.toThrow('main thread broke');
    expect(Number(readFileSync(heartbeat, 'utf8'))).toBeGreaterThan(0);
    const last = readFileSync(heartbeat, 'utf8');
    await sleep(200);
    expect(readFileSync(heartbeat, 'utf8')).toBe(last);
  });
});
