/**
 * The splices that turn one rule entry of a template into a proposed rule: the protocol, the
 * ports and the peer are rewritten only where they differ, each in the style it is written in.
 */
import { normalizeProtocol } from '../../inventory/model.js';
import type { ProposedRule } from '../model.js';
import type { GroupScope } from './groups.js';
import { peerEntry, peerKey, shapeOf } from './match.js';
import type { RuleEntry } from './rules.js';
import { literalOf, literalString, type MapEntry, type SourceNode, type Splice } from './source-tree.js';
import { groupLogicalId } from './template.js';
import {
  insertEntrySplice,
  removeEntrySplice,
  renameKeySplice,
  renderRef,
  renderScalar,
  setValueSplice,
} from './text-edits.js';

/**
 * Whether a protocol is written as a number (`6`, `"17"`) rather than a name (`tcp`). `-1` says
 * nothing: it is the only way to write "all protocols".
 */
function numericProtocol(node: SourceNode | undefined): boolean {
  const v = literalOf(node);
  return (typeof v === 'number' && v >= 0) || (typeof v === 'string' && /^\d+$/.test(v.trim()));
}

/**
 * Splices (offsets in the template's text) that make the entry say `want`. The entry's values
 * that are compared here are literal or a Ref of a group: compareEntry matched them.
 */
export function rewriteEntry(entry: RuleEntry, want: ProposedRule, groups: GroupScope): Splice[] {
  const properties = entry.properties;
  if (!properties) throw new Error('an opaque entry cannot be rewritten');
  const doc = entry.template.doc;
  const out: Splice[] = [];
  const find = (key: string) => properties.entries.find((e) => e.key === key);

  const protocol = find('IpProtocol');
  if (!protocol) throw new Error('a rule entry without IpProtocol');
  const heldProtocol = normalizeProtocol(literalString(protocol.value)?.trim() ?? '')?.protocol;
  if (heldProtocol !== want.protocol) {
    const number = normalizeProtocol(want.protocol)?.protocolNumber;
    const text =
      want.protocol === 'all'
        ? '-1'
        : numericProtocol(protocol.value)
          ? String(number ?? want.protocol)
          : want.protocol;
    // A protocol written as a bare number stays a bare number; otherwise it is a string.
    const value = typeof literalOf(protocol.value) === 'number' && /^-?\d+$/.test(text) ? Number(text) : text;
    out.push(setValueSplice(doc, protocol, renderScalar(doc, value, protocol.value)));
  }

  if (want.protocol !== 'all') {
    let anchor: MapEntry = protocol;
    for (const [key, port] of [
      ['FromPort', want.fromPort],
      ['ToPort', want.toPort],
    ] as const) {
      const held = find(key);
      if (held) {
        const v = literalOf(held.value);
        if (Number(v) !== port) out.push(setValueSplice(doc, held, renderScalar(doc, port, held.value)));
        anchor = held;
      } else {
        const like = find('FromPort')?.value ?? find('ToPort')?.value;
        out.push(insertEntrySplice(doc, properties, anchor, key, renderScalar(doc, port, like)));
      }
    }
  }

  const shape = shapeOf(want);
  const [kind, value] =
    'cidr' in shape.peer
      ? (['cidr', shape.peer.cidr] as const)
      : 'groupId' in shape.peer
        ? (['groupId', shape.peer.groupId] as const)
        : (['prefixListId', shape.peer.prefixListId] as const);
  const key = peerKey(kind, entry.direction, value);
  const held = peerEntry(properties, entry.direction);
  if (!held) throw new Error('a rule entry without a peer');
  const logical = kind === 'groupId' ? groups.logicalId(value) : undefined;
  const rendered =
    logical !== undefined
      ? renderRef(doc, logical)
      : renderScalar(doc, value, literalOf(held.value) === undefined ? undefined : held.value);
  if (held.key !== key) out.push(renameKeySplice(doc, held, key));
  if (held.key !== key || !samePeerValue(entry, held, value, groups)) {
    out.push(setValueSplice(doc, held, rendered));
  }
  // The owner of a peer group means nothing once the peer is a network or a prefix list.
  const owner = properties.entries.findIndex((e) => e.key === 'SourceSecurityGroupOwnerId');
  if (kind !== 'groupId' && owner >= 0) {
    const removal = removeEntrySplice(doc, properties, owner);
    if (removal) out.push(removal);
  }
  return out;
}

function samePeerValue(entry: RuleEntry, held: MapEntry, value: string, groups: GroupScope): boolean {
  const literal = literalString(held.value);
  if (literal !== undefined) return literal.trim().toLowerCase() === value.toLowerCase();
  const logical = groupLogicalId(held.value);
  return logical !== undefined && groups.physicalId(logical) === value;
}
