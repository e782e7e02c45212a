/**
 * What one definition (block or resource) must become once the changes of the rules it defines
 * are made: deleted, or rewritten as one or more "units" (one protocol and port range, and the
 * peers that share them). The definition itself becomes one unit; the others are copies of it.
 */
import type { RulePeer } from '../../inventory/model.js';
import { normalizeProtocol, peerText } from '../../inventory/model.js';
import type { RuleChange } from '../model.js';
import { proposedPeer } from './locate.js';
import type { RuleSite, SitePeer } from './sites.js';

/** A peer a unit gains, written where `replaces` was when it lands in the same attribute. */
export interface AddedPeer {
  peer: RulePeer;
  replaces: SitePeer;
}

/** One protocol and port range with its peers: one block or resource in the code. */
export interface Unit {
  protocol: string;
  fromPort: number;
  toPort: number;
  /** Written peers that stay as they are. */
  kept: SitePeer[];
  added: AddedPeer[];
  /** Whether the peers the code does not spell out (variables, functions) stay in this unit. */
  keepsUnknown: boolean;
}

export type SitePlan = { kind: 'delete' } | { kind: 'rewrite'; original: Unit; copies: Unit[] };

/** A located change: the live rule is `peer` of the site. */
export interface PeerChange {
  change: RuleChange;
  peer: SitePeer;
}

/**
 * Plans a site given the changes of the rules it defines; `peerOf` says which live peer a written
 * one is (a reference resolved to its group id when it can be).
 */
export function planSite(
  site: RuleSite,
  changes: readonly PeerChange[],
  ownGroupId: string,
  peerOf: (peer: SitePeer) => RulePeer,
): SitePlan {
  const byPeer = new Map(changes.map((c) => [c.peer, c.change]));
  const units = new Map<string, Unit>();
  const unitFor = (protocol: string, fromPort: number, toPort: number, split: string): Unit => {
    const ports = portsOf(site, protocol, fromPort, toPort);
    const key = [protocol, ports.fromPort, ports.toPort, split].join('|');
    let unit = units.get(key);
    if (!unit) {
      unit = { protocol, ...ports, kept: [], added: [], keepsUnknown: false };
      units.set(key, unit);
    }
    return unit;
  };
  const oldProtocol = site.protocol ?? 'all';
  const old = (split: string): Unit => unitFor(oldProtocol, site.fromPort ?? 0, site.toPort ?? 0, split);
  for (const peer of site.peers) {
    if (!byPeer.has(peer)) old(splitKey(site, peerOf(peer), ownGroupId)).kept.push(peer);
  }
  if (site.unknown.peers) old('list').keepsUnknown = true;
  for (const peer of site.peers) {
    const change = byPeer.get(peer);
    if (!change || change.action === 'remove') continue;
    for (const rule of change.replacement) {
      const added = proposedPeer(rule, change.rule.peer);
      const protocol = normalizeProtocol(rule.protocol)?.protocol ?? rule.protocol;
      const unit = unitFor(protocol, rule.fromPort, rule.toPort, splitKey(site, added, ownGroupId));
      const text = peerText(added);
      const duplicate =
        unit.added.some((a) => peerText(a.peer) === text) ||
        unit.kept.some((k) => peerText(peerOf(k)) === text);
      if (!duplicate) unit.added.push({ peer: added, replaces: peer });
    }
  }
  const all = [...units.values()].filter((u) => u.kept.length > 0 || u.added.length > 0 || u.keepsUnknown);
  const original = all.find((u) => u.kept.length > 0 || u.keepsUnknown) ?? all[0];
  if (!original) return { kind: 'delete' };
  return { kind: 'rewrite', original, copies: all.filter((u) => u !== original) };
}

/** Ports as the code writes them: 0/0 for all protocols, none at all in a vpc rule resource. */
function portsOf(
  site: RuleSite,
  protocol: string,
  fromPort: number,
  toPort: number,
): { fromPort: number; toPort: number } {
  if (protocol !== 'all') return { fromPort, toPort };
  return site.kind === 'vpc-rule' ? { fromPort: -1, toPort: -1 } : { fromPort: 0, toPort: 0 };
}

/**
 * Which peers may share one definition: all of them in an inline block; the CIDRs and prefix lists
 * of an `aws_security_group_rule` (a group or `self` each need their own); one per vpc rule.
 */
function splitKey(site: RuleSite, peer: RulePeer, ownGroupId: string): string {
  if (site.kind === 'inline') return '';
  if (site.kind === 'vpc-rule') return peerText(peer);
  if ('groupId' in peer) return peer.groupId === ownGroupId ? 'self' : `group:${peer.groupId}`;
  return 'list';
}
