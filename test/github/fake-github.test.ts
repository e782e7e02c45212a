/**
 * The fake GitHub is only worth its tests if its checks can fail: a malformed request or answer
 * must be recorded as a violation, and its git object ids must be git's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { gitHubDescription } from '../helpers/github-server/openapi.js';
import { FakeGitHub } from '../helpers/github-server/server.js';

let fake: FakeGitHub;
let client: GitHubClient;

/** Octokit's typed routes would refuse these malformed requests at compile time; as plain
 * strings they go out as written. */
const untyped = (route: string): string => route;

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addRepository({ owner: 'octo-org', name: 'infra', files: { 'main.tf': '# empty\n' } });
  client = createGitHubClient({ token: fake.token, baseUrl: fake.url, timeScale: 0 });
});

afterEach(async () => {
  await fake.stop();
});

describe('the fake GitHub checks requests against the OpenAPI description', () => {
  test('a pull request created without `head` is a violation, answered 422', async () => {
    const request = client.request(untyped('POST /repos/{owner}/{repo}/pulls'), {
      owner: 'octo-org',
      repo: 'infra',
      base: 'main',
      title: 'no head',
    });

    await expect(request).rejects.toMatchObject({ status: 422 });
    expect(fake.violations).toEqual([
      "POST /repos/octo-org/infra/pulls body: must have required property 'head'",
    ]);
    expect(fake.repository('octo-org', 'infra').pulls).toEqual([]);
  });

  test('a misspelt body field, a wrong type and an unknown query parameter are violations', async () => {
    await expect(
      client.request(untyped('PATCH /repos/{owner}/{repo}/git/refs/{ref}'), {
        owner: 'octo-org',
        repo: 'infra',
        ref: 'heads/main',
        sha: 'abc',
        forced: true,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client.request(untyped('GET /repos/{owner}/{repo}/pulls'), {
        owner: 'octo-org',
        repo: 'infra',
        per_page: 'many',
        heads: 'octo-org:x',
      }),
    ).rejects.toMatchObject({ status: 422 });

    expect(fake.violations).toEqual([
      'PATCH /repos/octo-org/infra/git/refs/heads%2Fmain body: field forced is not in the description',
      'GET /repos/octo-org/infra/pulls: query parameter per_page: must be integer',
      'GET /repos/octo-org/infra/pulls: query parameter heads is not in the description',
    ]);
  });

  test('an operation GitHub does not have is a violation', async () => {
    await expect(
      client.request('POST /repos/{owner}/{repo}/git/branches', { owner: 'octo-org', repo: 'infra' }),
    ).rejects.toMatchObject({ status: 404 });

    expect(fake.violations).toEqual([
      "POST /repos/octo-org/infra/git/branches: no such operation in GitHub's REST description",
    ]);
  });

  test('an answer that lacks a required field or has an undeclared status is a violation', () => {
    const description = gitHubDescription();
    const create = description.operations.find((op) => op.operationId === 'pulls/create');
    if (create === undefined) throw new Error('pulls/create is not in the description');

    const missing = description.checkResponse(create, 201, { number: 1 }, 'POST /pulls');
    const undeclared = description.checkResponse(create, 409, undefined, 'POST /pulls');

    expect(missing).toContain("POST /pulls → 201 body: must have required property 'head'");
    expect(missing).toContain("POST /pulls → 201 body: must have required property 'html_url'");
    expect(undeclared).toEqual(['POST /pulls → 409: pulls/create declares no 409 response']);
  });

  test('a wrong token is answered 401 Bad credentials', async () => {
    const stranger = createGitHubClient({ token: 'ghp_wrong', baseUrl: fake.url, timeScale: 0 });

    await expect(stranger.rest.repos.get({ owner: 'octo-org', repo: 'infra' })).rejects.toMatchObject({
      status: 401,
    });
    expect(fake.violations).toEqual([]);
  });
});

describe('the fake GitHub stores git objects under git ids', () => {
  test('blob, tree and commit ids are the ones git computes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-git-'));
    try {
      const git = (args: string[], input?: string) =>
        execFileSync('git', args, { cwd: dir, input, encoding: 'utf8' }).trim();
      git(['init', '--quiet']);
      const repo = fake.repository('octo-org', 'infra');
      const head = fake.branchHead('octo-org', 'infra', 'main') ?? '';
      const commit = repo.git.commits.get(head);
      if (commit === undefined) throw new Error('no initial commit');

      // A nested tree through the API, then the same through git.
      const blob = await client.rest.git.createBlob({
        owner: 'octo-org',
        repo: 'infra',
        content: 'ingress {}\n',
      });
      const tree = await client.rest.git.createTree({
        owner: 'octo-org',
        repo: 'infra',
        base_tree: commit.tree,
        tree: [{ path: 'modules/sg/main.tf', mode: '100644', type: 'blob', sha: blob.data.sha }],
      });

      expect(blob.data.sha).toBe(git(['hash-object', '-w', '--stdin'], 'ingress {}\n'));
      const initial = git(['hash-object', '-w', '--stdin'], '# empty\n');
      const sg = git(['mktree'], `100644 blob ${blob.data.sha}\tmain.tf\n`);
      const modules = git(['mktree'], `040000 tree ${sg}\tsg\n`);
      const root = git(['mktree'], `100644 blob ${initial}\tmain.tf\n040000 tree ${modules}\tmodules\n`);
      expect(tree.data.sha).toBe(root);

      const { author } = commit;
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: `${Date.parse(author.date) / 1000} +0000`,
        GIT_COMMITTER_NAME: commit.committer.name,
        GIT_COMMITTER_EMAIL: commit.committer.email,
        GIT_COMMITTER_DATE: `${Date.parse(commit.committer.date) / 1000} +0000`,
      };
      git(['mktree'], `100644 blob ${initial}\tmain.tf\n`);
      // The message through standard input, verbatim (`-m` would add a newline).
      const expected = execFileSync('git', ['commit-tree', commit.tree], {
        cwd: dir,
        env,
        input: commit.message,
        encoding: 'utf8',
      }).trim();
      expect(head).toBe(expected);
      expect(fake.violations).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
