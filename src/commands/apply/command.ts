/**
 * `sg-flow-audit apply --plan REPORT.json`: carries out a report's proposals in AWS. The plan is
 * printed first; `--dry-run` stops after an EC2 DryRun of every call. Every run keeps a journal,
 * and `sg-flow-audit revert JOURNAL` undoes it.
 */
import { Command, Option } from 'commander';
import { ConfigurationError } from '../../errors.js';

const EXAMPLES = `
Examples:
  # The report of an analysis, then the plan checked with EC2's DryRun: nothing changes
  $ sg-flow-audit analyze --region eu-west-1 --source auto --lookback 14d --format json --output report.json
  $ sg-flow-audit apply --plan report.json --region eu-west-1 --dry-run
  # Carry it out, at most 5 changes, in the groups tagged sg-flow-audit:apply=true
  $ sg-flow-audit apply --plan report.json --region eu-west-1 --max-changes 5
  # Undo that run from its journal
  $ sg-flow-audit revert sg-flow-audit-journal-20261126T120000Z.json --region eu-west-1

Per group the new rules are authorized before the old ones are revoked, by rule id only; a rule
that changed since the report is left alone, and a rerun changes nothing.

Exit status: 0 the run completed (or the dry run found every call would succeed), 1 a call
failed (the command that undoes what was done is printed) or a dry run found one would, 2 the run
could not be done (bad flag, unreadable report, a live read refused); nothing was changed.
`;

/** `--max-changes`: a whole number of at least 1. */
export function parseMaxChanges(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new ConfigurationError(`--max-changes: expected a whole number of at least 1, got '${value}'`);
  }
  return Number(value);
}

/** The apply command; `done` receives its exit status. */
export function applyCommand(done: (status: number) => void): Command {
  return new Command('apply')
    .description("carry out a report's proposals in AWS, with a journal that revert undoes")
    .requiredOption(
      '--plan <report>',
      'the JSON report of analyze (--format json) whose proposals to carry out',
    )
    .option('--region <region>', 'AWS region of the groups')
    .option('--endpoint-url <url>', 'an EC2-compatible endpoint (a local emulator)')
    .option('--dry-run', 'print the plan and check every call with EC2 DryRun; change nothing')
    .option('--all-groups', 'also change groups not tagged sg-flow-audit:apply=true')
    .addOption(
      new Option('--max-changes <n>', 'at most this many rule changes (and ACL entries) in this run')
        .default(10)
        .argParser(parseMaxChanges),
    )
    .option('--with-acl-denies', "also create the port scanners' network ACL deny entries")
    .option(
      '--journal <path>',
      'where the journal goes; never overwritten (default: sg-flow-audit-journal-<UTC time>.json here)',
    )
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
      // The EC2 SDK is loaded only when apply runs.
      const { runApply } = await import('./apply.js');
      const status = await runApply({
        plan: options['plan'] as string,
        region: text('region'),
        endpointUrl: text('endpointUrl'),
        dryRun: options['dryRun'] === true,
        allGroups: options['allGroups'] === true,
        maxChanges: options['maxChanges'] as number,
        withAclDenies: options['withAclDenies'] === true,
        journal: text('journal'),
        journalDir: process.cwd(),
        now: () => new Date(),
      });
      done(status);
    });
}
