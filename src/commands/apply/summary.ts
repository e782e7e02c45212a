/**
 * What `apply` prints after the plan: what the run (or the dry run) found and did, where its
 * journal is, and, when something changed, the one command that undoes it; plus the exit status
 * and the one line for standard error that go with it.
 */
import type { ApplyResult, JournalRule, RuleContent } from '../../aws/apply/index.js';
import { ruleText } from '../../aws/apply/rules.js';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** `ingress tcp 22 0.0.0.0/0 "ssh from anywhere"`: a rule with the description revert restores. */
export function ruleWithDescription(rule: RuleContent | JournalRule): string {
  const description = rule.description ?? undefined;
  return description ? `${ruleText(rule)} "${description}"` : ruleText(rule);
}

/** The IAM actions a dry run found missing, each once, in the order met. */
export function missingActions(result: ApplyResult): string[] {
  const actions = result.journal.entries.flatMap((e) =>
    e.result.status === 'failed' && e.result.error.iamAction ? [e.result.error.iamAction] : [],
  );
  return [...new Set(actions)];
}

function changesDone(result: ApplyResult): string[] {
  const lines = [
    `${result.journal.dryRun ? 'Carried out in spite of DryRun' : 'Done'}: ${plural(result.authorized.length, 'rule')} authorized, ${result.revoked.length} revoked, ${plural(result.aclEntriesCreated.length, 'network ACL entry', 'network ACL entries')} created.`,
  ];
  for (const a of result.authorized) {
    const ids = a.ruleIds.length > 0 ? a.ruleIds.join(', ') : '(EC2 returned no id)';
    lines.push(`  authorized ${a.groupId} ${ruleWithDescription(a.rule)} as ${ids}`);
  }
  for (const r of result.revoked)
    lines.push(`  revoked ${r.groupId} ${r.ruleId} (${ruleWithDescription(r)})`);
  for (const e of result.aclEntriesCreated)
    lines.push(`  created ${e.networkAclId} ${e.ruleNumber} deny ${e.cidr}`);
  if (result.alreadyPresent.length > 0) {
    lines.push('Already there, so not created again:');
    for (const a of result.alreadyPresent) lines.push(`  ${a.groupId} ${ruleText(a.rule)}`);
  }
  if (result.skipped.length > 0) {
    lines.push('Left alone (the live rules changed since the plan):');
    for (const s of result.skipped) lines.push(`  ${s}`);
  }
  return lines;
}

function dryRunFindings(result: ApplyResult): string[] {
  const lines: string[] = [];
  const missing = [...new Set(result.missingPermissions)];
  if (missing.length === 0 && result.problems.length === 0) {
    return ['Dry run: EC2 would accept every call (it answered DryRunOperation). Nothing was changed.'];
  }
  lines.push('Dry run: nothing was changed, but not every call would succeed.');
  if (missing.length > 0) {
    lines.push(
      `${plural(result.missingPermissions.length, 'call')} would be refused for lack of a permission (${missingActions(result).join(', ')}):`,
    );
    for (const m of missing) lines.push(`  ${m}`);
  }
  if (result.problems.length > 0) {
    lines.push(`${plural(result.problems.length, 'call')} would fail:`);
    for (const p of result.problems) lines.push(`  ${p}`);
  }
  return lines;
}

/** The text printed after the plan, ending with a newline. */
export function applySummary(result: ApplyResult): string {
  const lines = result.status === 'dry-run' ? dryRunFindings(result) : changesDone(result);
  if (result.failure) {
    lines.push(`Stopped at ${result.failure.call}: ${result.failure.message}`);
    lines.push(
      result.revertCommand
        ? 'The calls after it were not made.'
        : 'Nothing was changed, so there is nothing to undo.',
    );
  }
  lines.push(`Journal: ${result.journalPath}`);
  if (result.revertCommand) lines.push(`To undo what this run did: ${result.revertCommand}`);
  return `\n${lines.join('\n')}\n`;
}

/**
 * The exit status of a run (0 completed, or a dry run that found every call would succeed; 1 a
 * call failed or would fail) and, for 1, the line for standard error.
 */
export function applyOutcome(result: ApplyResult): { status: 0 | 1; error?: string } {
  if (result.failure) {
    const undo = result.revertCommand
      ? `; undo what was done with: ${result.revertCommand}`
      : '; nothing was changed';
    return { status: 1, error: `stopped at ${result.failure.call}: ${result.failure.message}${undo}` };
  }
  if (result.status === 'dry-run') {
    const missing = missingActions(result);
    if (missing.length > 0) return { status: 1, error: `dry run: missing permission: ${missing.join(', ')}` };
    if (result.problems.length > 0)
      return { status: 1, error: `dry run: ${plural(result.problems.length, 'call')} would fail` };
  }
  return { status: 0 };
}
