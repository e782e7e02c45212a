/**
 * The review's one comment on a pull request, kept current: found again on every run by the
 * hidden marker its body starts with, edited when the review changed, left alone when it did not
 * (no edit, no notification), created when there is none yet. A token that may not write (the
 * read-only GITHUB_TOKEN of a pull request from a fork) is not an error: the review still goes
 * to the job summary, so the caller is told `read-only` and carries on.
 */
import { errorMessage } from '../errors.js';
import type { GitHubClient } from './client.js';
import { gitHubStep, httpStatus } from './step.js';
import { fitMarkdownBody, PULL_REQUEST_BODY_LIMIT } from './pull-request-body.js';

/** The hidden first line that marks the review comment. */
export const DEFAULT_REVIEW_MARKER = '<!-- sg-flow-audit review -->';

/** What ends a comment cut to GitHub's limit unless the caller says where the full review is. */
export const DEFAULT_OVERFLOW_NOTE =
  `> [!NOTE]\n> This comment is cut to fit GitHub's limit of ` +
  `${PULL_REQUEST_BODY_LIMIT.toLocaleString('en-US')} characters. The whole review is in the job ` +
  `summary of the workflow run that wrote it.`;

export interface ReviewCommentOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request's number. */
  number: number;
  /** The review in Markdown; the marker is put in front of it and the whole fitted to the limit. */
  body: string;
  /** Default `<!-- sg-flow-audit review -->`; two reviews of one pull request need two markers. */
  marker?: string | undefined;
  /**
   * The login the token writes as, when the caller knows it (an app's `<slug>[bot]`). Otherwise
   * it is asked of GitHub, and only when several marked comments have different authors.
   */
  login?: string | undefined;
  /** Markdown ending a cut comment, e.g. with a link to the run; default DEFAULT_OVERFLOW_NOTE. */
  overflowNote?: string | undefined;
}

export type ReviewCommentOperation = 'created' | 'updated' | 'unchanged' | 'read-only';

/** What was done; id and url name the comment written or found current. */
export interface ReviewCommentResult {
  operation: ReviewCommentOperation;
  id?: number;
  url?: string;
}

interface ListedComment {
  id: number;
  html_url: string;
  body?: string | undefined;
  user: { login: string; type: string } | null;
}

/** Whose token this is, as far as GitHub says. */
interface TokenAccount {
  login?: string;
  /** An app's installation token (GITHUB_TOKEN included): it writes as a bot. */
  installation: boolean;
}

/** Thrown by `step` when GitHub refuses an app's token a call: the token is read-only here. */
class ReadOnlyToken extends Error {}

const HINTS = {
  notFound: 'check the repository name and the pull request number, and that the token can see them',
  forbidden: 'the token needs the permission pull-requests: write',
};

const status = httpStatus;

/**
 * GitHub's refusal of an app's token (GITHUB_TOKEN included) that lacks a permission. A pull
 * request from a fork always gets a read-only GITHUB_TOKEN, so this is expected there and not a
 * mistake to report. Other 403s (a personal token without the scope) stay configuration errors.
 */
function isIntegrationRefusal(error: unknown): boolean {
  return status(error) === 403 && /Resource not accessible by integration/i.test(errorMessage(error));
}

/**
 * Runs one call to GitHub. An app token's refusal becomes ReadOnlyToken; other refusals the user
 * fixes (a token without the permission, a repository or pull request it cannot see) become a
 * ConfigurationError naming the step, as in pull-request.ts; anything else is rethrown as is.
 */
function step<T>(what: string, call: () => Promise<T>): Promise<T> {
  return gitHubStep(what, HINTS, async () => {
    try {
      return await call();
    } catch (error) {
      // Before gitHubStep sees it: this 403 is a fork's token, not a mistake to report.
      if (isIntegrationRefusal(error)) throw new ReadOnlyToken(errorMessage(error));
      throw error;
    }
  });
}

/** The comment's text: the marker, a blank line, the review, cut to GitHub's limit. */
export function reviewCommentBody(body: string, marker: string, overflowNote: string): string {
  // A body that already carries the marker gets it once, so that both forms compare equal.
  const review = body.startsWith(marker) ? body.slice(marker.length).replace(/^(\r?\n)+/, '') : body;
  const sections = review === '' ? [marker] : [marker, review];
  return fitMarkdownBody(sections, PULL_REQUEST_BODY_LIMIT, overflowNote);
}

/** GitHub keeps what the web editor sends with CRLF; a body edited there is still the same text. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

/** The token's account: given, or `GET /user`, which an app's token may not call. */
async function tokenAccount(client: GitHubClient, login: string | undefined): Promise<TokenAccount> {
  if (login !== undefined) return { login, installation: false };
  try {
    return { login: (await client.rest.users.getAuthenticated()).data.login, installation: false };
  } catch (error) {
    if (isIntegrationRefusal(error)) return { installation: true };
    // The account only breaks a tie between marked comments; not knowing it is no reason to fail.
    return { installation: false };
  }
}

/**
 * The marked comment to keep current: the token's own when several carry the marker (a
 * token of an app, whose login GitHub does not tell it, prefers a bot's), else the oldest.
 */
async function chooseComment(
  client: GitHubClient,
  marked: readonly ListedComment[],
  login: string | undefined,
): Promise<ListedComment | undefined> {
  const authors = new Set(marked.map((comment) => comment.user?.login.toLowerCase()));
  if (authors.size <= 1) return marked[0];
  const own = await tokenAccount(client, login);
  const rank = (comment: ListedComment): number => {
    const author = comment.user;
    if (own.login !== undefined && author?.login.toLowerCase() === own.login.toLowerCase()) return 0;
    if (own.installation && author?.type === 'Bot') return 1;
    return 2;
  };
  // Listed oldest first; a stable sort keeps the oldest first within a rank.
  return [...marked].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Creates, updates or leaves the review comment of pull request `number` so that it reads
 * `body` (after the marker, fitted to 65,536 characters). Returns `read-only`, without throwing,
 * when GitHub refuses the token with "Resource not accessible by integration" (a fork's pull
 * request); other refusals are ConfigurationErrors.
 */
export async function upsertReviewComment(options: ReviewCommentOptions): Promise<ReviewCommentResult> {
  const { client, number } = options;
  const marker = options.marker ?? DEFAULT_REVIEW_MARKER;
  if (marker.trim() === '') throw new Error('the review comment marker must not be blank');
  const where = { owner: options.owner, repo: options.repo, issue_number: number };
  const text = reviewCommentBody(options.body, marker, options.overflowNote ?? DEFAULT_OVERFLOW_NOTE);
  const full = `${options.owner}/${options.repo}#${number}`;

  try {
    const comments: ListedComment[] = await step(`list the comments of ${full}`, () =>
      client.paginate(client.rest.issues.listComments, { ...where, per_page: 100 }),
    );
    const marked = comments.filter((comment) => comment.body?.startsWith(marker) === true);
    const current = await chooseComment(client, marked, options.login);

    if (current === undefined) {
      const made = await step(`comment on ${full}`, () =>
        client.rest.issues.createComment({ ...where, body: text }),
      );
      return { operation: 'created', id: made.data.id, url: made.data.html_url };
    }
    if (sameText(current.body ?? '', text)) {
      return { operation: 'unchanged', id: current.id, url: current.html_url };
    }
    const edited = await step(`update the review comment on ${full}`, () =>
      client.rest.issues.updateComment({
        owner: options.owner,
        repo: options.repo,
        comment_id: current.id,
        body: text,
      }),
    );
    return { operation: 'updated', id: edited.data.id, url: edited.data.html_url };
  } catch (error) {
    if (error instanceof ReadOnlyToken) return { operation: 'read-only' };
    throw error;
  }
}
