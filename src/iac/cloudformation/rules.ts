/**
 * The security-group rules a template writes, wherever they are: entries of an
 * `AWS::EC2::SecurityGroup`'s `SecurityGroupIngress` / `SecurityGroupEgress`, and
 * `AWS::EC2::SecurityGroupIngress` / `AWS::EC2::SecurityGroupEgress` resources. Each is read as
 * far as its values are literal (or a plain Ref of a group); what a function builds stays unknown.
 */
import type { Direction } from '../../inventory/model.js';
import {
  literalString,
  valueOf,
  type MapEntry,
  type MapNode,
  type SeqNode,
  type SourceNode,
} from './source-tree.js';
import { groupLogicalId, intrinsicOf, sourceSnippet, type Template } from './template.js';

export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const RULE_RESOURCES: Readonly<Record<string, Direction>> = {
  'AWS::EC2::SecurityGroupIngress': 'ingress',
  'AWS::EC2::SecurityGroupEgress': 'egress',
};
export const INLINE_LISTS: Readonly<Record<Direction, string>> = {
  ingress: 'SecurityGroupIngress',
  egress: 'SecurityGroupEgress',
};

/** How a rule names its group. */
export type GroupRef =
  { logicalId: string } | { groupId: string } | { groupName: string } | { unknown: string };

/** An entry of a group's inline list. */
export interface InlinePlace {
  kind: 'inline';
  groupLogicalId: string;
  /** The `SecurityGroupIngress: …` entry of the group's properties. */
  listEntry: MapEntry;
  list: SeqNode;
  index: number;
}

/** A rule resource: its index in `Resources`. */
export interface ResourcePlace {
  kind: 'resource';
  logicalId: string;
  index: number;
}

/** One rule as a template writes it. */
export interface RuleEntry {
  template: Template;
  direction: Direction;
  group: GroupRef;
  /** The rule's attributes, or undefined when a function builds the whole entry. */
  properties: MapNode | undefined;
  place: InlinePlace | ResourcePlace;
  /** Offset where the entry starts (its `-`, or its resource's logical id). */
  at: number;
  /** Why the whole entry cannot be read, when it cannot. */
  opaque?: string;
  /**
   * For an opaque entry built with `Fn::If`: the rules its branches would write, so that it is
   * suspected only of the rules it could be. Undefined when some branch cannot be read at all.
   */
  branches?: MapNode[];
}

/** The rule maps the branches of `Fn::If` (nested, or lists of them) write; undefined if unreadable. */
function branchMaps(node: SourceNode): MapNode[] | undefined {
  const fn = intrinsicOf(node);
  if (fn?.fn === 'If') {
    if (fn.arg.kind !== 'seq' || fn.arg.entries.length !== 3) return undefined;
    const found: MapNode[] = [];
    for (const branch of fn.arg.entries.slice(1)) {
      const maps = branchMaps(branch.value);
      if (!maps) return undefined;
      found.push(...maps);
    }
    return found;
  }
  if (fn?.fn === 'Ref' && literalString(fn.arg) === 'AWS::NoValue') return [];
  if (fn) return undefined;
  if (node.kind === 'map') return [node];
  if (node.kind !== 'seq') return undefined;
  const found: MapNode[] = [];
  for (const item of node.entries) {
    const maps = branchMaps(item.value);
    if (!maps) return undefined;
    found.push(...maps);
  }
  return found;
}

function withBranches(entry: RuleEntry, node: SourceNode): RuleEntry {
  const branches = branchMaps(node);
  return branches ? { ...entry, branches } : entry;
}

function groupRefOf(template: Template, properties: MapNode): GroupRef {
  const id = valueOf(properties, 'GroupId');
  if (id) {
    const logical = groupLogicalId(id);
    if (logical !== undefined) return { logicalId: logical };
    const literal = literalString(id);
    if (literal !== undefined) return { groupId: literal };
    return { unknown: `GroupId is ${sourceSnippet(template.doc, id)}` };
  }
  const name = literalString(valueOf(properties, 'GroupName'));
  return name === undefined ? { unknown: 'no literal GroupId or GroupName' } : { groupName: name };
}

function inlineEntries(
  template: Template,
  logicalId: string,
  properties: SourceNode | undefined,
): RuleEntry[] {
  const out: RuleEntry[] = [];
  if (properties?.kind !== 'map') return out;
  for (const direction of ['ingress', 'egress'] as const) {
    const listEntry = properties.entries.find((e) => e.key === INLINE_LISTS[direction]);
    if (!listEntry) continue;
    const list = listEntry.value;
    const group = { logicalId };
    if (list.kind !== 'seq' || intrinsicOf(list)) {
      // The whole list is one function (`!If [IsProd, [...], [...]]`): one opaque entry for it,
      // placed at index -1 of an empty list; opaque entries are reported, never edited.
      const place: InlinePlace = {
        kind: 'inline',
        groupLogicalId: logicalId,
        listEntry,
        list: emptySeq(list),
        index: -1,
      };
      const why = `${INLINE_LISTS[direction]} of ${logicalId} is ${sourceSnippet(template.doc, list)}`;
      const opaque: RuleEntry = {
        template,
        direction,
        group,
        properties: undefined,
        place,
        at: listEntry.start,
        opaque: why,
      };
      out.push(withBranches(opaque, list));
      continue;
    }
    list.entries.forEach((item, index) => {
      const place: InlinePlace = { kind: 'inline', groupLogicalId: logicalId, listEntry, list, index };
      const value = item.value;
      const fn = intrinsicOf(value);
      if (value.kind === 'map' && !fn) {
        out.push({ template, direction, group, properties: value, place, at: item.start });
      } else {
        const why = `an entry of ${logicalId}.${INLINE_LISTS[direction]} is ${sourceSnippet(template.doc, value)}`;
        const opaque: RuleEntry = {
          template,
          direction,
          group,
          properties: undefined,
          place,
          at: item.start,
          opaque: why,
        };
        out.push(withBranches(opaque, value));
      }
    });
  }
  return out;
}

function emptySeq(node: SourceNode): SeqNode {
  return { kind: 'seq', flow: true, entries: [], start: node.start, end: node.end };
}

/** Every rule a template writes, in the order they appear. */
export function ruleEntries(template: Template): RuleEntry[] {
  const out: RuleEntry[] = [];
  template.resources.entries.forEach((resource, index) => {
    const type = literalString(valueOf(resource.value, 'Type'));
    const properties = valueOf(resource.value, 'Properties');
    if (type === SECURITY_GROUP) {
      out.push(...inlineEntries(template, resource.key, properties));
      return;
    }
    const direction = type === undefined ? undefined : RULE_RESOURCES[type];
    if (!direction) return;
    const place: ResourcePlace = { kind: 'resource', logicalId: resource.key, index };
    if (properties?.kind !== 'map' || intrinsicOf(properties)) {
      const why = `the Properties of ${resource.key} are ${properties ? sourceSnippet(template.doc, properties) : 'missing'}`;
      const group: GroupRef = { unknown: why };
      out.push({ template, direction, group, properties: undefined, place, at: resource.start, opaque: why });
      return;
    }
    out.push({
      template,
      direction,
      group: groupRefOf(template, properties),
      properties,
      place,
      at: resource.start,
    });
  });
  return out;
}

/** The resource of a logical id in a template, when it is a security group. */
export function groupResource(template: Template, logicalId: string): MapNode | undefined {
  const resource = valueOf(template.resources, logicalId);
  if (literalString(valueOf(resource, 'Type')) !== SECURITY_GROUP) return undefined;
  const properties = valueOf(resource, 'Properties');
  return properties?.kind === 'map' ? properties : undefined;
}

/** A group resource's literal `GroupName`, if it has one. */
export function literalGroupName(template: Template, logicalId: string): string | undefined {
  return literalString(valueOf(groupResource(template, logicalId), 'GroupName'));
}
