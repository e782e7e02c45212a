/**
 * Rules as written in Terraform: every place a security-group rule is defined (an inline
 * `ingress`/`egress` block, an `aws_security_group_rule`, an `aws_vpc_security_group_*_rule`), with
 * what its code says literally and, for what it does not, why.
 */
import type { Direction } from '../../inventory/model.js';
import { normalizeProtocol } from '../../inventory/model.js';
import {
  attribute,
  describeComputed,
  numberValue,
  stringValue,
  type HclAttribute,
  type HclBlock,
  type HclExpression,
  type HclFile,
} from './syntax.js';

export type SiteKind = 'inline' | 'rule' | 'vpc-rule';

/** An `aws_security_group` resource. */
export interface GroupResource {
  file: HclFile;
  block: HclBlock;
  /** The Terraform name (`web` of `aws_security_group.web`). */
  name: string;
  /** The literal `name` argument (the group's name in AWS), when it is one. */
  groupName: string | undefined;
  /** Set when the resource has `for_each` or `count`. */
  repeated: string | undefined;
}

/** Which group a rule belongs to, as its code says. */
export type GroupRef =
  | { kind: 'resource'; dir: string; name: string }
  | { kind: 'id'; id: string }
  | { kind: 'unknown'; why: string };

/** One peer written literally: a CIDR, a group (by id or by its resource), a prefix list, or self. */
export interface SitePeer {
  kind: 'cidr' | 'group' | 'prefixList' | 'self';
  /** The CIDR, `sg-…` or `pl-…` id when written literally. */
  literal?: string;
  /** The `aws_security_group` resource name of a reference `aws_security_group.<name>.id`. */
  ref?: string;
  attribute: HclAttribute;
  /** The element of a list attribute; absent for a single-valued attribute. */
  element?: HclExpression;
}

/** What a site's code leaves unknown, per part of the rule, as a reason for a person. */
export type Unknowns = Partial<Record<'direction' | 'protocol' | 'ports' | 'peers' | 'group', string>>;

/** One rule definition (it may stand for several AWS rules: one per peer). */
export interface RuleSite {
  kind: SiteKind;
  file: HclFile;
  /** The resource that holds the rule (the group for an inline block). */
  resource: HclBlock;
  /** The `ingress`/`egress` block, or the resource itself. */
  block: HclBlock;
  direction: Direction | undefined;
  group: GroupRef;
  /** The protocol's report name (tcp, udp, icmp, all, a number), when literal. */
  protocol: string | undefined;
  fromPort: number | undefined;
  toPort: number | undefined;
  peers: SitePeer[];
  unknown: Unknowns;
  /** Why the site cannot be edited even when it is the rule: for_each, count, a dynamic block. */
  blockers: string[];
}

/** Names of the peer attributes per kind of site. */
export const PEER_ATTRIBUTES: Readonly<
  Record<SiteKind, Readonly<Record<'cidr4' | 'cidr6' | 'group' | 'prefixList', string>>>
> = {
  inline: {
    cidr4: 'cidr_blocks',
    cidr6: 'ipv6_cidr_blocks',
    group: 'security_groups',
    prefixList: 'prefix_list_ids',
  },
  rule: {
    cidr4: 'cidr_blocks',
    cidr6: 'ipv6_cidr_blocks',
    group: 'source_security_group_id',
    prefixList: 'prefix_list_ids',
  },
  'vpc-rule': {
    cidr4: 'cidr_ipv4',
    cidr6: 'cidr_ipv6',
    group: 'referenced_security_group_id',
    prefixList: 'prefix_list_id',
  },
};

/** The Terraform resource types of rules, and the one of groups. */
export const GROUP_TYPE = 'aws_security_group';
export const RULE_TYPE = 'aws_security_group_rule';
export const VPC_RULE_TYPES: Readonly<Record<string, Direction>> = {
  aws_vpc_security_group_ingress_rule: 'ingress',
  aws_vpc_security_group_egress_rule: 'egress',
};

/** Every group resource and rule site of the files. */
export function collectSites(files: readonly HclFile[]): { groups: GroupResource[]; sites: RuleSite[] } {
  const groups: GroupResource[] = [];
  const sites: RuleSite[] = [];
  for (const file of files) {
    for (const resource of file.blocks) {
      if (resource.type !== 'resource' || resource.labels.length !== 2) continue;
      const [type = '', name = ''] = resource.labels;
      const repeated = repetition(resource);
      if (type === GROUP_TYPE) {
        groups.push({ file, block: resource, name, groupName: literalName(resource), repeated });
        for (const block of resource.blocks) {
          const site = inlineSite(file, resource, name, block);
          if (site) sites.push(withBlocker(site, repeated));
        }
      } else if (type === RULE_TYPE || type in VPC_RULE_TYPES) {
        sites.push(withBlocker(ruleSite(file, resource, type), repeated));
      }
    }
  }
  return { groups, sites };
}

/** The address of a site's resource, as a state file writes it (without module path). */
export function resourceAddress(block: HclBlock): string {
  return block.labels.join('.');
}

function repetition(resource: HclBlock): string | undefined {
  const used = ['for_each', 'count'].find((name) => attribute(resource, name));
  return used && `${resourceAddress(resource)} is built with ${used}`;
}

function withBlocker(site: RuleSite, blocker: string | undefined): RuleSite {
  if (blocker) site.blockers.push(blocker);
  return site;
}

function literalName(resource: HclBlock): string | undefined {
  return stringValue(attribute(resource, 'name')?.value);
}

function inlineSite(file: HclFile, resource: HclBlock, name: string, block: HclBlock): RuleSite | undefined {
  const group: GroupRef = { kind: 'resource', dir: file.dir, name };
  const base = { kind: 'inline' as const, file, resource, block, group, peers: [] as SitePeer[] };
  if (block.type === 'dynamic' && (block.labels[0] === 'ingress' || block.labels[0] === 'egress')) {
    const why = `the rules of ${resourceAddress(resource)} are built by a dynamic "${block.labels[0]}" block`;
    return {
      ...base,
      direction: block.labels[0],
      protocol: undefined,
      fromPort: undefined,
      toPort: undefined,
      unknown: { protocol: why, ports: why, peers: why },
      blockers: [why],
    };
  }
  if (block.type !== 'ingress' && block.type !== 'egress') return undefined;
  const site: RuleSite = {
    ...base,
    direction: block.type,
    ...protocolAndPorts(block, 'protocol'),
    blockers: [],
  };
  readPeers(site);
  return site;
}

function ruleSite(file: HclFile, resource: HclBlock, type: string): RuleSite {
  const vpc = VPC_RULE_TYPES[type];
  const site: RuleSite = {
    kind: vpc ? 'vpc-rule' : 'rule',
    file,
    resource,
    block: resource,
    direction: vpc,
    group: groupRef(resource, file.dir),
    ...protocolAndPorts(resource, vpc ? 'ip_protocol' : 'protocol'),
    peers: [],
    blockers: [],
  };
  if (!vpc) {
    const typeValue = attribute(resource, 'type')?.value;
    const direction = stringValue(typeValue);
    if (direction === 'ingress' || direction === 'egress') site.direction = direction;
    else site.unknown.direction = `type ${typeValue ? describeComputed(typeValue) : 'is missing'}`;
  }
  readPeers(site);
  return site;
}

function groupRef(resource: HclBlock, dir: string): GroupRef {
  const value = attribute(resource, 'security_group_id')?.value;
  if (!value) return { kind: 'unknown', why: 'security_group_id is missing' };
  if (value.kind === 'string') return { kind: 'id', id: value.value };
  const ref = groupReference(value);
  if (ref) return { kind: 'resource', dir, name: ref };
  return { kind: 'unknown', why: `security_group_id ${describeComputed(value)}` };
}

/** `web` for `aws_security_group.web.id`. */
export function groupReference(value: HclExpression): string | undefined {
  if (value.kind !== 'reference' || value.path.length !== 3) return undefined;
  const [type, name, field] = value.path;
  return type === GROUP_TYPE && field === 'id' ? name : undefined;
}

function protocolAndPorts(
  block: HclBlock,
  protocolName: string,
): Pick<RuleSite, 'protocol' | 'fromPort' | 'toPort' | 'unknown'> {
  const unknown: Unknowns = {};
  const protocolValue = attribute(block, protocolName)?.value;
  const written = protocolValue?.kind === 'number' ? String(protocolValue.value) : stringValue(protocolValue);
  const protocol = written === undefined ? undefined : normalizeProtocol(written)?.protocol;
  if (protocol === undefined)
    unknown.protocol = `${protocolName} ${protocolValue ? describeComputed(protocolValue) : 'is missing'}`;
  const ports = ['from_port', 'to_port'].map((name) => {
    const value = attribute(block, name)?.value;
    // A vpc rule for all protocols has no ports at all; -1 is what AWS reports then.
    if (!value) return protocolName === 'ip_protocol' ? -1 : undefined;
    const port = numberValue(value);
    if (port === undefined) unknown.ports = `${name} ${describeComputed(value)}`;
    return port;
  });
  if (ports.some((p) => p === undefined)) unknown.ports ??= 'from_port or to_port is missing';
  return { protocol, fromPort: ports[0], toPort: ports[1], unknown };
}

function readPeers(site: RuleSite): void {
  const names = PEER_ATTRIBUTES[site.kind];
  const unknownPeers: string[] = [];
  for (const attr of site.block.attributes) {
    const kind =
      attr.name === names.cidr4 || attr.name === names.cidr6
        ? 'cidr'
        : attr.name === names.group
          ? 'group'
          : attr.name === names.prefixList
            ? 'prefixList'
            : attr.name === 'self' && site.kind !== 'vpc-rule'
              ? 'self'
              : undefined;
    if (!kind) continue;
    if (kind === 'self') {
      if (attr.value.kind === 'bool') {
        if (attr.value.value) site.peers.push({ kind, attribute: attr });
      } else unknownPeers.push(`self ${describeComputed(attr.value)}`);
      continue;
    }
    const list = attr.value.kind === 'tuple';
    const values = attr.value.kind === 'tuple' ? attr.value.elements : [attr.value];
    if (!list && site.kind === 'inline') {
      unknownPeers.push(`${attr.name} ${describeComputed(attr.value)}`);
      continue;
    }
    for (const value of values) {
      const element = list ? { element: value } : {};
      const ref = kind === 'group' ? groupReference(value) : undefined;
      if (value.kind === 'string')
        site.peers.push({ kind, literal: value.value, attribute: attr, ...element });
      else if (ref) site.peers.push({ kind, ref, attribute: attr, ...element });
      else unknownPeers.push(`${attr.name} ${describeComputed(value)}`);
    }
  }
  if (unknownPeers.length > 0) site.unknown.peers = unknownPeers.join('; ');
}
