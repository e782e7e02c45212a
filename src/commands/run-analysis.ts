/**
 * Runs the analysis for a command, from its parsed inputs: the config loaded, the live options
 * resolved, worker threads pointed at the bundle beside this one.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunInputs } from '../cli-args.js';
import { loadConfig, type Config } from '../config.js';
import { liveOptionsFrom } from '../live-options.js';
import { analyze } from '../pipeline.js';
import type { Report } from '../report/types.js';
import { WORKER_BUNDLE } from '../workers.js';
import { requireSomeInput } from './options.js';

export async function runAnalysis(inputs: RunInputs): Promise<{ report: Report; config: Config }> {
  const config = await loadConfig(inputs.config);
  requireSomeInput(inputs);
  const report = await analyze({
    flowLogs: inputs.flowLogs,
    inventoryDir: inputs.inventory,
    logFormat: inputs.logFormat,
    live: liveOptionsFrom(inputs),
    config,
    threads: inputs.threads,
    // Scan worker threads run the small bundle built beside the CLI's.
    workerScript: join(dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE),
  });
  return { report, config };
}
