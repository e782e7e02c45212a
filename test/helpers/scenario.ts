/**
 * Small hand-written accounts for scenario tests: a few groups, interfaces and log lines, written
 * as AWS CLI JSON and a log file in a temp dir, then analysed through the real pipeline.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, parseConfig, type Config } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';

export interface RuleSpec {
  group: string;
  egress?: boolean;
  protocol: string;
  from?: number;
  to?: number;
  cidr?: string;
  ref?: string;
  prefixList?: string;
}

export interface InterfaceSpec {
  id: string;
  ips: string[];
  ipv6?: string[];
  groups: string[];
  type?: string;
  subnet?: string;
}

export interface ScenarioSpec {
  groups: string[];
  rules: RuleSpec[];
  interfaces: InterfaceSpec[];
  prefixLists?: { id: string; cidrs?: string[] }[];
  /** `NetworkAcls` of describe-network-acls, written as network-acls.json when given. */
  networkAcls?: unknown[];
  /** Log lines; a header line is added unless `header` is false. */
  lines: string[];
  header?: string | false;
  config?: Record<string, unknown>;
}

export const V2 =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
export const V5 =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status tcp-flags flow-direction';

export function ruleId(index: number): string {
  return `sgr-${String(index + 1).padStart(17, '0')}`;
}

/** Writes the scenario's files and returns where they are. */
export function writeScenario(spec: ScenarioSpec): { dir: string; logs: string; inventory: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-scenario-'));
  const inventory = join(dir, 'inventory');
  mkdirSync(inventory);
  const SecurityGroups = spec.groups.map((g) => ({
    GroupId: g,
    GroupName: g === 'sg-default' ? 'default' : g,
    Description: '',
    VpcId: 'vpc-1',
    IpPermissions: [],
    IpPermissionsEgress: [],
  }));
  const SecurityGroupRules = spec.rules.map((r, i) => ({
    SecurityGroupRuleId: ruleId(i),
    GroupId: r.group,
    IsEgress: r.egress ?? false,
    IpProtocol: r.protocol,
    FromPort: r.from ?? -1,
    ToPort: r.to ?? r.from ?? -1,
    ...(r.cidr?.includes(':') ? { CidrIpv6: r.cidr } : r.cidr ? { CidrIpv4: r.cidr } : {}),
    ...(r.ref ? { ReferencedGroupInfo: { GroupId: r.ref } } : {}),
    ...(r.prefixList ? { PrefixListId: r.prefixList } : {}),
  }));
  const NetworkInterfaces = spec.interfaces.map((n) => ({
    NetworkInterfaceId: n.id,
    PrivateIpAddress: n.ips[0],
    PrivateIpAddresses: n.ips.map((ip, i) => ({ PrivateIpAddress: ip, Primary: i === 0 })),
    Ipv6Addresses: (n.ipv6 ?? []).map((a) => ({ Ipv6Address: a })),
    Groups: n.groups.map((g) => ({ GroupId: g })),
    InterfaceType: n.type ?? 'interface',
    VpcId: 'vpc-1',
    ...(n.subnet ? { SubnetId: n.subnet } : {}),
  }));
  if (spec.networkAcls) {
    writeFileSync(join(inventory, 'network-acls.json'), JSON.stringify({ NetworkAcls: spec.networkAcls }));
  }
  writeFileSync(join(inventory, 'security-groups.json'), JSON.stringify({ SecurityGroups }));
  writeFileSync(join(inventory, 'security-group-rules.json'), JSON.stringify({ SecurityGroupRules }));
  writeFileSync(join(inventory, 'network-interfaces.json'), JSON.stringify({ NetworkInterfaces }));
  if (spec.prefixLists) {
    const PrefixLists = spec.prefixLists.map((p) => ({
      PrefixListId: p.id,
      PrefixListName: p.id,
      ...(p.cidrs ? { Entries: p.cidrs.map((Cidr) => ({ Cidr })) } : {}),
    }));
    writeFileSync(join(inventory, 'managed-prefix-lists.json'), JSON.stringify({ PrefixLists }));
  }
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  const header = spec.header === false ? [] : [spec.header ?? V2];
  writeFileSync(join(logs, 'flows.log'), [...header, ...spec.lines].join('\n') + '\n');
  return { dir, logs, inventory };
}

export async function runScenario(spec: ScenarioSpec): Promise<Report> {
  const { logs, inventory } = writeScenario(spec);
  const config: Config = spec.config ? parseConfig(spec.config, 'test config') : defaultConfig();
  return analyze({
    flowLogs: [logs],
    inventoryDir: inventory,
    config,
    now: new Date('2026-11-26T00:00:00Z'),
  });
}

/** A v2 record line. */
export function v2(
  eni: string,
  src: string,
  dst: string,
  sport: number,
  dport: number,
  proto = 6,
  action = 'ACCEPT',
  start = 1763900000,
): string {
  return `2 123456789012 ${eni} ${src} ${dst} ${sport} ${dport} ${proto} 10 840 ${start} ${start + 60} ${action} OK`;
}

/** A v5-style record line with tcp-flags and flow-direction (header V5). */
export function v5(
  eni: string,
  src: string,
  dst: string,
  sport: number,
  dport: number,
  flags: number,
  direction: 'ingress' | 'egress',
  action = 'ACCEPT',
): string {
  return `5 123456789012 ${eni} ${src} ${dst} ${sport} ${dport} 6 10 840 1763900000 1763900060 ${action} OK ${flags} ${direction}`;
}

export function statusOf(report: Report, index: number): string | undefined {
  return report.rules.find((r) => r.ruleId === ruleId(index))?.status;
}

export function flowsOf(report: Report, index: number): number | undefined {
  return report.rules.find((r) => r.ruleId === ruleId(index))?.usage.flows;
}
