/**
 * Narrower replacements for rules that allow more than their traffic needs.
 */
import type { SecurityGroupRule } from '../inventory/model.js';
import type { Proposal } from '../report/types.js';
import { coverIpv4, formatIpv4 } from './net.js';

/**
 * Replacement peers for a rule whose observed peers are few: their exact /32 (or /128) when they
 * fit in `maxCidrs`, else a small covering set; a group reference when the peers are exactly the
 * addresses of one group's interfaces.
 */
export function narrowSource(
  rule: SecurityGroupRule,
  peers: readonly (number | string)[],
  maxCidrs: number,
  groupAddresses: ReadonlyMap<string, ReadonlySet<number | string>>,
): Proposal {
  const base = { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort };
  const wanted = new Set(peers);
  for (const [groupId, addresses] of groupAddresses) {
    if (groupId === rule.groupId || addresses.size !== wanted.size || addresses.size < 2) continue;
    if ([...addresses].every((a) => wanted.has(a)))
      return { action: 'replace', rules: [{ ...base, groupId }] };
  }
  const v4 = peers.filter((p): p is number => typeof p === 'number');
  const v6 = peers.filter((p): p is string => typeof p === 'string');
  const cidrs = [
    ...coverIpv4(v4, Math.max(1, maxCidrs - Math.min(v6.length, maxCidrs - 1))).map((c) => c.text),
    ...v6.map((a) => `${a}/128`),
  ];
  return { action: 'replace', rules: cidrs.sort(compareCidr).map((cidr) => ({ ...base, cidr })) };
}

/** The ports seen, merged into ranges, as replacement rules for a rule whose range is too wide. */
export function narrowPorts(rule: SecurityGroupRule, portKeys: readonly number[]): Proposal {
  const byProtocol = new Map<number, number[]>();
  for (const key of portKeys) {
    const protocol = Math.floor(key / 65536);
    const list = byProtocol.get(protocol) ?? [];
    list.push(key % 65536);
    byProtocol.set(protocol, list);
  }
  const peer =
    'cidr' in rule.peer
      ? { cidr: rule.peer.cidr }
      : 'groupId' in rule.peer
        ? { groupId: rule.peer.groupId }
        : {};
  const rules: Proposal['rules'] = [];
  for (const [protocol, ports] of [...byProtocol].sort((a, b) => a[0] - b[0])) {
    const name = protocol === 6 ? 'tcp' : protocol === 17 ? 'udp' : String(protocol);
    for (const [from, to] of mergeRanges(ports))
      rules.push({ protocol: name, fromPort: from, toPort: to, ...peer });
  }
  return { action: 'replace', rules };
}

/** Sorted ports to [from, to] ranges of consecutive ports. */
export function mergeRanges(ports: readonly number[]): [number, number][] {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

export function removal(rule: SecurityGroupRule): Proposal {
  const peer =
    'cidr' in rule.peer
      ? { cidr: rule.peer.cidr }
      : 'groupId' in rule.peer
        ? { groupId: rule.peer.groupId }
        : {};
  return {
    action: 'remove',
    rules: [{ protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, ...peer }],
  };
}

function compareCidr(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** A peer key (IPv4 number or IPv6 text) as text. */
export function peerKeyText(key: number | string): string {
  return typeof key === 'number' ? formatIpv4(key >>> 0) : key;
}

/** A peer key as an address value: IPv4 unsigned, IPv6 text. */
export function peerKeyValue(key: number | string): number | string {
  return typeof key === 'number' ? key >>> 0 : key;
}
