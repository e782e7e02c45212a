/**
 * One pull request per purpose, kept current, in the manner of peter-evans/create-pull-request
 * but through the REST API only (no clone, no git CLI): the proposed files are committed on top
 * of the base branch's head to one fixed branch, which is force-updated; the pull request from
 * that branch is opened, edited, or closed when nothing is left to propose. A run that would
 * change nothing changes nothing (no commit, no edit, no notification).
 */
import { ConfigurationError } from '../errors.js';
import { gitHubStep, httpStatus } from './step.js';
import type { GitHubClient } from './client.js';
import { PULL_REQUEST_BODY_LIMIT } from './pull-request-body.js';
import {
  changedFiles,
  checkProposedFiles,
  writeProposalTree,
  type ProposedFile,
  type RepositoryRef,
} from './proposal-tree.js';

export { fitPullRequestBody, PULL_REQUEST_BODY_LIMIT } from './pull-request-body.js';
export type { ProposedFile } from './proposal-tree.js';

/** The branch proposals are pushed to unless configured otherwise. */
export const DEFAULT_PROPOSAL_BRANCH = 'sg-flow-audit/proposals';

/** What to propose, where, and how the pull request reads. */
export interface ProposalPullRequestOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The branch to merge into; default the repository's default branch. */
  base?: string | undefined;
  /** The proposal branch, force-updated by every run; default `sg-flow-audit/proposals`. */
  branch?: string | undefined;
  /** The files to write or delete; empty when nothing is left to propose. */
  files: readonly ProposedFile[];
  commitMessage: string;
  title: string;
  /** At most 65,536 characters (see fitPullRequestBody). */
  body: string;
  labels?: readonly string[] | undefined;
  /** Logins asked for a review; the pull request's author is left out (GitHub refuses it). */
  reviewers?: readonly string[] | undefined;
  /** Team slugs asked for a review. */
  teamReviewers?: readonly string[] | undefined;
  /** The comment left when the pull request is closed; default a sentence saying why. */
  closeComment?: string | undefined;
  /** The commit's author; default the token's account (github-actions[bot] for GITHUB_TOKEN). */
  author?: { name: string; email: string } | undefined;
}

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none';

/** What was done, for the Action's outputs; number and url name the pull request concerned. */
export interface ProposalPullRequestResult {
  operation: PullRequestOperation;
  number?: number;
  url?: string;
}

interface OpenPullRequest {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  base: { ref: string };
  user: { login: string } | null;
}

const status = httpStatus;

const HINTS = {
  notFound: 'check the repository name and that the token can see it',
  forbidden:
    'the token needs the permissions contents: write and pull-requests: write (and the ' +
    'repository must allow GitHub Actions to create pull requests)',
};

/** Runs one step against GitHub (see gitHubStep). */
function step<T>(what: string, call: () => Promise<T>): Promise<T> {
  return gitHubStep(what, HINTS, call);
}

/** The commit a branch points at, or undefined when there is no such branch. */
async function branchHead(client: GitHubClient, where: RepositoryRef, branch: string) {
  try {
    const answer = await client.rest.git.getRef({ ...where, ref: `heads/${branch}` });
    return answer.data.object.sha;
  } catch (error) {
    if (status(error) === 404) return undefined;
    return step(`read the branch ${branch}`, () => Promise.reject(error));
  }
}

function checkOptions(options: ProposalPullRequestOptions, branch: string): void {
  // git's own rules for a branch name, the ones a configured name can break.
  if (!/^[^\s~^:?*[\\]+$/.test(branch) || /(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock$|\.$|@\{/.test(branch)) {
    throw new ConfigurationError(`pull-request branch "${branch}" is not a valid git branch name`);
  }
  if (options.body.length > PULL_REQUEST_BODY_LIMIT) {
    throw new Error(
      `the pull request body has ${options.body.length} characters; GitHub allows ` +
        `${PULL_REQUEST_BODY_LIMIT} (fit it with fitPullRequestBody)`,
    );
  }
  checkProposedFiles(options.files);
}

/**
 * Brings the proposal pull request in line with `files`: created when there is something to
 * propose and no open pull request, updated (new commit and/or title and body) when it changed,
 * closed with a comment (and its branch deleted) when nothing is left, and left alone when the
 * branch already holds exactly this proposal.
 */
export async function syncProposalPullRequest(
  options: ProposalPullRequestOptions,
): Promise<ProposalPullRequestResult> {
  const { client } = options;
  const where: RepositoryRef = { owner: options.owner, repo: options.repo };
  const full = `${options.owner}/${options.repo}`;
  const branch = options.branch ?? DEFAULT_PROPOSAL_BRANCH;
  checkOptions(options, branch);

  const base =
    options.base ??
    (await step(`read the repository ${full}`, () => client.rest.repos.get(where))).data.default_branch;
  if (base === branch) {
    throw new ConfigurationError(
      `pull-request branch "${branch}" is the base branch; proposals need a branch of their own`,
    );
  }
  const baseHead = await branchHead(client, where, base);
  if (baseHead === undefined) {
    throw new ConfigurationError(`the base branch "${base}" does not exist in ${full}`);
  }
  const baseCommit = await step(`read ${base}`, () =>
    client.rest.git.getCommit({ ...where, commit_sha: baseHead }),
  );
  const baseTree = baseCommit.data.tree.sha;
  const changes = await step(`read the files of ${base}`, () =>
    changedFiles(client, where, baseTree, options.files),
  );
  const proposalHead = await branchHead(client, where, branch);
  const open = await step('list pull requests', () =>
    client.rest.pulls.list({ ...where, state: 'open', head: `${options.owner}:${branch}`, per_page: 100 }),
  );
  const pull: OpenPullRequest | undefined = open.data.find((p) => p.head.ref === branch);

  if (changes.length === 0) {
    const why =
      options.files.length === 0
        ? 'the latest run has no security-group rule change left to propose'
        : `the files it changes already match \`${base}\``;
    if (pull !== undefined) {
      await step('comment on the pull request', () =>
        client.rest.issues.createComment({
          ...where,
          issue_number: pull.number,
          body: options.closeComment ?? `sg-flow-audit closed this pull request: ${why}.`,
        }),
      );
      await step('close the pull request', () =>
        client.rest.pulls.update({ ...where, pull_number: pull.number, state: 'closed' }),
      );
    }
    if (proposalHead !== undefined) {
      await step(`delete the branch ${branch}`, () =>
        client.rest.git.deleteRef({ ...where, ref: `heads/${branch}` }),
      );
    }
    return pull === undefined
      ? { operation: 'none' }
      : { operation: 'closed', number: pull.number, url: pull.html_url };
  }

  const tree = await step('write the proposed files', () =>
    writeProposalTree(client, where, baseTree, changes),
  );
  const currentTree =
    proposalHead === undefined
      ? undefined
      : (
          await step(`read ${branch}`, () =>
            client.rest.git.getCommit({ ...where, commit_sha: proposalHead }),
          )
        ).data.tree.sha;
  const pushed = currentTree !== tree;
  if (pushed) {
    const commit = await step('commit the proposed files', () =>
      client.rest.git.createCommit({
        ...where,
        message: options.commitMessage,
        tree,
        parents: [baseHead],
        ...(options.author !== undefined ? { author: options.author } : {}),
      }),
    );
    const sha = commit.data.sha;
    await step(`push the branch ${branch}`, async () => {
      if (proposalHead === undefined) {
        await client.rest.git.createRef({ ...where, ref: `refs/heads/${branch}`, sha });
      } else {
        // Forced: each proposal is one commit on the base's head, not a history of runs.
        await client.rest.git.updateRef({ ...where, ref: `heads/${branch}`, sha, force: true });
      }
    });
  }

  let target: OpenPullRequest;
  let operation: PullRequestOperation;
  if (pull === undefined) {
    target = (
      await step('create the pull request', () =>
        client.rest.pulls.create({ ...where, head: branch, base, title: options.title, body: options.body }),
      )
    ).data;
    operation = 'created';
  } else {
    const edits = {
      ...(pull.title !== options.title ? { title: options.title } : {}),
      ...((pull.body ?? '') !== options.body ? { body: options.body } : {}),
      ...(pull.base.ref !== base ? { base } : {}),
    };
    if (!pushed && Object.keys(edits).length === 0) {
      return { operation: 'none', number: pull.number, url: pull.html_url };
    }
    target =
      Object.keys(edits).length === 0
        ? pull
        : (
            await step('update the pull request', () =>
              client.rest.pulls.update({ ...where, pull_number: pull.number, ...edits }),
            )
          ).data;
    operation = 'updated';
  }
  await decorate(client, where, target, options);
  return { operation, number: target.number, url: target.html_url };
}

/** Adds the labels and asks for the reviews (both idempotent on GitHub). */
async function decorate(
  client: GitHubClient,
  where: RepositoryRef,
  pull: OpenPullRequest,
  options: ProposalPullRequestOptions,
): Promise<void> {
  const labels = [...(options.labels ?? [])];
  if (labels.length > 0) {
    await step('label the pull request', () =>
      client.rest.issues.addLabels({ ...where, issue_number: pull.number, labels }),
    );
  }
  const author = pull.user?.login.toLowerCase();
  const reviewers = (options.reviewers ?? []).filter((login) => login.toLowerCase() !== author);
  const teams = [...(options.teamReviewers ?? [])];
  if (reviewers.length > 0 || teams.length > 0) {
    await step('request reviews', () =>
      client.rest.pulls.requestReviewers({
        ...where,
        pull_number: pull.number,
        reviewers,
        team_reviewers: teams,
      }),
    );
  }
}
