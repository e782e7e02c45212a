/**
 * The JSON bodies the fake GitHub answers with, built from its state with every field the
 * description requires, in the shapes and URL patterns api.github.com uses. The server checks
 * each of them against the description before sending it, so a missing field fails a test.
 */
import type { CommitObject, GitStore, TreeEntry } from './git-store.js';

/** Where the fake lives: `api` is the server's own URL; `html` is the web URL of pages. */
export interface Urls {
  api: string;
  html: string;
}

/** An account (user, bot or organization). */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface Label {
  id: number;
  name: string;
  description: string;
  color: string;
}

export interface PullRequest {
  id: number;
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  head: string;
  base: string;
  user: Account;
  labels: Label[];
  requestedReviewers: string[];
  requestedTeams: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  createdAt: string;
  /** Set when the comment was edited; absent, it is createdAt. */
  updatedAt?: string;
}

/** Everything the fake keeps about one repository. */
export interface RepositoryState {
  id: number;
  owner: Account;
  name: string;
  defaultBranch: string;
  createdAt: string;
  git: GitStore;
  /** `refs/heads/…` → commit id. */
  refs: Map<string, string>;
  pulls: PullRequest[];
  comments: IssueComment[];
  labels: Map<string, Label>;
  /** Issues and pull requests share one sequence of numbers. */
  nextNumber: number;
}

type Json = Record<string, unknown>;

/** Node ids are opaque base64 strings on GitHub; these are stable and look alike. */
function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

export function accountBody(urls: Urls, account: Account): Json {
  const user = `${urls.api}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: user,
    html_url: `${urls.html}/${encodeURIComponent(account.login)}`,
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: account.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

/** The `repository` schema (a pull request's head and base repo); `full` adds full-repository. */
export function repositoryBody(urls: Urls, repo: RepositoryState, full = false): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const api = `${urls.api}/repos/${fullName}`;
  const html = `${urls.html}/${fullName}`;
  const body: Json = {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: fullName,
    owner: accountBody(urls, repo.owner),
    private: true,
    html_url: html,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'HCL',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues_count: repo.pulls.filter((pull) => pull.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: false,
    license: null,
    forks: 0,
    open_issues: repo.pulls.filter((pull) => pull.state === 'open').length,
    watchers: 0,
  };
  if (full) {
    body['subscribers_count'] = 0;
    body['network_count'] = 0;
  }
  return body;
}

function labelBody(urls: Urls, repo: RepositoryState, label: Label): Json {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${urls.api}/repos/${repo.owner.login}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    // A string, not null: pull-request-simple's labels do not allow null.
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function labelsBody(urls: Urls, repo: RepositoryState, labels: Label[]): Json[] {
  return labels.map((label) => labelBody(urls, repo, label));
}

function teamBody(urls: Urls, repo: RepositoryState, slug: string): Json {
  const id = [...slug].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7) % 1_000_000;
  const org = repo.owner.login;
  return {
    id,
    node_id: nodeId('Team', id),
    url: `${urls.api}/organizations/${repo.owner.id}/team/${id}`,
    members_url: `${urls.api}/organizations/${repo.owner.id}/team/${id}/members{/member}`,
    name: slug,
    description: null,
    permission: 'pull',
    html_url: `${urls.html}/orgs/${org}/teams/${slug}`,
    repositories_url: `${urls.api}/organizations/${repo.owner.id}/team/${id}/repos`,
    slug,
    type: 'organization',
    // pull-request-simple lists review teams as `team`, which requires the parent team.
    parent: null,
  };
}

/** `pull-request-simple` (lists, review requests), or `pull-request` with `full`. */
export function pullRequestBody(
  urls: Urls,
  repo: RepositoryState,
  pull: PullRequest,
  full: boolean,
  reviewer: (login: string) => Account,
): Json {
  const api = `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
  const html = `${urls.html}/${repo.owner.login}/${repo.name}/pull/${pull.number}`;
  const side = (branch: string) => ({
    label: `${repo.owner.login}:${branch}`,
    ref: branch,
    sha: repo.refs.get(`refs/heads/${branch}`) ?? '0'.repeat(40),
    user: accountBody(urls, repo.owner),
    repo: repositoryBody(urls, repo),
  });
  const link = (href: string) => ({ href });
  const body: Json = {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${side(pull.head).sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: accountBody(urls, pull.user),
    body: pull.body,
    labels: labelsBody(urls, repo, pull.labels),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.requestedReviewers.map((login) => accountBody(urls, reviewer(login))),
    requested_teams: pull.requestedTeams.map((slug) => teamBody(urls, repo, slug)),
    head: side(pull.head),
    base: side(pull.base),
    _links: {
      self: link(`${api}/pulls/${pull.number}`),
      html: link(html),
      issue: link(`${api}/issues/${pull.number}`),
      comments: link(`${api}/issues/${pull.number}/comments`),
      review_comments: link(`${api}/pulls/${pull.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${pull.number}/commits`),
      statuses: link(`${api}/statuses/${side(pull.head).sha}`),
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: false,
  };
  if (full) {
    Object.assign(body, {
      merged: false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: repo.comments.filter((c) => c.issueNumber === pull.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    });
  }
  return body;
}

export function gitRefBody(urls: Urls, repo: RepositoryState, ref: string): Json {
  const api = `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
  const sha = repo.refs.get(ref) ?? '';
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${api}/git/${ref.split('/').map(encodeURIComponent).join('/')}`,
    object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
  };
}

export function gitCommitBody(urls: Urls, repo: RepositoryState, commit: CommitObject): Json {
  const api = `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
  const html = `${urls.html}/${repo.owner.login}/${repo.name}`;
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${html}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

export function gitTreeBody(urls: Urls, repo: RepositoryState, sha: string, git: GitStore): Json {
  const api = `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
  const entry = (item: TreeEntry): Json => ({
    path: item.name,
    mode: item.mode,
    type: item.type,
    sha: item.sha,
    ...(item.type === 'blob'
      ? { size: git.blobs.get(item.sha)?.length ?? 0, url: `${api}/git/blobs/${item.sha}` }
      : item.type === 'tree'
        ? { url: `${api}/git/trees/${item.sha}` }
        : {}),
  });
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: (git.trees.get(sha) ?? []).map(entry),
    truncated: false,
  };
}

export function issueCommentBody(urls: Urls, repo: RepositoryState, comment: IssueComment): Json {
  const api = `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${urls.html}/${repo.owner.login}/${repo.name}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: accountBody(urls, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt ?? comment.createdAt,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    author_association: 'NONE',
  };
}

/**
 * `private-user`, what `GET /user` answers to a personal access token: the account's own view,
 * with the private counts that make it match private-user and not public-user.
 */
export function authenticatedUserBody(urls: Urls, account: Account, since: string): Json {
  return {
    ...accountBody(urls, account),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: since,
    updated_at: since,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

const DOCS = 'https://docs.github.com/rest';

/** `basic-error`: 404, 401, rate limits. */
export function basicError(message: string, status: number, page = ''): Json {
  return { message, documentation_url: `${DOCS}${page}`, status: String(status) };
}

/** `validation-error`: 422 with the field that failed. */
export function validationError(message: string, resource?: string, field?: string): Json {
  return {
    message: 'Validation Failed',
    errors: [
      {
        resource: resource ?? 'Repository',
        code: 'custom',
        ...(field !== undefined ? { field } : {}),
        message,
      },
    ],
    documentation_url: DOCS,
  };
}
