/**
 * The git side of a proposal through the REST API, without a clone: which of the proposed files
 * differ from the base branch (by git blob id, computed locally), and the tree of the base with
 * those files written or deleted.
 */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import type { GitHubClient } from './client.js';

/** A file to write (its full text) or delete (`content: null`), relative to the repository root. */
export interface ProposedFile {
  path: string;
  content: string | null;
}

/** A repository on GitHub (a type alias, so that it spreads into Octokit's parameters). */
export type RepositoryRef = { owner: string; repo: string };

/** A proposed file that differs from the base, and how it stands there. */
export interface FileChange extends ProposedFile {
  /** The file's mode in the base, kept when it is rewritten; undefined when it is new. */
  baseMode: string | undefined;
  /** The blob id of `content` (undefined for a deletion). */
  blobSha: string | undefined;
}

interface TreeItem {
  path: string;
  mode: string;
  type: string;
  sha: string;
}

/** The id git gives a file's content: SHA-1 of `blob <length>\0<bytes>`. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The base's entry at `path`, reading the directories on the way; undefined when absent. */
async function baseEntry(
  list: (treeSha: string) => Promise<TreeItem[]>,
  baseTree: string,
  path: string,
): Promise<TreeItem | undefined> {
  const segments = path.split('/');
  let tree = baseTree;
  for (const [i, segment] of segments.entries()) {
    const entry = (await list(tree)).find((item) => item.path === segment);
    if (entry === undefined || i === segments.length - 1) return entry;
    if (entry.type !== 'tree') {
      const dir = segments.slice(0, i + 1).join('/');
      throw new ConfigurationError(
        `proposed file "${path}" lies under "${dir}", which is a file in the base branch`,
      );
    }
    tree = entry.sha;
  }
  return undefined;
}

/**
 * Checks the proposed paths: relative, with `/` separators, no `.`/`..` segments, no
 * duplicates. These come from the user's repository layout (`--repo-dir`), so a bad one is a
 * configuration mistake.
 */
export function checkProposedFiles(files: readonly ProposedFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    const segments = file.path.split('/');
    if (
      file.path === '' ||
      file.path.includes('\\') ||
      segments.some((segment) => segment === '' || segment === '.' || segment === '..')
    ) {
      throw new ConfigurationError(
        `proposed file path "${file.path}" must be relative to the repository root, with / between directories`,
      );
    }
    if (seen.has(file.path)) {
      throw new ConfigurationError(`proposed file path "${file.path}" is given twice`);
    }
    seen.add(file.path);
  }
}

/**
 * The proposed files that differ from the tree `baseTree`. Only the directories on the proposed
 * paths are read (one request each), so a large repository costs no more than a small one.
 */
export async function changedFiles(
  client: GitHubClient,
  where: RepositoryRef,
  baseTree: string,
  files: readonly ProposedFile[],
): Promise<FileChange[]> {
  const listings = new Map<string, Promise<TreeItem[]>>();
  const list = (sha: string) => {
    let listing = listings.get(sha);
    if (listing === undefined) {
      listing = client.rest.git
        .getTree({ ...where, tree_sha: sha })
        .then((answer) => answer.data.tree as TreeItem[]);
      listings.set(sha, listing);
    }
    return listing;
  };

  const changes: FileChange[] = [];
  for (const file of files) {
    const found = await baseEntry(list, baseTree, file.path);
    if (found !== undefined && found.type !== 'blob') {
      throw new ConfigurationError(
        `proposed file "${file.path}" is a ${found.type === 'tree' ? 'directory' : 'submodule'} in the base branch`,
      );
    }
    const blobSha = file.content === null ? undefined : gitBlobSha(file.content);
    const differs = file.content === null ? found !== undefined : found?.sha !== blobSha;
    if (differs) changes.push({ ...file, baseMode: found?.mode, blobSha });
  }
  return changes;
}

/** Writes the changed files as blobs and returns the id of the base tree with them applied. */
export async function writeProposalTree(
  client: GitHubClient,
  where: RepositoryRef,
  baseTree: string,
  changes: readonly FileChange[],
): Promise<string> {
  const tree: { path: string; mode: '100644' | '100755'; type: 'blob'; sha: string | null }[] = [];
  for (const change of changes) {
    // An executable keeps its bit; anything else (a new file, a symlink replaced by text) is a
    // plain file.
    const mode = change.baseMode === '100755' ? '100755' : '100644';
    if (change.content === null) {
      tree.push({ path: change.path, mode, type: 'blob', sha: null });
      continue;
    }
    const blob = await client.rest.git.createBlob({
      ...where,
      content: Buffer.from(change.content, 'utf8').toString('base64'),
      encoding: 'base64',
    });
    if (blob.data.sha !== change.blobSha) {
      throw new Error(`GitHub stored ${change.path} as blob ${blob.data.sha}, expected ${change.blobSha}`);
    }
    tree.push({ path: change.path, mode, type: 'blob', sha: blob.data.sha });
  }
  const created = await client.rest.git.createTree({ ...where, base_tree: baseTree, tree });
  return created.data.sha;
}
