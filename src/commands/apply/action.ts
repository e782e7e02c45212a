/**
 * The Action's `mode: apply`, for a push to the default branch or a manual dispatch: a report's
 * proposals carried out in AWS (the `plan` input, or the report this step just made), with the
 * plan printed first and a journal under RUNNER_TEMP that `sg-flow-audit revert` undoes.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { refuseOnPullRequests } from '../../github/events.js';
import type { ActionInputs } from '../../inputs.js';
import { runApply } from './apply.js';
import { journalTimestamp } from './journal-path.js';

export async function applyInAction(inputs: ActionInputs): Promise<void> {
  // Changing AWS from a pull request would let its author choose the change.
  refuseOnPullRequests('apply', 'push to the default branch or workflow_dispatch');
  const now = new Date();
  const journal = join(
    process.env['RUNNER_TEMP'] ?? process.cwd(),
    'sg-flow-audit',
    `journal-${journalTimestamp(now)}.json`,
  );
  core.setOutput('journal-path', journal);
  const status = await runApply({
    plan: inputs.apply.plan ?? inputs.reportPath,
    region: inputs.region,
    endpointUrl: inputs.endpointUrl,
    dryRun: inputs.apply.dryRun,
    allGroups: inputs.apply.allGroups,
    maxChanges: inputs.apply.maxChanges,
    withAclDenies: inputs.apply.withAclDenies,
    journal,
    journalDir: join(journal, '..'),
    now: () => now,
  });
  core.setOutput('apply-status', status === 0 ? 'done' : 'failed');
  if (status !== 0)
    core.setFailed(
      `apply stopped: see the log above; undo what was done with: sg-flow-audit revert ${journal}`,
    );
}
