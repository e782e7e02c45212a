/**
 * What a correct analysis concludes about a generated world, from what the generator wrote: the
 * connection starts it credited to each rule, and which interfaces have any record at all.
 */
import type { Credit } from './traffic.js';
import { opensAdminPortToWorld, type Host, type Rule, type Vpc } from './vpc.js';

export interface Truth {
  records: number;
  /** Per rule id; `distinctSources` counts peers: sources of ingress rules, destinations of egress rules. */
  rules: Record<string, { status: string; initiatedFlows: number; distinctSources: number; ports: number[] }>;
  expect: {
    unusedRules: string[];
    unknownRules: string[];
    openAdminPorts: string[];
    /** Rule id → the addresses it should be narrowed to. */
    narrowSources: Record<string, string[]>;
    /** Rule id → the ports it should be narrowed to. */
    narrowPorts: Record<string, number[]>;
    unattachedGroups: string[];
    portScanners: string[];
    /** Rule id → why: "every flow it allowed is also allowed by sgr-…". */
    redundantRules: Record<string, string>;
  };
}

interface RuleTally {
  flows: number;
  peers: Set<string>;
  ports: Set<number>;
}

/** The generator's running account of what it wrote. */
export class Ledger {
  readonly tallies = new Map<Rule, RuleTally>();
  readonly seen = new Set<Host>();
  records = 0;

  constructor(vpc: Vpc) {
    for (const r of vpc.rules) this.tallies.set(r, { flows: 0, peers: new Set(), ports: new Set() });
  }

  credit(c: Credit): void {
    const t = this.tallies.get(c.rule) as RuleTally;
    t.flows++;
    t.peers.add(c.peer);
    t.ports.add(c.port);
  }

  tally(rule: Rule): RuleTally {
    return this.tallies.get(rule) as RuleTally;
  }
}

/** The scenario outcomes the world was built to show; see vpc.ts for why each rule is there. */
export interface Scenarios {
  narrowSources: Rule[];
  narrowPorts: Rule[];
  portScanners: string[];
  /** [the redundant rule, the narrower rule that allows all its flows]. */
  redundant: [Rule, Rule][];
}

/**
 * used: a connection start was credited to it; unused: none was, and every interface of its
 * group has a record (or the group has none); unknown: none was, and some interface has no
 * record, so it may have had traffic that no flow log saw.
 */
function statusOf(vpc: Vpc, ledger: Ledger, rule: Rule): 'used' | 'unused' | 'unknown' {
  if (ledger.tally(rule).flows > 0) return 'used';
  const members = vpc.hosts.filter((h) => h.groups.includes(rule.group));
  return members.every((h) => ledger.seen.has(h)) ? 'unused' : 'unknown';
}

const sortedIds = (rules: Rule[]) => rules.map((r) => r.id).sort();

export function buildTruth(vpc: Vpc, ledger: Ledger, scenarios: Scenarios): Truth {
  const status = new Map(vpc.rules.map((r) => [r, statusOf(vpc, ledger, r)]));
  const rules: Truth['rules'] = {};
  for (const r of vpc.rules) {
    const t = ledger.tally(r);
    rules[r.id] = {
      status: status.get(r) as string,
      initiatedFlows: t.flows,
      distinctSources: t.peers.size,
      ports: [...t.ports].sort((a, b) => a - b),
    };
  }
  const withStatus = (s: string) => vpc.rules.filter((r) => status.get(r) === s);
  return {
    records: ledger.records,
    rules,
    expect: {
      unusedRules: sortedIds(withStatus('unused')),
      unknownRules: sortedIds(withStatus('unknown')),
      openAdminPorts: sortedIds(vpc.rules.filter(opensAdminPortToWorld)),
      narrowSources: Object.fromEntries(
        scenarios.narrowSources.map((r) => [r.id, [...ledger.tally(r).peers].sort()]),
      ),
      narrowPorts: Object.fromEntries(
        scenarios.narrowPorts.map((r) => [r.id, [...ledger.tally(r).ports].sort((a, b) => a - b)]),
      ),
      unattachedGroups: vpc.unattached.map((g) => g.id).sort(),
      portScanners: [...scenarios.portScanners].sort(),
      redundantRules: Object.fromEntries(
        scenarios.redundant.map(([r, by]) => [r.id, `every flow it allowed is also allowed by ${by.id}`]),
      ),
    },
  };
}
