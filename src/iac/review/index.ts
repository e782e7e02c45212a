/**
 * Review mode: the security-group rules two trees write (Terraform, CloudFormation, exported
 * snapshot), the rules a pull request adds and removes, and what that does to the window's traffic.
 */
export { rulesInTree, type RulesInTreeOptions, type SkippedFile, type TreeRules } from './tree.js';
export { diffRules, type RuleDiff } from './diff.js';
export { reviewFindings, type ReviewOptions, type ReviewResult } from './findings.js';
export type { GroupMembers } from './coverage.js';
export {
  describeWritten,
  isRead,
  ruleIdentity,
  type ComputedRule,
  type ReadRule,
  type RuleSourceKind,
  type WrittenGroup,
  type WrittenPeer,
  type WrittenRule,
} from './written-rule.js';
