/**
 * Proposes rule changes as edits of the exported snapshot files: each live rule is found by its
 * rule id (or, failing that, by protocol, ports and peer) in its group's file, and edited in
 * place (ports narrowed, the peer changed, copies for extra rules without a ruleId, or the entry
 * removed); every other byte stays as it is.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { normalizeProtocol, type Direction } from '../../inventory/model.js';
import type {
  EditResult,
  FileEdit,
  LiveRule,
  ManualChange,
  ProposedRule,
  RuleChange,
  RuleLocation,
} from '../model.js';
import {
  entryOf,
  lineNumber,
  literalOf,
  literalString,
  type MapNode,
  type SeqNode,
  type SourceDocument,
  type Splice,
} from '../cloudformation/source-tree.js';
import {
  EditPlan,
  insertEntrySplice,
  removeEntrySplice,
  renameKeySplice,
  renderScalar,
  setValueSplice,
} from '../cloudformation/text-edits.js';
import { parseYamlSource, SourceSyntaxError } from '../cloudformation/yaml-tree.js';
import { EXPORT_MARKER } from './export.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const PEER_KEYS = ['cidr', 'groupId', 'prefixListId'] as const;

/** One exported file, parsed. */
interface SnapshotFile {
  file: string;
  doc: SourceDocument;
  groupId: string;
  lists: Partial<Record<Direction, { list: SeqNode; entry: NonNullable<ReturnType<typeof entryOf>> }>>;
}

interface Shape {
  protocol: string;
  fromPort: number;
  toPort: number;
  peer: [kind: (typeof PEER_KEYS)[number], value: string];
}

async function findExportedFiles(root: string, dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) await findExportedFiles(root, path, out);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
      const text = await readFile(path, 'utf8');
      if (text.startsWith(EXPORT_MARKER)) out.push(relative(root, path).split(sep).join('/'));
    }
  }
}

async function loadSnapshot(repoDir: string): Promise<SnapshotFile[]> {
  const names: string[] = [];
  try {
    await findExportedFiles(repoDir, repoDir, names);
  } catch (e) {
    throw new ConfigurationError(`--repo-dir: ${repoDir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const files: SnapshotFile[] = [];
  for (const file of names) {
    const text = await readFile(join(repoDir, file), 'utf8');
    let doc: SourceDocument;
    try {
      doc = parseYamlSource(text);
    } catch (e) {
      if (e instanceof SourceSyntaxError)
        throw new ConfigurationError(`${join(repoDir, file)}: ${e.message}`);
      throw e;
    }
    const groupId = literalString(entryOf(doc.root, 'groupId')?.value);
    if (groupId === undefined) throw new ConfigurationError(`${join(repoDir, file)}: no groupId`);
    const lists: SnapshotFile['lists'] = {};
    for (const direction of ['ingress', 'egress'] as const) {
      const entry = entryOf(doc.root, direction);
      if (entry?.value.kind === 'seq') lists[direction] = { list: entry.value, entry };
    }
    files.push({ file, doc, groupId, lists });
  }
  return files;
}

/** A snapshot entry's rule, or undefined when it is not one this file format writes. */
function shapeOfEntry(map: MapNode): Shape | undefined {
  const protocol = normalizeProtocol(literalString(entryOf(map, 'protocol')?.value) ?? '')?.protocol;
  const fromPort = literalOf(entryOf(map, 'fromPort')?.value);
  const toPort = literalOf(entryOf(map, 'toPort')?.value);
  const peers = PEER_KEYS.flatMap((k) => {
    const v = literalString(entryOf(map, k)?.value);
    return v === undefined ? [] : [[k, v] as Shape['peer']];
  });
  const peer = peers[0];
  if (protocol === undefined || typeof fromPort !== 'number' || typeof toPort !== 'number' || !peer)
    return undefined;
  return { protocol, fromPort, toPort, peer };
}

function shapeOfRule(rule: ProposedRule | LiveRule): Shape {
  const peer: Shape['peer'] =
    'peer' in rule
      ? 'cidr' in rule.peer
        ? ['cidr', rule.peer.cidr]
        : 'groupId' in rule.peer
          ? ['groupId', rule.peer.groupId]
          : ['prefixListId', rule.peer.prefixListId]
      : rule.cidr !== undefined
        ? ['cidr', rule.cidr]
        : rule.groupId !== undefined
          ? ['groupId', rule.groupId]
          : ['prefixListId', rule.prefixListId ?? ''];
  return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, peer };
}

function sameShape(a: Shape | undefined, b: Shape): boolean {
  return (
    a !== undefined &&
    a.protocol === b.protocol &&
    (a.protocol === 'all' || (a.fromPort === b.fromPort && a.toPort === b.toPort)) &&
    a.peer[0] === b.peer[0] &&
    a.peer[1].toLowerCase() === b.peer[1].toLowerCase()
  );
}

/**
 * Splices that make a snapshot entry say `want`: each new value is written where the old one was,
 * and as `export` would write it, so that a later export of the changed group differs only in order.
 */
function rewrite(doc: SourceDocument, map: MapNode, want: ProposedRule): Splice[] {
  const out: Splice[] = [];
  const shape = shapeOfRule(want);
  const protocol = entryOf(map, 'protocol');
  if (!protocol) throw new Error('a snapshot rule without a protocol');
  if (normalizeProtocol(literalString(protocol.value) ?? '')?.protocol !== want.protocol) {
    out.push(setValueSplice(doc, protocol, renderScalar(doc, want.protocol)));
  }
  let anchor = protocol;
  for (const [key, port] of [
    ['fromPort', want.fromPort],
    ['toPort', want.toPort],
  ] as const) {
    const held = entryOf(map, key);
    if (!held) out.push(insertEntrySplice(doc, map, anchor, key, String(port)));
    else if (literalOf(held.value) !== port) out.push(setValueSplice(doc, held, renderScalar(doc, port)));
    anchor = held ?? anchor;
  }
  const peer = map.entries.find((e) => (PEER_KEYS as readonly string[]).includes(e.key));
  if (!peer) throw new Error('a snapshot rule without a peer');
  if (peer.key !== shape.peer[0]) out.push(renameKeySplice(doc, peer, shape.peer[0]));
  if (peer.key !== shape.peer[0] || literalString(peer.value) !== shape.peer[1]) {
    out.push(setValueSplice(doc, peer, renderScalar(doc, shape.peer[1])));
  }
  return out;
}

/**
 * Edits the exported snapshot files under repoDir (any folder; they are told by their first
 * line) so that they hold the proposed rules. Rules in no exported file are left out of the result.
 */
export async function editSnapshot(input: { repoDir: string; changes: RuleChange[] }): Promise<EditResult> {
  const files = await loadSnapshot(input.repoDir);
  const plans = new Map<SnapshotFile, { plan: EditPlan; ruleIds: string[]; edited: Set<number> }>();
  const manual: ManualChange[] = [];
  const located = new Map<string, RuleLocation>();
  for (const change of input.changes) {
    const rule = change.rule;
    const file = files.find((f) => f.groupId === rule.groupId);
    const held = file?.lists[rule.direction];
    if (!file || !held) continue;
    const maps = held.list.entries.map((e) => (e.value.kind === 'map' ? e.value : undefined));
    const live = shapeOfRule(rule);
    let index = maps.findIndex((m) => m && literalString(entryOf(m, 'ruleId')?.value) === rule.ruleId);
    if (index < 0) index = maps.findIndex((m) => m && sameShape(shapeOfEntry(m), live));
    const at = (i: number) => ({
      file: file.file,
      line: lineNumber(file.doc.text, held.list.entries[i]?.start ?? 0),
    });
    const map = maps[index];
    if (!map) {
      // Already applied (a second run on the edited files): the replacements are all there.
      const found = change.replacement.map((r) =>
        maps.findIndex((m) => m && sameShape(shapeOfEntry(m), shapeOfRule(r))),
      );
      if (change.action === 'replace' && found.length > 0 && found.every((i) => i >= 0))
        located.set(rule.ruleId, at(found[0] ?? 0));
      continue;
    }
    located.set(rule.ruleId, at(index));
    let work = plans.get(file);
    if (!work) {
      work = { plan: new EditPlan(file.doc), ruleIds: [], edited: new Set() };
      plans.set(file, work);
    }
    if (work.edited.has(index)) {
      manual.push({ change, location: at(index), why: 'another change already edits this same rule' });
      continue;
    }
    work.edited.add(index);
    work.ruleIds.push(rule.ruleId);
    const wanted =
      change.action === 'remove'
        ? []
        : change.replacement.filter(
            (r) => !maps.some((m, i) => i !== index && m && sameShape(shapeOfEntry(m), shapeOfRule(r))),
          );
    const [head, ...rest] = wanted;
    if (!head) {
      work.plan.remove(held.list, index, held.entry);
      continue;
    }
    work.plan.add(...rewrite(file.doc, map, head));
    // A rule to add has no id yet: AWS gives it one when it is authorized.
    const ruleIdIndex = map.entries.findIndex((e) => e.key === 'ruleId');
    const dropId = ruleIdIndex < 0 ? undefined : removeEntrySplice(file.doc, map, ruleIdIndex);
    for (const extra of rest) {
      work.plan.copy(held.list, index, [...rewrite(file.doc, map, extra), ...(dropId ? [dropId] : [])]);
    }
  }
  const edits: FileEdit[] = [];
  for (const [file, work] of plans) {
    const after = work.plan.render();
    if (after !== file.doc.text)
      edits.push({ file: file.file, before: file.doc.text, after, ruleIds: work.ruleIds });
  }
  return { edits, manual, located };
}
