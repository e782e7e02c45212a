/**
 * reviewFindings: a pull request's rule changes against the window's traffic of a small account
 * analysed by the real pipeline (its group names are the names the fixture code writes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { diffRules, reviewFindings, rulesInTree, type ReviewOptions } from '../../src/iac/review/index.js';
import type { Report } from '../../src/report/types.js';
import { renderGroupFile } from '../../src/iac/snapshot-yaml/export.js';
import { runScenario, v2 } from '../helpers/scenario.js';
import { accountReport, LIVE, lineOf, MAIN_TF, replaced, Trees, WEB_TEMPLATE } from './helpers.js';

const trees = new Trees();
let report: Report;
beforeAll(async () => {
  report = await accountReport();
});
afterAll(() => trees.cleanup());

async function review(
  base: Record<string, string>,
  head: Record<string, string>,
  options: ReviewOptions & { withHead?: boolean; report?: Report } = {},
) {
  const [b, h] = await Promise.all([
    rulesInTree(await trees.write(base)),
    rulesInTree(await trees.write(head)),
  ]);
  const diff = diffRules(b.rules, h.rules);
  const { withHead, report: given, ...rest } = options;
  return reviewFindings(diff, given ?? report, defaultConfig(), {
    ...rest,
    ...(withHead ? { head: h.rules } : {}),
  });
}

const HTTPS_BLOCK = `  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

`;

describe('review: removed rules', () => {
  it('a PR removing a used rule would block its flows: a high finding with the numbers, at the base line', async () => {
    const head = replaced(MAIN_TF, HTTPS_BLOCK, '');
    const { findings } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      type: 'would-block-traffic',
      severity: 'high',
      groupId: 'sg-web',
      ruleId: LIVE.webHttps,
      title: 'Removing ingress tcp 443 from 0.0.0.0/0 of sg-web would block 8 flows',
    });
    expect(finding?.message).toBe(
      'This change removes ingress tcp 443 from 0.0.0.0/0 of sg-web (sg-web, main.tf:8 in the base), which would ' +
        'have blocked 8 flows from 198.51.100.23 and 2 other peers in the 6 days from 2025-11-23 to 2025-11-29 ' +
        '(first seen 2025-11-23T00:00:00Z, last seen 2025-11-29T00:01:00Z).',
    );
    const line = lineOf(MAIN_TF, 'ingress {');
    expect(finding?.evidence).toEqual({
      source: 'terraform',
      file: 'main.tf',
      line,
      endLine: line + 6,
      rule: 'ingress tcp 443 from 0.0.0.0/0',
      flows: 8,
      peers: 3,
      topPeers: [
        { address: '198.51.100.23', flows: 5 },
        { address: '203.0.113.7', flows: 2 },
        { address: '192.0.2.44', flows: 1 },
      ],
      ports: [443],
      partial: false,
      ruleFlows: 8,
      rulePeers: 3,
      firstSeen: '2025-11-23T00:00:00Z',
      lastSeen: '2025-11-29T00:01:00Z',
      window: report.window,
    });
  });

  it('gives the same id on every run and for the same removal on another line', async () => {
    const head = replaced(MAIN_TF, HTTPS_BLOCK, '');
    const first = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    const shifted = `# a comment\n\n${MAIN_TF}`;
    const second = await review({ 'main.tf': shifted }, { 'main.tf': head });
    expect(first.findings.map((f) => f.id)).toEqual(second.findings.map((f) => f.id));
    expect(second.findings[0]?.evidence.line).toBe(lineOf(shifted, 'ingress {'));
  });

  it('a live rule removed from two sources that both wrote it is one finding', async () => {
    const template = replaced(
      WEB_TEMPLATE,
      `      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
      '      SecurityGroupIngress: []\n',
    );
    const head = replaced(MAIN_TF, HTTPS_BLOCK, '');
    const { findings } = await review(
      { 'main.tf': MAIN_TF, 'web.yaml': WEB_TEMPLATE },
      { 'main.tf': head, 'web.yaml': template },
    );
    expect(findings.map((f) => [f.type, f.ruleId, f.evidence.file])).toEqual([
      ['would-block-traffic', LIVE.webHttps, 'main.tf'],
    ]);
  });

  it('a PR removing an unused rule passes, with a note that says why', async () => {
    const head = replaced(MAIN_TF, 'cidr_blocks = ["203.0.113.0/24"]', 'cidr_blocks = []');
    const { findings, notes } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(findings).toEqual([]);
    expect(notes).toEqual([
      `Removed ingress tcp 22 from 203.0.113.0/24 of sg-web (main.tf:${lineOf(MAIN_TF, 'ingress {', 1)}): live rule ` +
        `${LIVE.webSsh} of sg-web carried no traffic in the 6 days from 2025-11-23 to 2025-11-29; nothing seen is blocked.`,
    ]);
  });

  it('ties a rule referencing another group to the live rule by the referenced group name', async () => {
    const redis = `  ingress {
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = [aws_security_group.web.id]
  }
`;
    const head = replaced(MAIN_TF, redis, '');
    const { findings } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(
      findings.map((f) => [f.type, f.ruleId, f.evidence.flows, f.evidence.topPeers, f.evidence.line]),
    ).toEqual([
      [
        'would-block-traffic',
        LIVE.dbRedisFromWeb,
        2,
        [{ address: '10.0.1.10', flows: 2 }],
        lineOf(MAIN_TF, 'ingress {', 2),
      ],
    ]);
  });

  it('a port range narrowed so that every used port is still allowed passes', async () => {
    const head = replaced(MAIN_TF, 'to_port           = 5440', 'to_port           = 5433');
    const { findings, notes } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(findings).toEqual([]);
    expect(notes).toEqual([
      `Removed ingress tcp 5432-5440 from 10.0.1.0/24 of sg-db (main.tf:${lineOf(MAIN_TF, 'resource "aws_security_group_rule"')}): ` +
        `the head still allows every flow live rule ${LIVE.dbPostgres} of sg-db carried.`,
    ]);
  });

  it('a port range narrowed so that a used port is cut fails, naming the port and the replacing line', async () => {
    const head = replaced(MAIN_TF, 'to_port           = 5440', 'to_port           = 5432');
    const { findings } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    const line = lineOf(MAIN_TF, 'resource "aws_security_group_rule"');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      type: 'would-block-traffic',
      severity: 'high',
      ruleId: LIVE.dbPostgres,
      title: 'Narrowing ingress tcp 5432-5440 from 10.0.1.0/24 of sg-db would block 4 flows',
      evidence: {
        file: 'main.tf',
        line,
        headFile: 'main.tf',
        headLine: line,
        ports: [5433],
        partial: true,
        flows: 4,
      },
    });
    expect(findings[0]?.message).toContain(
      'would have blocked up to 4 flows from 10.0.1.10 to port 5433 in the 6 days',
    );
    expect(findings[0]?.message).toContain(
      `The head writes ingress tcp 5432 from 10.0.1.0/24 (main.tf:${line}) in its place.`,
    );
  });

  it('counts an unchanged wider rule of the group as still allowing the traffic when given the head rules', async () => {
    const widened = replaced(
      MAIN_TF,
      'cidr_blocks       = ["10.0.1.0/24"]',
      'cidr_blocks       = ["10.0.1.0/24", "10.0.0.0/16"]',
    );
    const head = replaced(
      widened,
      'cidr_blocks       = ["10.0.1.0/24", "10.0.0.0/16"]',
      'cidr_blocks       = ["10.0.0.0/16"]',
    );
    const onlyAdded = await review({ 'main.tf': widened }, { 'main.tf': head });
    expect(onlyAdded.findings.map((f) => f.ruleId)).toEqual([LIVE.dbPostgres]);
    const withHead = await review({ 'main.tf': widened }, { 'main.tf': head }, { withHead: true });
    expect(withHead.findings).toEqual([]);
  });

  it('counts a rule referencing a group as allowing the peers that are its members, when they are given', async () => {
    const head = replaced(
      MAIN_TF,
      'cidr_blocks       = ["10.0.1.0/24"]',
      'source_security_group_id = aws_security_group.web.id',
    );
    const without = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(without.findings.map((f) => [f.ruleId, f.evidence.flows, f.evidence.notes])).toEqual([
      [
        LIVE.dbPostgres,
        4,
        [
          'a head rule references a group whose member addresses were not given, so it was not counted as allowing the peers',
        ],
      ],
    ]);
    const members = new Map([['sg-web', ['10.0.1.10']]]);
    const withMembers = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head }, { groupMembers: members });
    expect(withMembers.findings).toEqual([]);
  });

  it('a removed rule the report has no live rule for is not checked, and a note says why', async () => {
    const base = replaced(MAIN_TF, '"203.0.113.0/24"', '"203.0.113.0/24", "192.0.2.0/24"');
    const { findings, notes } = await review({ 'main.tf': base }, { 'main.tf': MAIN_TF });
    expect(findings).toEqual([]);
    expect(notes).toEqual([
      `Removed ingress tcp 22 from 192.0.2.0/24 of sg-web (main.tf:${lineOf(base, 'ingress {', 1)}): its traffic was not ` +
        'checked, because no rule of sg-web in the report has these attributes (not applied yet?).',
    ]);
  });
});

describe("review: peers beyond the report's top list", () => {
  // 12 peers of an API open to the world; the report lists the top 10 and proposes all 12 /32s.
  const T0 = 1763856000;
  const peers = Array.from({ length: 12 }, (_, i) => `198.51.100.${i * 16 + 1}`);
  const api = (cidrs: readonly string[]) => `resource "aws_security_group" "api" {
  name = "sg-api"

  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = [${cidrs.map((c) => `"${c}"`).join(', ')}]
  }
}
`;
  let apiReport: Report;
  beforeAll(async () => {
    apiReport = await runScenario({
      groups: ['sg-api'],
      rules: [{ group: 'sg-api', protocol: 'tcp', from: 8443, cidr: '0.0.0.0/0' }],
      interfaces: [{ id: 'eni-api', ips: ['10.0.4.10'], groups: ['sg-api'] }],
      lines: peers.flatMap((peer, i) =>
        Array.from({ length: 12 - i }, (_, j) =>
          v2('eni-api', peer, '10.0.4.10', 50000 + j, 8443, 6, 'ACCEPT', T0 + j * 3600 + i * 43200),
        ),
      ),
    });
  });

  it('narrowing to the rules the report proposes passes: they are built from every legitimate peer', async () => {
    const proposal = apiReport.findings.find((f) => f.type === 'broad-source')?.proposal;
    const cidrs = (proposal?.rules ?? []).map((r) => r.cidr ?? '');
    expect(cidrs).toHaveLength(12);
    const { findings, notes } = await review(
      { 'main.tf': api(['0.0.0.0/0']) },
      { 'main.tf': api(cidrs) },
      { report: apiReport },
    );
    expect(findings).toEqual([]);
    expect(notes).toEqual([
      `Removed ingress tcp 8443 from 0.0.0.0/0 of sg-api (main.tf:${lineOf(api([]), 'ingress {')}): the head allows every rule the report ` +
        `proposes for live rule ${apiReport.rules[0]?.ruleId ?? ''} (built from its legitimate traffic).`,
    ]);
  });

  it('narrowing to the top 10 peers only would block the flows of the others', async () => {
    const top = apiReport.rules[0]?.usage.topPeers.map((p) => `${p.address}/32`) ?? [];
    expect(top).toHaveLength(10);
    const { findings } = await review(
      { 'main.tf': api(['0.0.0.0/0']) },
      { 'main.tf': api(top) },
      { report: apiReport },
    );
    expect(findings).toHaveLength(1);
    // The two peers outside the top list made 2 + 1 flows.
    expect(findings[0]?.evidence).toMatchObject({
      flows: 3,
      peers: 2,
      topPeers: [],
      partial: true,
      ports: [8443],
    });
    expect(findings[0]?.message).toContain('would have blocked up to 3 flows from 2 peers in the 6 days');
    expect(findings[0]?.message).toContain(
      `The head writes 10 rules in its place, the first ingress tcp 8443 from 198.51.100.1/32 (main.tf:${lineOf(api([]), 'ingress {')}).`,
    );
  });
});

describe('review: exported snapshot files', () => {
  it('a PR removing a used rule from an exported group file would block its flows, at the item line', async () => {
    const group = { groupId: 'sg-web', groupName: 'sg-web', description: 'web', vpcId: 'vpc-1' };
    const rule = (ruleId: string, fromPort: number, cidr: string) => ({
      ruleId,
      groupId: 'sg-web',
      direction: 'ingress' as const,
      protocol: 'tcp',
      protocolNumber: 6,
      fromPort,
      toPort: fromPort,
      peer: { cidr },
    });
    const https = rule(LIVE.webHttps, 443, '0.0.0.0/0');
    const ssh = rule(LIVE.webSsh, 22, '203.0.113.0/24');
    const base = renderGroupFile(group, [https, ssh]);
    const head = renderGroupFile(group, [ssh]);
    const file = 'sg/sg-web.sg-web.yaml';
    const { findings } = await review({ [file]: base }, { [file]: head });
    expect(
      findings.map((f) => [
        f.type,
        f.ruleId,
        f.evidence.source,
        f.evidence.file,
        f.evidence.line,
        f.evidence.flows,
      ]),
    ).toEqual([
      ['would-block-traffic', LIVE.webHttps, 'snapshot', file, lineOf(base, `- ruleId: ${LIVE.webHttps}`), 8],
    ]);
  });
});

describe('review: added rules', () => {
  it('a PR adding 0.0.0.0/0 to port 22 in Terraform is a critical open-admin-port at the head line', async () => {
    const head = replaced(
      MAIN_TF,
      'cidr_blocks = ["203.0.113.0/24"]',
      'cidr_blocks = ["203.0.113.0/24", "0.0.0.0/0"]',
    );
    const { findings } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    const line = lineOf(head, 'ingress {', 1);
    expect(findings).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        type: 'open-admin-port',
        severity: 'critical',
        groupId: 'sg-web',
        title: 'Admin port 22 opened to the internet',
        message: `This change adds ingress tcp 22 from 0.0.0.0/0 to sg-web (main.tf:${line}), which reaches SSH (22) from anywhere.`,
        evidence: {
          source: 'terraform',
          file: 'main.tf',
          line,
          endLine: line + 6,
          rule: 'ingress tcp 22 from 0.0.0.0/0',
          adminPorts: [22],
        },
      },
    ]);
  });

  it('a PR adding 0.0.0.0/0 to port 22 in a CloudFormation template (YAML) is the same finding at its resource', async () => {
    const head = `${WEB_TEMPLATE}  WebSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref WebGroup
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
`;
    const { findings } = await review({ 'stack/web.yaml': WEB_TEMPLATE }, { 'stack/web.yaml': head });
    expect(findings.map((f) => [f.type, f.severity, f.groupId, f.evidence])).toEqual([
      [
        'open-admin-port',
        'critical',
        'sg-web',
        {
          source: 'cloudformation',
          file: 'stack/web.yaml',
          line: lineOf(head, 'WebSsh:'),
          endLine: lineOf(head, 'CidrIp: 0.0.0.0/0', 1),
          rule: 'ingress tcp 22 from 0.0.0.0/0',
          adminPorts: [22],
        },
      ],
    ]);
  });

  it('an added rule the account already has carries its flows', async () => {
    const ops = `resource "aws_security_group" "ops" {
  name = "sg-ops"
}
`;
    const head = replaced(
      MAIN_TF,
      ops,
      `resource "aws_security_group" "ops" {
  name = "sg-ops"

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    );
    const { findings } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      type: 'open-admin-port',
      severity: 'critical',
      groupId: 'sg-ops',
      ruleId: LIVE.opsRdp,
      evidence: { flows: 2, peers: 1, topPeers: [{ address: '198.51.100.99', flows: 2 }], ports: [3389] },
    });
    expect(findings[0]?.message).toContain(
      `The account already has this rule (${LIVE.opsRdp}): 2 flows from 198.51.100.99 in the 6 days from 2025-11-23 to 2025-11-29`,
    );
  });

  it('a high-risk port opened to the internet is open-high-risk-port (high); a private source is nothing', async () => {
    const head = replaced(
      MAIN_TF,
      'cidr_blocks       = ["10.0.1.0/24"]',
      'cidr_blocks       = ["10.0.1.0/24", "10.9.0.0/16", "::/0"]',
    );
    const { findings } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(findings.map((f) => [f.type, f.severity, f.evidence.rule, f.evidence.highRiskPorts])).toEqual([
      ['open-high-risk-port', 'high', 'ingress tcp 5432-5440 from ::/0', [5432]],
    ]);
  });
});

describe('review: computed rules', () => {
  it('a rule built from a variable is not diffed, so changing it gives no finding', async () => {
    const head = replaced(MAIN_TF, 'cidr_ipv4         = var.office_cidr', 'cidr_ipv4         = var.anywhere');
    const { findings, notes } = await review({ 'main.tf': MAIN_TF }, { 'main.tf': head });
    expect(findings).toEqual([]);
    expect(notes).toEqual([]);
  });
});
