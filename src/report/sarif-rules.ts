/**
 * The SARIF rule catalogue: one entry per finding type. Ids are fixed by hand, never derived from
 * an order, because code scanning keys alerts by rule id: renumbering would close every open
 * alert and open it again under a new id.
 */
import type { FindingType, Severity } from './types.js';

/** What code scanning shows about a finding type. */
export interface FindingTypeInfo {
  /** Stable SARIF rule id. */
  id: string;
  /** PascalCase name, as SARIF `reportingDescriptor.name` expects. */
  name: string;
  defaultSeverity: Severity;
  short: string;
  full: string;
  /** What to do about it, in markdown. */
  help: string;
}

/** Every finding type, keyed by type. Add new types with the next free id; never reuse one. */
export const FINDING_TYPES: Readonly<Record<FindingType, FindingTypeInfo>> = {
  'open-admin-port': {
    id: 'SGFA001',
    name: 'OpenAdminPort',
    defaultSeverity: 'critical',
    short: 'Administration port open to the internet',
    full: 'An ingress rule allows 0.0.0.0/0 or ::/0 to reach an administration port (SSH 22, RDP 3389 by default) by TCP, UDP or all protocols.',
    help: 'Replace the rule with rules for the addresses that really connect (see the proposal), or reach the instances through Session Manager or a VPN instead.',
  },
  'open-high-risk-port': {
    id: 'SGFA002',
    name: 'OpenHighRiskPort',
    defaultSeverity: 'high',
    short: 'High-risk port open to the internet',
    full: 'An ingress rule allows 0.0.0.0/0 or ::/0 to reach a high-risk port (by default the AWS Security Hub EC2.19 list: databases, remote desktops, file sharing and similar).',
    help: 'Restrict the source to the networks that need the service, or put the service behind a load balancer or private endpoint.',
  },
  'unused-rule': {
    id: 'SGFA003',
    name: 'UnusedRule',
    defaultSeverity: 'medium',
    short: 'Rule unused in the observed window',
    full: 'No accepted connection started in the rule’s direction matched the rule, although every interface of its group has flow-log records in the window.',
    help: 'Remove the rule if nothing seasonal depends on it; otherwise suppress the finding with a reason and an expiry date.',
  },
  'broad-source': {
    id: 'SGFA004',
    name: 'BroadSource',
    defaultSeverity: 'high',
    short: 'Rule source much wider than the peers seen',
    full: 'The rule is used, but the remote addresses seen are few compared with the range it allows.',
    help: 'Replace the rule with the narrowed rules in the proposal.',
  },
  'broad-ports': {
    id: 'SGFA005',
    name: 'BroadPorts',
    defaultSeverity: 'medium',
    short: 'Rule port range much wider than the ports seen',
    full: 'The rule is used, but its port range is much wider than the ports that traffic reached.',
    help: 'Replace the rule with rules for the ports in the proposal.',
  },
  'redundant-rule': {
    id: 'SGFA006',
    name: 'RedundantRule',
    defaultSeverity: 'low',
    short: 'Rule redundant with another rule',
    full: 'Every flow the rule allowed was also allowed by another rule on the same interfaces.',
    help: 'Remove one of the overlapping rules; the evidence names the rule that is enough.',
  },
  'unattached-group': {
    id: 'SGFA007',
    name: 'UnattachedGroup',
    defaultSeverity: 'low',
    short: 'Security group attached to no interface',
    full: 'The security group is attached to no network interface, so its rules protect nothing and may be attached by mistake later.',
    help: 'Delete the group if nothing references it.',
  },
  'default-group-rules': {
    id: 'SGFA008',
    name: 'DefaultGroupRules',
    defaultSeverity: 'low',
    short: 'Default security group has rules',
    full: 'A VPC’s default security group still has rules; resources launched without a group get them.',
    help: 'Remove the rules of the default group and use dedicated groups (AWS Security Hub EC2.2).',
  },
  'port-scan': {
    id: 'SGFA009',
    name: 'PortScan',
    defaultSeverity: 'medium',
    short: 'Remote address reached many ports',
    full: 'One remote address reached many distinct ports, which looks like a port scan.',
    help: 'Check which of those connections were accepted, and block the address with a network ACL if it is hostile.',
  },
  'unknown-source': {
    id: 'SGFA010',
    name: 'UnknownSource',
    defaultSeverity: 'medium',
    short: 'Accepted traffic from outside the known networks',
    full: 'Inbound traffic from an address outside the configured known networks was accepted.',
    help: 'Confirm the source is expected; add it to the known networks or narrow the rule that let it in.',
  },
  'traffic-spike': {
    id: 'SGFA011',
    name: 'TrafficSpike',
    defaultSeverity: 'info',
    short: 'Traffic spike',
    full: 'A time bucket carried far more flows than usual.',
    help: 'Check what ran at that time; a spike of rejected flows often means a scan.',
  },
  'coverage-gap': {
    id: 'SGFA012',
    name: 'CoverageGap',
    defaultSeverity: 'info',
    short: 'Missing flow-log evidence',
    full: 'Some evidence is missing: interfaces without records, SKIPDATA records, REJECT-only logs or interfaces unknown to the inventory. Rules that depend on it are reported as unknown.',
    help: 'Enable flow logs with ACCEPT and REJECT for every interface of the audited groups, or widen the window.',
  },
  'expired-suppression': {
    id: 'SGFA013',
    name: 'ExpiredSuppression',
    defaultSeverity: 'low',
    short: 'Suppression past its expiry date',
    full: 'A suppression in the configuration has expired, so the finding it covered is reported again.',
    help: 'Fix the finding, or renew the suppression with a new reason and expiry date.',
  },
  'would-block-traffic': {
    id: 'SGFA014',
    name: 'WouldBlockTraffic',
    defaultSeverity: 'high',
    short: 'Rule change would block traffic seen in the window',
    full: 'A pull request removes or narrows a rule that carried accepted connections in the observed window, and no rule left in the group allows them.',
    help: 'Keep the rule, or write a narrower rule that still allows the peers and ports in the finding, before merging.',
  },
  'blocked-by-change': {
    id: 'SGFA015',
    name: 'BlockedByChange',
    defaultSeverity: 'critical',
    short: 'Applied rule change blocked connections',
    full: "After a change to security-group rules (an apply run, or two inventories before and after), connections were REJECTed on the changed groups' interfaces that the rules before the change would have allowed.",
    help: 'Undo the change with the revert command in the finding (`sg-flow-audit revert JOURNAL`), or add a rule for the peers and ports in the finding.',
  },
  'target-unreadable': {
    id: 'SGFA016',
    name: 'TargetUnreadable',
    defaultSeverity: 'high',
    short: 'Account and region not audited',
    full: 'A run over many accounts or regions could not read one of them: the audit role could not be assumed, an AWS call was refused, the region is not enabled, or AWS kept throttling. Nothing of it is in the report.',
    help: 'Grant what the message names (sts:AssumeRole and the role’s trust policy, or the read-only audit policy in the account), enable the region or leave it out of `regions`, and run again.',
  },
};

/** GitHub code scanning's `security-severity` scores, as strings the way it reads them. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '7.5',
  medium: '5.0',
  low: '3.0',
  info: '1.0',
};
