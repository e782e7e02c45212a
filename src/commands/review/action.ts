/**
 * The Action's `mode: review`, for pull requests: the base branch's tree checked out beside the
 * workspace (or given as `base-dir`), the rule changes reviewed against the traffic, annotations
 * on the changed lines, the job summary, and one pull-request comment kept up to date when the
 * token may write (a fork's read-only token may not: the summary still has it all).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import type { Config } from '../../config.js';
import { ConfigurationError } from '../../errors.js';
import { createGitHubClient } from '../../github/client.js';
import { upsertReviewComment } from '../../github/review-comment.js';
import type { ActionInputs } from '../../inputs.js';
import { failingFinding } from '../../outcome.js';
import { showControls } from '../../report/escape.js';
import type { Report } from '../../report/types.js';
import { findingPlace, reviewMarkdown, reviewTrees } from './review.js';

const run = promisify(execFile);

interface PullRequestEvent {
  pull_request?: { number?: number; base?: { sha?: string; ref?: string } };
}

async function readEvent(): Promise<PullRequestEvent> {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PullRequestEvent;
  } catch {
    return {};
  }
}

/**
 * The base branch's tree: fetched by its commit into a worktree beside the workspace. Only git
 * runs; nothing of either tree is executed.
 */
async function checkoutBase(workspace: string, sha: string): Promise<string> {
  const dir = await mkdtemp(join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'sg-flow-audit-base-'));
  try {
    await run('git', ['-C', workspace, 'fetch', '--no-tags', '--depth=1', 'origin', sha]);
    await run('git', ['-C', workspace, 'worktree', 'add', '--detach', dir, sha]);
  } catch (e) {
    throw new ConfigurationError(
      `mode review: cannot check out the base commit ${sha} (${(e as Error).message.split('\n')[0] ?? ''}); check out the repository with actions/checkout first, or give base-dir`,
    );
  }
  return dir;
}

export async function reviewInAction(report: Report, config: Config, inputs: ActionInputs): Promise<void> {
  const event = await readEvent();
  const headDir = inputs.propose.repoDir;
  let baseDir = inputs.baseDir;
  if (baseDir === undefined) {
    const sha = event.pull_request?.base?.sha;
    if (!sha)
      throw new ConfigurationError(
        'mode review: no pull request in the event; run it on pull_request, or give base-dir',
      );
    baseDir = await checkoutBase(headDir, sha);
  }
  const outcome = await reviewTrees(baseDir, headDir, report, config);
  const markdown = reviewMarkdown(outcome, report);
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown).write();
  for (const finding of outcome.findings.slice(0, 10)) {
    const place = findingPlace(finding);
    // core escapes line breaks, `%`, `:` and `,` in these; control characters are shown here.
    const props = {
      title: showControls(`${finding.severity}: ${finding.title}`),
      ...(place ? { file: place.file, startLine: place.line } : {}),
    };
    const message = showControls(finding.message);
    if (finding.severity === 'critical' || finding.severity === 'high') core.error(message, props);
    else core.warning(message, props);
  }
  const number = event.pull_request?.number;
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (number !== undefined && owner && repo && inputs.propose.githubToken !== '') {
    const comment = await upsertReviewComment({
      client: createGitHubClient({ token: inputs.propose.githubToken, warn: (m) => core.warning(m) }),
      owner,
      repo,
      number,
      body: markdown,
    });
    core.setOutput('review-comment', comment.operation);
    if (comment.operation === 'read-only')
      core.info('sg-flow-audit: the token may not comment (a fork?): the review is in the job summary');
  }
  core.setOutput('review-findings', outcome.findings.filter((f) => !f.suppressed).length);
  const failing = failingFinding(outcome, inputs.failOn);
  if (failing) core.setFailed(showControls(`${failing.severity} finding: ${failing.title}`));
}
