/**
 * The synthetic VPC every generated world shares: security groups with their rules, and the
 * network interfaces they are attached to. Only the traffic depends on the seed; the inventory is
 * the same in every world, so its ids can be named in tests.
 *
 * Each rule is there for a situation the analysis must get right; the comments say which.
 */
import { createHash } from 'node:crypto';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export interface Group {
  id: string;
  name: string;
  description: string;
}

export type Protocol = 'tcp' | 'udp' | 'icmp' | '-1';

export interface Rule {
  id: string;
  group: Group;
  egress: boolean;
  protocol: Protocol;
  /** -1 for all ports (ICMP types, or every protocol). */
  from: number;
  to: number;
  cidr?: string;
  cidr6?: string;
  /** The group whose interfaces the rule admits. */
  ref?: Group;
  description?: string;
}

export interface Subnet {
  id: string;
  /** The /24 of the subnet: the third octet of its addresses. */
  octet: number;
  az: string;
  azId: string;
}

export interface Host {
  id: string;
  name: string;
  ip: string;
  instanceId: string;
  subnet: Subnet;
  groups: Group[];
}

/** The rules by the part they play in the world. */
export type RuleRole =
  | 'web443'
  | 'web80'
  | 'web443v6'
  | 'web8443'
  | 'appFromWeb'
  | 'appMetrics'
  | 'appLegacy'
  | 'db5432'
  | 'db3306'
  | 'ssh'
  | 'rdpOpen'
  | 'rdpOffice'
  | 'icmp'
  | 'snmp'
  | 'batchJobs'
  | 'orphanSsh';

export interface Vpc {
  id: string;
  /** In the order the inventory lists them (which decides ties between equal rules, see below). */
  groups: Group[];
  rules: Rule[];
  hosts: Host[];
  rule: Record<RuleRole, Rule>;
  /** Every group's one egress rule: all traffic to 0.0.0.0/0, as EC2 creates it. */
  egressOf: ReadonlyMap<Group, Rule>;
  web: Host[];
  app: Host[];
  db: Host[];
  windows: Host[];
  bastion: Host;
  /** Pings every host and scrapes the app hosts' metrics port. */
  monitor: Host;
  /** A stopped batch worker: its interface has no record in the window. */
  batch: Host;
  unattached: Group[];
}

/** A stable id of `width` hex digits for a name: adding a rule or host never renumbers the others. */
function hexId(name: string, width: number): string {
  return createHash('sha256').update(name).digest('hex').slice(0, width);
}

/** `sg-0aa0000000000web1`: readable group ids, the shape the tests name them in. */
function group(name: string, description: string): Group {
  return { id: `sg-0aa${name.slice(0, 13).padStart(13, '0')}1`, name, description };
}

function subnet(octet: number, zone: number): Subnet {
  const az = `${REGION}${'abcd'[zone - 1] ?? 'a'}`;
  return { id: `subnet-${hexId(`subnet:${octet}`, 17)}`, octet, az, azId: `use1-az${zone}` };
}

function host(name: string, net: Subnet, last: number, groups: Group[]): Host {
  return {
    id: `eni-${hexId(`eni:${name}`, 17)}`,
    name,
    ip: `10.0.${net.octet}.${last}`,
    instanceId: `i-${hexId(`instance:${name}`, 17)}`,
    subnet: net,
    groups,
  };
}

function tier(prefix: string, net: Subnet, count: number, groups: Group[]): Host[] {
  return Array.from({ length: count }, (_, i) => host(`${prefix}-${i + 1}`, net, 10 + i, groups));
}

/** Builds the VPC. Pure: every call gives an equal VPC. */
export function buildVpc(): Vpc {
  const web = group('web', 'public web tier');
  const app = group('app', 'application tier');
  const db = group('db', 'database tier');
  const bastion = group('bastion', 'ssh jump host');
  const windows = group('windows', 'windows hosts');
  const batch = group('batch', 'batch workers');
  const monitoring = group('monitoring', 'attached to every host');
  const orphan = group('orphan', 'left over from a deleted stack');
  // The monitoring group comes after the tier groups. A host's connection is allowed by its tier's
  // and the monitoring group's all-traffic egress rules alike; the analysis counts the first one
  // listed as needed and the other as covered, and it is the tier's rule a reader would keep.
  const groups = [web, app, db, bastion, windows, batch, monitoring, orphan];

  const rules: Rule[] = [];
  const add = (role: string, r: Omit<Rule, 'id'>): Rule => {
    const rule = { id: `sgr-${hexId(`rule:${role}`, 17)}`, ...r };
    rules.push(rule);
    return rule;
  };
  const tcp = (g: Group, from: number, to: number, peer: Pick<Rule, 'cidr' | 'cidr6' | 'ref'>) =>
    ({ group: g, egress: false, protocol: 'tcp', from, to, ...peer }) as const;
  const egressOf = new Map<Group, Rule>();
  const withEgress = (g: Group, ingress: () => void) => {
    ingress();
    egressOf.set(
      g,
      add(`egress:${g.name}`, {
        group: g,
        egress: true,
        protocol: '-1',
        from: -1,
        to: -1,
        cidr: '0.0.0.0/0',
      }),
    );
  };

  const rule = {} as Record<RuleRole, Rule>;
  withEgress(web, () => {
    rule.web443 = add('web443', { ...tcp(web, 443, 443, { cidr: '0.0.0.0/0' }), description: 'https' });
    rule.web80 = add('web80', tcp(web, 80, 80, { cidr: '0.0.0.0/0' }));
    // Open to IPv6 but no IPv6 client ever comes: unused.
    rule.web443v6 = add('web443v6', tcp(web, 443, 443, { cidr6: '::/0' }));
    // A port nothing listens on any more: unused.
    rule.web8443 = add('web8443', tcp(web, 8443, 8443, { cidr: '0.0.0.0/0' }));
  });
  withEgress(app, () => {
    // 101 ports for a service that only ever listens on 8080: broad ports.
    rule.appFromWeb = add('appFromWeb', tcp(app, 8000, 8100, { ref: web }));
    // A /16 for one scraper: broad source.
    rule.appMetrics = add('appMetrics', tcp(app, 9100, 9100, { cidr: '10.0.0.0/16' }));
    // "For the return traffic": only ever matched by responses, which never use a rule, and by
    // starts that narrower rules allow. Unused, and it reaches RDP (3389) from the internet.
    rule.appLegacy = add('appLegacy', {
      ...tcp(app, 1024, 65535, { cidr: '0.0.0.0/0' }),
      description: 'legacy: return traffic',
    });
  });
  withEgress(db, () => {
    rule.db5432 = add('db5432', tcp(db, 5432, 5432, { ref: app }));
    // MySQL was replaced by PostgreSQL: unused.
    rule.db3306 = add('db3306', tcp(db, 3306, 3306, { cidr: '10.0.0.0/8' }));
  });
  withEgress(bastion, () => {
    // SSH open to the world, used from three office addresses: open admin port, broad source.
    rule.ssh = add('ssh', tcp(bastion, 22, 22, { cidr: '0.0.0.0/0' }));
  });
  withEgress(windows, () => {
    // Both allow every RDP connection; the office one is narrower, so the open one is redundant.
    rule.rdpOpen = add('rdpOpen', tcp(windows, 3389, 3389, { cidr: '0.0.0.0/0' }));
    rule.rdpOffice = add('rdpOffice', tcp(windows, 3389, 3389, { cidr: '203.0.113.0/24' }));
  });
  withEgress(batch, () => {
    // Attached only to an interface without records: unknown, not unused.
    rule.batchJobs = add('batchJobs', tcp(batch, 7000, 7000, { cidr: '10.0.0.0/16' }));
  });
  withEgress(monitoring, () => {
    rule.icmp = add('icmp', {
      group: monitoring,
      egress: false,
      protocol: 'icmp',
      from: -1,
      to: -1,
      cidr: '10.0.0.0/16',
    });
    // Nobody polls SNMP: unused.
    rule.snmp = add('snmp', {
      group: monitoring,
      egress: false,
      protocol: 'udp',
      from: 161,
      to: 161,
      cidr: '10.0.0.0/16',
    });
  });
  withEgress(orphan, () => {
    rule.orphanSsh = add('orphanSsh', tcp(orphan, 22, 22, { cidr: '10.0.0.0/8' }));
  });

  const ops = subnet(0, 1);
  const hosts = {
    web: tier('web', subnet(1, 1), 24, [web, monitoring]),
    app: tier('app', subnet(2, 2), 24, [app, monitoring]),
    db: tier('db', subnet(3, 3), 6, [db, monitoring]),
    windows: tier('win', subnet(4, 4), 4, [windows, monitoring]),
    bastion: host('bastion', ops, 5, [bastion, monitoring]),
    monitor: host('monitor', ops, 10, [monitoring]),
    batch: host('batch-1', ops, 20, [batch]),
  };
  const all = [
    hosts.bastion,
    hosts.monitor,
    hosts.batch,
    ...hosts.web,
    ...hosts.app,
    ...hosts.db,
    ...hosts.windows,
  ];
  return {
    id: `vpc-${hexId('vpc', 17)}`,
    groups,
    rules,
    hosts: all,
    rule,
    egressOf,
    ...hosts,
    unattached: groups.filter((g) => !all.some((h) => h.groups.includes(g))),
  };
}

/** The egress rules a connection started by `host` is credited to: one per group, all equal. */
export function egressRules(vpc: Vpc, host: Host): Rule[] {
  return host.groups.map((g) => vpc.egressOf.get(g) as Rule);
}

/**
 * CIS AWS Foundations 5.2/5.3: an ingress rule from 0.0.0.0/0 or ::/0 over tcp, udp or all
 * protocols whose port range includes 22 or 3389.
 */
export function opensAdminPortToWorld(rule: Rule): boolean {
  if (rule.egress || !(rule.cidr === '0.0.0.0/0' || rule.cidr6 === '::/0')) return false;
  if (rule.protocol === '-1') return true;
  if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') return false;
  return [22, 3389].some((p) => rule.from <= p && p <= rule.to);
}
