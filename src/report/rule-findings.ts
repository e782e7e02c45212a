/**
 * What the findings say about each rule, for the renderers that give one row per rule (the HTML
 * rule tables, the CSV): which finding types name it, and the one change proposed for it.
 */
import { formatProposal, rankFindings, ruleIndex } from './format.js';
import type { Finding, Report } from './types.js';

/**
 * The types of the findings about each rule, worst first and each once. Suppressed findings are
 * marked `(suppressed)`: they are kept in the report but not counted.
 */
export function findingTypesByRule(findings: readonly Finding[]): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  for (const finding of rankFindings(findings)) {
    if (finding.ruleId === undefined) continue;
    const label = finding.suppressed === undefined ? finding.type : `${finding.type} (suppressed)`;
    const types = byRule.get(finding.ruleId) ?? [];
    if (!types.includes(label)) types.push(label);
    byRule.set(finding.ruleId, types);
  }
  return byRule;
}

/**
 * The change proposed for each rule, worded as the other renderers word it. Every finding about a
 * rule carries the same proposal, so the worst one that has a proposal speaks for the rule; a
 * suppressed finding proposes nothing (the suppression says the rule stays as it is).
 */
export function proposedChangeByRule(report: Report): Map<string, string> {
  const ruleOf = ruleIndex(report);
  const byRule = new Map<string, string>();
  for (const finding of rankFindings(report.findings)) {
    if (finding.ruleId === undefined || finding.suppressed !== undefined || byRule.has(finding.ruleId))
      continue;
    const change = formatProposal(finding, ruleOf(finding));
    if (change !== undefined) byRule.set(finding.ruleId, change);
  }
  return byRule;
}
