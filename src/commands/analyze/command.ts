/**
 * `sg-flow-audit analyze`: the audit. Reads flow logs and the inventory, prints the report, and
 * exits 1 when a finding is at or above --fail-on.
 */
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { parseFormat } from '../../cli-args.js';
import { failingFinding } from '../../outcome.js';
import { renderReport } from '../../report/render.js';
import { addAnalysisOptions, runInputsOf } from '../options.js';
import { runAnalysis } from '../run-analysis.js';
import { loadConfig } from '../../config.js';
import { showControls } from '../../report/escape.js';

const EXAMPLES = `
Examples:
  # Offline: downloaded flow logs and AWS CLI JSON
  $ sg-flow-audit analyze --flow-logs ./AWSLogs --inventory inv --format text
  # Live: the last 14 days of whatever flow logs the VPC delivers
  $ sg-flow-audit analyze --region eu-west-1 --source auto --vpc-id vpc-0123456789abcdef0 --lookback 14d
  # 90 days of an organisation's logs, aggregated by Athena where they live
  $ sg-flow-audit analyze --region eu-west-1 --engine athena --athena-table flowlogs.vpc --athena-output s3://athena-results/ --lookback 90d
  # No logs: still fails on SSH or RDP open to the world
  $ sg-flow-audit analyze --inventory inv --fail-on critical

Exit status: 0 no finding at or above --fail-on, 1 some finding is, 2 the run could not be done.
`;

/** The analyze command; `done` receives its exit status. */
export function analyzeCommand(done: (status: number) => void): Command {
  const command = new Command('analyze').description(
    'report which security-group rules the traffic used, and propose the rest away',
  );
  addAnalysisOptions(command)
    .addOption(
      new Option(
        '--format <format>',
        'json, markdown, sarif, text, html or csv (default: text on a terminal, json otherwise)',
      ).argParser(parseFormat),
    )
    .option('--output <file>', 'write the report here (default: standard output)')
    .option('--print-query', 'print the query of --engine athena or insights and stop (no AWS call)')
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const inputs = runInputsOf(options);
      if (options['printQuery'] === true) {
        const { engineQueryText } = await import('./print-query.js');
        process.stdout.write(engineQueryText(inputs, await loadConfig(inputs.config), new Date()));
        done(0);
        return;
      }
      const output = options['output'] as string | undefined;
      const { report } = await runAnalysis(inputs);
      const toTerminal = output === undefined && process.stdout.isTTY === true;
      const format =
        (options['format'] as ReturnType<typeof parseFormat> | undefined) ?? (toTerminal ? 'text' : 'json');
      const text = renderReport(report, format, { color: toTerminal, reportPath: output });
      if (output) await writeFile(output, text);
      else process.stdout.write(text);
      const failing = failingFinding(report, inputs.failOn);
      if (failing) {
        process.stderr.write(`sg-flow-audit: ${failing.severity} finding: ${showControls(failing.title)}\n`);
        done(1);
        return;
      }
      done(0);
    });
  return command;
}
