/**
 * The EC2 calls `apply` and `revert` make, each sent through one function that turns what EC2
 * answers into an outcome the journal can record: success, a dry run that would have succeeded,
 * a duplicate rule, a missing IAM permission (named), or a failure, with whether the change may
 * have happened all the same (a lost connection, a server error).
 */
import {
  AuthorizeSecurityGroupEgressCommand,
  AuthorizeSecurityGroupIngressCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupRulesCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
  type EC2Client,
  type IpPermission,
  type SecurityGroupRule as SdkSecurityGroupRule,
} from '@aws-sdk/client-ec2';
import {
  networkAclsFromDescribe,
  NetworkAclSchema,
  parseDescribeDocument,
} from '../../inventory/describe.js';
import type { NetworkAcl } from '../../inventory/model.js';
import { clientTarget } from '../clients.js';
import { awsErrorCode, describeAwsError, iamAction, isAccessDenied } from '../errors.js';
import type { JournalCall, JournalRule } from './journal.js';
import { APPLY_TAG, type LiveSecurityGroupRule } from './model.js';
import { rulesFromSdk } from './rules.js';

/** What came of one call. */
export type CallOutcome<T> =
  | { kind: 'ok'; output: T }
  | { kind: 'dry-run-ok' }
  | { kind: 'duplicate' }
  | { kind: 'not-found'; code: string; message: string }
  | {
      kind: 'failed';
      code: string;
      message: string;
      /** Set when EC2 refused the call for lack of this IAM action. */
      iamAction?: string;
      /** The call may have been carried out (no answer, or a server error). */
      uncertain: boolean;
    };

const DUPLICATE = new Set(['InvalidPermission.Duplicate', 'NetworkAclEntryAlreadyExists']);
const NOT_FOUND =
  /^(InvalidPermission\.NotFound|InvalidSecurityGroupRuleId\.NotFound|InvalidNetworkAclEntry\.NotFound|InvalidNetworkAclID\.NotFound)$/;
const GROUP_CHANGES = /^(Authorize|Revoke)SecurityGroup/;

/** One EC2 call, ready to send: its name (as IAM and the journal know it) and how to make it. */
export interface Ec2Call<T> {
  call: JournalCall;
  run: () => Promise<T>;
}

/** The output of the authorize calls: the rules EC2 created. */
export interface AuthorizeOutput {
  SecurityGroupRules?: SdkSecurityGroupRule[] | undefined;
}

/** Makes one EC2 call and classifies the answer; never throws for an answer of AWS's. */
export async function send<T>(
  ec2: EC2Client,
  { call, run }: Ec2Call<T>,
  resource: string | undefined,
): Promise<CallOutcome<T>> {
  try {
    return { kind: 'ok', output: await run() };
  } catch (error) {
    const code = awsErrorCode(error);
    if (code === 'DryRunOperation') return { kind: 'dry-run-ok' };
    if (DUPLICATE.has(code)) return { kind: 'duplicate' };
    let message = describeAwsError(error, {
      service: 'ec2',
      operation: call,
      resource,
      ...clientTarget(ec2),
    });
    if (NOT_FOUND.test(code)) return { kind: 'not-found', code, message };
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const denied = isAccessDenied(error);
    // The tag condition of the apply policy is the usual reason a change is refused.
    if (denied && GROUP_CHANGES.test(call)) {
      message += `; the apply policy allows it only on groups tagged ${APPLY_TAG}=true`;
    }
    return {
      kind: 'failed',
      code: code || 'Error',
      message,
      ...(denied ? { iamAction: iamAction('ec2', call) } : {}),
      uncertain: status === undefined || status >= 500,
    };
  }
}

/** The authorize call of a direction. */
export function authorizeCall(
  ec2: EC2Client,
  direction: 'ingress' | 'egress',
  input: { GroupId: string; IpPermissions: IpPermission[]; DryRun?: boolean },
): Ec2Call<AuthorizeOutput> {
  return direction === 'ingress'
    ? {
        call: 'AuthorizeSecurityGroupIngress',
        run: () => ec2.send(new AuthorizeSecurityGroupIngressCommand(input)),
      }
    : {
        call: 'AuthorizeSecurityGroupEgress',
        run: () => ec2.send(new AuthorizeSecurityGroupEgressCommand(input)),
      };
}

/** The revoke call of a direction: by rule id only, never by matching attributes. */
export function revokeCall(
  ec2: EC2Client,
  direction: 'ingress' | 'egress',
  input: { GroupId: string; SecurityGroupRuleIds: string[]; DryRun?: boolean },
): Ec2Call<unknown> {
  return direction === 'ingress'
    ? {
        call: 'RevokeSecurityGroupIngress',
        run: () => ec2.send(new RevokeSecurityGroupIngressCommand(input)),
      }
    : { call: 'RevokeSecurityGroupEgress', run: () => ec2.send(new RevokeSecurityGroupEgressCommand(input)) };
}

/** DescribeSecurityGroupRules parameters for some rule ids (a filter: a missing id is no error). */
export function describeRulesInput(ruleIds: string[], dryRun = false) {
  return {
    Filters: [{ Name: 'security-group-rule-id', Values: ruleIds }],
    ...(dryRun ? { DryRun: true } : {}),
  };
}

/** DescribeSecurityGroupRules parameters for every rule of a group. */
export function describeGroupRulesInput(groupId: string) {
  return { Filters: [{ Name: 'group-id', Values: [groupId] }] };
}

/** Reads rules (paged; a filter of a few ids is one page). */
export async function describeRules(
  ec2: EC2Client,
  input: ReturnType<typeof describeRulesInput> | ReturnType<typeof describeGroupRulesInput>,
): Promise<CallOutcome<LiveSecurityGroupRule[]>> {
  const rules: SdkSecurityGroupRule[] = [];
  let NextToken: string | undefined;
  do {
    const page = { ...input, ...(NextToken ? { NextToken } : {}) };
    const out = await send(
      ec2,
      {
        call: 'DescribeSecurityGroupRules',
        run: () => ec2.send(new DescribeSecurityGroupRulesCommand(page)),
      },
      undefined,
    );
    if (out.kind !== 'ok') return out;
    rules.push(...(out.output.SecurityGroupRules ?? []));
    NextToken = out.output.NextToken;
  } while (NextToken);
  return { kind: 'ok', output: rulesFromSdk(rules) };
}

/**
 * DescribeNetworkAcls parameters for one ACL. By id, not by the `network-acl-id` filter (which
 * moto does not know); a deleted ACL answers InvalidNetworkAclID.NotFound.
 */
export function describeAclInput(networkAclId: string, dryRun = false) {
  return { NetworkAclIds: [networkAclId], ...(dryRun ? { DryRun: true } : {}) };
}

/** Reads one network ACL; undefined in `output` when it no longer exists. */
export async function describeAcl(
  ec2: EC2Client,
  networkAclId: string,
): Promise<CallOutcome<NetworkAcl | undefined>> {
  const input = describeAclInput(networkAclId);
  const out = await send(
    ec2,
    { call: 'DescribeNetworkAcls', run: () => ec2.send(new DescribeNetworkAclsCommand(input)) },
    networkAclId,
  );
  if (out.kind === 'not-found') return { kind: 'ok', output: undefined };
  if (out.kind !== 'ok') return out;
  const acls = networkAclsFromDescribe(
    parseDescribeDocument(
      out.output.NetworkAcls ?? [],
      'NetworkAcls',
      NetworkAclSchema,
      'EC2 DescribeNetworkAcls',
    ),
  );
  return { kind: 'ok', output: acls.find((a) => a.networkAclId === networkAclId) };
}

/** A live rule as the journal keeps it. */
export function journalRule(rule: LiveSecurityGroupRule): JournalRule {
  return {
    ruleId: rule.ruleId,
    groupId: rule.groupId,
    direction: rule.direction,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: rule.peer,
    description: rule.description ?? null,
  };
}

/** `sg-flow-audit revert JOURNAL`, the path quoted for a POSIX shell when it needs to be. */
export function revertCommand(journalPath: string): string {
  const quoted = /^[\w@%+=:,./-]+$/.test(journalPath)
    ? journalPath
    : `'${journalPath.replace(/'/g, `'\\''`)}'`;
  return `sg-flow-audit revert ${quoted}`;
}
