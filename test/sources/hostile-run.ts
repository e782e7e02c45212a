/**
 * The child process of hostile-input.test.ts (bundled by it, run with plain node): reads one
 * hostile input as the CLI would and prints, as one JSON line, what came out, how long the
 * reading took and the process's peak memory. A child of its own, so that the peak is this
 * input's alone.
 *
 * Jobs (argv[2], JSON):
 * - `analyze`: the pipeline of `analyze --flow-logs` on the main thread, with a config document;
 * - `read`: one local file through the file reader, with the given limits (a config file's
 *   `limits`);
 * - `cloudwatch`: one page of events from a scripted FilterLogEvents, one event of `eventBytes`.
 */
import type { FilterLogEventsCommandOutput } from '@aws-sdk/client-cloudwatch-logs';
import { parseConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import { readCloudWatch } from '../../src/sources/cloudwatch.js';
import { readLocalFile } from '../../src/sources/file.js';
import { DEFAULT_FIELDS, makeFormat } from '../../src/sources/format.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import type { InputLimits } from '../../src/sources/limits.js';
import { InputCounter } from '../../src/sources/stats.js';

export type HostileJob =
  | { kind: 'analyze'; flowLogs: string[]; config?: unknown }
  | { kind: 'read'; file: string; limits: InputLimits }
  | { kind: 'cloudwatch'; eventBytes: number; record: string };

/** What the child prints. */
export interface HostileRun {
  result: unknown;
  /** From the start of the reading to its end (the process start not counted). */
  ms: number;
  /** Peak resident memory of the process, MiB. */
  peakMiB: number;
}

async function run(job: HostileJob): Promise<unknown> {
  switch (job.kind) {
    case 'analyze': {
      const config = parseConfig(job.config ?? {}, 'hostile-input');
      const report = await analyze({ flowLogs: job.flowLogs, config, threads: 1 });
      return { input: report.input, lists: report.traffic?.lists };
    }
    case 'read': {
      const counter = new InputCounter();
      const sink = counter.sinkFor((r) => counter.record(r));
      await readLocalFile(job.file, sink, { interfaces: new InterfaceTable(), limits: job.limits });
      return counter.summary;
    }
    case 'cloudwatch': {
      const counter = new InputCounter();
      const sink = counter.sinkFor((r) => counter.record(r));
      const page = {
        events: [{ message: 'a'.repeat(job.eventBytes) }, { message: job.record }],
        $metadata: {},
      } as FilterLogEventsCommandOutput;
      await readCloudWatch(
        { send: () => Promise.resolve(page) },
        { logGroupName: 'hostile', start: new Date(0), end: new Date(1) },
        sink,
        { interfaces: new InterfaceTable(), format: makeFormat(DEFAULT_FIELDS) },
      );
      return counter.summary;
    }
  }
}

const started = performance.now();
const result = await run(JSON.parse(process.argv[2] ?? '{}') as HostileJob);
const out: HostileRun = {
  result,
  ms: Math.round(performance.now() - started),
  peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
