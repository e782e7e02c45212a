/**
 * Rule status from the collected usage: used, unused, or unknown (not enough evidence).
 */
import type { RuleStatus } from '../report/types.js';
import type { CompiledInventory, CompiledRule } from './compile.js';
import type { RuleUsage } from './usage.js';

/**
 * `used` when a connection start was credited to it; otherwise `unused` when the group is attached
 * to nothing or every interface of its group has at least one record; else `unknown`. A rule
 * whose peer is a prefix list with unknown entries cannot be judged unused.
 */
export function ruleStatus(
  rule: CompiledRule,
  usage: RuleUsage,
  compiled: CompiledInventory,
  recordsByInterface: readonly number[],
): RuleStatus {
  if (usage.flows > 0) return 'used';
  const members = compiled.membersByGroup.get(rule.rule.groupId) ?? [];
  if (members.length === 0) return 'unused';
  if (rule.peer.kind === 'unknown') return 'unknown';
  return members.every((i) => (recordsByInterface[i] ?? 0) > 0) ? 'unused' : 'unknown';
}

/** Interfaces of a group that have no record at all in the window. */
export function silentMembers(
  groupId: string,
  compiled: CompiledInventory,
  recordsByInterface: readonly number[],
): string[] {
  return (compiled.membersByGroup.get(groupId) ?? [])
    .filter((i) => (recordsByInterface[i] ?? 0) === 0)
    .map((i) => compiled.interfaces[i]?.id ?? `#${i}`);
}
