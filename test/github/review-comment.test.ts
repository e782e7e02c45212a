import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { PULL_REQUEST_BODY_LIMIT } from '../../src/github/pull-request-body.js';
import {
  DEFAULT_OVERFLOW_NOTE,
  DEFAULT_REVIEW_MARKER,
  upsertReviewComment,
  type ReviewCommentOptions,
} from '../../src/github/review-comment.js';
import { ConfigurationError } from '../../src/errors.js';
import { FakeGitHub } from '../helpers/github-server/server.js';

const OWNER = 'octo-org';
const REPO = 'infra';
const MARKER = DEFAULT_REVIEW_MARKER;
const REVIEW =
  '## sg-flow-audit review\n\n| rule | finding |\n| --- | --- |\n| sg.tf:12 | would-block-traffic |';

let fake: FakeGitHub;
let client: GitHubClient;
let number: number;

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.addRepository({
    owner: OWNER,
    name: REPO,
    files: { 'sg.tf': 'resource "aws_security_group" "web" {}\n' },
  });
  fake.push(OWNER, REPO, 'open-ssh', { 'sg.tf': '# port 22 from anywhere\n' }, 'Open SSH');
  number = fake.addPullRequest(OWNER, REPO, {
    head: 'open-ssh',
    title: 'Open SSH',
    author: 'contributor',
  }).number;
  client = createGitHubClient({ token: fake.token, baseUrl: fake.url, timeScale: 0, warn: () => {} });
});

afterEach(async () => {
  await fake.stop();
});

function review(overrides: Partial<ReviewCommentOptions> = {}): ReviewCommentOptions {
  return { client, owner: OWNER, repo: REPO, number, body: REVIEW, ...overrides };
}

function comments() {
  return fake.repository(OWNER, REPO).comments;
}

function commentUrl(id: number): string {
  return `https://github.com/${OWNER}/${REPO}/pull/${number}#issuecomment-${id}`;
}

describe('upsertReviewComment', () => {
  test('no review comment yet: one is created, the marker on its first line', async () => {
    const result = await upsertReviewComment(review());

    expect(comments()).toHaveLength(1);
    const [comment] = comments();
    expect(result).toEqual({ operation: 'created', id: comment?.id, url: commentUrl(comment?.id ?? 0) });
    expect(comment?.body).toBe(`${MARKER}\n\n${REVIEW}`);
    expect(comment?.user.login).toBe('github-actions[bot]');
    expect(comment?.issueNumber).toBe(number);
    expect(fake.violations).toEqual([]);
  });

  test('the same review again: unchanged, and nothing is written', async () => {
    const first = await upsertReviewComment(review());

    const second = await upsertReviewComment(review());
    // A body that already starts with the marker is the same review.
    const third = await upsertReviewComment(review({ body: `${MARKER}\n${REVIEW}` }));

    expect(second).toEqual({ operation: 'unchanged', id: first.id, url: first.url });
    expect(third).toEqual(second);
    expect(fake.requestsOf('issues/update-comment')).toEqual([]);
    expect(fake.requestsOf('issues/create-comment')).toHaveLength(1);
    expect(comments()).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test('a comment edited in the web editor (CRLF line ends) but equal in text is unchanged', async () => {
    const first = await upsertReviewComment(review());
    const [comment] = comments();
    if (comment === undefined) throw new Error('no comment');
    comment.body = comment.body.replace(/\n/g, '\r\n');

    const second = await upsertReviewComment(review());

    expect(second).toEqual({ operation: 'unchanged', id: first.id, url: first.url });
    expect(fake.requestsOf('issues/update-comment')).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  test('a new review: the same comment is updated in place', async () => {
    const first = await upsertReviewComment(review());

    const second = await upsertReviewComment(review({ body: '## sg-flow-audit review\n\nNo rule change.' }));

    expect(second).toEqual({ operation: 'updated', id: first.id, url: first.url });
    expect(comments().map((c) => [c.id, c.body])).toEqual([
      [first.id, `${MARKER}\n\n## sg-flow-audit review\n\nNo rule change.`],
    ]);
    expect(fake.requestsOf('issues/update-comment').map((r) => [r.path, r.status])).toEqual([
      [`/repos/${OWNER}/${REPO}/issues/comments/${first.id}`, 200],
    ]);
    expect(fake.requestsOf('issues/create-comment')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test("other users' comments without the marker at the start are left alone", async () => {
    const lgtm = fake.addComment(OWNER, REPO, number, 'LGTM, but why port 22?', 'alice');
    const quote = fake.addComment(OWNER, REPO, number, `> ${MARKER}\n> the bot said this`, 'bob');

    const result = await upsertReviewComment(review());

    expect(result.operation).toBe('created');
    expect(comments().map((c) => [c.user.login, c.body, c.updatedAt])).toEqual([
      ['alice', 'LGTM, but why port 22?', undefined],
      ['bob', `> ${MARKER}\n> the bot said this`, undefined],
      ['github-actions[bot]', `${MARKER}\n\n${REVIEW}`, undefined],
    ]);
    expect(result.id).not.toBe(lgtm.id);
    expect(result.id).not.toBe(quote.id);
    expect(fake.requestsOf('issues/update-comment')).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  test('a read-only token (fork pull request): read-only, nothing written, no error', async () => {
    fake.makeTokenReadOnly();

    const result = await upsertReviewComment(review());

    expect(result).toEqual({ operation: 'read-only' });
    expect(comments()).toEqual([]);
    expect(fake.requestsOf('issues/create-comment').map((r) => r.status)).toEqual([403]);
    expect(fake.violations).toEqual([]);
  });

  test('a read-only token and an outdated review comment: read-only, the comment as it was', async () => {
    const old = fake.addComment(OWNER, REPO, number, `${MARKER}\n\nan older review`, 'github-actions[bot]');
    fake.makeTokenReadOnly();

    const outdated = await upsertReviewComment(review());
    const current = await upsertReviewComment(review({ body: 'an older review' }));

    expect(outdated).toEqual({ operation: 'read-only' });
    expect(fake.requestsOf('issues/update-comment').map((r) => r.status)).toEqual([403]);
    expect(comments().map((c) => [c.id, c.body, c.updatedAt])).toEqual([
      [old.id, `${MARKER}\n\nan older review`, undefined],
    ]);
    // A comment that is already current needs no write, so a read-only token is no obstacle.
    expect(current).toEqual({ operation: 'unchanged', id: old.id, url: commentUrl(old.id) });
    expect(fake.violations).toEqual([]);
  });

  test('a review longer than GitHub allows is cut with a note, accepted, and stable on the next run', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `| sg.tf:${i + 1} | 198.51.100.${i % 250}/32 would be blocked |`,
    );
    const long = `## sg-flow-audit review\n\n| line | finding |\n| --- | --- |\n${rows.join('\n')}`;
    expect(long.length).toBeGreaterThan(PULL_REQUEST_BODY_LIMIT);

    const first = await upsertReviewComment(review({ body: long }));
    const second = await upsertReviewComment(review({ body: long }));

    expect(first.operation).toBe('created');
    expect(second).toEqual({ operation: 'unchanged', id: first.id, url: first.url });
    const body = comments()[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(PULL_REQUEST_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(PULL_REQUEST_BODY_LIMIT - 200);
    expect(body.startsWith(`${MARKER}\n\n## sg-flow-audit review\n\n| line | finding |`)).toBe(true);
    expect(body.endsWith(`|\n\n${DEFAULT_OVERFLOW_NOTE}`)).toBe(true);
    // Cut after a whole table row: every kept row is one of the review's rows.
    const kept = body.split('\n').filter((line) => line.startsWith('| sg.tf:'));
    expect(kept).toEqual(rows.slice(0, kept.length));
    expect(fake.violations).toEqual([]);
  });

  test('the caller can say where the whole review is', async () => {
    const note = '> [!NOTE]\n> Cut; the whole review: https://github.com/octo-org/infra/actions/runs/42';

    await upsertReviewComment(review({ body: 'x\n'.repeat(PULL_REQUEST_BODY_LIMIT), overflowNote: note }));

    const body = comments()[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(PULL_REQUEST_BODY_LIMIT);
    expect(body.endsWith(`x\n\n${note}`)).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  test('the review comment on the third page of comments is found and updated', async () => {
    for (let i = 0; i < 230; i++) fake.addComment(OWNER, REPO, number, `comment ${i}`, 'alice');
    const marked = fake.addComment(OWNER, REPO, number, `${MARKER}\n\nold`, 'github-actions[bot]');

    const result = await upsertReviewComment(review());

    expect(result).toEqual({ operation: 'updated', id: marked.id, url: commentUrl(marked.id) });
    expect(fake.requestsOf('issues/list-comments')).toHaveLength(3);
    expect(fake.requestsOf('issues/create-comment')).toEqual([]);
    expect(comments()).toHaveLength(231);
    expect(fake.violations).toEqual([]);
  });

  test('a marked comment by another user is taken when it is the only one', async () => {
    const pasted = fake.addComment(OWNER, REPO, number, `${MARKER}\n\npasted by hand`, 'alice');

    const result = await upsertReviewComment(review());

    expect(result).toEqual({ operation: 'updated', id: pasted.id, url: commentUrl(pasted.id) });
    // One author: no need to ask GitHub whose token this is.
    expect(fake.requestsOf('users/get-authenticated')).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  test("several marked comments, an app's token: the bot's is updated, not an older one by a user", async () => {
    const pasted = fake.addComment(OWNER, REPO, number, `${MARKER}\n\npasted by hand`, 'alice');
    const bots = fake.addComment(OWNER, REPO, number, `${MARKER}\n\nold`, 'github-actions[bot]');

    const result = await upsertReviewComment(review());

    expect(result).toEqual({ operation: 'updated', id: bots.id, url: commentUrl(bots.id) });
    expect(comments().find((c) => c.id === pasted.id)?.body).toBe(`${MARKER}\n\npasted by hand`);
    // GitHub does not tell an app's token who it is: asked once, refused, and that is an answer.
    expect(fake.requestsOf('users/get-authenticated').map((r) => r.status)).toEqual([403]);
    expect(fake.violations).toEqual([]);
  });

  test("several marked comments, a user's token: that user's is updated", async () => {
    fake.actAsUser('sgfa-ci');
    fake.addComment(OWNER, REPO, number, `${MARKER}\n\nold, from GITHUB_TOKEN`, 'github-actions[bot]');
    const own = fake.addComment(OWNER, REPO, number, `${MARKER}\n\nold, from the CI user`, 'sgfa-ci');

    const result = await upsertReviewComment(review());

    expect(result).toEqual({ operation: 'updated', id: own.id, url: commentUrl(own.id) });
    expect(comments().map((c) => c.body)).toEqual([
      `${MARKER}\n\nold, from GITHUB_TOKEN`,
      `${MARKER}\n\n${REVIEW}`,
    ]);
    expect(fake.requestsOf('users/get-authenticated').map((r) => r.status)).toEqual([200]);
    expect(fake.violations).toEqual([]);
  });

  test('a login given by the caller decides without asking GitHub', async () => {
    fake.addComment(OWNER, REPO, number, `${MARKER}\n\nfrom GITHUB_TOKEN`, 'github-actions[bot]');
    const app = fake.addComment(OWNER, REPO, number, `${MARKER}\n\nfrom the app`, 'sgfa-app[bot]');

    const result = await upsertReviewComment(review({ login: 'SGFA-app[bot]' }));

    expect(result).toEqual({ operation: 'updated', id: app.id, url: commentUrl(app.id) });
    expect(fake.requestsOf('users/get-authenticated')).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  test('another marker is another comment', async () => {
    await upsertReviewComment(review());

    const other = await upsertReviewComment(review({ marker: '<!-- sg-flow-audit review: staging -->' }));

    expect(other.operation).toBe('created');
    expect(comments().map((c) => c.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- sg-flow-audit review: staging -->',
    ]);
    expect(fake.violations).toEqual([]);
  });

  test('a pull request that does not exist, or a bad token, is a one-line ConfigurationError', async () => {
    const missing = upsertReviewComment(review({ number: 99 }));
    await expect(missing).rejects.toThrow(ConfigurationError);
    await expect(missing).rejects.toThrow(
      /^GitHub refused to list the comments of octo-org\/infra#99 \(404: /,
    );

    const stranger = createGitHubClient({ token: 'ghp_wrong', baseUrl: fake.url, timeScale: 0 });
    const refused = upsertReviewComment(review({ client: stranger }));
    await expect(refused).rejects.toThrow(ConfigurationError);
    await expect(refused).rejects.toThrow(/\(401: Bad credentials.*pull-requests: write$/);

    expect(comments()).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});
