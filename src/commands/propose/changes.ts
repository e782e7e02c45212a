/**
 * The report's proposals as rule changes: one per rule (every finding about a rule carries the
 * same net change), with the live rule they apply to and why, in a stable order.
 */
import type { LiveRule, RuleChange } from '../../iac/model.js';
import type { Finding, Report, RuleReport } from '../../report/types.js';

/** Why a rule is changed, in a few words, from the types of the findings about it. */
const REASON: Record<string, string> = {
  'open-admin-port': 'admin port open to the internet',
  'open-high-risk-port': 'high-risk port open to the internet',
  'unused-rule': 'unused in the window',
  'broad-source': 'far more sources than used',
  'broad-ports': 'far more ports than used',
  'redundant-rule': 'every flow also allowed by another rule',
};

/** A change with the traffic evidence behind it, for the PR body. */
export interface ProposedChange extends RuleChange {
  usage: RuleReport['usage'];
  status: RuleReport['status'];
  findings: Finding[];
}

export function changesFromReport(report: Report): ProposedChange[] {
  const rules = new Map(report.rules.map((r) => [r.ruleId, r]));
  const byRule = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.ruleId === undefined || finding.suppressed || finding.proposal === undefined) continue;
    if (finding.proposal.action === 'deny') continue;
    const list = byRule.get(finding.ruleId) ?? [];
    list.push(finding);
    byRule.set(finding.ruleId, list);
  }
  const changes: ProposedChange[] = [];
  for (const [ruleId, findings] of byRule) {
    const rule = rules.get(ruleId);
    const proposal = findings[0]?.proposal;
    if (!rule || !proposal || proposal.action === 'deny') continue;
    changes.push({
      rule: liveRule(rule),
      action: proposal.action,
      replacement: proposal.action === 'replace' ? proposal.rules : [],
      reason: [...new Set(findings.map((f) => REASON[f.type] ?? f.type))].join('; '),
      usage: rule.usage,
      status: rule.status,
      findings,
    });
  }
  return changes.sort(
    (a, b) =>
      a.rule.groupId.localeCompare(b.rule.groupId) ||
      a.rule.direction.localeCompare(b.rule.direction) ||
      a.rule.ruleId.localeCompare(b.rule.ruleId),
  );
}

function liveRule(rule: RuleReport): LiveRule {
  return {
    ruleId: rule.ruleId,
    groupId: rule.groupId,
    groupName: rule.groupName,
    direction: rule.direction,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: rule.peer,
    ...(rule.description !== undefined ? { description: rule.description } : {}),
  };
}
