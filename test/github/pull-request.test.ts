import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import {
  DEFAULT_PROPOSAL_BRANCH,
  PULL_REQUEST_BODY_LIMIT,
  fitPullRequestBody,
  syncProposalPullRequest,
  type ProposalPullRequestOptions,
} from '../../src/github/pull-request.js';
import { ConfigurationError } from '../../src/errors.js';
import { FakeGitHub } from '../helpers/github-server/server.js';

const OWNER = 'octo-org';
const REPO = 'infra';
const BRANCH = DEFAULT_PROPOSAL_BRANCH;

const BASE_FILES = {
  'README.md': '# infra\n',
  'terraform/network/sg.tf': 'resource "aws_security_group" "web" {\n  name = "web"\n}\n',
  'terraform/network/legacy.tf': '# the old bastion\n',
};

let fake: FakeGitHub;
let client: GitHubClient;
let waits: number[];

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addRepository({ owner: OWNER, name: REPO, files: BASE_FILES });
  waits = [];
  client = createGitHubClient({
    token: fake.token,
    baseUrl: fake.url,
    timeScale: 0,
    wait: async (milliseconds) => {
      waits.push(milliseconds);
    },
    warn: () => {},
  });
});

afterEach(async () => {
  await fake.stop();
});

function proposal(overrides: Partial<ProposalPullRequestOptions> = {}): ProposalPullRequestOptions {
  return {
    client,
    owner: OWNER,
    repo: REPO,
    files: [
      {
        path: 'terraform/network/sg.tf',
        content: 'resource "aws_security_group" "web" {\n  name = "web"\n  # narrowed\n}\n',
      },
      { path: 'terraform/network/legacy.tf', content: null },
      { path: 'terraform/network/notes.md', content: 'Rules to change by hand: none\n' },
    ],
    commitMessage: 'Narrow security-group rules to the traffic they carry',
    title: 'sg-flow-audit: 2 rule changes',
    body: '| rule | change |\n| --- | --- |\n| sgr-1 | narrow |\n',
    labels: ['security', 'sg-flow-audit'],
    reviewers: ['alice'],
    teamReviewers: ['platform'],
    ...overrides,
  };
}

function pullRequest(number: number) {
  const pull = fake.repository(OWNER, REPO).pulls.find((p) => p.number === number);
  if (pull === undefined) throw new Error(`no pull request ${number}`);
  return pull;
}

function commitOf(sha: string | undefined) {
  const commit = fake.repository(OWNER, REPO).git.commits.get(sha ?? '');
  if (commit === undefined) throw new Error(`no commit ${sha}`);
  return commit;
}

describe('syncProposalPullRequest', () => {
  test('creates one commit on the base, the branch and the pull request, labelled and with reviewers', async () => {
    const result = await syncProposalPullRequest(proposal());

    expect(result).toEqual({
      operation: 'created',
      number: 1,
      url: 'https://github.com/octo-org/infra/pull/1',
    });
    expect(fake.filesOn(OWNER, REPO, BRANCH)).toEqual({
      'README.md': '# infra\n',
      'terraform/network/sg.tf': 'resource "aws_security_group" "web" {\n  name = "web"\n  # narrowed\n}\n',
      'terraform/network/notes.md': 'Rules to change by hand: none\n',
    });
    const commit = commitOf(fake.branchHead(OWNER, REPO, BRANCH));
    expect(commit.parents).toEqual([fake.branchHead(OWNER, REPO, 'main')]);
    expect(commit.message).toBe('Narrow security-group rules to the traffic they carry');
    const pull = pullRequest(1);
    expect(pull).toMatchObject({
      state: 'open',
      head: BRANCH,
      base: 'main',
      title: 'sg-flow-audit: 2 rule changes',
      body: '| rule | change |\n| --- | --- |\n| sgr-1 | narrow |\n',
      requestedReviewers: ['alice'],
      requestedTeams: ['platform'],
    });
    expect(pull.labels.map((label) => label.name)).toEqual(['security', 'sg-flow-audit']);
    // The base is untouched.
    expect(fake.filesOn(OWNER, REPO, 'main')).toEqual(BASE_FILES);
    expect(fake.violations).toEqual([]);
  });

  test('new content: a new commit on the base, the branch force-updated, the same pull request edited', async () => {
    const first = await syncProposalPullRequest(proposal());
    const firstHead = fake.branchHead(OWNER, REPO, BRANCH);
    // The base moves on meanwhile; the proposal must be rebuilt on its new head.
    const newBase = fake.push(OWNER, REPO, 'main', { 'README.md': '# infra v2\n' }, 'Docs');

    const second = await syncProposalPullRequest(
      proposal({
        files: [{ path: 'terraform/network/sg.tf', content: 'resource "aws_security_group" "web" {}\n' }],
        title: 'sg-flow-audit: 1 rule change',
        body: 'One rule left.',
      }),
    );

    expect(second).toEqual({ operation: 'updated', number: first.number, url: first.url });
    const head = fake.branchHead(OWNER, REPO, BRANCH);
    expect(head).not.toBe(firstHead);
    // Force-updated: the new commit sits on the new base, not on the previous proposal.
    expect(commitOf(head).parents).toEqual([newBase]);
    expect(fake.requestsOf('git/update-ref').map((r) => r.status)).toEqual([200]);
    expect(fake.filesOn(OWNER, REPO, BRANCH)).toEqual({
      'README.md': '# infra v2\n',
      'terraform/network/sg.tf': 'resource "aws_security_group" "web" {}\n',
      'terraform/network/legacy.tf': '# the old bastion\n',
    });
    expect(pullRequest(1)).toMatchObject({ title: 'sg-flow-audit: 1 rule change', body: 'One rule left.' });
    expect(fake.repository(OWNER, REPO).pulls).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test('the same run twice: the second does nothing (no commit, no edit, no notification)', async () => {
    const first = await syncProposalPullRequest(proposal());
    const head = fake.branchHead(OWNER, REPO, BRANCH);
    const requestsAfterFirst = fake.requests.length;

    const second = await syncProposalPullRequest(proposal());

    expect(second).toEqual({ operation: 'none', number: first.number, url: first.url });
    expect(fake.branchHead(OWNER, REPO, BRANCH)).toBe(head);
    const secondRun = fake.requests.slice(requestsAfterFirst).map((r) => r.operationId);
    for (const write of [
      'git/create-commit',
      'git/update-ref',
      'pulls/update',
      'issues/add-labels',
      'pulls/request-reviewers',
      'issues/create-comment',
    ]) {
      expect(secondRun).not.toContain(write);
    }
    expect(fake.requestsOf('git/create-commit')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test('only the title changed: the pull request is edited without a new commit', async () => {
    await syncProposalPullRequest(proposal());
    const head = fake.branchHead(OWNER, REPO, BRANCH);

    const result = await syncProposalPullRequest(proposal({ title: 'sg-flow-audit: renamed' }));

    expect(result.operation).toBe('updated');
    expect(fake.branchHead(OWNER, REPO, BRANCH)).toBe(head);
    expect(fake.requestsOf('git/create-commit')).toHaveLength(1);
    expect(pullRequest(1).title).toBe('sg-flow-audit: renamed');
    expect(fake.violations).toEqual([]);
  });

  test('nothing left to propose: the pull request is closed with a comment and the branch deleted', async () => {
    await syncProposalPullRequest(proposal());

    const result = await syncProposalPullRequest(proposal({ files: [] }));

    expect(result).toEqual({
      operation: 'closed',
      number: 1,
      url: 'https://github.com/octo-org/infra/pull/1',
    });
    expect(pullRequest(1).state).toBe('closed');
    expect(fake.repository(OWNER, REPO).comments.map((c) => [c.issueNumber, c.body])).toEqual([
      [
        1,
        'sg-flow-audit closed this pull request: the latest run has no security-group rule change left to propose.',
      ],
    ]);
    expect(fake.branchHead(OWNER, REPO, BRANCH)).toBeUndefined();
    expect(fake.violations).toEqual([]);
  });

  test('files that already match the base close the pull request, saying so', async () => {
    await syncProposalPullRequest(proposal());
    // Someone applied the proposal on main by hand.
    fake.push(
      OWNER,
      REPO,
      'main',
      {
        'terraform/network/sg.tf': 'resource "aws_security_group" "web" {\n  name = "web"\n  # narrowed\n}\n',
        'terraform/network/legacy.tf': null,
        'terraform/network/notes.md': 'Rules to change by hand: none\n',
      },
      'Apply by hand',
    );

    const result = await syncProposalPullRequest(proposal());

    expect(result.operation).toBe('closed');
    expect(fake.repository(OWNER, REPO).comments.map((c) => c.body)).toEqual([
      'sg-flow-audit closed this pull request: the files it changes already match `main`.',
    ]);
    expect(fake.branchHead(OWNER, REPO, BRANCH)).toBeUndefined();
    expect(fake.requestsOf('git/create-blob')).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  });

  test('nothing to propose and no pull request: none, and a stale branch is deleted', async () => {
    fake.push(OWNER, REPO, BRANCH, { 'stale.txt': 'left over\n' }, 'Left over');

    const result = await syncProposalPullRequest(proposal({ files: [] }));

    expect(result).toEqual({ operation: 'none' });
    expect(fake.branchHead(OWNER, REPO, BRANCH)).toBeUndefined();
    expect(fake.requestsOf('issues/create-comment')).toHaveLength(0);
    expect(fake.violations).toEqual([]);
  });

  test('two rate-limited answers (primary, 403) are waited out and the run completes', async () => {
    fake.rateLimitNext(2, 'primary', 30);

    const result = await syncProposalPullRequest(proposal());

    expect(result.operation).toBe('created');
    expect(fake.requests.slice(0, 3).map((r) => [r.operationId, r.status])).toEqual([
      ['repos/get', 403],
      ['repos/get', 403],
      ['repos/get', 200],
    ]);
    // The wait is until the reset time GitHub named, plus one second; never slept for real.
    expect(waits).toHaveLength(2);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(30_000);
      expect(wait).toBeLessThanOrEqual(31_000);
    }
    expect(fake.violations).toEqual([]);
  });

  test('two secondary rate limits (429, retry-after) are waited out and the run completes', async () => {
    await syncProposalPullRequest(proposal());
    fake.rateLimitNext(2, 'secondary', 7);

    const result = await syncProposalPullRequest(proposal({ title: 'retitled' }));

    expect(result.operation).toBe('updated');
    expect(waits).toEqual([7000, 7000]);
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(2);
    expect(pullRequest(1).title).toBe('retitled');
    expect(fake.violations).toEqual([]);
  });

  test('a rate limit that outlasts the retries fails the run', async () => {
    fake.rateLimitNext(4, 'secondary', 5);

    await expect(syncProposalPullRequest(proposal())).rejects.toThrow(/secondary rate limit/);

    expect(waits).toEqual([5000, 5000, 5000]);
    expect(fake.repository(OWNER, REPO).pulls).toHaveLength(0);
    expect(fake.violations).toEqual([]);
  });

  test('a server error (502) is retried', async () => {
    fake.failNext(2);

    const result = await syncProposalPullRequest(proposal());

    expect(result.operation).toBe('created');
    expect(fake.requests.slice(0, 3).map((r) => r.status)).toEqual([502, 502, 200]);
    expect(fake.violations).toEqual([]);
  });

  test('a body longer than GitHub allows is fitted, and the fitted body is accepted', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| sgr-${i} | tcp 22 | 198.51.100.${i % 250}/32 |`);
    const sections = [
      '## Summary\n\n3000 rule changes',
      `| rule | port | peer |\n| --- | --- | --- |\n${rows.join('\n')}`,
    ];
    const body = fitPullRequestBody(sections, PULL_REQUEST_BODY_LIMIT, 'sg-flow-audit/report.md');
    expect(sections.join('\n\n').length).toBeGreaterThan(PULL_REQUEST_BODY_LIMIT);
    expect(body.length).toBeLessThanOrEqual(PULL_REQUEST_BODY_LIMIT);

    const result = await syncProposalPullRequest(
      proposal({
        body,
        files: [...proposal().files, { path: 'sg-flow-audit/report.md', content: sections.join('\n\n') }],
      }),
    );

    expect(result.operation).toBe('created');
    expect(pullRequest(1).body).toBe(body);
    expect(body).toContain('`sg-flow-audit/report.md`');
    expect(fake.filesOn(OWNER, REPO, BRANCH)['sg-flow-audit/report.md']).toBe(sections.join('\n\n'));
    expect(fake.violations).toEqual([]);
  });

  test('a body over the limit is refused before anything is written', async () => {
    await expect(
      syncProposalPullRequest(proposal({ body: 'x'.repeat(PULL_REQUEST_BODY_LIMIT + 1) })),
    ).rejects.toThrow(/65536 \(fit it with fitPullRequestBody\)/);
    expect(fake.requests).toEqual([]);
  });

  test('configuration mistakes are one-line ConfigurationErrors', async () => {
    const cases: [Partial<ProposalPullRequestOptions>, RegExp][] = [
      [{ branch: 'main' }, /pull-request branch "main" is the base branch/],
      [{ base: 'production' }, /the base branch "production" does not exist in octo-org\/infra/],
      [{ branch: 'bad..name' }, /"bad..name" is not a valid git branch name/],
      [{ files: [{ path: '../etc/passwd', content: 'x' }] }, /must be relative to the repository root/],
      [{ files: [{ path: 'terraform', content: 'x' }] }, /"terraform" is a directory in the base branch/],
      [{ files: [{ path: 'README.md/x.tf', content: 'x' }] }, /lies under "README.md", which is a file/],
      [{ repo: 'missing' }, /GitHub refused to read the repository octo-org\/missing \(404/],
    ];
    for (const [overrides, message] of cases) {
      const run = syncProposalPullRequest(proposal(overrides));
      await expect(run).rejects.toThrow(ConfigurationError);
      await expect(run).rejects.toThrow(message);
    }
    expect(fake.repository(OWNER, REPO).pulls).toHaveLength(0);
    expect(fake.violations).toEqual([]);
  });
});
