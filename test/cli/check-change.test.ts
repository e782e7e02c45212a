/**
 * `sg-flow-audit check-change` on the command line, run in-process through runProgram: an apply
 * journal (written with the apply library's own JournalWriter) that narrowed `tcp 22 from
 * 0.0.0.0/0` to `198.51.100.23/32` and removed a "return traffic" rule, the inventory, and flow
 * logs of the hours after. Only the REJECTed connection start the old rule allowed is reported,
 * with the revert command; a start the old rules did not allow either, a rejected response, a
 * rejection before --since or before the change, a port scanner and an unchanged group are not.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalWriter, type JournalRule } from '../../src/aws/apply/journal.js';
import type { RuleContent } from '../../src/aws/apply/model.js';
import { checkJson, cli, iso } from './check-change-kit.js';

const WEB = 'sg-0web0000000000001';
const DB = 'sg-0db00000000000001';
const WEB_ENI = 'eni-0web0000000000001';
const DB_ENI = 'eni-0db00000000000001';
const WEB_IP = '10.0.1.10';
const WEB_IP6 = '2001:db8:1::10';
const DB_IP = '10.0.2.20';
const SSH_RULE = 'sgr-0ssh000000000001';
const RETURN_RULE = 'sgr-0ret000000000001';
const TO_DB_RULE = 'sgr-0todb00000000001';
const NEW_SSH_RULE = 'sgr-0new000000000001';
/** The apply ran at 2026-11-26T12:00:00Z. */
const APPLY = Date.UTC(2026, 10, 26, 12) / 1000;

interface Rule {
  id: string;
  group: string;
  egress?: boolean;
  protocol: string;
  from?: number;
  to?: number;
  cidr?: string;
  groupRef?: string;
}

/** The rules in force after the apply. */
const AFTER: Rule[] = [
  { id: NEW_SSH_RULE, group: WEB, protocol: 'tcp', from: 22, to: 22, cidr: '198.51.100.23/32' },
  { id: 'sgr-0https0000000001', group: WEB, protocol: 'tcp', from: 443, to: 443, cidr: '0.0.0.0/0' },
  {
    id: 'sgr-0webout000000001',
    group: WEB,
    egress: true,
    protocol: 'tcp',
    from: 443,
    to: 443,
    cidr: '0.0.0.0/0',
  },
  { id: 'sgr-0pg0000000000001', group: DB, protocol: 'tcp', from: 5432, to: 5432, groupRef: WEB },
  { id: 'sgr-0dbout0000000001', group: DB, egress: true, protocol: '-1', cidr: '0.0.0.0/0' },
];
/** The rules the apply took away. */
const SSH_OPEN: Rule = { id: SSH_RULE, group: WEB, protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0' };
const RETURN_TRAFFIC: Rule = {
  id: RETURN_RULE,
  group: WEB,
  protocol: 'tcp',
  from: 1024,
  to: 65535,
  cidr: '0.0.0.0/0',
};
const WEB_TO_DB: Rule = {
  id: TO_DB_RULE,
  group: WEB,
  egress: true,
  protocol: 'tcp',
  from: 5432,
  to: 5432,
  groupRef: DB,
};

function permission(r: Rule) {
  return {
    IpProtocol: r.protocol,
    ...(r.protocol === '-1' ? {} : { FromPort: r.from, ToPort: r.to }),
    IpRanges: r.cidr ? [{ CidrIp: r.cidr }] : [],
    Ipv6Ranges: [],
    PrefixListIds: [],
    UserIdGroupPairs: r.groupRef ? [{ GroupId: r.groupRef }] : [],
  };
}

/** AWS CLI JSON of the two groups and their interfaces; `ruleIds` adds security-group-rules.json. */
function writeInventory(dir: string, rules: Rule[], ruleIds = true): string {
  mkdirSync(dir, { recursive: true });
  const group = (id: string, name: string) => ({
    GroupId: id,
    GroupName: name,
    Description: name,
    VpcId: 'vpc-0check00000000001',
    OwnerId: '111122223333',
    IpPermissions: rules.filter((r) => r.group === id && !r.egress).map(permission),
    IpPermissionsEgress: rules.filter((r) => r.group === id && r.egress).map(permission),
  });
  const eni = (id: string, address: string, groupId: string, ipv6: string[]) => ({
    NetworkInterfaceId: id,
    InterfaceType: 'interface',
    Description: id,
    VpcId: 'vpc-0check00000000001',
    SubnetId: 'subnet-0check0000000001',
    PrivateIpAddress: address,
    PrivateIpAddresses: [{ PrivateIpAddress: address, Primary: true }],
    Ipv6Addresses: ipv6.map((a) => ({ Ipv6Address: a })),
    Groups: [{ GroupId: groupId }],
  });
  writeFileSync(
    join(dir, 'security-groups.json'),
    JSON.stringify({ SecurityGroups: [group(WEB, 'web'), group(DB, 'db')] }),
  );
  writeFileSync(
    join(dir, 'network-interfaces.json'),
    JSON.stringify({
      NetworkInterfaces: [eni(WEB_ENI, WEB_IP, WEB, [WEB_IP6]), eni(DB_ENI, DB_IP, DB, [])],
    }),
  );
  if (ruleIds)
    writeFileSync(
      join(dir, 'security-group-rules.json'),
      JSON.stringify({
        SecurityGroupRules: rules.map((r) => ({
          SecurityGroupRuleId: r.id,
          GroupId: r.group,
          IsEgress: r.egress === true,
          IpProtocol: r.protocol,
          FromPort: r.protocol === '-1' ? -1 : r.from,
          ToPort: r.protocol === '-1' ? -1 : r.to,
          ...(r.cidr ? { CidrIpv4: r.cidr } : {}),
          ...(r.groupRef ? { ReferencedGroupInfo: { GroupId: r.groupRef } } : {}),
        })),
      }),
    );
  return dir;
}

const journalRule = (r: Rule): JournalRule => ({
  ruleId: r.id,
  groupId: r.group,
  direction: r.egress ? 'egress' : 'ingress',
  protocol: r.protocol === '-1' ? 'all' : r.protocol,
  fromPort: r.from ?? -1,
  toPort: r.to ?? -1,
  peer: r.cidr ? { cidr: r.cidr } : { groupId: r.groupRef ?? '' },
  description: null,
});

/**
 * An apply journal as src/aws/apply writes it: the new SSH rule authorized at APPLY, then each
 * rule of `revoked` revoked, one a second from APPLY + 1.
 */
function writeJournal(path: string, revoked: Rule[]): string {
  let clock = APPLY;
  const writer = JournalWriter.create(path, { kind: 'apply', dryRun: false }, () => new Date(clock * 1000));
  const ssh: RuleContent = {
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    peer: { cidr: '198.51.100.23/32' },
  };
  const authorize = writer.begin({
    call: 'AuthorizeSecurityGroupIngress',
    groupId: WEB,
    parameters: { GroupId: WEB },
    rule: ssh,
  });
  writer.finish(authorize, { status: 'done', ruleIds: [NEW_SSH_RULE] });
  for (const rule of revoked) {
    clock++;
    const entry = writer.begin({
      call: rule.egress ? 'RevokeSecurityGroupEgress' : 'RevokeSecurityGroupIngress',
      groupId: rule.group,
      parameters: { GroupId: rule.group, SecurityGroupRuleIds: [rule.id] },
      previous: journalRule(rule),
    });
    writer.finish(entry, { status: 'done' });
  }
  writer.close('completed');
  return path;
}

const HEADER =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status tcp-flags flow-direction';
const SYN = 2;
const SYN_ACK = 18;

interface Flow {
  eni?: string;
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  at: number;
  action?: 'ACCEPT' | 'REJECT';
  flags?: number;
  direction?: 'ingress' | 'egress';
  packets?: number;
}

function line(f: Flow): string {
  const packets = f.packets ?? 1;
  return [
    5,
    '111122223333',
    f.eni ?? WEB_ENI,
    f.src,
    f.dst,
    f.srcPort,
    f.dstPort,
    6,
    packets,
    packets * 60,
    f.at,
    f.at + 60,
    f.action ?? 'REJECT',
    'OK',
    f.flags ?? SYN,
    f.direction ?? 'ingress',
  ].join(' ');
}

/** The logs of the hours around the apply. */
const FLOWS: Flow[] = [
  // Blocked: an SSH client the narrowed rule left out, twice.
  { src: '203.0.113.9', dst: WEB_IP, srcPort: 51000, dstPort: 22, at: APPLY + 3600, packets: 3 },
  { src: '203.0.113.9', dst: WEB_IP, srcPort: 51002, dstPort: 22, at: APPLY + 7200, packets: 2 },
  // Not allowed before either: 0.0.0.0/0 holds no IPv6 address.
  { src: '2001:db8::99', dst: WEB_IP6, srcPort: 51000, dstPort: 22, at: APPLY + 3600 },
  // A rejected answer to the host's own HTTPS connection: the removed 1024-65535 rule matches its
  // port, but it starts nothing.
  { src: '203.0.113.80', dst: WEB_IP, srcPort: 443, dstPort: 40000, at: APPLY + 3600, flags: SYN_ACK },
  // Between the apply and --since.
  { src: '203.0.113.10', dst: WEB_IP, srcPort: 51000, dstPort: 22, at: APPLY + 600 },
  // The office the narrowed rule keeps.
  { src: '198.51.100.23', dst: WEB_IP, srcPort: 51000, dstPort: 22, at: APPLY + 3600, action: 'ACCEPT' },
  // A group the apply did not touch.
  { eni: DB_ENI, src: '203.0.113.9', dst: DB_IP, srcPort: 51000, dstPort: 22, at: APPLY + 3600 },
  // A port scanner (port-scan-min-ports is 4 in the test config).
  ...[22, 23, 25, 80].map((port) => ({
    src: '203.0.113.66',
    dst: WEB_IP,
    srcPort: 40123,
    dstPort: port,
    at: APPLY + 5400,
  })),
  // Before the apply: the old rule was in force, so this was not the change's doing.
  { src: '203.0.113.11', dst: WEB_IP, srcPort: 51000, dstPort: 22, at: APPLY - 1800 },
];

interface World {
  dir: string;
  inventory: string;
  logs: string;
  config: string;
  journal: string;
}

function world(revoked: Rule[] = [SSH_OPEN, RETURN_TRAFFIC], flows: Flow[] = FLOWS): World {
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-check-change-'));
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  writeFileSync(join(logs, 'flows.log'), [HEADER, ...flows.map(line)].join('\n') + '\n');
  const config = join(dir, 'sg-flow-audit.yml');
  writeFileSync(config, 'thresholds:\n  port-scan-min-ports: 4\n');
  return {
    dir,
    inventory: writeInventory(join(dir, 'inventory'), AFTER),
    logs,
    config,
    journal: writeJournal(join(dir, 'journal.json'), revoked),
  };
}

const inputs = (w: World, inventory = w.inventory) => [
  '--flow-logs',
  w.logs,
  '--inventory',
  inventory,
  '--config',
  w.config,
];

/** The one finding the standard world must give, as the JSON has it. */
function sshFinding(w: World | undefined) {
  return {
    type: 'blocked-by-change',
    severity: 'critical',
    groupId: WEB,
    ruleId: SSH_RULE,
    peer: '203.0.113.9',
    title: `tcp 22 from 203.0.113.9 blocked on web (${WEB}) since the change: 2 connection starts`,
    evidence: expect.objectContaining({
      direction: 'ingress',
      protocol: 'tcp',
      peers: ['203.0.113.9'],
      ports: [22],
      flows: 2,
      packets: 5,
      firstSeen: iso(APPLY + 3600),
      lastSeen: iso(APPLY + 7260),
      interfaces: [WEB_ENI],
      removedRule: 'ingress tcp 22 from 0.0.0.0/0',
      removedRuleId: SSH_RULE,
      ...(w ? { journal: w.journal, revert: `sg-flow-audit revert ${w.journal}` } : {}),
    }),
  };
}

describe('check-change after an apply', () => {
  it('reports exactly the SSH client the narrowed rule blocked, with its flows and the revert command', async () => {
    const w = world();
    const { run, outcome } = await checkJson(
      ...inputs(w),
      '--journal',
      w.journal,
      '--since',
      iso(APPLY + 1800),
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toBe(
      `sg-flow-audit: critical finding: tcp 22 from 203.0.113.9 blocked on web (${WEB}) since the change: 2 connection starts\n`,
    );
    expect(outcome.findings).toEqual([expect.objectContaining(sshFinding(w))]);
    expect(outcome.findings[0]?.message).toContain(`Undo the change: sg-flow-audit revert ${w.journal}`);
    expect(outcome.revert).toBe(`sg-flow-audit revert ${w.journal}`);
    expect(outcome.since).toBe(iso(APPLY + 1800));
    expect(outcome.changedAt).toBe(iso(APPLY + 1));
    expect(outcome.changedGroups).toEqual([
      {
        groupId: WEB,
        groupName: 'web',
        interfaces: [WEB_ENI],
        removedRules: [
          { ruleId: SSH_RULE, rule: 'ingress tcp 22 from 0.0.0.0/0' },
          { ruleId: RETURN_RULE, rule: 'ingress tcp 1024-65535 from 0.0.0.0/0' },
        ],
      },
    ]);
    // Starts on web since --since: the client twice, the IPv6 one, the scanner's four.
    expect(outcome.counts).toEqual({
      rejectedStarts: 7,
      beforeSince: 2,
      beforeChange: 0,
      responses: 1,
      undirected: 0,
      notAllowedBefore: 4,
      stillAllowed: 0,
      denied: 0,
      dropped: 0,
    });
    expect(outcome.scanners).toEqual({ sources: 1, flows: 1 });
  });

  it('prints the finding and the command that undoes the change as text', async () => {
    const w = world();
    const run = await cli('check-change', ...inputs(w), '--journal', w.journal, '--since', iso(APPLY + 1800));
    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      `Change: apply journal ${w.journal} (started ${new Date(APPLY * 1000).toISOString()}, completed): 2 rule(s) removed in 1 group(s).`,
    );
    expect(lines).toContain(
      `  [critical] blocked-by-change: tcp 22 from 203.0.113.9 blocked on web (${WEB}) since the change: 2 connection starts`,
    );
    expect(lines).toContain(
      `REJECTed connection starts on the changed groups' interfaces since ${iso(APPLY + 1800)}: 7, of which the rules before the change allowed 2 (12 records read).`,
    );
    expect(lines.at(-2)).toBe(`Undo the change: sg-flow-audit revert ${w.journal}`);
  });

  it('gives the same finding when the inventory was read before the apply, without rule ids', async () => {
    const w = world();
    const before = writeInventory(
      join(w.dir, 'inventory-before'),
      [...AFTER.slice(1), SSH_OPEN, RETURN_TRAFFIC],
      false,
    );
    const { run, outcome } = await checkJson(
      ...inputs(w, before),
      '--journal',
      w.journal,
      '--since',
      iso(APPLY + 1800),
    );
    expect(run.status, run.stderr).toBe(1);
    expect(outcome.findings).toEqual([expect.objectContaining(sshFinding(w))]);
  });

  it('finds the same blocked client from the inventory before the change, without a revert command', async () => {
    const w = world();
    const before = writeInventory(join(w.dir, 'inventory-before'), [
      ...AFTER.slice(1),
      SSH_OPEN,
      RETURN_TRAFFIC,
    ]);
    const { run, outcome } = await checkJson(
      ...inputs(w),
      '--before-inventory',
      before,
      '--since',
      iso(APPLY + 1800),
    );
    expect(run.status, run.stderr).toBe(1);
    expect(outcome.findings).toEqual([expect.objectContaining(sshFinding(undefined))]);
    expect(outcome.findings[0]?.evidence).not.toHaveProperty('revert');
    expect(outcome.revert).toBeNull();
    expect(outcome.changedAt).toBeNull();
  });

  it('does not count rejections from before the change took effect, however early --since is', async () => {
    const w = world();
    const { run, outcome } = await checkJson(
      ...inputs(w),
      '--journal',
      w.journal,
      '--since',
      iso(APPLY - 3600),
    );
    expect(run.status, run.stderr).toBe(1);
    // The one before the apply is not the change's doing; the one at +10 minutes now is.
    expect(outcome.counts['beforeChange']).toBe(1);
    expect(outcome.findings.map((f) => [f.peer, f.evidence['flows']])).toEqual([
      ['203.0.113.9', 2],
      ['203.0.113.10', 1],
    ]);
    expect(outcome.notes).toContain(
      `1 REJECTed flow(s) ended before the change took effect (${iso(APPLY + 1)}) and are not its doing`,
    );
  });

  it('reports an outbound connection a removed egress rule to another group allowed', async () => {
    const outbound: Flow = {
      src: WEB_IP,
      dst: DB_IP,
      srcPort: 45000,
      dstPort: 5432,
      at: APPLY + 3600,
      direction: 'egress',
    };
    const elsewhere: Flow = { ...outbound, dst: '10.0.9.9', at: APPLY + 3700 };
    const w = world([WEB_TO_DB], [outbound, elsewhere]);
    const { run, outcome } = await checkJson(...inputs(w), '--journal', w.journal, '--since', iso(APPLY));
    expect(run.status, run.stderr).toBe(1);
    // The group reference means db's interface address; 10.0.9.9 was never allowed.
    expect(outcome.findings.map((f) => [f.type, f.groupId, f.ruleId, f.peer, f.title])).toEqual([
      [
        'blocked-by-change',
        WEB,
        TO_DB_RULE,
        DB_IP,
        `tcp 5432 to ${DB_IP} blocked on web (${WEB}) since the change: 1 connection start`,
      ],
    ]);
    expect(outcome.findings[0]?.evidence['removedRule']).toBe(`egress tcp 5432 to ${DB}`);
  });

  it('passes when nothing was blocked since --since, and with --fail-on none', async () => {
    const w = world();
    const quiet = await cli(
      'check-change',
      ...inputs(w),
      '--journal',
      w.journal,
      '--since',
      iso(APPLY + 8000),
    );
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).toContain('No connection start was blocked by the change.');
    expect(quiet.stdout).not.toContain('Undo the change');
    const tolerated = await checkJson(
      ...inputs(w),
      '--journal',
      w.journal,
      '--since',
      iso(APPLY + 1800),
      '--fail-on',
      'none',
    );
    expect(tolerated.run.status).toBe(0);
    expect(tolerated.outcome.findings).toHaveLength(1);
  });

  it('exits 2 with one line when it cannot run', async () => {
    const w = world();
    const since = ['--since', iso(APPLY)];
    const revertJournal = join(w.dir, 'revert.json');
    JournalWriter.create(
      revertJournal,
      { kind: 'revert', dryRun: false, reverts: w.journal },
      () => new Date(),
    ).close('completed');
    const cases: [string[], string | RegExp][] = [
      [
        [...inputs(w), ...since],
        'sg-flow-audit: check-change needs the change: give --journal FILE (an apply journal) or --before-inventory DIR, not both\n',
      ],
      [
        [...inputs(w), ...since, '--journal', w.journal, '--before-inventory', w.inventory],
        'sg-flow-audit: check-change needs the change: give --journal FILE (an apply journal) or --before-inventory DIR, not both\n',
      ],
      [
        [...inputs(w), '--since', 'yesterday', '--journal', w.journal],
        "sg-flow-audit: --since: expected a time like 2026-11-26T12:00:00Z or a duration back from now like 6h, got 'yesterday'\n",
      ],
      [
        [...inputs(w), ...since, '--journal', revertJournal],
        `sg-flow-audit: --journal: ${revertJournal} is the journal of a revert; give the apply journal it undid (${w.journal})\n`,
      ],
      [
        ['--inventory', w.inventory, ...since, '--journal', w.journal],
        'sg-flow-audit: check-change reads flow logs: give --flow-logs or --source (see --help)\n',
      ],
      [
        [...inputs(w), ...since, '--before-inventory', join(w.dir, 'missing')],
        // The inventory reader names the first file in its reading order.
        new RegExp(
          `^sg-flow-audit: --before-inventory: ${join(w.dir, 'missing')}/security-groups\\.json: not found\n$`,
        ),
      ],
    ];
    for (const [args, message] of cases) {
      const run = await cli('check-change', ...args);
      expect(run.status, args.join(' ')).toBe(2);
      if (typeof message === 'string') expect(run.stderr).toBe(message);
      else expect(run.stderr).toMatch(message);
    }
  });
});
