/**
 * The rule changes between two trees: rules are compared by identity (group, direction,
 * protocol, ports, peer), so moving a rule to another file, reformatting it or splitting a CIDR
 * list into separate resources changes nothing, and a changed port range or peer is one rule
 * removed and one added. Computed rules cannot be compared and are left out.
 */
import { isRead, ruleIdentity, type ReadRule, type WrittenRule } from './written-rule.js';

export interface RuleDiff {
  /** Rules of the head tree that the base tree does not write, in head order. */
  added: ReadRule[];
  /** Rules of the base tree that the head tree no longer writes, in base order. */
  removed: ReadRule[];
}

/**
 * The rules added and removed from `base` to `head`. A rule written twice counts twice (one group
 * name in two environments): when one copy goes, the copy whose file no longer has it is removed.
 */
export function diffRules(base: readonly WrittenRule[], head: readonly WrittenRule[]): RuleDiff {
  const headByIdentity = new Map<string, ReadRule[]>();
  for (const rule of head.filter(isRead)) {
    const key = ruleIdentity(rule);
    headByIdentity.set(key, [...(headByIdentity.get(key) ?? []), rule]);
  }
  const baseByIdentity = new Map<string, ReadRule[]>();
  for (const rule of base.filter(isRead)) {
    const key = ruleIdentity(rule);
    baseByIdentity.set(key, [...(baseByIdentity.get(key) ?? []), rule]);
  }
  const kept = new Set<ReadRule>();
  for (const [key, bases] of baseByIdentity) {
    const heads = [...(headByIdentity.get(key) ?? [])];
    const unpaired = [...bases];
    // Pair the copies that stayed where they were first, then those in the same file, then any.
    const tiers: ((b: ReadRule, h: ReadRule) => boolean)[] = [
      (b, h) => b.file === h.file && b.line === h.line,
      (b, h) => b.file === h.file,
      () => true,
    ];
    for (const same of tiers) {
      for (const b of [...unpaired]) {
        const at = heads.findIndex((h) => same(b, h));
        if (at === -1) continue;
        kept.add(b).add(heads[at] as ReadRule);
        heads.splice(at, 1);
        unpaired.splice(unpaired.indexOf(b), 1);
      }
    }
  }
  return {
    added: head.filter(isRead).filter((r) => !kept.has(r)),
    removed: base.filter(isRead).filter((r) => !kept.has(r)),
  };
}
