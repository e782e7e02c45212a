/**
 * `apply` and `revert`: a report's proposals carried out in AWS with a journal that undoes them.
 * The CLI and the Action read the report, call {@link readApplyState} and {@link planApply}, print
 * {@link formatPlan}, then {@link executePlan}; `revert` reads a journal and calls
 * {@link revertJournal}.
 */
export { planApply, replacementDescription, NARROWED_NOTE, type ApplyPlanOptions } from './plan.js';
export { formatPlan } from './plan-text.js';
export { executePlan, type ExecuteOptions } from './execute.js';
export type { ApplyResult } from './result.js';
export { revertJournal, type RevertOptions, type RevertResult, type RestoredRule } from './revert.js';
export { readApplyState, proposalTargets } from './live-state.js';
export {
  readJournal,
  JOURNAL_FORMAT,
  type Journal,
  type JournalEntry,
  type JournalResult,
  type JournalRule,
} from './journal.js';
export { revertCommand } from './ec2-calls.js';
export * from './model.js';
