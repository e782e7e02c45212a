/**
 * `sg-flow-audit propose`: edits the Terraform, CloudFormation or exported YAML that defines the
 * rules so that it says the proposed rules, and prints what it changed. No GitHub needed.
 */
import { Command } from 'commander';
import { addAnalysisOptions, runInputsOf } from '../options.js';
import { DEFAULT_REPORT_FILE } from './defaults.js';

const EXAMPLES = `
Examples:
  # Edit the Terraform of this checkout after a week of flow logs, then review the diff
  $ sg-flow-audit propose --flow-logs ./AWSLogs --inventory inv --repo-dir . && git diff
  # Live, with the state file to find rules whose group names are computed
  $ sg-flow-audit propose --region eu-west-1 --source auto --lookback 14d --repo-dir infra \\
      --terraform-state state.json
  # Groups defined nowhere in code: export them once, commit, and let propose edit the YAML
  $ sg-flow-audit export --inventory inv --out security-groups/
`;

export function proposeCommand(done: (status: number) => void): Command {
  const command = new Command('propose').description(
    'edit the code that defines the rules (Terraform, CloudFormation, exported YAML) to say the proposed rules',
  );
  addAnalysisOptions(command)
    .requiredOption('--repo-dir <dir>', 'the working tree to edit')
    .option('--terraform-dir <dir>', 'where the Terraform is, inside --repo-dir (default: all of it)')
    .option('--terraform-state <file>', 'the JSON of `terraform show -json`, to locate rules by id')
    .option('--cloudformation-stack <file>', 'the JSON of `aws cloudformation describe-stack-resources`')
    .option('--report-file <path>', 'the full proposal, written inside --repo-dir', DEFAULT_REPORT_FILE)
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const reportFile = options['reportFile'] as string;
      // Loaded when the command runs: the HCL parser and the IaC editors are for propose alone.
      const { propose, proposeSummary } = await import('./propose.js');
      const outcome = await propose(runInputsOf(options), {
        repoDir: options['repoDir'] as string,
        terraformDir: options['terraformDir'] as string | undefined,
        terraformState: options['terraformState'] as string | undefined,
        cloudformationStack: options['cloudformationStack'] as string | undefined,
        reportFile,
      });
      process.stdout.write(proposeSummary(outcome, reportFile));
      done(0);
    });
  return command;
}
