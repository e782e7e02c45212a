/**
 * Carries the changes into the code that defines the rules, in order: Terraform, then
 * CloudFormation, then the exported YAML snapshot. A rule found by one source is not looked for
 * in the next; a rule found in none is reported as such (export the groups to get a file for it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readStackResources } from '../../iac/cloudformation/index.js';
import { editCloudFormation } from '../../iac/cloudformation/edit.js';
import type { EditResult, FileEdit, ManualChange, RuleChange, RuleLocation } from '../../iac/model.js';
import { editSnapshot } from '../../iac/snapshot-yaml/index.js';
import { editTerraform } from '../../iac/terraform/terraform.js';
import { ConfigurationError } from '../../errors.js';

export interface SourceOptions {
  repoDir: string;
  /** Where the Terraform is, inside repoDir (default: all of it). */
  terraformDir?: string | undefined;
  /** `terraform show -json` output. */
  terraformState?: string | undefined;
  /** `aws cloudformation describe-stack-resources` output. */
  cloudformationStack?: string | undefined;
  /** The live groups' names by id. */
  groups: readonly { groupId: string; groupName: string }[];
}

export type SourceName = 'terraform' | 'cloudformation' | 'snapshot';

/** What the sources made of the changes, all together. */
export interface ProposedEdits {
  edits: FileEdit[];
  manual: (ManualChange & { source: SourceName })[];
  /** Rule id → where its definition was found, and by which source. */
  located: Map<string, RuleLocation & { source: SourceName }>;
  /** Changes whose rule no source found. */
  notFound: RuleChange[];
}

export async function proposeEdits(
  changes: readonly RuleChange[],
  options: SourceOptions,
): Promise<ProposedEdits> {
  const repoDir = resolve(options.repoDir);
  const out: ProposedEdits = { edits: [], manual: [], located: new Map(), notFound: [] };
  let remaining = [...changes];
  const take = (source: SourceName, result: EditResult, prefix = '') => {
    for (const edit of result.edits)
      out.edits.push({ ...edit, file: join(prefix, edit.file).split('\\').join('/') });
    for (const manual of result.manual)
      out.manual.push({
        ...manual,
        source,
        ...(manual.location
          ? { location: { ...manual.location, file: join(prefix, manual.location.file) } }
          : {}),
      });
    for (const [id, where] of result.located)
      out.located.set(id, { ...where, file: join(prefix, where.file).split('\\').join('/'), source });
    remaining = remaining.filter((c) => !result.located.has(c.rule.ruleId));
  };

  const terraformRoot = options.terraformDir ? resolve(repoDir, options.terraformDir) : repoDir;
  insideRepo(repoDir, terraformRoot, '--terraform-dir');
  if (remaining.length > 0) {
    const state = options.terraformState
      ? await readJsonFile(options.terraformState, '--terraform-state')
      : undefined;
    const result = await editTerraform({
      repoDir: terraformRoot,
      changes: remaining,
      groups: options.groups,
      ...(state !== undefined ? { state } : {}),
    });
    take('terraform', result, relative(repoDir, terraformRoot));
  }
  if (remaining.length > 0) {
    const stackResources = options.cloudformationStack
      ? await readStackResources(options.cloudformationStack)
      : undefined;
    const result = await editCloudFormation({
      repoDir,
      changes: remaining,
      groupNames: new Map(options.groups.map((g) => [g.groupId, g.groupName])),
      ...(stackResources ? { stackResources } : {}),
    });
    take('cloudformation', result);
  }
  if (remaining.length > 0) take('snapshot', await editSnapshot({ repoDir, changes: remaining }));
  out.notFound = remaining;
  out.edits.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

/** Writes the edited files into the working tree. */
export async function writeEdits(repoDir: string, edits: readonly FileEdit[]): Promise<void> {
  for (const edit of edits) await writeFile(join(repoDir, edit.file), edit.after);
}

function insideRepo(repoDir: string, dir: string, flag: string): void {
  const rel = relative(repoDir, dir);
  if (rel.startsWith('..') || resolve(repoDir, rel) !== dir)
    throw new ConfigurationError(`${flag}: ${dir} is not inside --repo-dir ${repoDir}`);
}

async function readJsonFile(path: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigurationError(
      `${flag}: ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (e as Error).message}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ConfigurationError(`${flag}: ${path}: not valid JSON (${(e as Error).message})`);
  }
}
