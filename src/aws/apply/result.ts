/**
 * What an apply run did, read off its journal: the rules it created and revoked, what it left
 * alone and why, what a dry run found missing, and the command that undoes it.
 */
import { revertCommand } from './ec2-calls.js';
import type { Journal, JournalAclEntry, JournalEntry, JournalRule } from './journal.js';
import type { RuleContent } from './model.js';
import { journalEntryLine } from './plan-text.js';

export interface ApplyResult {
  /** `dry-run`: a dry run that found every call would succeed or named what is missing. */
  status: 'completed' | 'failed' | 'dry-run';
  journalPath: string;
  journal: Journal;
  /** Rules this run created, with their new ids. */
  authorized: { groupId: string; ruleIds: string[]; rule: RuleContent }[];
  /** Rules that were there already (a rerun), so nothing was created. */
  alreadyPresent: { groupId: string; rule: RuleContent }[];
  /** Rules this run revoked, each as it was right before. */
  revoked: JournalRule[];
  aclEntriesCreated: JournalAclEntry[];
  /** Calls the re-check right before them dropped: `revoke sg-… sgr-…: changed since …`. */
  skipped: string[];
  /** Dry run: one line per call EC2 refused, naming the IAM action. */
  missingPermissions: string[];
  /** Dry run: other errors EC2 answered. */
  problems: string[];
  /** Why the run stopped, when it did. */
  failure?: { call: string; message: string };
  /** `sg-flow-audit revert JOURNAL`, when the run changed something or may have. */
  revertCommand?: string;
}

const isChange = (e: JournalEntry) => !e.call.startsWith('Describe');

/** Whether a call may have changed something that a revert should look at. */
function mayHaveChanged(e: JournalEntry): boolean {
  if (!isChange(e)) return false;
  const r = e.result;
  return (
    r.status === 'done' ||
    r.status === 'pending' ||
    r.status === 'dry-run-ignored' ||
    (r.status === 'failed' && r.uncertain)
  );
}

/** The result of a run from its journal. */
export function summarizeApply(
  journal: Journal,
  journalPath: string,
  stop: { call: string; message: string } | undefined,
): ApplyResult {
  const result: ApplyResult = {
    status: stop ? 'failed' : journal.dryRun ? 'dry-run' : 'completed',
    journalPath,
    journal,
    authorized: [],
    alreadyPresent: [],
    revoked: [],
    aclEntriesCreated: [],
    skipped: [],
    missingPermissions: [],
    problems: [],
  };
  for (const e of journal.entries) {
    const r = e.result;
    const line = journalEntryLine(e);
    const changed = r.status === 'done' || r.status === 'dry-run-ignored';
    if (e.call.startsWith('Authorize') && e.rule) {
      if (changed)
        result.authorized.push({ groupId: e.groupId ?? '', ruleIds: r.ruleIds ?? [], rule: e.rule });
      if (r.status === 'already-present')
        result.alreadyPresent.push({ groupId: e.groupId ?? '', rule: e.rule });
    }
    if (e.call.startsWith('Revoke') && e.previous && changed) result.revoked.push(e.previous);
    if (e.call === 'CreateNetworkAclEntry' && e.aclEntry && changed)
      result.aclEntriesCreated.push(e.aclEntry);
    if (r.status === 'skipped') result.skipped.push(`${line}: ${r.reason}`);
    if (journal.dryRun && r.status === 'failed') {
      if (r.error.iamAction) result.missingPermissions.push(r.error.message);
      else result.problems.push(`${line}: ${r.error.message}`);
    }
  }
  if (stop) result.failure = stop;
  if (journal.entries.some(mayHaveChanged)) result.revertCommand = revertCommand(journalPath);
  return result;
}
