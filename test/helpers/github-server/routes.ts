/**
 * What the fake GitHub does for each operation it implements, keyed by the description's
 * operationId. Each handler gets a request that already matched the description and changes the
 * repository's state the way GitHub would, including the 422s GitHub answers when a client asks
 * for something impossible (a ref that exists, a non-fast-forward update, a second pull request
 * for one head).
 */
import {
  basicError,
  gitCommitBody,
  gitRefBody,
  gitTreeBody,
  issueCommentBody,
  labelsBody,
  pullRequestBody,
  repositoryBody,
  validationError,
  type Account,
  type PullRequest,
  type RepositoryState,
  type Urls,
} from './bodies.js';
import { GitStoreError, type TreeEdit } from './git-store.js';

/** An answer before it is checked and sent. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  repo: RepositoryState;
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** The JSON body, already checked against the description. */
  body: Record<string, unknown>;
  urls: Urls;
  /** The account the token belongs to. */
  actor: Account;
  now(): string;
  nextId(): number;
  /** A user account by login (reviewers). */
  account(login: string): Account;
}

type Route = (context: RouteContext) => Answer;

const notFound = (): Answer => ({ status: 404, body: basicError('Not Found', 404) });
const invalid = (message: string, resource?: string, field?: string): Answer => ({
  status: 422,
  body: validationError(message, resource, field),
});

function apiBase(context: RouteContext): string {
  return `${context.urls.api}/repos/${context.repo.owner.login}/${context.repo.name}`;
}

function created(context: RouteContext, body: Record<string, unknown>, path: string): Answer {
  return { status: 201, body, headers: { location: `${apiBase(context)}${path}` } };
}

/** Whether `ancestor` is reachable from `commit` through parents (a fast-forward). */
function descends(repo: RepositoryState, commit: string, ancestor: string): boolean {
  const queue = [commit];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift() as string;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.git.commits.get(sha)?.parents ?? []));
  }
  return false;
}

function pullByNumber(context: RouteContext, key: string): PullRequest | undefined {
  const number = Number(context.params[key]);
  return context.repo.pulls.find((pull) => pull.number === number);
}

function pullAnswer(context: RouteContext, pull: PullRequest, full: boolean, status = 200) {
  const body = pullRequestBody(context.urls, context.repo, pull, full, context.account);
  return status === 201 ? created(context, body, `/pulls/${pull.number}`) : { status, body };
}

function getRef(context: RouteContext): Answer {
  const ref = `refs/${context.params['ref']}`;
  if (!context.repo.refs.has(ref)) return notFound();
  return { status: 200, body: gitRefBody(context.urls, context.repo, ref) };
}

function createRef(context: RouteContext): Answer {
  const ref = String(context.body['ref']);
  const sha = String(context.body['sha']);
  if (!/^refs\/[^/]+\/.+/.test(ref)) return invalid(`${ref} is not a valid ref name.`);
  if (context.repo.refs.has(ref)) return invalid('Reference already exists');
  if (!context.repo.git.commits.has(sha)) return invalid('Object does not exist');
  context.repo.refs.set(ref, sha);
  return created(context, gitRefBody(context.urls, context.repo, ref), `/git/${ref}`);
}

function updateRef(context: RouteContext): Answer {
  const ref = `refs/${context.params['ref']}`;
  const sha = String(context.body['sha']);
  const current = context.repo.refs.get(ref);
  if (current === undefined) return invalid('Reference does not exist');
  if (!context.repo.git.commits.has(sha)) return invalid('Object does not exist');
  if (context.body['force'] !== true && !descends(context.repo, sha, current)) {
    return invalid('Update is not a fast forward');
  }
  context.repo.refs.set(ref, sha);
  return { status: 200, body: gitRefBody(context.urls, context.repo, ref) };
}

function deleteRef(context: RouteContext): Answer {
  const ref = `refs/${context.params['ref']}`;
  if (!context.repo.refs.has(ref)) return invalid('Reference does not exist');
  if (ref === `refs/heads/${context.repo.defaultBranch}`) {
    return invalid('Cannot delete the default branch');
  }
  context.repo.refs.delete(ref);
  return { status: 204 };
}

function createBlob(context: RouteContext): Answer {
  const encoding = String(context.body['encoding'] ?? 'utf-8');
  if (encoding !== 'utf-8' && encoding !== 'base64') {
    return invalid(`encoding ${encoding} is not supported`, 'Blob', 'encoding');
  }
  const content = Buffer.from(String(context.body['content']), encoding === 'base64' ? 'base64' : 'utf8');
  const sha = context.repo.git.putBlob(content);
  return created(context, { sha, url: `${apiBase(context)}/git/blobs/${sha}` }, `/git/blobs/${sha}`);
}

function createTree(context: RouteContext): Answer {
  const base = context.body['base_tree'];
  const sha = context.repo.git.applyTreeEdits(
    typeof base === 'string' ? base : undefined,
    context.body['tree'] as TreeEdit[],
  );
  return created(
    context,
    gitTreeBody(context.urls, context.repo, sha, context.repo.git),
    `/git/trees/${sha}`,
  );
}

function getTree(context: RouteContext): Answer {
  const sha = context.params['tree_sha'] ?? '';
  const git = context.repo.git;
  if (!git.trees.has(sha)) return notFound();
  const body = gitTreeBody(context.urls, context.repo, sha, git);
  if (context.query['recursive'] !== undefined) {
    const api = apiBase(context);
    body['tree'] = [...git.flatten(sha)].map(([path, entry]) => ({
      path,
      ...entry,
      size: git.blobs.get(entry.sha)?.length ?? 0,
      url: `${api}/git/blobs/${entry.sha}`,
    }));
  }
  return { status: 200, body };
}

function getCommit(context: RouteContext): Answer {
  const commit = context.repo.git.commits.get(context.params['commit_sha'] ?? '');
  if (commit === undefined) return notFound();
  return { status: 200, body: gitCommitBody(context.urls, context.repo, commit) };
}

function createCommit(context: RouteContext): Answer {
  const git = context.repo.git;
  const tree = String(context.body['tree']);
  const parents = (context.body['parents'] as string[] | undefined) ?? [];
  if (!git.trees.has(tree)) return invalid('Tree SHA does not exist');
  if (parents.some((parent) => !git.commits.has(parent))) {
    return invalid('Parent SHA does not exist or is not a commit object');
  }
  const date = context.now();
  const person = (value: unknown) => {
    const given = (value ?? {}) as { name?: string; email?: string; date?: string };
    return {
      name: given.name ?? context.actor.login,
      email: given.email ?? `${context.actor.id}+${context.actor.login}@users.noreply.github.com`,
      date: given.date ?? date,
    };
  };
  const author = person(context.body['author']);
  const commit = git.putCommit({
    tree,
    parents,
    author,
    committer: context.body['committer'] === undefined ? author : person(context.body['committer']),
    message: String(context.body['message']),
  });
  return created(context, gitCommitBody(context.urls, context.repo, commit), `/git/commits/${commit.sha}`);
}

function listPulls(context: RouteContext): Answer {
  const state = String(context.query['state'] ?? 'open');
  const head = context.query['head'] as string | undefined;
  const base = context.query['base'] as string | undefined;
  const perPage = Number(context.query['per_page'] ?? 30);
  const page = Number(context.query['page'] ?? 1);
  const matching = context.repo.pulls
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => head === undefined || head === `${context.repo.owner.login}:${pull.head}`)
    .filter((pull) => base === undefined || base === pull.base)
    .sort((a, b) => b.number - a.number)
    .slice((page - 1) * perPage, page * perPage);
  return {
    status: 200,
    body: matching.map((pull) => pullRequestBody(context.urls, context.repo, pull, false, context.account)),
  };
}

function createPull(context: RouteContext): Answer {
  const repo = context.repo;
  const head = String(context.body['head']).replace(`${repo.owner.login}:`, '');
  const base = String(context.body['base']);
  if (typeof context.body['title'] !== 'string') return invalid('title is missing', 'PullRequest', 'title');
  const headSha = repo.refs.get(`refs/heads/${head}`);
  const baseSha = repo.refs.get(`refs/heads/${base}`);
  if (headSha === undefined) return invalid('invalid', 'PullRequest', 'head');
  if (baseSha === undefined) return invalid('invalid', 'PullRequest', 'base');
  if (headSha === baseSha || descends(repo, baseSha, headSha)) {
    return invalid(`No commits between ${base} and ${head}`, 'PullRequest');
  }
  if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
    return invalid(`A pull request already exists for ${repo.owner.login}:${head}.`, 'PullRequest');
  }
  const now = context.now();
  const pull: PullRequest = {
    id: context.nextId(),
    number: repo.nextNumber++,
    state: 'open',
    title: context.body['title'],
    body:
      typeof context.body['body'] === 'string' && context.body['body'] !== '' ? context.body['body'] : null,
    head,
    base,
    user: context.actor,
    labels: [],
    requestedReviewers: [],
    requestedTeams: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  repo.pulls.push(pull);
  return pullAnswer(context, pull, true, 201);
}

function updatePull(context: RouteContext): Answer {
  const pull = pullByNumber(context, 'pull_number');
  if (pull === undefined) return notFound();
  const { title, body, state, base } = context.body as Record<string, string | undefined>;
  if (base !== undefined && !context.repo.refs.has(`refs/heads/${base}`)) {
    return invalid('Proposed base branch was not found', 'PullRequest', 'base');
  }
  if (title !== undefined) pull.title = title;
  if (body !== undefined) pull.body = body === '' ? null : body;
  if (base !== undefined) pull.base = base;
  if (state !== undefined && state !== pull.state) {
    pull.state = state === 'closed' ? 'closed' : 'open';
    pull.closedAt = state === 'closed' ? context.now() : null;
  }
  pull.updatedAt = context.now();
  return pullAnswer(context, pull, true);
}

function createComment(context: RouteContext): Answer {
  const number = Number(context.params['issue_number']);
  if (!context.repo.pulls.some((pull) => pull.number === number)) return notFound();
  const comment = {
    id: context.nextId(),
    issueNumber: number,
    body: String(context.body['body']),
    user: context.actor,
    createdAt: context.now(),
  };
  context.repo.comments.push(comment);
  return created(
    context,
    issueCommentBody(context.urls, context.repo, comment),
    `/issues/comments/${comment.id}`,
  );
}

/** GitHub answers at most this many items per page, whatever `per_page` asks. */
const MAX_PER_PAGE = 100;

/**
 * The `link` header of one page of a list, as GitHub writes it (prev, next, last, first), or
 * undefined when everything fits on the first page.
 */
function pageLinks(url: string, query: URLSearchParams, page: number, last: number): string | undefined {
  const to = (target: number) => {
    const params = new URLSearchParams(query);
    params.set('page', String(target));
    return `<${url}?${params.toString()}>`;
  };
  const links = [
    ...(page > 1 ? [`${to(page - 1)}; rel="prev"`] : []),
    ...(page < last ? [`${to(page + 1)}; rel="next"`, `${to(last)}; rel="last"`] : []),
    ...(page > 1 ? [`${to(1)}; rel="first"`] : []),
  ];
  return links.length === 0 ? undefined : links.join(', ');
}

function listComments(context: RouteContext): Answer {
  const number = Number(context.params['issue_number']);
  if (!context.repo.pulls.some((pull) => pull.number === number)) return notFound();
  const since = context.query['since'] as string | undefined;
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(context.query['per_page'] ?? 30)));
  const page = Math.max(1, Number(context.query['page'] ?? 1));
  // Oldest first, as GitHub lists an issue's comments.
  const comments = context.repo.comments
    .filter((comment) => comment.issueNumber === number)
    .filter(
      (comment) =>
        since === undefined || Date.parse(comment.updatedAt ?? comment.createdAt) >= Date.parse(since),
    )
    .sort((a, b) => a.id - b.id);
  const query = new URLSearchParams({
    ...(since !== undefined ? { since } : {}),
    per_page: String(perPage),
  });
  const link = pageLinks(
    `${apiBase(context)}/issues/${number}/comments`,
    query,
    page,
    Math.max(1, Math.ceil(comments.length / perPage)),
  );
  return {
    status: 200,
    body: comments
      .slice((page - 1) * perPage, page * perPage)
      .map((comment) => issueCommentBody(context.urls, context.repo, comment)),
    ...(link !== undefined ? { headers: { link } } : {}),
  };
}

function updateComment(context: RouteContext): Answer {
  const id = Number(context.params['comment_id']);
  const comment = context.repo.comments.find((candidate) => candidate.id === id);
  if (comment === undefined) return notFound();
  comment.body = String(context.body['body']);
  comment.updatedAt = context.now();
  return { status: 200, body: issueCommentBody(context.urls, context.repo, comment) };
}

function addLabels(context: RouteContext): Answer {
  const pull = pullByNumber(context, 'issue_number');
  if (pull === undefined) return notFound();
  const names = (context.body['labels'] as (string | { name: string })[]).map((label) =>
    typeof label === 'string' ? label : label.name,
  );
  for (const name of names) {
    // GitHub creates a label that the repository does not have yet.
    let label = context.repo.labels.get(name.toLowerCase());
    if (label === undefined) {
      label = { id: context.nextId(), name, description: '', color: 'ededed' };
      context.repo.labels.set(name.toLowerCase(), label);
    }
    if (!pull.labels.includes(label)) pull.labels.push(label);
  }
  return { status: 200, body: labelsBody(context.urls, context.repo, pull.labels) };
}

function requestReviewers(context: RouteContext): Answer {
  const pull = pullByNumber(context, 'pull_number');
  if (pull === undefined) return notFound();
  const reviewers = (context.body['reviewers'] as string[] | undefined) ?? [];
  const teams = (context.body['team_reviewers'] as string[] | undefined) ?? [];
  if (reviewers.some((login) => login.toLowerCase() === pull.user.login.toLowerCase())) {
    return invalid('Review cannot be requested from pull request author.', 'PullRequest');
  }
  for (const login of reviewers)
    if (!pull.requestedReviewers.includes(login)) pull.requestedReviewers.push(login);
  for (const slug of teams) if (!pull.requestedTeams.includes(slug)) pull.requestedTeams.push(slug);
  return pullAnswer(context, pull, false, 201);
}

/** The implemented operations, by operationId. */
export const ROUTES: Record<string, Route> = {
  'repos/get': (context) => ({
    status: 200,
    body: repositoryBody(context.urls, context.repo, true),
  }),
  'git/get-ref': getRef,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'git/create-blob': createBlob,
  'git/create-tree': createTree,
  'git/get-tree': getTree,
  'git/get-commit': getCommit,
  'git/create-commit': createCommit,
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/update': updatePull,
  'pulls/get': (context) => {
    const pull = pullByNumber(context, 'pull_number');
    return pull === undefined ? notFound() : pullAnswer(context, pull, true);
  },
  'issues/create-comment': createComment,
  'issues/list-comments': listComments,
  'issues/update-comment': updateComment,
  'issues/add-labels': addLabels,
  'pulls/request-reviewers': requestReviewers,
};

/** Runs a route, turning the git store's refusals into GitHub's answers. */
export function runRoute(route: Route, context: RouteContext): Answer {
  try {
    return route(context);
  } catch (error) {
    if (error instanceof GitStoreError) {
      return error.status === 404
        ? { status: 404, body: basicError(error.message, 404) }
        : invalid(error.message, 'Tree');
    }
    throw error;
  }
}
