/**
 * `sg-flow-audit check-change --since TIME (--journal FILE | --before-inventory DIR)`: after a
 * change, the connection starts REJECTed on the changed groups' interfaces that the rules before
 * it would have allowed, as `blocked-by-change` findings with the command that undoes it. Exits 1
 * when such a finding is at or above --fail-on.
 */
import { Command, Option } from 'commander';
import { loadConfig } from '../../config.js';
import { failingFinding } from '../../outcome.js';
import { addAnalysisOptions, runInputsOf } from '../options.js';
import { checkChangeText } from './text.js';
import { showControls } from '../../report/escape.js';

const EXAMPLES = `
Examples:
  # A few hours after an apply: what did the narrowed rules block?
  $ sg-flow-audit check-change --since 6h --journal sg-flow-audit-journal-20261126T120000Z.json \\
      --region eu-west-1 --source auto
  # Offline: downloaded flow logs, the inventory now, and the one before the change
  $ sg-flow-audit check-change --since 2026-11-26T12:00:00Z --before-inventory inv-before \\
      --inventory inv --flow-logs ./AWSLogs

Only REJECTed connection starts from --since on count (with a journal, from its first revoke on),
and of those only the ones a removed rule allowed and no rule in force allows; port scanners are
left out. Without --lookback, a live source is read back to --since.

Exit status: 0 nothing blocked at or above --fail-on, 1 something is (undo it with the revert
command printed), 2 the check could not be done.
`;

/** The check-change command; `done` receives its exit status. */
export function checkChangeCommand(done: (status: number) => void): Command {
  const command = new Command('check-change').description(
    'after a change (an apply journal, or the inventory before it), report the connections it blocked',
  );
  addAnalysisOptions(command)
    .requiredOption('--since <time>', 'check from this time: 2026-11-26T12:00:00Z, or back from now: 6h, 2d')
    .option('--journal <file>', 'the journal of the apply run that made the change')
    .option('--before-inventory <dir>', 'AWS CLI JSON read before the change (instead of --journal)')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const inputs = runInputsOf(options);
      const now = new Date();
      // Loaded when the command runs: it brings the apply journal's EC2 modules, which no other
      // command should pay for at start-up.
      const { checkChange, parseSince } = await import('./check.js');
      const since = parseSince(options['since'] as string, now);
      const config = await loadConfig(inputs.config);
      const outcome = await checkChange({
        since,
        journal: options['journal'] as string | undefined,
        beforeInventory: options['beforeInventory'] as string | undefined,
        inputs,
        config,
        now,
      });
      process.stdout.write(
        options['format'] === 'json' ? `${JSON.stringify(outcome, null, 2)}\n` : checkChangeText(outcome),
      );
      const worst = failingFinding(outcome, inputs.failOn);
      if (worst) {
        process.stderr.write(`sg-flow-audit: ${worst.severity} finding: ${showControls(worst.title)}\n`);
        done(1);
        return;
      }
      done(0);
    });
  return command;
}
