/**
 * A fake of GitHub's REST API on 127.0.0.1 that keeps state (git objects, branches, pull
 * requests, comments, labels, review requests) and checks every request it receives and every
 * answer it sends against GitHub's published OpenAPI description. Whatever does not match is
 * recorded in `violations`, which every test asserts to be empty, and the request is answered the
 * way GitHub answers a bad request (422) so that the client fails too.
 *
 * It can also answer the next requests with a rate limit, primary (403 with
 * `x-ratelimit-remaining: 0` and `x-ratelimit-reset`) or secondary (429 with `retry-after`),
 * to test that a client waits and retries.
 *
 * Its token acts as GitHub Actions' `github-actions[bot]` unless a test makes it a user's personal
 * token (`actAsUser`), and can be made read-only (`makeTokenReadOnly`), as the GITHUB_TOKEN of a
 * pull request from a fork is.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  authenticatedUserBody,
  basicError,
  validationError,
  type Account,
  type IssueComment,
  type PullRequest,
  type RepositoryState,
  type Urls,
} from './bodies.js';
import { GitStore } from './git-store.js';
import { gitHubDescription, type Operation } from './openapi.js';
import { ROUTES, runRoute, type Answer } from './routes.js';

/** One request as the fake saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
}

/** A repository to start with: one commit with these files on the default branch. */
export interface RepositorySeed {
  owner: string;
  name: string;
  defaultBranch?: string;
  files: Record<string, string>;
}

export type RateLimitKind = 'primary' | 'secondary';

/** An answer queued for the next request: a rate limit, or a server error (502). */
type PendingFailure = { kind: RateLimitKind; seconds: number } | { kind: 'server-error' };

/** The account a GITHUB_TOKEN acts as. */
const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** What GitHub answers when an app's token (GITHUB_TOKEN included) lacks the permission. */
const INTEGRATION_REFUSAL: Answer = {
  status: 403,
  body: basicError('Resource not accessible by integration', 403),
};

function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class FakeGitHub {
  /** Everything that did not match GitHub's description, requests and answers alike. */
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  url = '';
  private readonly repositories = new Map<string, RepositoryState>();
  private readonly accounts = new Map<string, Account>([[ACTIONS_BOT.login.toLowerCase(), ACTIONS_BOT]]);
  private readonly failures: PendingFailure[] = [];
  private readonly description = gitHubDescription();
  private server: Server | undefined;
  private lastId = 1000;
  /** The account the token acts as. */
  private actor: Account = ACTIONS_BOT;
  private readOnly = false;

  private constructor(readonly token: string) {}

  /** Starts a fake on a free port of 127.0.0.1 that accepts `token`. */
  static async start(token = 'ghs_fake-installation-token'): Promise<FakeGitHub> {
    const fake = new FakeGitHub(token);
    const server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    fake.server = server;
    return fake;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private get urls(): Urls {
    return { api: this.url, html: 'https://github.com' };
  }

  private nextId(): number {
    return ++this.lastId;
  }

  private account(login: string, type: Account['type'] = 'User'): Account {
    let account = this.accounts.get(login.toLowerCase());
    if (account === undefined) {
      account = { login, id: this.nextId(), type };
      this.accounts.set(login.toLowerCase(), account);
    }
    return account;
  }

  /** Creates a repository whose default branch holds one commit of `files`. */
  addRepository(seed: RepositorySeed): RepositoryState {
    const defaultBranch = seed.defaultBranch ?? 'main';
    const repo: RepositoryState = {
      id: this.nextId(),
      owner: this.account(seed.owner, 'Organization'),
      name: seed.name,
      defaultBranch,
      createdAt: timestamp(),
      git: new GitStore(),
      refs: new Map(),
      pulls: [],
      comments: [],
      labels: new Map(),
      nextNumber: 1,
    };
    this.repositories.set(`${seed.owner}/${seed.name}`.toLowerCase(), repo);
    this.push(seed.owner, seed.name, defaultBranch, seed.files, 'Initial commit');
    return repo;
  }

  repository(owner: string, name: string): RepositoryState {
    const repo = this.repositories.get(`${owner}/${name}`.toLowerCase());
    if (repo === undefined) throw new Error(`no repository ${owner}/${name}`);
    return repo;
  }

  /**
   * A push by someone else: a commit on `branch` (created from the default branch when absent)
   * that writes or, with null, deletes files. Returns the new commit's id.
   */
  push(
    owner: string,
    name: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
  ): string {
    const repo = this.repository(owner, name);
    const parent = repo.refs.get(`refs/heads/${branch}`) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    const base = parent === undefined ? undefined : repo.git.commits.get(parent)?.tree;
    const tree = repo.git.applyTreeEdits(
      base,
      Object.entries(files).map(([path, content]) =>
        content === null
          ? { path, mode: '100644', type: 'blob', sha: null }
          : { path, mode: '100644', type: 'blob', content },
      ),
    );
    const person = { name: 'Octo Cat', email: 'octocat@example.com', date: timestamp() };
    const commit = repo.git.putCommit({
      tree,
      parents: parent === undefined ? [] : [parent],
      author: person,
      committer: person,
      message,
    });
    repo.refs.set(`refs/heads/${branch}`, commit.sha);
    return commit.sha;
  }

  /** The commit a branch points at, or undefined when the branch does not exist. */
  branchHead(owner: string, name: string, branch: string): string | undefined {
    return this.repository(owner, name).refs.get(`refs/heads/${branch}`);
  }

  /** The files of a branch's head commit, by path. */
  filesOn(owner: string, name: string, branch: string): Record<string, string> {
    const head = this.branchHead(owner, name, branch);
    if (head === undefined) throw new Error(`no branch ${branch}`);
    return this.repository(owner, name).git.readFiles(head);
  }

  /**
   * Makes the token a personal access token of `login`: what it writes is written by that user,
   * and `GET /user` answers with the account (an app's token is refused there).
   */
  actAsUser(login: string): Account {
    this.actor = this.account(login, 'User');
    return this.actor;
  }

  /**
   * Makes the token read-only, as GitHub does with the GITHUB_TOKEN of a workflow run for a pull
   * request from a fork: reads are answered, every write is refused with 403 "Resource not
   * accessible by integration".
   */
  makeTokenReadOnly(): void {
    this.readOnly = true;
  }

  /** A pull request opened by `author` (someone else) from the existing branch `head`. */
  addPullRequest(
    owner: string,
    name: string,
    seed: { head: string; base?: string; title: string; author: string; body?: string },
  ): PullRequest {
    const repo = this.repository(owner, name);
    if (!repo.refs.has(`refs/heads/${seed.head}`)) throw new Error(`no branch ${seed.head}`);
    const now = timestamp();
    const pull: PullRequest = {
      id: this.nextId(),
      number: repo.nextNumber++,
      state: 'open',
      title: seed.title,
      body: seed.body ?? null,
      head: seed.head,
      base: seed.base ?? repo.defaultBranch,
      user: this.account(seed.author),
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    repo.pulls.push(pull);
    return pull;
  }

  /** A comment written by `login` (a bot when the login ends in `[bot]`) on an issue or pull request. */
  addComment(owner: string, name: string, issueNumber: number, body: string, login: string): IssueComment {
    const comment: IssueComment = {
      id: this.nextId(),
      issueNumber,
      body,
      user: this.account(login, /\[bot\]$/.test(login) ? 'Bot' : 'User'),
      createdAt: timestamp(),
    };
    this.repository(owner, name).comments.push(comment);
    return comment;
  }

  /** Answers the next `count` requests with a rate limit of `kind`, lifted after `seconds`. */
  rateLimitNext(count: number, kind: RateLimitKind, seconds = 60): void {
    for (let i = 0; i < count; i++) this.failures.push({ kind, seconds });
  }

  /** Answers the next `count` requests with 502 Bad Gateway, as GitHub's front end does at times. */
  failNext(count: number): void {
    for (let i = 0; i < count; i++) this.failures.push({ kind: 'server-error' });
  }

  /** Requests whose operation is `operationId`, in order. */
  requestsOf(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const checked = this.description.checkRequest({
      method,
      path: url.pathname,
      query: url.searchParams,
      contentType: req.headers['content-type'],
      body: Buffer.concat(chunks).toString('utf8'),
    });
    this.violations.push(...checked.violations);
    const where = `${method} ${url.pathname}`;
    const operation = checked.operation;
    const send = (answer: Answer, generic?: 'basic-error' | 'validation-error') => {
      this.respond(res, answer, where, operation, generic);
      this.requests.push({
        method,
        path: url.pathname,
        operationId: operation?.operationId,
        status: answer.status,
      });
    };

    if (operation === undefined)
      return send({ status: 404, body: basicError('Not Found', 404) }, 'basic-error');
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (auth !== this.token) {
      return send({ status: 401, body: basicError('Bad credentials', 401) }, 'basic-error');
    }
    const failure = this.failures.shift();
    if (failure !== undefined) return send(this.failureAnswer(failure), 'basic-error');
    if (checked.violations.length > 0) {
      return send({ status: 422, body: validationError(checked.violations.join('; ')) }, 'validation-error');
    }
    if (operation.operationId === 'users/get-authenticated') {
      // An app's installation token (GITHUB_TOKEN too) has no user behind it.
      return this.actor.type === 'Bot'
        ? send(INTEGRATION_REFUSAL, 'basic-error')
        : send({ status: 200, body: authenticatedUserBody(this.urls, this.actor, timestamp()) });
    }
    if (this.readOnly && method !== 'GET') return send(INTEGRATION_REFUSAL, 'basic-error');
    const route = ROUTES[operation.operationId];
    if (route === undefined) {
      this.violations.push(`${where}: ${operation.operationId} is not implemented by the fake`);
      return send({ status: 404, body: basicError('Not Found', 404) }, 'basic-error');
    }
    const repo = this.repositories.get(
      `${checked.pathParams['owner']}/${checked.pathParams['repo']}`.toLowerCase(),
    );
    if (repo === undefined) return send({ status: 404, body: basicError('Not Found', 404) }, 'basic-error');
    send(
      runRoute(route, {
        repo,
        params: checked.pathParams,
        query: checked.query,
        body: (checked.body ?? {}) as Record<string, unknown>,
        urls: this.urls,
        actor: this.actor,
        now: timestamp,
        nextId: () => this.nextId(),
        account: (login) => this.account(login),
      }),
    );
  }

  private failureAnswer(limit: PendingFailure): Answer {
    if (limit.kind === 'server-error') {
      return { status: 502, body: basicError('Server Error', 502) };
    }
    if (limit.kind === 'secondary') {
      return {
        status: 429,
        headers: { 'retry-after': String(limit.seconds) },
        body: basicError(
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          429,
          '/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        ),
      };
    }
    const reset = Math.floor(Date.now() / 1000) + limit.seconds;
    return {
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-used': '5000',
      },
      body: basicError(
        'API rate limit exceeded for installation ID 1.',
        403,
        '/using-the-rest-api/rate-limits-for-the-rest-api',
      ),
    };
  }

  private respond(
    res: ServerResponse,
    answer: Answer,
    where: string,
    operation: Operation | undefined,
    generic: 'basic-error' | 'validation-error' | undefined,
  ): void {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    // The answer is checked as the client will parse it, not as the object that was built.
    const parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (operation !== undefined) {
      this.violations.push(
        ...this.description.checkResponse(operation, answer.status, parsed, where, generic),
      );
    }
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    res.writeHead(answer.status, {
      ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `FAKE:${this.requests.length + 1}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': reset,
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...answer.headers,
    });
    res.end(text);
  }
}
