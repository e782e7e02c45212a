#!/usr/bin/env node
// Writes the bundled demo: a small VPC (inventory as AWS CLI JSON) and a day of its VPC Flow Logs
// in the S3 key layout, version 5 with tcp-flags and flow-direction. Deterministic: the same
// bytes every run, so the committed example can be checked against this script.
//
//   node scripts/make-example.mjs [--out examples/demo]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : 'examples/demo';
const ACCOUNT = '111122223333';
const VPC = 'vpc-0demo0000000001';
const DAY = Date.UTC(2026, 10, 24) / 1000;

let state = 20261124;
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const groups = [];
const rules = [];
function group(id, name, description) {
  const g = {
    GroupId: id,
    GroupName: name,
    Description: description,
    VpcId: VPC,
    OwnerId: ACCOUNT,
    IpPermissions: [],
    IpPermissionsEgress: [],
  };
  groups.push(g);
  return g;
}
function allow(g, { egress = false, protocol, from, to, cidr, ref, description }) {
  const id = `sgr-0demo${String(rules.length + 1).padStart(12, '0')}`;
  const rule = {
    SecurityGroupRuleId: id,
    GroupId: g.GroupId,
    GroupOwnerId: ACCOUNT,
    IsEgress: egress,
    IpProtocol: protocol,
    FromPort: from,
    ToPort: to,
  };
  const perm = {
    IpProtocol: protocol,
    IpRanges: [],
    Ipv6Ranges: [],
    PrefixListIds: [],
    UserIdGroupPairs: [],
  };
  if (protocol !== '-1') Object.assign(perm, { FromPort: from, ToPort: to });
  if (cidr?.includes(':')) {
    rule.CidrIpv6 = cidr;
    perm.Ipv6Ranges.push({ CidrIpv6: cidr });
  } else if (cidr) {
    rule.CidrIpv4 = cidr;
    perm.IpRanges.push({ CidrIp: cidr });
  }
  if (ref) {
    rule.ReferencedGroupInfo = { GroupId: ref.GroupId, UserId: ACCOUNT };
    perm.UserIdGroupPairs.push({ GroupId: ref.GroupId, UserId: ACCOUNT });
  }
  if (description) rule.Description = description;
  rules.push(rule);
  (egress ? g.IpPermissionsEgress : g.IpPermissions).push(perm);
  return id;
}

const lb = group('sg-0demo00000000lb1', 'public-lb', 'internet-facing load balancer');
const api = group('sg-0demo0000000api1', 'api', 'api servers');
const db = group('sg-0demo00000000db1', 'postgres', 'database');
const ops = group('sg-0demo00000000ops', 'ops-jump', 'jump host');
const old = group('sg-0demo00000000old', 'old-batch', 'decommissioned batch workers');
const dflt = group('sg-0demo0000default', 'default', 'default VPC security group');
allow(lb, { protocol: 'tcp', from: 443, to: 443, cidr: '0.0.0.0/0', description: 'https' });
allow(lb, { protocol: 'tcp', from: 80, to: 80, cidr: '0.0.0.0/0', description: 'http redirect' });
allow(api, { protocol: 'tcp', from: 8000, to: 8999, ref: lb, description: 'from the load balancer' });
allow(api, {
  protocol: 'tcp',
  from: 1024,
  to: 65535,
  cidr: '0.0.0.0/0',
  description: 'return traffic (not needed: groups are stateful)',
});
allow(db, { protocol: 'tcp', from: 5432, to: 5432, ref: api });
allow(db, { protocol: 'tcp', from: 5432, to: 5432, cidr: '10.20.0.0/16', description: 'old subnet' });
allow(ops, { protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0', description: 'ssh' });
allow(ops, { protocol: 'tcp', from: 3389, to: 3389, cidr: '0.0.0.0/0' });
allow(old, { protocol: 'tcp', from: 9000, to: 9000, cidr: '10.20.0.0/16' });
allow(dflt, { protocol: '-1', from: -1, to: -1, ref: dflt });
for (const g of [lb, api, db, ops, old, dflt])
  allow(g, { egress: true, protocol: '-1', from: -1, to: -1, cidr: '0.0.0.0/0' });

const interfaces = [];
function eni(n, ip, gs, description, type = 'interface') {
  const id = `eni-0demo${String(n).padStart(12, '0')}`;
  interfaces.push({
    NetworkInterfaceId: id,
    InterfaceType: type,
    Description: description,
    VpcId: VPC,
    SubnetId: 'subnet-0demo000000001',
    PrivateIpAddress: ip,
    PrivateIpAddresses: [{ PrivateIpAddress: ip, Primary: true }],
    Ipv6Addresses: [],
    Groups: gs.map((g) => ({ GroupId: g.GroupId, GroupName: g.GroupName })),
    Status: 'in-use',
    OwnerId: ACCOUNT,
  });
  return { id, ip };
}
const lbs = [
  eni(1, '10.20.1.10', [lb], 'ELB app/public-lb'),
  eni(2, '10.20.2.10', [lb], 'ELB app/public-lb'),
];
const apis = [3, 4, 5].map((n) => eni(n, `10.20.3.${n}`, [api], `api-${n}`));
const dbs = [eni(6, '10.20.4.6', [db], 'postgres primary')];
const jump = eni(7, '10.20.0.7', [ops], 'jump host');
const nat = eni(8, '10.20.0.8', [], 'Interface for NAT Gateway nat-0demo', 'nat_gateway');

const offices = ['198.51.100.23', '198.51.100.24'];
const clients = Array.from(
  { length: 400 },
  () => `${between(11, 99)}.${between(0, 255)}.${between(0, 255)}.${between(1, 254)}`,
);
const scanner = '45.155.205.99';
const V5 =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status tcp-flags flow-direction';
const lines = [];
let t = DAY;
function rec(eniRef, src, dst, sport, dport, proto, action, flags, dir) {
  const packets = between(1, 30);
  lines.push(
    `5 ${ACCOUNT} ${eniRef.id} ${src} ${dst} ${sport} ${dport} ${proto} ${packets} ${packets * between(60, 1400)} ${t} ${t + 60} ${action} OK ${flags} ${dir}`,
  );
}
function connection(client, server, cIp, sIp, port) {
  const p = between(32768, 60999);
  if (client) rec(client, cIp, sIp, p, port, 6, 'ACCEPT', 2, 'egress');
  if (server) rec(server, cIp, sIp, p, port, 6, 'ACCEPT', 2, 'ingress');
  if (server) rec(server, sIp, cIp, port, p, 6, 'ACCEPT', 18, 'egress');
  if (client) rec(client, sIp, cIp, port, p, 6, 'ACCEPT', 18, 'ingress');
}
for (let i = 0; i < 2600; i++) {
  t = DAY + Math.floor((86400 * i) / 2600);
  const u = random();
  if (u < 0.45) {
    const l = pick(lbs);
    connection(undefined, l, pick(clients), l.ip, 443);
  } else if (u < 0.5) {
    const l = pick(lbs);
    connection(undefined, l, pick(clients), l.ip, 80);
  } else if (u < 0.75) {
    const l = pick(lbs);
    const a = pick(apis);
    connection(l, a, l.ip, a.ip, 8080);
  } else if (u < 0.85) {
    const a = pick(apis);
    connection(a, dbs[0], a.ip, dbs[0].ip, 5432);
  } else if (u < 0.88) {
    connection(undefined, jump, pick(offices), jump.ip, 22);
  } else if (u < 0.9) {
    const a = pick(apis);
    const p = between(32768, 60999);
    rec(a, a.ip, '10.20.0.2', p, 53, 17, 'ACCEPT', 0, 'egress');
    rec(a, '10.20.0.2', a.ip, 53, p, 17, 'ACCEPT', 0, 'ingress');
  } else if (u < 0.92) {
    const a = pick(apis);
    rec(nat, a.ip, '203.0.113.50', between(32768, 60999), 443, 6, 'ACCEPT', 2, 'ingress');
  } else {
    const target = pick([...lbs, jump]);
    rec(target, scanner, target.ip, between(40000, 50000), between(1, 1024), 6, 'REJECT', 2, 'ingress');
  }
}
// A deleted interface still in the logs, and a line damaged in transit.
rec({ id: 'eni-0demo0000deleted' }, '10.20.9.9', '10.20.3.3', 40000, 8080, 6, 'ACCEPT', 2, 'egress');
lines.splice(1234, 0, '5 111122223333 eni-0demo000000000003 10.20.3.3 10.20.4.6 4');
for (const e of [...lbs, ...apis, ...dbs, jump])
  lines.push(`5 ${ACCOUNT} ${e.id} - - - - - - - ${DAY + 86000} ${DAY + 86060} - NODATA - -`);

rmSync(out, { recursive: true, force: true });
const logDir = join(out, 'logs', 'AWSLogs', ACCOUNT, 'vpcflowlogs', 'eu-west-1', '2026', '11', '24');
mkdirSync(logDir, { recursive: true });
mkdirSync(join(out, 'inventory'), { recursive: true });
const perFile = Math.ceil(lines.length / 4);
for (let f = 0; f < 4; f++) {
  const name = `${ACCOUNT}_vpcflowlogs_eu-west-1_fl-0demo00000000001_20261124T${String(f * 6).padStart(2, '0')}00Z_${((f * 2654435761) >>> 0).toString(16).padStart(8, '0')}.log.gz`;
  const text = [V5, ...lines.slice(f * perFile, (f + 1) * perFile)].join('\n') + '\n';
  // mtime 0 in the gzip header keeps the bytes identical across runs.
  writeFileSync(join(logDir, name), gzipSync(text, { level: 9 }));
}
const dump = (name, value) =>
  writeFileSync(join(out, 'inventory', name), JSON.stringify(value, null, 2) + '\n');
dump('security-groups.json', { SecurityGroups: groups });
dump('security-group-rules.json', { SecurityGroupRules: rules });
dump('network-interfaces.json', { NetworkInterfaces: interfaces });
// The subnet's network ACL, as a new VPC's default ACL has it: where the port scanner's proposed
// deny entry goes (a free number below the allow-all entry 100).
const aclEntries = [false, true].flatMap((Egress) => [
  { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress, CidrBlock: '0.0.0.0/0' },
  { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress, CidrBlock: '0.0.0.0/0' },
]);
dump('network-acls.json', {
  NetworkAcls: [
    {
      NetworkAclId: 'acl-0demo00000000001',
      VpcId: VPC,
      IsDefault: true,
      OwnerId: ACCOUNT,
      Associations: [
        {
          NetworkAclAssociationId: 'aclassoc-0demo0000001',
          NetworkAclId: 'acl-0demo00000000001',
          SubnetId: 'subnet-0demo000000001',
        },
      ],
      Entries: aclEntries,
    },
  ],
});
console.error(`wrote ${lines.length} records for ${interfaces.length} interfaces under ${out}`);
