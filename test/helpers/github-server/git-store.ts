/**
 * The git object database of one fake repository: blobs, trees and commits stored under the
 * object ids git itself would give them (SHA-1 of `type length\0body`), so that a client that
 * computes blob ids locally, or compares tree ids across runs, sees what it would on GitHub.
 */
import { createHash } from 'node:crypto';

/** One entry of a tree, as GitHub's tree API shows it (`040000` for a directory). */
export interface TreeEntry {
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** One path segment. */
  name: string;
}

/** A person and the time of a commit, as the API shows them. */
export interface GitActor {
  name: string;
  email: string;
  date: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  author: GitActor;
  committer: GitActor;
  message: string;
}

/** A change of the tree API: `sha: null` deletes; `content` writes a new blob. */
export interface TreeEdit {
  path: string;
  mode: TreeEntry['mode'];
  type: TreeEntry['type'];
  sha?: string | null;
  content?: string;
}

/** A failure GitHub reports as 422 or 404; the route turns it into an answer. */
export class GitStoreError extends Error {
  constructor(
    readonly status: 404 | 422,
    message: string,
  ) {
    super(message);
  }
}

function hashObject(type: string, body: Buffer): string {
  const header = Buffer.from(`${type} ${body.length}\0`);
  return createHash('sha1').update(header).update(body).digest('hex');
}

/** Git orders tree entries by name, with directories compared as if their name ended in `/`. */
function sortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

function gitTime(date: string): string {
  return `${Math.floor(Date.parse(date) / 1000)} +0000`;
}

type FlatEntry = Omit<TreeEntry, 'name'>;

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();

  putBlob(content: Buffer): string {
    const sha = hashObject('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) =>
      Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))),
    );
    const body = Buffer.concat(
      sorted.map((entry) =>
        Buffer.concat([
          // git writes a directory's mode without the leading zero the API shows.
          Buffer.from(`${entry.mode === '040000' ? '40000' : entry.mode} ${entry.name}\0`),
          Buffer.from(entry.sha, 'hex'),
        ]),
      ),
    );
    const sha = hashObject('tree', body);
    this.trees.set(sha, sorted);
    return sha;
  }

  putCommit(fields: Omit<CommitObject, 'sha'>): CommitObject {
    const lines = [`tree ${fields.tree}`, ...fields.parents.map((parent) => `parent ${parent}`)];
    const { author, committer } = fields;
    lines.push(`author ${author.name} <${author.email}> ${gitTime(author.date)}`);
    lines.push(`committer ${committer.name} <${committer.email}> ${gitTime(committer.date)}`);
    const sha = hashObject('commit', Buffer.from(`${lines.join('\n')}\n\n${fields.message}`));
    const commit = { sha, ...fields };
    this.commits.set(sha, commit);
    return commit;
  }

  /** Every file under a tree, by full path. */
  flatten(treeSha: string, prefix = ''): Map<string, FlatEntry> {
    const files = new Map<string, FlatEntry>();
    for (const entry of this.trees.get(treeSha) ?? []) {
      const path = prefix + entry.name;
      if (entry.type === 'tree') {
        for (const [sub, value] of this.flatten(entry.sha, `${path}/`)) files.set(sub, value);
      } else {
        files.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha });
      }
    }
    return files;
  }

  /** Writes the trees of a set of files (by full path) and returns the root tree's id. */
  buildTree(files: Map<string, FlatEntry>): string {
    const children = new Map<string, Map<string, FlatEntry>>();
    const entries: TreeEntry[] = [];
    for (const [path, entry] of files) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        entries.push({ ...entry, name: path });
        continue;
      }
      const dir = path.slice(0, slash);
      const inner = children.get(dir) ?? new Map<string, FlatEntry>();
      inner.set(path.slice(slash + 1), entry);
      children.set(dir, inner);
    }
    for (const [dir, inner] of children) {
      entries.push({ name: dir, mode: '040000', type: 'tree', sha: this.buildTree(inner) });
    }
    return this.putTree(entries);
  }

  /** The tree API: edits applied on top of `baseTree` (or on nothing). */
  applyTreeEdits(baseTree: string | undefined, edits: TreeEdit[]): string {
    if (baseTree !== undefined && !this.trees.has(baseTree)) {
      throw new GitStoreError(404, `base_tree ${baseTree} does not exist`);
    }
    const files = baseTree === undefined ? new Map<string, FlatEntry>() : this.flatten(baseTree);
    for (const edit of edits) {
      if (edit.path === '' || edit.path.startsWith('/') || edit.path.split('/').includes('')) {
        throw new GitStoreError(422, `tree.path ${edit.path} is not a valid path`);
      }
      if (edit.sha !== undefined && edit.content !== undefined) {
        throw new GitStoreError(422, 'tree.sha and tree.content cannot both be given');
      }
      if (edit.sha === null) {
        // A deletion of a path the base does not have is refused, as a client bug.
        const under = [...files.keys()].filter((p) => p === edit.path || p.startsWith(`${edit.path}/`));
        if (under.length === 0) {
          throw new GitStoreError(422, `GitRPC::BadObjectState: ${edit.path} does not exist`);
        }
        for (const path of under) files.delete(path);
        continue;
      }
      const sha = edit.content !== undefined ? this.putBlob(Buffer.from(edit.content, 'utf8')) : edit.sha;
      if (sha === undefined) throw new GitStoreError(422, `tree.sha is missing for ${edit.path}`);
      if (edit.type === 'blob' && !this.blobs.has(sha)) {
        throw new GitStoreError(422, `GitRPC::BadObjectState: blob ${sha} does not exist`);
      }
      if (edit.type === 'tree') {
        if (!this.trees.has(sha)) throw new GitStoreError(422, `tree ${sha} does not exist`);
        for (const path of [...files.keys()]) {
          if (path.startsWith(`${edit.path}/`)) files.delete(path);
        }
        for (const [sub, entry] of this.flatten(sha, `${edit.path}/`)) files.set(sub, entry);
        continue;
      }
      // A file replaces a directory of the same path and a file where its directory goes.
      const segments = edit.path.split('/');
      for (let i = 1; i < segments.length; i++) files.delete(segments.slice(0, i).join('/'));
      for (const path of [...files.keys()]) {
        if (path.startsWith(`${edit.path}/`)) files.delete(path);
      }
      files.set(edit.path, { mode: edit.mode, type: edit.type, sha });
    }
    return this.buildTree(files);
  }

  /** The text of every file of a commit, by path (for assertions). */
  readFiles(commitSha: string): Record<string, string> {
    const commit = this.commits.get(commitSha);
    if (commit === undefined) throw new Error(`no commit ${commitSha}`);
    const out: Record<string, string> = {};
    for (const [path, entry] of this.flatten(commit.tree)) {
      if (entry.type === 'blob') out[path] = (this.blobs.get(entry.sha) ?? Buffer.alloc(0)).toString();
    }
    return out;
  }
}
