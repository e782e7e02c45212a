/**
 * Proposes rule changes as edits of CloudFormation templates: each live rule is located in the
 * templates that define it (by its group's stack mapping or literal `GroupName`, then by
 * protocol, ports and peer) and its entry or resource is edited in place; everything else keeps
 * its bytes. Rules a function builds are left alone and reported as changes to make by hand.
 */
import type { EditResult, FileEdit, ManualChange, ProposedRule, RuleChange, RuleLocation } from '../model.js';
import { GroupIndex, type GroupScope } from './groups.js';
import { compareEntry, shapeOf, type RuleShape } from './match.js';
import { rewriteEntry } from './rewrite.js';
import { INLINE_LISTS, ruleEntries, type RuleEntry } from './rules.js';
import { lineNumber, valueOf, type Splice } from './source-tree.js';
import { mappingsByTemplate, type StackResource } from './stack-resources.js';
import { loadTemplates, parseTemplateText, referencedLogicalIds, type Template } from './template.js';
import { EditPlan } from './text-edits.js';

export interface CloudFormationEditInput {
  /** The working tree; file paths in the result are relative to it. */
  repoDir: string;
  /**
   * Template files relative to repoDir. Default: every `*.yaml`, `*.yml`, `*.json` and
   * `*.template` under repoDir that is a CloudFormation template (node_modules, .git, cdk.out
   * and .aws-sam skipped).
   */
  files?: string[];
  changes: RuleChange[];
  /** `--cloudformation-stack` files' resources (readStackResources), to tie logical ids to `sg-…`. */
  stackResources?: readonly StackResource[];
  /**
   * Live group names by group id (the inventory's groups), so that a peer or a new peer written
   * as `!Ref` of a group with a literal GroupName is known without a stack mapping. The names of
   * the changes' own groups are always known.
   */
  groupNames?: ReadonlyMap<string, string>;
}

/** Per template: the plan of its edits and what it has touched. */
interface TemplateWork {
  plan: EditPlan;
  ruleIds: string[];
  /** Entries already edited (by their start), so that two changes never edit one entry. */
  edited: Set<number>;
  /** Logical ids taken, for copies of rule resources. */
  logicalIds: Set<string>;
}

const DEFAULT_EGRESS = ['0.0.0.0/0', '::/0'];

class CloudFormationEditor {
  readonly edits: FileEdit[] = [];
  readonly manual: ManualChange[] = [];
  readonly located = new Map<string, RuleLocation>();
  private readonly work = new Map<Template, TemplateWork>();

  constructor(
    private readonly templates: readonly Template[],
    private readonly entries: readonly RuleEntry[],
    private readonly groups: GroupIndex,
  ) {}

  private workOf(template: Template): TemplateWork {
    let w = this.work.get(template);
    if (!w) {
      const logicalIds = new Set(template.resources.entries.map((e) => e.key));
      w = { plan: new EditPlan(template.doc), ruleIds: [], edited: new Set(), logicalIds };
      this.work.set(template, w);
    }
    return w;
  }

  private locationOf(entry: RuleEntry): RuleLocation {
    return { file: entry.template.file, line: lineNumber(entry.template.doc.text, entry.at) };
  }

  private manualAt(change: RuleChange, location: RuleLocation, why: string): void {
    this.located.set(change.rule.ruleId, location);
    this.manual.push({ change, location, why });
  }

  apply(change: RuleChange): void {
    const rule = change.rule;
    const candidates = this.entries.filter(
      (e) =>
        e.direction === rule.direction &&
        (this.groups.refersTo(e.template, e.group, rule) ||
          (e.place.kind === 'resource' &&
            this.groups.isMappedTo(e.template, e.place.logicalId, rule.ruleId))),
    );
    const scopes = new Map(this.templates.map((t) => [t, this.groups.scope(t, rule)]));
    const scopeOf = (e: RuleEntry): GroupScope =>
      scopes.get(e.template) ?? this.groups.scope(e.template, rule);
    const compare = (e: RuleEntry, shape: RuleShape) => compareEntry(e, shape, scopeOf(e));
    const live: RuleShape = {
      protocol: rule.protocol,
      fromPort: rule.fromPort,
      toPort: rule.toPort,
      peer: rule.peer,
    };
    const exact = candidates.filter((e) => compare(e, live).kind === 'match');
    const files = [...new Set(exact.map((e) => e.template.file))];
    const found = exact[0];
    if (found && files.length > 1) {
      // One group name in several templates (environments, copies): the live rule is one of them.
      const why = `the rule matches in ${files.join(', ')}; give the stack's resources (--cloudformation-stack) to tell which to edit`;
      return this.manualAt(change, this.locationOf(found), why);
    }
    if (found) {
      const siblings = candidates.filter((e) => e.template === found.template);
      return this.edit(change, found, siblings, scopeOf(found));
    }

    const replacements = change.action === 'replace' ? change.replacement : [];
    const applied = replacements.map((r) => candidates.find((e) => compare(e, shapeOf(r)).kind === 'match'));
    const first = applied[0];
    if (first && applied.every((e) => e !== undefined)) {
      // The change is already in the code (a second run on the edited tree): nothing to do.
      this.located.set(rule.ruleId, this.locationOf(first));
      return;
    }
    for (const e of candidates) {
      const c = compare(e, live);
      if (c.kind === 'unknown') return this.manualAt(change, this.locationOf(e), `${c.why}: not edited`);
    }
    this.defaultEgress(change);
  }

  /** An allow-all egress rule no template writes: CloudFormation's default for the group. */
  private defaultEgress(change: RuleChange): void {
    const rule = change.rule;
    const peer = 'cidr' in rule.peer ? rule.peer.cidr : undefined;
    if (rule.direction !== 'egress' || rule.protocol !== 'all' || !DEFAULT_EGRESS.includes(peer ?? ''))
      return;
    for (const template of this.templates) {
      for (const resource of template.resources.entries) {
        if (!this.groups.isGroupOf(template, resource.key, rule)) continue;
        if (valueOf(valueOf(resource.value, 'Properties'), INLINE_LISTS.egress) !== undefined) continue;
        const location = { file: template.file, line: lineNumber(template.doc.text, resource.start) };
        const why =
          `CloudFormation adds this allow-all egress rule to ${resource.key} because it has no SecurityGroupEgress; ` +
          'write the egress it needs there (a group with no egress needs one rule to 127.0.0.1/32)';
        return this.manualAt(change, location, why);
      }
    }
  }

  private edit(
    change: RuleChange,
    entry: RuleEntry,
    candidates: readonly RuleEntry[],
    scope: GroupScope,
  ): void {
    const location = this.locationOf(entry);
    this.located.set(change.rule.ruleId, location);
    const w = this.workOf(entry.template);
    if (w.edited.has(entry.at)) {
      return this.manualAt(change, location, 'another change already edits this same entry');
    }
    // A proposed rule the group already has elsewhere is not written twice (AWS refuses duplicates).
    const wanted: ProposedRule[] =
      change.action === 'remove'
        ? []
        : change.replacement.filter(
            (r) =>
              !candidates.some((e) => e !== entry && compareEntry(e, shapeOf(r), scope).kind === 'match'),
          );
    const refusal = wanted.length === 0 ? this.removalRefusal(entry, w) : undefined;
    if (refusal) return this.manualAt(change, location, refusal);
    w.edited.add(entry.at);
    w.ruleIds.push(change.rule.ruleId);
    const place = entry.place;
    if (wanted.length === 0) {
      if (place.kind === 'inline') w.plan.remove(place.list, place.index, place.listEntry);
      else w.plan.remove(entry.template.resources, place.index);
      return;
    }
    const [head, ...rest] = wanted as [ProposedRule, ...ProposedRule[]];
    w.plan.add(...rewriteEntry(entry, head, scope));
    for (const extra of rest) {
      const splices: Splice[] = rewriteEntry(entry, extra, scope);
      if (place.kind === 'inline') {
        w.plan.copy(place.list, place.index, splices);
      } else {
        const id = this.newLogicalId(w, place.logicalId);
        const keyLength = entry.template.resources.entries[place.index]?.keyEnd ?? 0;
        const keyText = entry.template.doc.text.slice(entry.at, keyLength);
        const quote = /^["']/.exec(keyText)?.[0] ?? '';
        w.plan.copy(
          entry.template.resources,
          place.index,
          splices,
          (text) => quote + id + quote + text.slice(keyText.length),
        );
      }
    }
  }

  /** Why an entry cannot simply be deleted, if it cannot. */
  private removalRefusal(entry: RuleEntry, w: TemplateWork): string | undefined {
    const place = entry.place;
    if (place.kind === 'inline') {
      if (entry.direction === 'egress' && w.plan.wouldEmpty(place.list, place.index)) {
        return (
          `this is the last entry of ${place.groupLogicalId}.SecurityGroupEgress, and without one CloudFormation ` +
          'restores the default allow-all egress; replace it by hand (e.g. with one rule to 127.0.0.1/32)'
        );
      }
      return undefined;
    }
    const template = entry.template;
    if (w.plan.wouldEmpty(template.resources, place.index)) {
      return `${place.logicalId} is the template's only resource; delete the template or the stack by hand`;
    }
    const refs = new Set<string>();
    for (const e of template.doc.root.kind === 'map' ? template.doc.root.entries : []) {
      if (e.value === template.resources) {
        for (const r of template.resources.entries)
          if (r.key !== place.logicalId) referencedLogicalIds(template.doc, r.value, refs);
      } else {
        referencedLogicalIds(template.doc, e.value, refs);
      }
    }
    return refs.has(place.logicalId)
      ? `${place.logicalId} is referenced elsewhere in the template (Ref, GetAtt, DependsOn or Sub); remove it by hand`
      : undefined;
  }

  private newLogicalId(w: TemplateWork, base: string): string {
    for (let n = 2; ; n++) {
      const id = `${base}${n}`;
      if (!w.logicalIds.has(id)) {
        w.logicalIds.add(id);
        return id;
      }
    }
  }

  /** Renders every planned file; a file whose edit would not parse again is left alone. */
  finish(changes: readonly RuleChange[]): void {
    for (const [template, w] of this.work) {
      if (w.plan.isEmpty) continue;
      const after = w.plan.render();
      if (after === template.doc.text) continue;
      try {
        parseTemplateText(after);
      } catch (e) {
        for (const change of changes.filter((c) => w.ruleIds.includes(c.rule.ruleId))) {
          const location = this.located.get(change.rule.ruleId);
          const why = `the edit of ${template.file} would not parse (${(e as Error).message}); a bug of sg-flow-audit`;
          this.manual.push({ change, why, ...(location ? { location } : {}) });
        }
        continue;
      }
      this.edits.push({ file: template.file, before: template.doc.text, after, ruleIds: w.ruleIds });
    }
  }
}

/**
 * Edits the CloudFormation templates of a working tree so that they define the proposed rules.
 * Returns each edited file (before and after), the changes that must be made by hand with why,
 * and where every located rule is written. Rules no template defines are left out of all three.
 */
export async function editCloudFormation(input: CloudFormationEditInput): Promise<EditResult> {
  const templates = await loadTemplates(input.repoDir, input.files);
  const names = new Map(input.groupNames ?? []);
  for (const c of input.changes) if (!names.has(c.rule.groupId)) names.set(c.rule.groupId, c.rule.groupName);
  const groups = new GroupIndex(mappingsByTemplate(templates, input.stackResources ?? []), names);
  const editor = new CloudFormationEditor(templates, templates.flatMap(ruleEntries), groups);
  for (const change of input.changes) editor.apply(change);
  editor.finish(input.changes);
  return { edits: editor.edits, manual: editor.manual, located: editor.located };
}
