/**
 * Carries proposed rule changes into the Terraform code that defines the rules: every change is
 * located, then each definition it touches is edited in place (or copied, or deleted), and every
 * other byte of every file stays as it was. What cannot be edited safely comes back as a
 * ManualChange that says why.
 */
import type { RulePeer } from '../../inventory/model.js';
import type { EditResult, FileEdit, ManualChange, RuleChange, RuleLocation } from '../model.js';
import { listTerraformFiles, readTerraformTree, type TerraformTree } from './files.js';
import { GroupDirectory } from './groups.js';
import { locateChange, siteLocation } from './locate.js';
import { loadHclParser, type HclGrammarPaths, type HclParser } from './parse.js';
import { planSite, type PeerChange } from './plan.js';
import { renderUnit, type RenderContext } from './render.js';
import { collectSites, type GroupResource, type RuleSite, type SitePeer } from './sites.js';
import { readState } from './state.js';
import {
  applyEdits,
  deleteLines,
  indentAt,
  lineStart,
  linesWithComments,
  newline,
  quote,
  type TextEdit,
} from './text-edit.js';

export interface TerraformEditInput {
  repoDir: string;
  /** Files relative to repoDir (or absolute inside it); default: every `.tf` under it. */
  files?: readonly string[];
  changes: readonly RuleChange[];
  /** The parsed JSON of `terraform show -json`. */
  state?: unknown;
  /** The root module (directory relative to repoDir) the state belongs to, when there are several. */
  stateRoot?: string;
  /** The live groups' names by id (the inventory's): ties `aws_security_group` resources to ids without a state. */
  groups?: readonly { groupId: string; groupName: string }[];
  /** Where the parser's WebAssembly files are (defaults: next to the module, then node_modules). */
  grammar?: HclGrammarPaths;
}

/** What became of one change. */
export type ChangeOutcome =
  | { status: 'edited'; location: RuleLocation }
  | { status: 'manual'; why: string; location?: RuleLocation }
  /** The code already says the replacement (a second run after the edit). */
  | { status: 'already-applied'; location: RuleLocation }
  /** No code says the live rule (removed already, or never defined in these files). */
  | { status: 'not-found'; why: string; location?: RuleLocation };

export interface TerraformEditResult extends EditResult {
  /** Per rule id, what became of its change. */
  outcomes: Map<string, ChangeOutcome>;
  /** Files left alone because they do not parse. */
  unparsed: string[];
}

/** Edits the Terraform files of `repoDir` so that they say the proposed rules. */
export async function editTerraform(input: TerraformEditInput): Promise<TerraformEditResult> {
  const parser = await loadHclParser(input.grammar);
  const files = input.files ?? (await listTerraformFiles(input.repoDir));
  const tree = await readTerraformTree(input.repoDir, files, parser);
  const { groups, sites } = collectSites(tree.files);
  const state = input.state === undefined ? undefined : readState(input.state);
  const names: [string, string][] = [
    ...(input.groups ?? []).map((g): [string, string] => [g.groupId, g.groupName]),
    ...input.changes.map((c): [string, string] => [c.rule.groupId, c.rule.groupName]),
  ];
  const directory = new GroupDirectory(tree, groups, state, names, input.stateRoot);
  const result: TerraformEditResult = {
    edits: [],
    manual: [],
    located: new Map(),
    outcomes: new Map(),
    unparsed: tree.unparsed,
  };
  const bySite = new Map<RuleSite, PeerChange[]>();
  for (const change of input.changes) {
    const found = locateChange(change, sites, tree, directory, state);
    const id = change.rule.ruleId;
    if (found.status === 'found') {
      const list = bySite.get(found.site) ?? [];
      list.push({ change, peer: found.peer });
      bySite.set(found.site, list);
      result.located.set(id, siteLocation(found.site));
      continue;
    }
    if (found.location && found.status !== 'not-found') result.located.set(id, found.location);
    if (found.status === 'manual') addManual(result, change, found.why, found.location);
    else if (found.status === 'not-found' && tree.unparsed.length > 0)
      result.outcomes.set(id, {
        ...found,
        why: `${found.why} (files skipped because they do not parse: ${tree.unparsed.join(', ')})`,
      });
    else result.outcomes.set(id, found);
  }
  const fileEdits = planEdits(bySite, groups, sites, directory, tree, result);
  writeEdits(fileEdits, parser, result);
  return result;
}

function addManual(
  result: TerraformEditResult,
  change: RuleChange,
  why: string,
  location?: RuleLocation,
): void {
  const manual: ManualChange = { change, why, ...(location ? { location } : {}) };
  result.manual.push(manual);
  result.outcomes.set(change.rule.ruleId, { status: 'manual', why, ...(location ? { location } : {}) });
}

interface PendingFile {
  text: string;
  edits: TextEdit[];
  changes: PeerChange[];
}

function planEdits(
  bySite: Map<RuleSite, PeerChange[]>,
  groups: readonly GroupResource[],
  sites: readonly RuleSite[],
  directory: GroupDirectory,
  tree: TerraformTree,
  result: TerraformEditResult,
): Map<string, PendingFile> {
  const files = new Map<string, PendingFile>();
  const usedNames = new Set(
    tree.files.flatMap((f) =>
      f.blocks.filter((b) => b.type === 'resource').map((b) => `${f.dir}|${b.labels.join('.')}`),
    ),
  );
  const deleted = new Set<RuleSite>();
  for (const [site, changes] of bySite) {
    const ownGroupId = changes[0]!.change.rule.groupId;
    const context = renderContext(site, ownGroupId, directory);
    const peerOf = (peer: SitePeer): RulePeer => writtenPeer(peer, ownGroupId, site.file.dir, directory);
    const duplicate = changes.find((c, i) => changes.findIndex((d) => d.peer === c.peer) !== i);
    if (duplicate) {
      for (const c of changes)
        addManual(result, c.change, 'two changes name the same written rule', siteLocation(site));
      continue;
    }
    try {
      const plan = planSite(site, changes, ownGroupId, peerOf);
      const edits: TextEdit[] = [];
      if (plan.kind === 'delete') {
        deleted.add(site);
        edits.push(deleteLines(site.file.text, linesWithComments(site.file.text, site.block)));
      } else {
        edits.push(...renderUnit(site, plan.original, context, true));
        for (const copy of plan.copies)
          edits.push(copyEdit(site, renderUnit(site, copy, context, false), usedNames));
      }
      const pending = files.get(site.file.file) ?? { text: site.file.text, edits: [], changes: [] };
      pending.edits.push(...edits);
      pending.changes.push(...changes);
      files.set(site.file.file, pending);
    } catch (error) {
      const why = `this definition could not be edited safely (${error instanceof Error ? error.message : String(error)})`;
      for (const c of changes) addManual(result, c.change, why, siteLocation(site));
    }
  }
  emptyInlineLists(deleted, groups, sites, directory, files);
  return files;
}

/**
 * A group left with no `ingress` (or `egress`) block is not a group without such rules: Terraform
 * then leaves whatever rules exist alone. `ingress = []` is what removes the last one.
 */
function emptyInlineLists(
  deleted: Set<RuleSite>,
  groups: readonly GroupResource[],
  sites: readonly RuleSite[],
  directory: GroupDirectory,
  files: Map<string, PendingFile>,
): void {
  for (const group of groups) {
    if (sites.some((s) => s.kind !== 'inline' && directory.owns(group, s))) continue;
    for (const direction of ['ingress', 'egress'] as const) {
      const own = sites.filter((s) => s.resource === group.block && s.direction === direction);
      if (own.length === 0 || !own.every((s) => deleted.has(s))) continue;
      const first = own[0]!;
      const text = first.file.text;
      const lines = linesWithComments(text, first.block);
      const pending = files.get(first.file.file);
      const index = pending?.edits.findIndex((e) => e.start <= lines.start && e.end >= lines.end) ?? -1;
      if (!pending || index === -1) continue;
      pending.edits[index] = {
        start: lines.start,
        end: lines.end,
        text: `${indentAt(text, first.block.start)}${direction} = []${newline(text)}`,
      };
    }
  }
}

function renderContext(site: RuleSite, ownGroupId: string, directory: GroupDirectory): RenderContext {
  const dir = site.file.dir;
  const ownResource =
    site.group.kind === 'resource' && site.group.dir === dir
      ? site.group.name
      : directory.resourceIn(dir, ownGroupId);
  return { ownGroupId, ownResource, resourceFor: (id) => directory.resourceIn(dir, id) };
}

function writtenPeer(peer: SitePeer, ownGroupId: string, dir: string, directory: GroupDirectory): RulePeer {
  if (peer.kind === 'cidr') return { cidr: peer.literal ?? '' };
  if (peer.kind === 'prefixList') return { prefixListId: peer.literal ?? '' };
  if (peer.kind === 'self') return { groupId: ownGroupId };
  const id = peer.literal ?? (peer.ref === undefined ? undefined : directory.idOf(dir, peer.ref));
  return { groupId: id ?? `aws_security_group.${peer.ref ?? ''}` };
}

/** A copy of the site's definition with `edits`, placed right after it at the same indentation. */
function copyEdit(site: RuleSite, edits: readonly TextEdit[], usedNames: Set<string>): TextEdit {
  const text = site.file.text;
  const block = site.block;
  const local = edits.map((e) => ({ ...e, start: e.start - block.start, end: e.end - block.start }));
  const eol = newline(text);
  let separator = `${eol}${indentAt(text, block.start)}`;
  if (site.kind === 'inline') {
    const above = linesWithComments(text, block).start;
    if (above > 0 && /^[ \t]*\r?$/.test(text.slice(lineStart(text, above - 1), above - 1)))
      separator = `${eol}${separator}`;
  } else {
    const [type = '', name = ''] = block.labels;
    let n = 2;
    while (usedNames.has(`${site.file.dir}|${type}.${name}_${n}`)) n++;
    usedNames.add(`${site.file.dir}|${type}.${name}_${n}`);
    const label = block.labelSpans[1];
    if (label)
      local.push({
        start: label.start - block.start,
        end: label.end - block.start,
        text: quote(`${name}_${n}`),
      });
    separator = `${eol}${separator}`;
  }
  // Comment lines inside the copy were written about the original ("every port, for now").
  const copy = applyEdits(text.slice(block.start, block.end), local)
    .split('\n')
    .filter((line) => !/^[ \t]*(#|\/\/)/.test(line))
    .join('\n');
  return { start: block.end, end: block.end, text: separator + copy };
}

function writeEdits(files: Map<string, PendingFile>, parser: HclParser, result: TerraformEditResult): void {
  for (const [file, pending] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
    let after: string;
    try {
      after = applyEdits(pending.text, pending.edits);
    } catch (error) {
      const why = `the edits of this file collide (${error instanceof Error ? error.message : String(error)})`;
      for (const c of pending.changes)
        addManual(result, c.change, why, result.located.get(c.change.rule.ruleId));
      continue;
    }
    if (parser.parse(file, after).hasError) {
      for (const c of pending.changes)
        addManual(
          result,
          c.change,
          'the edited file would not parse',
          result.located.get(c.change.rule.ruleId),
        );
      continue;
    }
    if (after === pending.text) {
      for (const c of pending.changes) {
        const location = result.located.get(c.change.rule.ruleId);
        if (location) result.outcomes.set(c.change.rule.ruleId, { status: 'already-applied', location });
      }
      continue;
    }
    const edit: FileEdit = {
      file,
      before: pending.text,
      after,
      ruleIds: [...new Set(pending.changes.map((c) => c.change.rule.ruleId))].sort(),
    };
    result.edits.push(edit);
    for (const c of pending.changes) {
      const location = result.located.get(c.change.rule.ruleId);
      if (location) result.outcomes.set(c.change.rule.ruleId, { status: 'edited', location });
    }
  }
}
