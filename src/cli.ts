#!/usr/bin/env node
/**
 * The command-line front door: parse arguments, run the pipeline, print, set the exit status.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, USAGE, type CliArgs } from './cli-args.js';
import { loadConfig } from './config.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { failingFinding } from './outcome.js';
import { liveOptionsFrom } from './live-options.js';
import { analyze } from './pipeline.js';
import { WORKER_BUNDLE } from './workers.js';
import { renderReport } from './report/render.js';
import { VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const config = await loadConfig(args.config);
    if (args.flowLogs.length === 0 && args.inventory === undefined && args.source === undefined) {
      throw new ConfigurationError(
        'nothing to analyze: give --flow-logs, --inventory, or --source (see --help)',
      );
    }
    const report = await analyze({
      flowLogs: args.flowLogs,
      inventoryDir: args.inventory,
      logFormat: args.logFormat,
      live: liveOptionsFrom(args),
      config,
      threads: args.threads,
      // Scan worker threads run the small bundle built beside this one.
      workerScript: join(dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE),
    });
    const toTerminal = args.output === undefined && process.stdout.isTTY === true;
    const format = args.format ?? (toTerminal ? 'text' : 'json');
    const text = renderReport(report, format, { color: toTerminal, reportPath: args.output });
    if (args.output) await writeFile(args.output, text);
    else process.stdout.write(text);
    const failing = failingFinding(report, args.failOn);
    if (failing) {
      process.stderr.write(`sg-flow-audit: ${failing.severity} finding: ${failing.title}\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof ConfigurationError) {
      process.stderr.write(`sg-flow-audit: ${e.message}\n`);
      return 2;
    }
    // A bug, not a user mistake: keep the stack for the issue report.
    process.stderr.write(`sg-flow-audit: internal error: ${errorMessage(e)}\n${(e as Error).stack ?? ''}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
