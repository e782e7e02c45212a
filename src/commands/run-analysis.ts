/**
 * Runs the analysis for a command, from its parsed inputs: the config loaded, the live options
 * resolved, worker threads pointed at the bundle beside this one. With `--regions`, `--accounts`
 * or `--organization`, each account and region is analysed apart and the reports combined
 * (src/fleet, loaded only then: it brings STS and Organizations).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../config.js';
import { fleetFlagsOf } from '../fleet/flags.js';
import { liveOptionsFrom } from '../live-options.js';
import { analyze } from '../pipeline.js';
import { progressFor } from '../progress/index.js';
import type { Report } from '../report/types.js';
import { WORKER_BUNDLE } from '../workers.js';
import { requireSomeInput, type AnalysisInputs } from './options.js';

export async function runAnalysis(inputs: AnalysisInputs): Promise<{ report: Report; config: Config }> {
  const config = await loadConfig(inputs.config);
  const fleet = fleetFlagsOf(inputs);
  requireSomeInput(inputs);
  const live = liveOptionsFrom(inputs);
  if (fleet !== undefined && live !== undefined) {
    const { analyzeFleet, targetEventLine } = await import('../fleet/run.js');
    const report = await analyzeFleet({
      flags: fleet,
      live,
      config,
      // One line on stderr as each account and region ends: targets run side by side, so a
      // progress bar per target would overwrite the others.
      onTarget: inputs.quiet
        ? undefined
        : (event) => {
            if (event.phase === 'end') process.stderr.write(`${targetEventLine(event)}\n`);
          },
    });
    return { report, config };
  }
  const report = await analyze({
    flowLogs: inputs.flowLogs,
    aggregates: inputs.aggregates,
    inventoryDir: inputs.inventory,
    logFormat: inputs.logFormat,
    live,
    config,
    threads: inputs.threads,
    // Scan worker threads run the small bundle built beside the CLI's.
    workerScript: join(dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE),
    // On stderr, so that a report on stdout stays clean; a live line on a terminal, else a line
    // every few seconds.
    progress: progressFor(process.stderr, { quiet: inputs.quiet }),
  });
  return { report, config };
}
