/**
 * Carries out an apply plan. Per group, the replacement rules are authorized before any old rule
 * is revoked, so access only ever narrows once its replacement is in place; old rules are revoked
 * by `SecurityGroupRuleId` only, each re-read right before and left alone if it changed or went.
 * Every call goes to the journal before and after it is made. The first failure stops the run:
 * what is left stays untouched, and the result carries the command that undoes what was done.
 * A dry run sends every call with `DryRun: true`, so that missing permissions show before
 * anything changes.
 */
import {
  CreateNetworkAclEntryCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupRulesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { aclEntryState, createAclEntryInput, journalAclEntry } from './acl-entries.js';
import {
  authorizeCall,
  describeAcl,
  describeAclInput,
  describeGroupRulesInput,
  describeRules,
  describeRulesInput,
  journalRule,
  revokeCall,
  send,
  type AuthorizeOutput,
  type CallOutcome,
} from './ec2-calls.js';
import { JournalWriter, type JournalEntry, type JournalResult } from './journal.js';
import type {
  ApplyPlan,
  LiveSecurityGroupRule,
  PlannedAclEntry,
  PlannedGroup,
  PlannedRevocation,
} from './model.js';
import { aclEntryLine, authorizeLine, journalEntryLine, revokeLine } from './plan-text.js';
import { contentOf, ipPermission, ruleText, rulesFromSdk, sameRule } from './rules.js';
import { summarizeApply, type ApplyResult } from './result.js';

export type { ApplyResult } from './result.js';

/** How to carry out a plan. */
export interface ExecuteOptions {
  /** Send every call with `DryRun: true` and change nothing. */
  dryRun?: boolean;
  /** Where the journal goes; must not exist yet. */
  journalPath: string;
  /** The clock of the journal's times. */
  now?: () => Date;
}

/** Why a run stopped: the call, as the plan prints it, and EC2's answer in one line. */
export interface Stop {
  call: string;
  message: string;
}

type Entry = Omit<JournalEntry, 'seq' | 'time' | 'result'>;

/** The journal's record of a call that did not succeed. */
export function failedResult(out: Exclude<CallOutcome<unknown>, { kind: 'ok' }>): JournalResult {
  if (out.kind === 'dry-run-ok') return { status: 'dry-run-ok' };
  if (out.kind === 'duplicate') return { status: 'already-present' };
  if (out.kind === 'not-found')
    return { status: 'failed', error: { code: out.code, message: out.message }, uncertain: false };
  return {
    status: 'failed',
    error: { code: out.code, message: out.message, ...(out.iamAction ? { iamAction: out.iamAction } : {}) },
    uncertain: out.uncertain,
  };
}

const message = (out: Exclude<CallOutcome<unknown>, { kind: 'ok' }>) =>
  'message' in out ? out.message : `unexpected answer: ${out.kind}`;

/**
 * Carries out (or, with `dryRun`, checks) a plan, journaling every call.
 *
 * @throws ConfigurationError when the journal file exists already.
 */
export async function executePlan(
  ec2: EC2Client,
  plan: ApplyPlan,
  options: ExecuteOptions,
): Promise<ApplyResult> {
  const dryRun = options.dryRun ?? false;
  const journal = JournalWriter.create(
    options.journalPath,
    { kind: 'apply', dryRun },
    options.now ?? (() => new Date()),
  );
  let stop: Stop | undefined;
  try {
    stop = dryRun ? await checkPlan(ec2, plan, journal) : await carryOut(ec2, plan, journal);
  } finally {
    journal.close(stop === undefined ? 'completed' : 'failed');
  }
  return summarizeApply(journal.journal, options.journalPath, stop);
}

async function carryOut(ec2: EC2Client, plan: ApplyPlan, journal: JournalWriter): Promise<Stop | undefined> {
  for (const group of plan.groups) {
    const stop = await carryOutGroup(ec2, group, journal);
    if (stop) return stop;
  }
  for (const entry of plan.networkAclEntries) {
    const stop = await createAclEntry(ec2, entry, journal);
    if (stop) return stop;
  }
  return undefined;
}

/** Reads rules by id, journaled; the rules by id, or why the run stops. */
async function readRules(
  ec2: EC2Client,
  journal: JournalWriter,
  groupId: string,
  ruleIds: string[],
): Promise<Map<string, LiveSecurityGroupRule> | Stop> {
  const parameters = describeRulesInput(ruleIds);
  const entry = journal.begin({ call: 'DescribeSecurityGroupRules', parameters, groupId });
  const out = await describeRules(ec2, parameters);
  if (out.kind !== 'ok') {
    journal.finish(entry, failedResult(out));
    return { call: `describe-security-group-rules ${ruleIds.join(' ')}`, message: message(out) };
  }
  journal.finish(entry, { status: 'done', rules: out.output.map(journalRule) });
  return new Map(out.output.map((r) => [r.ruleId, r]));
}

/** Why a rule must be left alone now, or undefined when it is still what the plan saw. */
function recheck(planned: PlannedRevocation, live: LiveSecurityGroupRule | undefined): string | undefined {
  if (!live) return 'gone since the plan was made';
  if (live.groupId !== planned.groupId || !sameRule(contentOf(live), planned.expected)) {
    return `changed since the plan was made (now ${ruleText(contentOf(live))})`;
  }
  return undefined;
}

async function carryOutGroup(
  ec2: EC2Client,
  group: PlannedGroup,
  journal: JournalWriter,
): Promise<Stop | undefined> {
  // The plan is checked against the live rules once more before the group's first call, so that
  // no replacement is added for a rule that changed meanwhile.
  const dropped = new Map<string, string>();
  if (group.revoke.length > 0) {
    const live = await readRules(
      ec2,
      journal,
      group.groupId,
      group.revoke.map((r) => r.ruleId),
    );
    if (!(live instanceof Map)) return live;
    for (const r of group.revoke) {
      const why = recheck(r, live.get(r.ruleId));
      if (why) dropped.set(r.ruleId, why);
    }
  }

  for (const a of group.authorize) {
    const parameters = { GroupId: a.groupId, IpPermissions: [ipPermission(a.rule)] };
    const authorize = authorizeCall(ec2, a.rule.direction, parameters);
    const base: Entry = { call: authorize.call, parameters, groupId: a.groupId, rule: a.rule };
    if (a.replaces.every((id) => dropped.has(id))) {
      journal.skip(base, `the rules it replaces (${a.replaces.join(', ')}) changed or are gone`);
      continue;
    }
    const entry = journal.begin(base);
    const out = await send(ec2, authorize, a.groupId);
    if (out.kind === 'duplicate') {
      journal.finish(entry, { status: 'already-present' });
      continue;
    }
    if (out.kind !== 'ok') {
      journal.finish(entry, failedResult(out));
      return { call: authorizeLine(a), message: message(out) };
    }
    let ruleIds = rulesFromSdk(out.output.SecurityGroupRules)
      .filter((r) => sameRule(contentOf(r), a.rule))
      .map((r) => r.ruleId);
    if (ruleIds.length === 0) {
      // An endpoint that does not return the new rules: read them back, so revert has their ids.
      const read = await readGroupRule(ec2, journal, a.groupId, a.rule);
      if ('message' in read) {
        journal.finish(entry, { status: 'done', ruleIds: [] });
        return read;
      }
      ruleIds = read.ruleIds;
    }
    journal.finish(entry, { status: 'done', ruleIds });
  }

  for (const r of group.revoke) {
    const parameters = { GroupId: r.groupId, SecurityGroupRuleIds: [r.ruleId] };
    const revoke = revokeCall(ec2, r.expected.direction, parameters);
    const base: Entry = { call: revoke.call, parameters, groupId: r.groupId };
    const early = dropped.get(r.ruleId);
    if (early) {
      journal.skip(base, early);
      continue;
    }
    const live = await readRules(ec2, journal, r.groupId, [r.ruleId]);
    if (!(live instanceof Map)) return live;
    const now = live.get(r.ruleId);
    const why = recheck(r, now);
    if (why || !now) {
      journal.skip(base, why ?? 'gone');
      continue;
    }
    const entry = journal.begin({ ...base, previous: journalRule(now) });
    const out = await send(ec2, revoke, r.groupId);
    if (out.kind === 'not-found') {
      journal.finish(entry, { status: 'skipped', reason: 'gone before it was revoked' });
      continue;
    }
    if (out.kind !== 'ok') {
      journal.finish(entry, failedResult(out));
      return { call: revokeLine(r), message: message(out) };
    }
    journal.finish(entry, { status: 'done' });
  }
  return undefined;
}

/** The ids of a group's rules that are exactly `rule`, read back after it was authorized. */
async function readGroupRule(
  ec2: EC2Client,
  journal: JournalWriter,
  groupId: string,
  rule: PlannedGroup['authorize'][number]['rule'],
): Promise<{ ruleIds: string[] } | Stop> {
  const parameters = describeGroupRulesInput(groupId);
  const entry = journal.begin({ call: 'DescribeSecurityGroupRules', parameters, groupId });
  const out = await describeRules(ec2, parameters);
  if (out.kind !== 'ok') {
    journal.finish(entry, failedResult(out));
    return { call: `describe-security-group-rules ${groupId}`, message: message(out) };
  }
  const found = out.output.filter((r) => r.groupId === groupId && sameRule(contentOf(r), rule));
  journal.finish(entry, { status: 'done', rules: found.map(journalRule) });
  return { ruleIds: found.map((r) => r.ruleId) };
}

async function createAclEntry(
  ec2: EC2Client,
  planned: PlannedAclEntry,
  journal: JournalWriter,
): Promise<Stop | undefined> {
  const aclEntry = journalAclEntry(planned);
  const parameters = createAclEntryInput(aclEntry);
  const base: Entry = { call: 'CreateNetworkAclEntry', parameters, aclEntry };
  const readEntry = journal.begin({
    call: 'DescribeNetworkAcls',
    parameters: describeAclInput(planned.networkAclId),
  });
  const read = await describeAcl(ec2, planned.networkAclId);
  if (read.kind !== 'ok') {
    journal.finish(readEntry, failedResult(read));
    return { call: `describe-network-acls ${planned.networkAclId}`, message: message(read) };
  }
  journal.finish(readEntry, { status: 'done' });
  const acl = read.output;
  const state = acl ? aclEntryState(acl, aclEntry) : undefined;
  if (!state || state.state !== 'free') {
    const why = !state
      ? 'the network ACL is gone'
      : state.state === 'present'
        ? 'already there'
        : `rule number ${planned.ruleNumber} is taken (${state.by})`;
    journal.skip(base, why);
    return undefined;
  }
  const entry = journal.begin(base);
  const out = await send(
    ec2,
    { call: 'CreateNetworkAclEntry', run: () => ec2.send(new CreateNetworkAclEntryCommand(parameters)) },
    planned.networkAclId,
  );
  if (out.kind === 'duplicate') {
    journal.finish(entry, {
      status: 'skipped',
      reason: `rule number ${planned.ruleNumber} was taken meanwhile`,
    });
    return undefined;
  }
  if (out.kind !== 'ok') {
    journal.finish(entry, failedResult(out));
    return { call: aclEntryLine(planned), message: message(out) };
  }
  journal.finish(entry, { status: 'done' });
  return undefined;
}

/**
 * The dry run: each call with `DryRun: true`, the reads the run makes included. Every call is
 * tried, so all missing permissions show at once. An endpoint that carries a call out in spite of
 * `DryRun` stops the run, and the journal records what it did so that revert undoes it.
 */
async function checkPlan(ec2: EC2Client, plan: ApplyPlan, journal: JournalWriter): Promise<Stop | undefined> {
  const dry = async (
    entry: Entry,
    run: () => Promise<AuthorizeOutput | object>,
    resource: string | undefined,
  ): Promise<Stop | undefined> => {
    const started = journal.begin(entry);
    const out = await send(ec2, { call: entry.call, run }, resource);
    if (out.kind !== 'ok') {
      journal.finish(started, failedResult(out));
      return undefined;
    }
    const created = entry.rule
      ? rulesFromSdk((out.output as AuthorizeOutput).SecurityGroupRules)
          .filter((r) => entry.rule !== undefined && sameRule(contentOf(r), entry.rule))
          .map((r) => r.ruleId)
      : [];
    journal.finish(started, { status: 'dry-run-ignored', ...(entry.rule ? { ruleIds: created } : {}) });
    if (entry.call.startsWith('Describe')) return undefined;
    return {
      call: journalEntryLine(started),
      message: 'the endpoint ignored DryRun and carried the call out',
    };
  };

  const firstRevoke = plan.groups.flatMap((g) => g.revoke)[0];
  if (firstRevoke) {
    const parameters = describeRulesInput([firstRevoke.ruleId], true);
    const stop = await dry(
      { call: 'DescribeSecurityGroupRules', parameters },
      () => ec2.send(new DescribeSecurityGroupRulesCommand(parameters)),
      undefined,
    );
    if (stop) return stop;
  }
  for (const group of plan.groups) {
    for (const a of group.authorize) {
      const parameters = { GroupId: a.groupId, IpPermissions: [ipPermission(a.rule)], DryRun: true };
      const { call, run } = authorizeCall(ec2, a.rule.direction, parameters);
      const stop = await dry({ call, parameters, groupId: a.groupId, rule: a.rule }, run, a.groupId);
      if (stop) return stop;
    }
    for (const r of group.revoke) {
      const parameters = { GroupId: r.groupId, SecurityGroupRuleIds: [r.ruleId], DryRun: true };
      const { call, run } = revokeCall(ec2, r.expected.direction, parameters);
      // The plan's view of the rule stands in for its state, in case the endpoint revokes it.
      const previous = journalRule({ ...r.expected, ruleId: r.ruleId, groupId: r.groupId });
      const stop = await dry(
        { call, parameters, groupId: r.groupId, previous },
        async () => ((await run()) ?? {}) as object,
        r.groupId,
      );
      if (stop) return stop;
    }
  }
  const firstAcl = plan.networkAclEntries[0];
  if (firstAcl) {
    const parameters = describeAclInput(firstAcl.networkAclId, true);
    const stop = await dry(
      { call: 'DescribeNetworkAcls', parameters },
      () => ec2.send(new DescribeNetworkAclsCommand(parameters)),
      firstAcl.networkAclId,
    );
    if (stop) return stop;
  }
  for (const planned of plan.networkAclEntries) {
    const aclEntry = journalAclEntry(planned);
    const parameters = createAclEntryInput(aclEntry, true);
    const stop = await dry(
      { call: 'CreateNetworkAclEntry', parameters, aclEntry },
      () => ec2.send(new CreateNetworkAclEntryCommand(parameters)),
      planned.networkAclId,
    );
    if (stop) return stop;
  }
  return undefined;
}
