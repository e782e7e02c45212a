/**
 * Turns a planned unit into text edits of its definition: the protocol and ports, and the peer
 * attributes (list elements replaced in place, attributes renamed in place when a CIDR becomes a
 * group reference, added after their neighbours, or deleted). Only what changes is touched.
 */
import type { RulePeer } from '../../inventory/model.js';
import type { Unit } from './plan.js';
import { PEER_ATTRIBUTES, type RuleSite, type SitePeer } from './sites.js';
import { attribute, numberValue, type HclAttribute, type HclExpression } from './syntax.js';
import {
  deleteAttribute,
  editTuple,
  insertAttributeAfter,
  quote,
  renameAttribute,
  type ElementFate,
  type TextEdit,
} from './text-edit.js';

/** What rendering needs to know besides the site. */
export interface RenderContext {
  /** The live id of the site's group. */
  ownGroupId: string;
  /** The Terraform name of the site's group resource, when it is one in the same directory. */
  ownResource: string | undefined;
  /** The `aws_security_group` resource name in the site's directory for a group id, if any. */
  resourceFor(groupId: string): string | undefined;
}

/**
 * The edits that make the site's definition say `unit`. `original` is false for a copy: then
 * the peers the code does not spell out are dropped rather than kept.
 */
export function renderUnit(
  site: RuleSite,
  unit: Unit,
  context: RenderContext,
  original: boolean,
): TextEdit[] {
  const text = site.file.text;
  const block = site.block;
  const edits: TextEdit[] = [];
  const protocolName = site.kind === 'vpc-rule' ? 'ip_protocol' : 'protocol';
  const protocolAttr = attribute(block, protocolName);
  if (protocolAttr && site.protocol !== unit.protocol)
    edits.push(replaceValue(protocolAttr.value, unit.protocol === 'all' ? '-1' : unit.protocol, true));

  const portAttrs = ['from_port', 'to_port'].map((name) => attribute(block, name));
  const ports = [unit.fromPort, unit.toPort];
  if (site.kind === 'vpc-rule' && unit.protocol === 'all') {
    for (const attr of portAttrs) if (attr) edits.push(deleteAttribute(text, attr));
  } else {
    portAttrs.forEach((attr, i) => {
      const port = ports[i] ?? 0;
      if (attr && numberValue(attr.value) !== port)
        edits.push(replaceValue(attr.value, String(port), attr.value.kind === 'string'));
      else if (!attr && protocolAttr)
        edits.push(insertAttributeAfter(text, protocolAttr, i === 0 ? 'from_port' : 'to_port', String(port)));
    });
  }
  edits.push(...renderPeers(site, unit, context, original));
  return edits;
}

function replaceValue(value: HclExpression, text: string, quoted: boolean): TextEdit {
  return { start: value.start, end: value.end, text: quoted ? quote(text) : text };
}

/** The attribute a peer is written in, and its value as code. */
function written(site: RuleSite, peer: RulePeer, context: RenderContext): { name: string; value: string } {
  const names = PEER_ATTRIBUTES[site.kind];
  if ('cidr' in peer)
    return { name: peer.cidr.includes(':') ? names.cidr6 : names.cidr4, value: quote(peer.cidr) };
  if ('prefixListId' in peer) return { name: names.prefixList, value: quote(peer.prefixListId) };
  if (peer.groupId === context.ownGroupId && site.kind !== 'vpc-rule') return { name: 'self', value: 'true' };
  const resource =
    peer.groupId === context.ownGroupId ? context.ownResource : context.resourceFor(peer.groupId);
  return { name: names.group, value: resource ? `aws_security_group.${resource}.id` : quote(peer.groupId) };
}

/** Whether the attribute holds a list in this kind of site. */
function isList(site: RuleSite, name: string): boolean {
  if (name === 'self') return false;
  if (site.kind === 'inline') return true;
  return site.kind === 'rule' && name !== PEER_ATTRIBUTES.rule.group;
}

function renderPeers(site: RuleSite, unit: Unit, context: RenderContext, original: boolean): TextEdit[] {
  const text = site.file.text;
  const names = new Set<string>([...Object.values(PEER_ATTRIBUTES[site.kind]), 'self']);
  const kept = new Set(unit.kept);
  const added = unit.added.map((a) => ({ ...a, ...written(site, a.peer, context), placed: false }));
  const edits: TextEdit[] = [];
  const emptied: HclAttribute[] = [];
  const sitePeers = (attr: HclAttribute): SitePeer[] => site.peers.filter((p) => p.attribute === attr);
  // Replacements of `peer` that go to the attribute `name` (where it was).
  const replacing = (peer: SitePeer | undefined, name: string): typeof added =>
    added.filter((a) => !a.placed && a.replaces === peer && a.name === name);

  for (const attr of site.block.attributes) {
    if (!names.has(attr.name) || (attr.name === 'self' && site.kind === 'vpc-rule')) continue;
    const peers = sitePeers(attr);
    if (attr.value.kind === 'tuple') {
      let remaining = 0;
      const fates: ElementFate[] = attr.value.elements.map((element) => {
        const peer = peers.find((p) => p.element === element);
        if (peer ? kept.has(peer) : original && unit.keepsUnknown) {
          remaining++;
          return { keep: true };
        }
        const values = replacing(peer, attr.name);
        for (const a of values) a.placed = true;
        remaining += values.length;
        return { replace: values.map((a) => a.value) };
      });
      const appended = added.filter((a) => !a.placed && a.name === attr.name);
      for (const a of appended) a.placed = true;
      if (remaining + appended.length === 0) emptied.push(attr);
      else {
        const edit = editTuple(
          text,
          attr.value,
          fates,
          appended.map((a) => a.value),
        );
        if (edit) edits.push(edit);
      }
      continue;
    }
    const [peer] = peers;
    if (peer ? kept.has(peer) : original && unit.keepsUnknown) continue;
    if (attr.name === 'self') {
      const self = added.find((a) => !a.placed && a.name === 'self');
      if (self) self.placed = true;
      else emptied.push(attr);
      continue;
    }
    const [value] = replacing(peer, attr.name);
    if (value) {
      value.placed = true;
      if (value.value !== attr.value.text)
        edits.push({ start: attr.value.start, end: attr.value.end, text: value.value });
    } else emptied.push(attr);
  }

  // Peers whose attribute the definition does not have yet: take an emptied attribute's place
  // (a CIDR that becomes a group reference stays on its line), or follow the last peer attribute.
  const missing = [...new Set(added.filter((a) => !a.placed).map((a) => a.name))];
  for (const name of missing) {
    const values = added.filter((a) => a.name === name).map((a) => a.value);
    const value = isList(site, name) ? `[${values.join(', ')}]` : (values[0] ?? '');
    const place = emptied.shift();
    if (place) edits.push(renameAttribute(place, name, value));
    else edits.push(insertAttributeAfter(text, anchorOf(site), name, value));
  }
  for (const attr of emptied) edits.push(deleteAttribute(text, attr));
  return edits;
}

/** The attribute a new peer attribute follows: the last peer attribute, else the ports. */
function anchorOf(site: RuleSite): HclAttribute {
  const attributes = site.block.attributes;
  const names = new Set<string>([...Object.values(PEER_ATTRIBUTES[site.kind]), 'self']);
  const anchor =
    attributes.filter((a) => names.has(a.name)).at(-1) ??
    attribute(site.block, 'to_port') ??
    attribute(site.block, site.kind === 'vpc-rule' ? 'ip_protocol' : 'protocol') ??
    attributes.at(-1);
  if (!anchor) throw new Error(`${site.file.file}:${site.block.line}: a rule without attributes`);
  return anchor;
}
