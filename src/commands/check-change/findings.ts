/**
 * `blocked-by-change` findings: one per group, direction, remote address and port whose
 * connection starts were REJECTed after a change that removed the rule allowing them, with the
 * counts, the first and last time, and the command that undoes the change.
 */
import { describeRule, fingerprint } from '../../analysis/findings.js';
import { severityOf, type Config } from '../../config.js';
import type { Inventory } from '../../inventory/model.js';
import { formatCount } from '../../report/format.js';
import type { Finding } from '../../report/types.js';
import type { BlockedFlows } from './blocked-traffic.js';

/** The name a report uses for an IANA protocol number. */
export function protocolText(protocol: number): string {
  return protocol === 6
    ? 'tcp'
    : protocol === 17
      ? 'udp'
      : protocol === 1
        ? 'icmp'
        : protocol === 58
          ? 'icmpv6'
          : String(protocol);
}

/** `tcp 22`, `icmp`: what was connected to. */
export function portText(protocol: number, port: number): string {
  return port < 0 ? protocolText(protocol) : `${protocolText(protocol)} ${port}`;
}

/** Unix seconds as ISO 8601 to the second. */
export function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

export interface FindingContext {
  config: Config;
  inventory: Inventory;
  /** `sg-flow-audit revert JOURNAL`, when the change came from an apply journal. */
  revert: string | undefined;
  journal: string | undefined;
}

/** The finding for one group, direction, remote address and port. */
export function blockedFinding(flows: BlockedFlows, ctx: FindingContext): Finding {
  const group = ctx.inventory.groups.find((g) => g.groupId === flows.groupId);
  const groupText = group?.groupName ? `${group.groupName} (${flows.groupId})` : flows.groupId;
  const what = portText(flows.protocol, flows.port);
  const ingress = flows.direction === 'ingress';
  const removed = flows.rule.rule;
  const interfaces = [...flows.interfaces].sort();
  const undo = ctx.revert
    ? ` Undo the change: ${ctx.revert}`
    : ` Put the rule back (or add a narrower one for ${flows.remote}) if this traffic is needed.`;
  const message =
    `${plural(flows.flows, 'connection start')} ${ingress ? `from ${flows.remote} to ${what}` : `to ${flows.remote} on ${what}`} ` +
    `${flows.flows === 1 ? 'was' : 'were'} REJECTed on ${interfaces.join(', ')} of ${groupText} ` +
    `between ${isoSeconds(flows.firstSeen)} and ${isoSeconds(flows.lastSeen)}. ` +
    `The change removed ${describeRule(removed)} (${removed.ruleId}), which allowed ${flows.flows === 1 ? 'it' : 'them'}, ` +
    `and no rule in force allows ${flows.flows === 1 ? 'it' : 'them'} now.${undo}`;
  return {
    id: fingerprint(
      'blocked-by-change',
      flows.groupId,
      flows.direction,
      flows.remote,
      flows.protocol,
      flows.port,
    ),
    type: 'blocked-by-change',
    severity: severityOf(ctx.config, 'blocked-by-change', 'critical'),
    groupId: flows.groupId,
    ruleId: removed.ruleId,
    peer: flows.remote,
    title: `${what} ${ingress ? 'from' : 'to'} ${flows.remote} blocked on ${groupText} since the change: ${plural(flows.flows, 'connection start')}`,
    message,
    evidence: {
      direction: flows.direction,
      protocol: protocolText(flows.protocol),
      peers: [flows.remote],
      ports: flows.port < 0 ? [] : [flows.port],
      flows: flows.flows,
      packets: flows.packets,
      bytes: flows.bytes,
      firstSeen: isoSeconds(flows.firstSeen),
      lastSeen: isoSeconds(flows.lastSeen),
      interfaces,
      removedRule: describeRule(removed),
      removedRuleId: removed.ruleId,
      ...(removed.description !== undefined ? { removedRuleDescription: removed.description } : {}),
      ...(ctx.journal !== undefined ? { journal: ctx.journal } : {}),
      ...(ctx.revert !== undefined ? { revert: ctx.revert } : {}),
    },
  };
}
