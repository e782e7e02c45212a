/**
 * The Action's `mode: propose`: the propose step on the checked-out workspace, then one pull
 * request on a fixed branch, created, updated, or closed when nothing is left to propose.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../../errors.js';
import { createGitHubClient } from '../../github/client.js';
import { refuseOnPullRequests } from '../../github/events.js';
import { syncProposalPullRequest } from '../../github/pull-request.js';
import type { ProposeInputs } from '../../inputs.js';
import { logText } from '../../report/escape.js';
import type { Report } from '../../report/types.js';
import { pullRequestBody } from './body.js';
import { proposeFromReport, proposeSummary } from './propose.js';

export async function proposeInAction(report: Report, inputs: ProposeInputs): Promise<void> {
  refuseOnPullRequests(
    'propose',
    'schedule, workflow_dispatch or push to the default branch (mode review is for pull requests)',
  );
  if (inputs.githubToken === '')
    throw new ConfigurationError('input github-token: needed to open the pull request');
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo)
    throw new ConfigurationError('GITHUB_REPOSITORY is not set: mode propose runs in a workflow');
  const outcome = await proposeFromReport(report, {
    repoDir: inputs.repoDir,
    terraformDir: inputs.terraformDir,
    terraformState: inputs.terraformState,
    cloudformationStack: inputs.cloudformationStack,
    reportFile: inputs.reportFile,
  });
  core.info(logText(proposeSummary(outcome, inputs.reportFile)));
  const ref = process.env['GITHUB_REF'] ?? '';
  const base = inputs.base ?? (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
  const result = await syncProposalPullRequest({
    client: createGitHubClient({ token: inputs.githubToken, warn: (message) => core.warning(message) }),
    owner,
    repo,
    base,
    branch: inputs.branch,
    files: outcome.files,
    commitMessage: `Narrow security-group rules to the traffic of ${report.window.start?.slice(0, 10) ?? ''} to ${report.window.end?.slice(0, 10) ?? ''}`,
    title: `sg-flow-audit: ${outcome.changes.length} security-group rule change(s) from the flow logs`,
    body: pullRequestBody(outcome.sections, inputs.reportFile),
    labels: inputs.labels,
    reviewers: inputs.reviewers,
    teamReviewers: inputs.teamReviewers,
  });
  core.setOutput('pull-request-operation', result.operation);
  core.setOutput('pull-request-number', result.number ?? '');
  core.setOutput('pull-request-url', result.url ?? '');
  core.info(`sg-flow-audit: pull request ${result.operation}${result.url ? `: ${result.url}` : ''}`);
}
