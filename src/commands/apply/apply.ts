/**
 * The run of `sg-flow-audit apply`: the report read and checked, the live state read, the plan
 * made and printed before anything else, then carried out (or, with `dryRun`, checked with EC2's
 * DryRun) with a journal, and what happened printed with the command that undoes it. Loaded only
 * when apply runs, so that the other commands do not load the EC2 SDK.
 */
import { existsSync } from 'node:fs';
import {
  executePlan,
  formatPlan,
  planApply,
  readApplyState,
  revertCommand,
  type ApplyPlan,
} from '../../aws/apply/index.js';
import { createEc2Client } from '../../aws/clients.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { logText, showControls } from '../../report/escape.js';
import { defaultApplyJournalPath, requireNewJournal } from './journal-path.js';
import { readPlanReport } from './plan-file.js';
import { applyOutcome, applySummary } from './summary.js';

/** Everything an apply run is told. */
export interface ApplyRunOptions {
  /** The JSON report whose proposals are carried out. */
  plan: string;
  region?: string | undefined;
  endpointUrl?: string | undefined;
  dryRun: boolean;
  allGroups: boolean;
  maxChanges: number;
  withAclDenies: boolean;
  /** Where the journal goes; by default a new file named by the time in `journalDir`. */
  journal?: string | undefined;
  journalDir: string;
  now: () => Date;
}

const hasCalls = (plan: ApplyPlan) => plan.groups.length > 0 || plan.networkAclEntries.length > 0;

/**
 * Runs apply and returns its exit status (0 done, 1 a call failed or a dry run found one would).
 *
 * @throws ConfigurationError (exit 2) before any change: a bad report, an existing --journal, a
 * live read AWS refused.
 */
export async function runApply(options: ApplyRunOptions): Promise<number> {
  if (options.journal !== undefined) requireNewJournal(options.journal);
  const report = await readPlanReport(options.plan);
  const ec2 = createEc2Client({ region: options.region, endpoint: options.endpointUrl });
  const live = await readApplyState(ec2, report, { withAclDenies: options.withAclDenies });
  const plan = planApply(report, live, {
    allGroups: options.allGroups,
    maxChanges: options.maxChanges,
    withAclDenies: options.withAclDenies,
    now: options.now(),
  });
  // Descriptions and names in the plan are the account's: shown, never a line the runner obeys.
  process.stdout.write(logText(formatPlan(plan)));
  if (!hasCalls(plan)) {
    // A rerun after a complete apply: nothing to call, so no journal to keep either.
    process.stdout.write('\nNo call to make; no journal written.\n');
    return 0;
  }

  const journalPath = options.journal ?? defaultApplyJournalPath(options.journalDir, options.now());
  let result;
  try {
    result = await executePlan(ec2, plan, { dryRun: options.dryRun, journalPath, now: options.now });
  } catch (error) {
    // Something other than an EC2 answer (the journal's disk, a bug) stopped the run midway: the
    // journal on disk still says which calls were made.
    if (!(error instanceof ConfigurationError) && existsSync(journalPath)) {
      process.stderr.write(
        `sg-flow-audit: the run stopped: ${errorMessage(error)}; undo what it did with: ${revertCommand(journalPath)}\n`,
      );
    }
    throw error;
  }
  process.stdout.write(logText(applySummary(result)));
  const outcome = applyOutcome(result);
  if (outcome.error !== undefined) process.stderr.write(`sg-flow-audit: ${showControls(outcome.error)}\n`);
  return outcome.status;
}
