/**
 * The ports a rule's legitimate traffic needs: what its credited flows used, less what only port
 * scanners tried, as protocol-and-port ranges to propose.
 */
import type { SecurityGroupRule } from '../../inventory/model.js';
import type { ProposedRule } from '../../report/types.js';
import type { RuleUsage } from '../usage.js';
import { protocolName } from '../traffic.js';
import { mergeRanges } from './rules.js';

/** The local ports an inbound source tried anywhere (see Collected.sourcePorts). */
export type SourcePorts = (key: number | string) => number | Set<number> | undefined;

/**
 * The rule's port keys (protocol × 65536 + port) that traffic other than scanners' used;
 * undefined when they are not known (more distinct ports than are tracked per rule).
 *
 * The flows are counted per rule, not per rule and source, so a port is kept when any legitimate
 * peer of the rule tried it on any interface: a superset of what it needs, never less. When the
 * legitimate peers are not all known, every port of the rule is kept.
 */
export function legitimatePortKeys(
  usage: RuleUsage,
  legitimatePeers: readonly (number | string)[] | undefined,
  scannerFlows: number,
  sourcePorts: SourcePorts,
): number[] | undefined {
  if (usage.portsOverflow) return undefined;
  const all = [...usage.ports];
  if (scannerFlows === 0 || legitimatePeers === undefined) return all;
  const tried = new Set<number>();
  for (const peer of legitimatePeers) {
    const ports = sourcePorts(typeof peer === 'number' ? peer | 0 : peer);
    if (ports === undefined) return all;
    if (typeof ports === 'number') tried.add(ports);
    else for (const port of ports) tried.add(port);
  }
  return all.filter((key) => tried.has(key % 65536));
}

/** Port keys as proposed rules' protocol and ports: tcp and udp ports merged into ranges. */
export function portRanges(
  keys: readonly number[],
): Pick<ProposedRule, 'protocol' | 'fromPort' | 'toPort'>[] {
  const byProtocol = new Map<number, number[]>();
  for (const key of keys) {
    const protocol = Math.floor(key / 65536);
    const list = byProtocol.get(protocol) ?? [];
    list.push(key % 65536);
    byProtocol.set(protocol, list);
  }
  const out: Pick<ProposedRule, 'protocol' | 'fromPort' | 'toPort'>[] = [];
  for (const [protocol, ports] of [...byProtocol].sort((a, b) => a[0] - b[0])) {
    const name = protocolName(protocol);
    if (protocol === 6 || protocol === 17) {
      for (const [from, to] of mergeRanges(ports)) out.push({ protocol: name, fromPort: from, toPort: to });
    } else {
      // ICMP's "ports" are type and code, which the logs do not carry: the whole protocol.
      out.push({ protocol: name, fromPort: -1, toPort: -1 });
    }
  }
  return out;
}

/** The rule's own protocol and ports, as a proposed rule's. */
export function ownPorts(rule: SecurityGroupRule): Pick<ProposedRule, 'protocol' | 'fromPort' | 'toPort'> {
  return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort };
}
