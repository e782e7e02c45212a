/**
 * `sg-flow-audit review --base DIR --head DIR`: the rule changes between two trees, checked
 * against the window's traffic. Exits 1 when a finding is at or above --fail-on.
 */
import { Command, Option } from 'commander';
import { failingFinding } from '../../outcome.js';
import { addAnalysisOptions, runInputsOf } from '../options.js';
import { runAnalysis } from '../run-analysis.js';
import { showControls } from '../../report/escape.js';

const EXAMPLES = `
Examples:
  # The rule changes of a branch, against last week's traffic
  $ git worktree add ../base origin/main
  $ sg-flow-audit review --base ../base --head . --flow-logs ./AWSLogs --inventory inv
  $ sg-flow-audit review --base ../base --head . --region eu-west-1 --source auto --fail-on high
`;

export function reviewCommand(done: (status: number) => void): Command {
  const command = new Command('review').description(
    'check the rule changes between two trees (Terraform, CloudFormation, exported YAML) against the traffic',
  );
  addAnalysisOptions(command)
    .requiredOption('--base <dir>', 'the tree before the change (the base branch)')
    .requiredOption('--head <dir>', 'the tree after the change (the pull request)')
    .addOption(
      new Option('--format <format>', 'text, json or markdown')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const inputs = runInputsOf(options);
      const { report, config } = await runAnalysis(inputs);
      // Loaded when the command runs: the IaC readers are for review alone.
      const { reviewMarkdown, reviewText, reviewTrees } = await import('./review.js');
      const outcome = await reviewTrees(options['base'] as string, options['head'] as string, report, config);
      const format = options['format'] as string;
      process.stdout.write(
        format === 'json'
          ? JSON.stringify(outcome, null, 2) + '\n'
          : format === 'markdown'
            ? reviewMarkdown(outcome, report)
            : reviewText(outcome, report),
      );
      const failing = failingFinding(outcome, inputs.failOn);
      if (failing) {
        process.stderr.write(`sg-flow-audit: ${failing.severity} finding: ${showControls(failing.title)}\n`);
        done(1);
        return;
      }
      done(0);
    });
  return command;
}
