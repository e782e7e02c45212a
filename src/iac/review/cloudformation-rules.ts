/**
 * The rules a CloudFormation template writes (`SecurityGroupIngress`/`Egress` entries of a group,
 * `AWS::EC2::SecurityGroupIngress`/`Egress` resources), one per entry, read from the text alone:
 * a value a function or a parameter gives is reported as computed, never resolved.
 */
import { normalizeProtocol } from '../../inventory/model.js';
import { peerEntry } from '../cloudformation/match.js';
import { groupResource, literalGroupName, ruleEntries, type RuleEntry } from '../cloudformation/rules.js';
import {
  lineNumber,
  literalOf,
  literalString,
  type MapNode,
  type SourceNode,
} from '../cloudformation/source-tree.js';
import { groupLogicalId, sourceSnippet, type Template } from '../cloudformation/template.js';
import { normalizedPorts, type WrittenGroup, type WrittenPeer, type WrittenRule } from './written-rule.js';

/** Every rule a template writes, in the order they appear. */
export function templateRules(template: Template): WrittenRule[] {
  return ruleEntries(template).map((entry) => entryRule(entry));
}

/** A part of a rule: its value, or why the text does not say it. */
type Part<T> = { value: T } | { why: string };

function entryRule(entry: RuleEntry): WrittenRule {
  const template = entry.template;
  const text = template.doc.text;
  const group = entryGroup(entry);
  const base = {
    source: 'cloudformation' as const,
    file: template.file,
    line: lineNumber(text, entry.at),
    endLine: lineNumber(text, entryEnd(entry)),
    group: 'value' in group ? group.value : {},
    direction: entry.direction,
  };
  const reasons = 'why' in group ? [group.why] : [];
  const properties = entry.properties;
  if (!properties)
    return { ...base, computed: [...reasons, entry.opaque ?? 'a function builds it'].join('; ') };
  const protocol = protocolOf(entry, properties);
  const fromPort = portOf(entry, properties, 'FromPort');
  const toPort = portOf(entry, properties, 'ToPort');
  const peer = peerOf(entry, properties);
  const parts = [protocol, fromPort, toPort, peer];
  for (const part of parts) if ('why' in part) reasons.push(part.why);
  if (
    'value' in protocol &&
    'value' in fromPort &&
    'value' in toPort &&
    'value' in peer &&
    reasons.length === 0
  ) {
    const [from, to] = normalizedPorts(protocol.value, fromPort.value, toPort.value);
    return { ...base, protocol: protocol.value, fromPort: from, toPort: to, peer: peer.value };
  }
  return {
    ...base,
    ...('value' in protocol ? { protocol: protocol.value } : {}),
    ...('value' in peer ? { peer: peer.value } : {}),
    computed: reasons.join('; '),
  };
}

/** Where the entry's text ends: its list item, its resource, or the whole list a function builds. */
function entryEnd(entry: RuleEntry): number {
  const place = entry.place;
  if (place.kind === 'resource') return entry.template.resources.entries[place.index]?.end ?? entry.at;
  return place.list.entries[place.index]?.end ?? place.listEntry.end;
}

function entryGroup(entry: RuleEntry): Part<WrittenGroup> {
  const ref = entry.group;
  if ('groupId' in ref) return { value: { id: ref.groupId } };
  if ('groupName' in ref) return { value: { name: ref.groupName } };
  if ('unknown' in ref) return { why: ref.unknown };
  return groupOfLogicalId(entry.template, ref.logicalId, 'GroupId');
}

function groupOfLogicalId(template: Template, logicalId: string, key: string): Part<WrittenGroup> {
  if (!groupResource(template, logicalId))
    return { why: `${key} refers to ${logicalId}, which is not a security group resource of this template` };
  const name = literalGroupName(template, logicalId);
  return { value: { address: logicalId, ...(name === undefined ? {} : { name }) } };
}

function valueAt(properties: MapNode, key: string): SourceNode | undefined {
  return properties.entries.find((e) => e.key === key)?.value;
}

function protocolOf(entry: RuleEntry, properties: MapNode): Part<string> {
  const node = valueAt(properties, 'IpProtocol');
  if (!node) return { why: 'IpProtocol is missing' };
  const text = literalString(node);
  if (text === undefined) return { why: `IpProtocol is ${sourceSnippet(entry.template.doc, node)}` };
  const protocol = normalizeProtocol(text.trim())?.protocol;
  return protocol === undefined ? { why: `IpProtocol ${text} is not a protocol` } : { value: protocol };
}

function portOf(entry: RuleEntry, properties: MapNode, key: 'FromPort' | 'ToPort'): Part<number> {
  const node = valueAt(properties, key);
  // AWS reports -1 for a rule without ports (every protocol, or ICMP without a type).
  if (!node) return { value: -1 };
  const literal = literalOf(node);
  const port =
    typeof literal === 'number'
      ? literal
      : typeof literal === 'string' && /^-?\d+$/.test(literal.trim())
        ? Number(literal)
        : undefined;
  if (port !== undefined && Number.isInteger(port)) return { value: port };
  return { why: `${key} is ${sourceSnippet(entry.template.doc, node)}` };
}

function peerOf(entry: RuleEntry, properties: MapNode): Part<WrittenPeer> {
  const held = peerEntry(properties, entry.direction);
  if (!held) return { why: 'the entry names no peer (CidrIp, CidrIpv6, a group or a prefix list)' };
  const { key, value } = held;
  const literal = literalString(value);
  const unknown = { why: `${key} is ${sourceSnippet(entry.template.doc, value)}` };
  if (key === 'CidrIp' || key === 'CidrIpv6')
    return literal === undefined ? unknown : { value: { cidr: literal.trim() } };
  if (key.endsWith('PrefixListId'))
    return literal === undefined ? unknown : { value: { prefixListId: literal.trim() } };
  if (key === 'SourceSecurityGroupName')
    return literal === undefined ? unknown : { value: { groupRef: literal, groupName: literal } };
  if (literal !== undefined) return { value: { groupId: literal.trim() } };
  const logicalId = groupLogicalId(value);
  if (logicalId === undefined) return unknown;
  const group = groupOfLogicalId(entry.template, logicalId, key);
  if ('why' in group) return group;
  const name = group.value.name;
  return { value: { groupRef: logicalId, ...(name === undefined ? {} : { groupName: name }) } };
}
