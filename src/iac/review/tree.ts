/**
 * Every security-group rule a working tree writes, in every supported source: Terraform files,
 * CloudFormation templates (YAML or JSON) and exported snapshot files. Files are parsed, never
 * evaluated: no terraform, no shell, no AWS.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { findCandidateFiles, parseTemplateText, templateResources } from '../cloudformation/template.js';
import type { SourceDocument } from '../cloudformation/source-tree.js';
import { SourceSyntaxError } from '../cloudformation/yaml-tree.js';
import { EXPORT_MARKER } from '../snapshot-yaml/export.js';
import type { HclGrammarPaths } from '../terraform/parse.js';
import { templateRules } from './cloudformation-rules.js';
import { snapshotRules } from './snapshot-rules.js';
import { terraformRules } from './terraform-rules.js';
import type { RuleSourceKind, WrittenRule } from './written-rule.js';

export interface RulesInTreeOptions {
  /** The sources to read; default: all three. */
  sources?: readonly RuleSourceKind[];
  /** Where the HCL parser's WebAssembly files are (see loadHclParser). */
  grammar?: HclGrammarPaths;
  /** How the tree is named in error messages (`--base`, `--head`); default `the tree`. */
  label?: string;
}

/** A file that looked like a rule source but could not be read, and why. */
export interface SkippedFile {
  file: string;
  why: string;
}

export interface TreeRules {
  /** Sorted by file, then line. */
  rules: WrittenRule[];
  skipped: SkippedFile[];
}

/** CloudFormation takes templates of at most 1 MB; anything much larger is data, not a template. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

/** Every rule the tree at `dir` writes, one per peer, with the files that could not be read. */
export async function rulesInTree(dir: string, options: RulesInTreeOptions = {}): Promise<TreeRules> {
  const label = options.label ?? 'the tree';
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new ConfigurationError(`${label}: ${dir} is not a directory`);
  const wanted = new Set<RuleSourceKind>(options.sources ?? ['terraform', 'cloudformation', 'snapshot']);
  const rules: WrittenRule[] = [];
  const skipped: SkippedFile[] = [];
  if (wanted.has('terraform')) {
    const found = await terraformRules(dir, options.grammar);
    rules.push(...found.rules);
    for (const file of found.unparsed) skipped.push({ file, why: 'the Terraform file does not parse' });
  }
  if (wanted.has('cloudformation') || wanted.has('snapshot')) {
    for (const file of await findCandidateFiles(dir)) {
      const path = join(dir, file);
      if ((await stat(path)).size > MAX_TEMPLATE_BYTES) continue;
      const text = await readFile(path, 'utf8');
      if (text.startsWith(EXPORT_MARKER)) {
        if (wanted.has('snapshot')) readSnapshot(text, file, rules, skipped);
      } else if (wanted.has('cloudformation')) readTemplate(text, file, rules, skipped);
    }
  }
  rules.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { rules, skipped };
}

function readSnapshot(text: string, file: string, rules: WrittenRule[], skipped: SkippedFile[]): void {
  try {
    rules.push(...snapshotRules(text, file));
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    skipped.push({ file, why: `the exported snapshot file is not valid: ${error.message}` });
  }
}

function readTemplate(text: string, file: string, rules: WrittenRule[], skipped: SkippedFile[]): void {
  let doc: SourceDocument;
  try {
    doc = parseTemplateText(text);
  } catch (error) {
    if (!(error instanceof SourceSyntaxError)) throw error;
    // Most YAML and JSON files of a repository are not templates: only say so for those that are.
    if (/AWSTemplateFormatVersion|AWS::EC2::SecurityGroup/.test(text))
      skipped.push({ file, why: `the CloudFormation template does not parse: ${error.message}` });
    return;
  }
  const resources = templateResources(doc);
  if (resources) rules.push(...templateRules({ file, doc, resources }));
}
