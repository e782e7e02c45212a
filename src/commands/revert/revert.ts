/**
 * The run of `sg-flow-audit revert JOURNAL`: the apply journal read, undone last call first with
 * a journal of its own next to it, and what was restored (old and new rule ids, since EC2 gives
 * a restored rule a new one), revoked and deleted printed. Loaded only when revert runs.
 */
import { existsSync } from 'node:fs';
import { readJournal, revertCommand, revertJournal, type RevertResult } from '../../aws/apply/index.js';
import { createEc2Client } from '../../aws/clients.js';
import { ConfigurationError } from '../../errors.js';
import { logText, showControls } from '../../report/escape.js';
import { revertJournalPath } from '../apply/journal-path.js';
import { ruleWithDescription } from '../apply/summary.js';

export interface RevertRunOptions {
  /** The apply journal to undo. */
  journal: string;
  region?: string | undefined;
  endpointUrl?: string | undefined;
  now: () => Date;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** What a revert did, as text ending with a newline. */
export function revertSummary(result: RevertResult, journal: string, ownJournal: string): string {
  const lines: string[] = [];
  if (result.changes === 0 && !result.failure) {
    lines.push(`Nothing to revert: what ${journal} records is undone already, or was never done.`);
  } else {
    lines.push(
      `Reverted ${journal}: ${plural(result.restored.length, 'rule')} restored, ${result.revoked.length} revoked, ${plural(result.deletedAclEntries.length, 'network ACL entry', 'network ACL entries')} deleted.`,
    );
  }
  if (result.restored.length > 0) {
    lines.push('Restored (EC2 gives a restored rule a new id):');
    for (const r of result.restored) {
      lines.push(
        `  ${r.groupId} ${ruleWithDescription(r.rule)}: ${r.oldRuleId} → ${r.newRuleId ?? '(EC2 returned no id)'}`,
      );
    }
  }
  if (result.revoked.length > 0) {
    lines.push('Revoked (the rules the apply created):');
    for (const r of result.revoked) lines.push(`  ${r.groupId} ${r.ruleId}`);
  }
  if (result.deletedAclEntries.length > 0) {
    lines.push('Deleted (the network ACL entries the apply created):');
    for (const e of result.deletedAclEntries)
      lines.push(`  ${e.networkAclId} ${e.ruleNumber} deny ${e.cidr}`);
  }
  if (result.alreadyReverted.length > 0) {
    lines.push('Undone already:');
    for (const line of result.alreadyReverted) lines.push(`  ${line}`);
  }
  if (result.leftAlone.length > 0) {
    lines.push('Left for you to check:');
    for (const line of result.leftAlone) lines.push(`  ${line}`);
  }
  if (result.failure) {
    lines.push(`Stopped at ${result.failure.call}: ${result.failure.message}`);
    lines.push(`Fix that and run ${revertCommand(journal)} again: what is undone already is skipped.`);
  }
  lines.push(`Journal of this revert: ${ownJournal}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs revert and returns its exit status (0 done, 1 a call failed).
 *
 * @throws ConfigurationError (exit 2) before any change: a missing or damaged journal, or the
 * journal of a revert.
 */
export async function runRevert(options: RevertRunOptions): Promise<number> {
  if (!existsSync(options.journal)) throw new ConfigurationError(`journal ${options.journal}: not found`);
  const journal = readJournal(options.journal);
  const ec2 = createEc2Client({ region: options.region, endpoint: options.endpointUrl });
  const ownJournal = revertJournalPath(options.journal, options.now());
  const result = await revertJournal(ec2, journal, {
    journalPath: ownJournal,
    reverts: options.journal,
    now: options.now,
  });
  process.stdout.write(logText(revertSummary(result, options.journal, ownJournal)));
  if (result.failure) {
    process.stderr.write(
      `sg-flow-audit: revert stopped at ${result.failure.call}: ${showControls(result.failure.message)}; fix it and run '${revertCommand(options.journal)}' again\n`,
    );
    return 1;
  }
  if (result.leftAlone.length > 0) {
    process.stderr.write(
      `sg-flow-audit: warning: ${plural(result.leftAlone.length, 'step')} left for you to check (listed above)\n`,
    );
  }
  return 0;
}
