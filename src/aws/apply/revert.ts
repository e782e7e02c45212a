/**
 * Undoes an apply run from its journal, last call first: the rules it revoked are authorized
 * again with exactly their protocol, ports, peer and description (EC2 gives them new ids, which
 * the result lists), the rules it created are revoked by the ids it recorded, and the network ACL
 * entries it created are deleted. Each step first looks at what is there, so a second revert
 * finds everything undone and changes nothing, and a rule someone changed since is left alone.
 */
import { DeleteNetworkAclEntryCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { ConfigurationError } from '../../errors.js';
import { aclEntryState, deleteAclEntryInput } from './acl-entries.js';
import {
  authorizeCall,
  describeAcl,
  describeAclInput,
  describeRules,
  describeRulesInput,
  journalRule,
  revokeCall,
  send,
} from './ec2-calls.js';
import { failedResult, type Stop } from './execute.js';
import {
  JournalWriter,
  type Journal,
  type JournalAclEntry,
  type JournalEntry,
  type JournalRule,
} from './journal.js';
import type { RuleContent } from './model.js';
import { journalEntryLine } from './plan-text.js';
import { contentOf, ipPermission, ruleText, rulesFromSdk, sameRule } from './rules.js';

export interface RevertOptions {
  /** Also write the revert's own calls to a journal here (must not exist yet). */
  journalPath?: string;
  /** The path of the journal being reverted, recorded in the revert's journal. */
  reverts?: string;
  now?: () => Date;
}

/** A revoked rule authorized again: the id it had, and the id EC2 gave it now. */
export interface RestoredRule {
  groupId: string;
  oldRuleId: string;
  /** undefined when the rule was there already (an earlier revert, or someone else). */
  newRuleId: string | undefined;
  rule: JournalRule;
}

export interface RevertResult {
  status: 'completed' | 'failed';
  /** The revert's own journal (in memory unless `journalPath` was given). */
  journal: Journal;
  restored: RestoredRule[];
  /** Rules the apply created, revoked now. */
  revoked: { groupId: string; ruleId: string }[];
  deletedAclEntries: JournalAclEntry[];
  /** Steps found already undone, one line each: what makes a second revert change nothing. */
  alreadyReverted: string[];
  /** Steps left for a person, with why: a created rule changed since, a call that may have happened. */
  leftAlone: string[];
  failure?: Stop;
  /** How many calls changed something. */
  changes: number;
}

type Outcome = Stop | undefined;

const status = (e: JournalEntry) => e.result.status;

/** Whether a call of the apply may have been carried out, so that revert must look. */
function mayHaveHappened(e: JournalEntry): boolean {
  const r = e.result;
  return (
    r.status === 'done' ||
    r.status === 'pending' ||
    r.status === 'dry-run-ignored' ||
    (r.status === 'failed' && r.uncertain)
  );
}

const contentOfJournalRule = (r: JournalRule): RuleContent => ({
  direction: r.direction,
  protocol: r.protocol,
  fromPort: r.fromPort,
  toPort: r.toPort,
  peer: r.peer,
  ...(r.description !== null ? { description: r.description } : {}),
});

/**
 * Undoes what an apply journal records. Idempotent.
 *
 * @throws ConfigurationError for a revert journal (it undoes nothing itself), or when the revert's
 * own journal path exists already.
 */
export async function revertJournal(
  ec2: EC2Client,
  journal: Journal,
  options: RevertOptions = {},
): Promise<RevertResult> {
  if (journal.kind !== 'apply') {
    throw new ConfigurationError(
      'this is the journal of a revert; revert the apply journal it names instead',
    );
  }
  const now = options.now ?? (() => new Date());
  const header = {
    kind: 'revert' as const,
    dryRun: false,
    ...(options.reverts ? { reverts: options.reverts } : {}),
  };
  const writer =
    options.journalPath !== undefined
      ? JournalWriter.create(options.journalPath, header, now)
      : JournalWriter.inMemory(header, now);
  const result: RevertResult = {
    status: 'completed',
    journal: writer.journal,
    restored: [],
    revoked: [],
    deletedAclEntries: [],
    alreadyReverted: [],
    leftAlone: [],
    changes: 0,
  };
  let stop: Outcome;
  try {
    for (const entry of [...journal.entries].reverse()) {
      if (!mayHaveHappened(entry)) continue;
      if (entry.call.startsWith('Revoke') && entry.previous)
        stop = await restore(ec2, entry.previous, writer, result);
      else if (entry.call.startsWith('Authorize') && entry.rule)
        stop = await removeCreated(ec2, entry, writer, result);
      else if (entry.call === 'CreateNetworkAclEntry' && entry.aclEntry)
        stop = await deleteCreated(ec2, entry.aclEntry, writer, result);
      if (stop) break;
    }
  } finally {
    writer.close(stop ? 'failed' : 'completed');
  }
  if (stop) {
    result.status = 'failed';
    result.failure = stop;
  }
  return result;
}

/** Authorizes a revoked rule again, word for word; a duplicate means it is back already. */
async function restore(
  ec2: EC2Client,
  previous: JournalRule,
  writer: JournalWriter,
  result: RevertResult,
): Promise<Outcome> {
  const content = contentOfJournalRule(previous);
  const parameters = { GroupId: previous.groupId, IpPermissions: [ipPermission(content)] };
  const authorize = authorizeCall(ec2, previous.direction, parameters);
  const call = authorize.call;
  const entry = writer.begin({ call, parameters, groupId: previous.groupId, rule: content });
  const line = `authorize ${previous.groupId} ${ruleText(content)} (was ${previous.ruleId})`;
  const out = await send(ec2, authorize, previous.groupId);
  if (out.kind === 'duplicate') {
    writer.finish(entry, { status: 'already-present' });
    result.alreadyReverted.push(`${line}: already there`);
    return undefined;
  }
  if (out.kind !== 'ok') {
    writer.finish(entry, failedResult(out));
    return { call: line, message: 'message' in out ? out.message : out.kind };
  }
  const ids = rulesFromSdk(out.output.SecurityGroupRules)
    .filter((r) => sameRule(contentOf(r), content))
    .map((r) => r.ruleId);
  writer.finish(entry, { status: 'done', ruleIds: ids });
  result.restored.push({
    groupId: previous.groupId,
    oldRuleId: previous.ruleId,
    newRuleId: ids[0],
    rule: previous,
  });
  result.changes++;
  return undefined;
}

/** Revokes, by id, the rules an authorize created, unless they are gone or changed since. */
async function removeCreated(
  ec2: EC2Client,
  created: JournalEntry,
  writer: JournalWriter,
  result: RevertResult,
): Promise<Outcome> {
  const rule = created.rule as RuleContent;
  const groupId = created.groupId ?? '';
  const r = created.result;
  const ruleIds = r.status === 'done' || r.status === 'dry-run-ignored' ? (r.ruleIds ?? []) : [];
  if (ruleIds.length === 0) {
    const why =
      status(created) === 'done'
        ? 'EC2 gave no id for the rule it created'
        : 'the apply stopped during this call, so it may have been made';
    result.leftAlone.push(
      `${journalEntryLine(created)}: ${why}; if ${groupId} has this rule, revoke it by hand`,
    );
    return undefined;
  }
  for (const ruleId of ruleIds) {
    const line = `revoke ${groupId} ${ruleId} (${ruleText(rule)})`;
    const parameters = describeRulesInput([ruleId]);
    const read = writer.begin({ call: 'DescribeSecurityGroupRules', parameters, groupId });
    const live = await describeRules(ec2, parameters);
    if (live.kind !== 'ok') {
      writer.finish(read, failedResult(live));
      return {
        call: `describe-security-group-rules ${ruleId}`,
        message: 'message' in live ? live.message : live.kind,
      };
    }
    writer.finish(read, { status: 'done', rules: live.output.map(journalRule) });
    const now = live.output.find((x) => x.ruleId === ruleId);
    if (!now) {
      result.alreadyReverted.push(`${line}: already gone`);
      continue;
    }
    if (now.groupId !== groupId || !sameRule(contentOf(now), rule)) {
      result.leftAlone.push(
        `${line}: changed since the apply (now ${ruleText(contentOf(now))}); left as it is`,
      );
      continue;
    }
    const revoke = { GroupId: groupId, SecurityGroupRuleIds: [ruleId] };
    const revokeIt = revokeCall(ec2, rule.direction, revoke);
    const call = revokeIt.call;
    const entry = writer.begin({ call, parameters: revoke, groupId, previous: journalRule(now) });
    const out = await send(ec2, revokeIt, groupId);
    if (out.kind === 'not-found') {
      writer.finish(entry, { status: 'skipped', reason: 'already gone' });
      result.alreadyReverted.push(`${line}: already gone`);
      continue;
    }
    if (out.kind !== 'ok') {
      writer.finish(entry, failedResult(out));
      return { call: line, message: 'message' in out ? out.message : out.kind };
    }
    writer.finish(entry, { status: 'done' });
    result.revoked.push({ groupId, ruleId });
    result.changes++;
  }
  return undefined;
}

/** Deletes a network ACL entry the apply created, when the entry at its number is still it. */
async function deleteCreated(
  ec2: EC2Client,
  aclEntry: JournalAclEntry,
  writer: JournalWriter,
  result: RevertResult,
): Promise<Outcome> {
  const line = `delete-network-acl-entry ${aclEntry.networkAclId} ${aclEntry.ruleNumber} (deny ${aclEntry.cidr})`;
  const read = writer.begin({
    call: 'DescribeNetworkAcls',
    parameters: describeAclInput(aclEntry.networkAclId),
  });
  const acl = await describeAcl(ec2, aclEntry.networkAclId);
  if (acl.kind !== 'ok') {
    writer.finish(read, failedResult(acl));
    return {
      call: `describe-network-acls ${aclEntry.networkAclId}`,
      message: 'message' in acl ? acl.message : acl.kind,
    };
  }
  writer.finish(read, { status: 'done' });
  const state = acl.output ? aclEntryState(acl.output, aclEntry) : { state: 'free' as const };
  if (state.state === 'free') {
    result.alreadyReverted.push(`${line}: already gone`);
    return undefined;
  }
  if (state.state === 'taken') {
    result.leftAlone.push(
      `${line}: rule number ${aclEntry.ruleNumber} now holds another entry (${state.by}); left as it is`,
    );
    return undefined;
  }
  const parameters = deleteAclEntryInput(aclEntry);
  const entry = writer.begin({ call: 'DeleteNetworkAclEntry', parameters, aclEntry });
  const out = await send(
    ec2,
    { call: 'DeleteNetworkAclEntry', run: () => ec2.send(new DeleteNetworkAclEntryCommand(parameters)) },
    aclEntry.networkAclId,
  );
  if (out.kind !== 'ok') {
    writer.finish(entry, failedResult(out));
    return { call: line, message: 'message' in out ? out.message : out.kind };
  }
  writer.finish(entry, { status: 'done' });
  result.deletedAclEntries.push(aclEntry);
  result.changes++;
  return undefined;
}
