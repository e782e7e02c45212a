/**
 * CloudFormation templates in a working tree: finding them (YAML or JSON files that declare
 * `AWSTemplateFormatVersion` or resources of `AWS::` types), parsing them with offsets, and
 * reading their intrinsic functions in both forms (`!Ref X` and `{"Ref": "X"}`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { parseJsonSource } from './json-tree.js';
import {
  literalString,
  valueOf,
  type MapEntry,
  type MapNode,
  type SourceDocument,
  type SourceNode,
} from './source-tree.js';
import { parseYamlSource, SourceSyntaxError } from './yaml-tree.js';

/** A parsed template and its `Resources` map. */
export interface Template {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  doc: SourceDocument;
  resources: MapNode;
}

/** Folders that hold dependencies, history or generated templates (cdk synth, sam build). */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'cdk.out', '.aws-sam']);
const TEMPLATE_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];
/** CloudFormation takes templates of at most 1 MB; anything much larger is data, not a template. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(root, path, out);
    } else if (entry.isFile() && TEMPLATE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      out.push(relative(root, path).split(sep).join('/'));
    }
  }
}

/** Candidate template files under a folder, relative to it, in a stable order. */
export async function findCandidateFiles(repoDir: string): Promise<string[]> {
  const out: string[] = [];
  try {
    await walk(repoDir, repoDir, out);
  } catch (e) {
    throw new ConfigurationError(`--repo-dir: ${repoDir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return out;
}

/** Parses a file's text as JSON when it starts with `{`, else as YAML. */
export function parseTemplateText(text: string): SourceDocument {
  return /^\uFEFF?\s*\{/.test(text) ? parseJsonSource(text) : parseYamlSource(text);
}

/** The `Resources` map of a parsed document when it is a CloudFormation template. */
export function templateResources(doc: SourceDocument): MapNode | undefined {
  const resources = valueOf(doc.root, 'Resources');
  if (resources?.kind !== 'map' || resources.tag !== undefined) return undefined;
  const declared = valueOf(doc.root, 'AWSTemplateFormatVersion') !== undefined;
  const awsTypes = resources.entries.some((e) =>
    literalString(valueOf(e.value, 'Type'))?.startsWith('AWS::'),
  );
  return declared || awsTypes ? resources : undefined;
}

/**
 * Reads the templates of a working tree: the given files (relative to repoDir; a file that is
 * missing or not a template is a ConfigurationError), or every candidate file that parses and
 * is a template.
 */
export async function loadTemplates(repoDir: string, files?: readonly string[]): Promise<Template[]> {
  const explicit = files !== undefined;
  const names = files ?? (await findCandidateFiles(repoDir));
  const templates: Template[] = [];
  for (const name of names) {
    const file = name.split(sep).join('/');
    const path = join(repoDir, name);
    let text: string;
    try {
      if (!explicit && (await stat(path)).size > MAX_TEMPLATE_BYTES) continue;
      text = await readFile(path, 'utf8');
    } catch (e) {
      throw new ConfigurationError(
        `CloudFormation template ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      );
    }
    let doc: SourceDocument;
    try {
      doc = parseTemplateText(text);
    } catch (e) {
      if (!(e instanceof SourceSyntaxError)) throw e;
      if (explicit) throw new ConfigurationError(`CloudFormation template ${path}: ${e.message}`);
      continue;
    }
    const resources = templateResources(doc);
    if (resources) templates.push({ file, doc, resources });
    else if (explicit) {
      throw new ConfigurationError(`CloudFormation template ${path}: no Resources of AWS:: types`);
    }
  }
  return templates;
}

/** An intrinsic function: its name without `Fn::` or `!` (`Ref`, `GetAtt`, `If`, …) and argument. */
export interface Intrinsic {
  fn: string;
  arg: SourceNode;
}

/** The intrinsic function a value is written with, in either form, if any. */
export function intrinsicOf(node: SourceNode | undefined): Intrinsic | undefined {
  if (!node) return undefined;
  if (node.tag !== undefined) {
    const { tag: _tag, ...arg } = node;
    return { fn: node.tag.replace(/^!/, ''), arg: arg as SourceNode };
  }
  if (node.kind === 'map' && node.entries.length === 1) {
    const only = node.entries[0] as MapEntry;
    if (only.key === 'Ref' || only.key === 'Condition') return { fn: only.key, arg: only.value };
    if (only.key.startsWith('Fn::')) return { fn: only.key.slice(4), arg: only.value };
  }
  return undefined;
}

/** The logical id a value names a security group by: `Ref X`, `GetAtt X.GroupId` or `[X, GroupId]`. */
export function groupLogicalId(node: SourceNode | undefined): string | undefined {
  const fn = intrinsicOf(node);
  if (!fn) return undefined;
  if (fn.fn === 'Ref') return literalString(fn.arg);
  if (fn.fn !== 'GetAtt') return undefined;
  const dotted = literalString(fn.arg);
  if (dotted !== undefined) {
    const m = /^([A-Za-z0-9]+)\.GroupId$/.exec(dotted);
    return m?.[1];
  }
  if (fn.arg.kind === 'seq' && fn.arg.entries.length === 2) {
    const [id, attribute] = fn.arg.entries.map((e) => literalString(e.value));
    return attribute === 'GroupId' ? id : undefined;
  }
  return undefined;
}

/** A value's source text on one line, shortened, for messages ("CidrIp is !Ref OfficeCidr"). */
export function sourceSnippet(doc: SourceDocument, node: SourceNode): string {
  const text = doc.text.slice(node.start, node.end).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Every logical id a template names anywhere (Ref, GetAtt, DependsOn, ${X} in Sub). */
export function referencedLogicalIds(
  doc: SourceDocument,
  root: SourceNode,
  out = new Set<string>(),
): Set<string> {
  const fn = intrinsicOf(root);
  if (fn?.fn === 'Ref') {
    const id = literalString(fn.arg);
    if (id !== undefined) out.add(id);
  } else if (fn?.fn === 'GetAtt') {
    const arg = fn.arg;
    const first =
      arg.kind === 'seq' ? literalString(arg.entries[0]?.value) : literalString(arg)?.split('.')[0];
    if (first !== undefined) out.add(first);
  }
  if (root.kind === 'scalar') {
    if (typeof root.value === 'string') {
      for (const m of root.value.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g)) out.add(m[1] ?? '');
    }
    return out;
  }
  if (root.kind === 'map') {
    for (const e of root.entries) {
      if (e.key === 'DependsOn') {
        const deps = e.value.kind === 'seq' ? e.value.entries.map((d) => d.value) : [e.value];
        for (const d of deps) {
          const id = literalString(d);
          if (id !== undefined) out.add(id);
        }
      }
      referencedLogicalIds(doc, e.value, out);
    }
    return out;
  }
  for (const e of root.entries) referencedLogicalIds(doc, e.value, out);
  return out;
}
