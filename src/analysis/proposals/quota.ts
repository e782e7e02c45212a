/**
 * AWS's rules quota: a group has at most `rules-per-group` inbound and as many outbound rules,
 * IPv4 and IPv6 counted apart. When a group's replacements would pass it, the rules whose peers
 * were narrowed share the room left, in rule order, and those that get less than one entry per
 * peer are proposed as covering networks instead of single addresses.
 */
import type { CompiledRule } from '../compile.js';
import { replacement, type PlanContext, type RulePlan } from './plan.js';

/** Shrinks replacements so that no group passes its quota; updates the plans in place. */
export function fitQuota(rules: readonly CompiledRule[], plans: readonly RulePlan[], ctx: PlanContext): void {
  const quota = ctx.config['rules-per-group'];
  const buckets = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const key = `${rule.rule.groupId}|${rule.rule.direction}|${family(rule)}`;
    const list = buckets.get(key);
    if (list) list.push(rule);
    else buckets.set(key, [rule]);
  }
  for (const members of buckets.values()) {
    const count = (rule: CompiledRule) => {
      const proposal = plans[rule.index]?.proposal;
      if (!proposal) return 1;
      return proposal.action === 'remove' ? 0 : proposal.rules.length;
    };
    const total = members.reduce((sum, rule) => sum + count(rule), 0);
    if (total <= quota) continue;
    const adjustable = members.filter((rule) => {
      const plan = plans[rule.index];
      return plan?.proposal?.action === 'replace' && plan.peers !== undefined;
    });
    const fixed = members
      .filter((rule) => !adjustable.includes(rule))
      .reduce((sum, rule) => sum + count(rule), 0);
    const minimum = adjustable.map((rule) => (plans[rule.index] as RulePlan).ports.length);
    let spare = quota - fixed - minimum.reduce((a, b) => a + b, 0);
    adjustable.forEach((rule, i) => {
      const plan = plans[rule.index] as RulePlan;
      const wanted = count(rule);
      const least = minimum[i] as number;
      const extra = Math.max(0, Math.min(wanted - least, spare));
      spare -= extra;
      const room = Math.max(1, Math.floor((least + extra) / plan.ports.length));
      plan.proposal = replacement(plan, rule.rule, room, ctx);
    });
  }
}

/** AWS counts IPv6 rules apart from the others. */
function family(rule: CompiledRule): 4 | 6 {
  return 'cidr' in rule.rule.peer && rule.rule.peer.cidr.includes(':') ? 6 : 4;
}
