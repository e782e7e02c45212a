/**
 * `sg-flow-audit export-traffic --out DIR`: the analysis as CSV files for Excel, Power BI or a
 * script: findings, rules with their usage, and traffic per source, port, protocol, interface and
 * hour, rejected traffic per port and source, anomalies.
 */
import { Command } from 'commander';
import { TRAFFIC_LIST_LIMIT } from '../../analysis/traffic.js';
import { addAnalysisOptions, runInputsOf } from '../options.js';
import { exportSummary, exportTraffic } from './export-traffic.js';

const EXAMPLES = `
Examples:
  # Downloaded flow logs and AWS CLI JSON, into a folder a spreadsheet opens
  $ sg-flow-audit export-traffic --flow-logs ./AWSLogs --inventory inv --out traffic/
  # Live: the last 14 days of whatever flow logs the VPC delivers
  $ sg-flow-audit export-traffic --region eu-west-1 --source auto --lookback 14d --out traffic/

Files: findings.csv, rules.csv, traffic-by-source.csv, traffic-by-port.csv,
traffic-by-protocol.csv, traffic-by-interface.csv, traffic-by-hour.csv, rejected-by-port.csv,
rejected-by-source.csv, anomalies.csv. The per-source, per-port and per-interface files hold the
busiest ${TRAFFIC_LIST_LIMIT} rows; the summary line says when one was cut.

Exit status: 0 the files were written (whatever the findings), 2 the run could not be done.
`;

/** The export-traffic command; `done` receives its exit status. */
export function exportTrafficCommand(done: (status: number) => void): Command {
  const command = new Command('export-traffic').description(
    'write the findings, the rules and the traffic as CSV files for a spreadsheet',
  );
  addAnalysisOptions(command)
    .requiredOption('--out <dir>', 'the folder to write the CSV files into (made when missing)')
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const outcome = await exportTraffic(runInputsOf(options), options['out'] as string);
      process.stdout.write(exportSummary(outcome));
      done(0);
    });
  return command;
}
