/**
 * The check-change outcome as text for a terminal or a job log: the change, what was checked,
 * each blocked-by-change finding, and the command that undoes the change.
 */
import { neutraliseCommandLines, showControls as shown } from '../../report/escape.js';
import { formatCount } from '../../report/format.js';
import type { CheckChangeOutcome } from './check.js';

/** Findings printed in full; the rest are counted (all of them are in `--format json`). */
export const TEXT_FINDINGS = 50;

function changeLine(outcome: CheckChangeOutcome): string {
  const removed = outcome.changedGroups.reduce((n, g) => n + g.removedRules.length, 0);
  const what = `${formatCount(removed)} rule(s) removed in ${formatCount(outcome.changedGroups.length)} group(s)`;
  const c = outcome.change;
  return c.kind === 'journal'
    ? `Change: apply journal ${shown(c.path)} (started ${c.startedAt}, ${c.status}): ${what}.`
    : `Change: inventory before ${shown(c.before)} against the inventory now: ${what}.`;
}

export function checkChangeText(outcome: CheckChangeOutcome): string {
  const lines = [changeLine(outcome)];
  for (const g of outcome.changedGroups) {
    // Names and descriptions are the account's, not ours: shown, and never a line of their own.
    const name = shown(g.groupName ? `${g.groupName} (${g.groupId})` : g.groupId);
    lines.push(`  ${name}, ${formatCount(g.interfaces.length)} interface(s):`);
    for (const r of g.removedRules) lines.push(`    removed ${shown(r.rule)} (${shown(r.ruleId)})`);
  }
  const counts = outcome.counts;
  const from =
    outcome.changedAt !== null && outcome.changedAt > outcome.since
      ? `since ${outcome.since} (the change took effect at ${outcome.changedAt})`
      : `since ${outcome.since}`;
  lines.push(
    `REJECTed connection starts on the changed groups' interfaces ${from}: ${formatCount(counts.rejectedStarts)}, ` +
      `of which the rules before the change allowed ${formatCount(outcome.findings.reduce((n, f) => n + Number(f.evidence['flows'] ?? 0), 0))} ` +
      `(${formatCount(outcome.input.records)} records read).`,
  );
  if (outcome.findings.length === 0) lines.push('No connection start was blocked by the change.');
  for (const f of outcome.findings.slice(0, TEXT_FINDINGS)) {
    lines.push(
      `  [${f.severity}] ${f.type}${f.suppressed ? ' (suppressed)' : ''}: ${shown(f.title)}`,
      `    ${shown(f.message)}`,
    );
  }
  if (outcome.findings.length > TEXT_FINDINGS)
    lines.push(
      `  … and ${formatCount(outcome.findings.length - TEXT_FINDINGS)} more (--format json lists them all)`,
    );
  for (const note of outcome.notes) lines.push(`  note: ${shown(note)}`);
  if (outcome.revert !== null && outcome.findings.some((f) => !f.suppressed))
    lines.push(`Undo the change: ${outcome.revert}`);
  return neutraliseCommandLines(lines.join('\n') + '\n');
}
