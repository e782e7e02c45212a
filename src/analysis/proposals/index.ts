/**
 * Proposals for every rule at once: each rule's net change (plan.ts), then the groups' rules
 * quota shared out (quota.ts). The findings read the plans; none computes a change of its own.
 */
import type { Config } from '../../config.js';
import type { RuleStatus } from '../../report/types.js';
import type { Collected } from '../collected.js';
import type { CompiledInventory } from '../compile.js';
import { groupIndex } from './peers.js';
import { planRule, type PlanContext, type RulePlan } from './plan.js';
import { fitQuota } from './quota.js';

export type { RulePlan } from './plan.js';
export { aclDeny, type TakenNumbers } from './acl.js';
export { comparePeers, peerKeyText, peerKeyValue, removal } from './rules.js';

/** The sources the run flags as port scanners: those that tried `port-scan-min-ports` ports. */
export function scannerKeys(collected: Collected): Set<number | string> {
  return new Set(collected.scans.keys());
}

/** The window read, first record to last, to the nearest hour (0 without records). */
export function windowSeconds(collected: Collected): number {
  const { firstStart, lastEnd } = collected.input;
  if (firstStart < 0 || lastEnd < firstStart) return 0;
  return Math.round((lastEnd - firstStart) / 3_600) * 3_600;
}

/** One plan per rule, indexed like the compiled rules. */
export function planProposals(
  compiled: CompiledInventory,
  collected: Collected,
  config: Config,
  statuses: readonly RuleStatus[],
): RulePlan[] {
  const ctx: PlanContext = {
    compiled,
    config,
    statuses,
    usage: collected.usage,
    scanners: scannerKeys(collected),
    sourcePorts: collected.sourcePorts,
    groups: groupIndex(compiled),
    windowSeconds: windowSeconds(collected),
    unreadFiles: collected.input.unreadableFiles,
  };
  const plans = compiled.rules.map((rule) => planRule(rule, ctx));
  fitQuota(compiled.rules, plans, ctx);
  return plans;
}
