/**
 * The Terraform files of a repository: which `.tf` files there are, their syntax, and the local
 * module calls that tie directories together (needed to find `module.a.aws_security_group.x` of a
 * state file, and to know when a module's code is shared by several callers).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigurationError } from '../../errors.js';
import type { HclParser } from './parse.js';
import { attribute, stringValue, type HclBlock, type HclFile } from './syntax.js';

/** A `module "name" { source = … }` block. */
export interface ModuleCall {
  /** The calling file. */
  file: HclFile;
  block: HclBlock;
  name: string;
  source: string | undefined;
  /** The module's directory relative to the repository when its source is a local path in it. */
  targetDir: string | undefined;
  /** Set when the call has `for_each` or `count`: its resources exist once per instance. */
  repeated: string | undefined;
}

/** The parsed files and the local module calls between their directories. */
export interface TerraformTree {
  files: HclFile[];
  /** Files left alone because they do not parse. */
  unparsed: string[];
  calls: ModuleCall[];
}

/** Every `.tf` file under the repository, without `.terraform/` and `node_modules/`, sorted. */
export async function listTerraformFiles(repoDir: string): Promise<string[]> {
  const found = await glob('**/*.tf', {
    cwd: repoDir,
    ignore: ['**/.terraform/**', '**/node_modules/**'],
    dot: true,
  });
  return found.sort();
}

/** Reads and parses the files (relative to `repoDir`, or absolute inside it). */
export async function readTerraformTree(
  repoDir: string,
  files: readonly string[],
  parser: HclParser,
): Promise<TerraformTree> {
  const parsed: HclFile[] = [];
  const unparsed: string[] = [];
  for (const given of files) {
    const file = repoRelative(repoDir, given);
    let text: string;
    try {
      text = await readFile(resolve(repoDir, file), 'utf8');
    } catch {
      throw new ConfigurationError(`cannot read the Terraform file ${given}`);
    }
    const hcl = parser.parse(file, text);
    if (hcl.hasError) unparsed.push(file);
    else parsed.push(hcl);
  }
  return { files: parsed, unparsed, calls: moduleCalls(parsed) };
}

/** A path relative to the repository root with `/` separators; one outside it is a user mistake. */
export function repoRelative(repoDir: string, path: string): string {
  const rel = relative(resolve(repoDir), isAbsolute(path) ? path : resolve(repoDir, path));
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new ConfigurationError(`the Terraform file ${path} is not inside the repository ${repoDir}`);
  return rel.split('\\').join('/');
}

function moduleCalls(files: readonly HclFile[]): ModuleCall[] {
  const calls: ModuleCall[] = [];
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.type !== 'module' || block.labels.length !== 1) continue;
      const source = stringValue(attribute(block, 'source')?.value);
      const local = source !== undefined && (source.startsWith('./') || source.startsWith('../'));
      const target = local ? joinDir(file.dir, source) : undefined;
      const repeated = ['for_each', 'count'].find((name) => attribute(block, name));
      calls.push({
        file,
        block,
        name: block.labels[0] ?? '',
        source,
        targetDir: target,
        repeated: repeated && `module.${block.labels[0] ?? ''} is called with ${repeated}`,
      });
    }
  }
  return calls;
}

/** `dir` joined with a relative module source, or undefined when it leaves the repository. */
function joinDir(dir: string, source: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of source.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Directories holding `.tf` files that no local module call points at: the root modules. */
export function rootDirs(tree: TerraformTree): string[] {
  const called = new Set(tree.calls.map((c) => c.targetDir));
  return [...new Set(tree.files.map((f) => f.dir))].filter((dir) => !called.has(dir)).sort();
}

/** A way from a root module down module calls; `dir` is undefined past a module not in the repository. */
export interface ModuleRoute {
  dir: string | undefined;
  calls: ModuleCall[];
}

/**
 * The directories a module path of a state address (`["net", "sg"]` for `module.net.module.sg`)
 * can be, from every root (or only `root` when given), with the calls on the way.
 */
export function dirsForModulePath(
  tree: TerraformTree,
  path: readonly string[],
  root?: string,
): ModuleRoute[] {
  let reached: ModuleRoute[] = (root === undefined ? rootDirs(tree) : [root]).map((dir) => ({
    dir,
    calls: [],
  }));
  for (const name of path) {
    reached = reached.flatMap((route) =>
      route.dir === undefined
        ? [route]
        : tree.calls
            .filter((c) => c.file.dir === route.dir && c.name === name)
            .map((c) => ({ dir: c.targetDir, calls: [...route.calls, c] })),
    );
  }
  return reached;
}

/** The calls of the module in `dir` (none for a root module). */
export function callersOf(tree: TerraformTree, dir: string): ModuleCall[] {
  return tree.calls.filter((c) => c.targetDir === dir);
}
