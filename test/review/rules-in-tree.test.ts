/** rulesInTree: every rule a tree writes, in each source, one per peer, read without evaluating anything. */
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { rulesInTree, type WrittenRule } from '../../src/iac/review/index.js';
import { renderGroupFile } from '../../src/iac/snapshot-yaml/export.js';
import { lineOf, MAIN_TF, replaced, Trees, WEB_TEMPLATE } from './helpers.js';

const trees = new Trees();
afterAll(() => trees.cleanup());

const web = { name: 'sg-web', address: 'aws_security_group.web', module: 'infra' };
const db = { name: 'sg-db', address: 'aws_security_group.db', module: 'infra' };

describe('rulesInTree', () => {
  it('reads Terraform, CloudFormation and an exported snapshot, one rule per peer of a CIDR list', async () => {
    const tf = replaced(MAIN_TF, '["0.0.0.0/0"]', '["198.51.100.0/24", "203.0.113.7/32", "2001:db8::/32"]');
    const snapshot = renderGroupFile(
      { groupId: 'sg-0ops', groupName: 'ops', description: 'ops hosts', vpcId: 'vpc-1' },
      [
        {
          ruleId: 'sgr-0rdp',
          groupId: 'sg-0ops',
          direction: 'ingress',
          protocol: 'tcp',
          protocolNumber: 6,
          fromPort: 3389,
          toPort: 3389,
          peer: { cidr: '198.51.100.99/32' },
        },
        {
          ruleId: 'sgr-0out',
          groupId: 'sg-0ops',
          direction: 'egress',
          protocol: 'all',
          protocolNumber: -1,
          fromPort: -1,
          toPort: -1,
          peer: { prefixListId: 'pl-0s3' },
        },
      ],
    );
    const dir = await trees.write({
      'infra/main.tf': tf,
      'cfn/web.yaml': WEB_TEMPLATE,
      'export/ops.sg-0ops.yaml': snapshot,
      'notes/other.yaml': 'just: some yaml\n',
    });
    const { rules, skipped } = await rulesInTree(dir);
    const https = lineOf(tf, 'ingress {', 0);
    const ssh = lineOf(tf, 'ingress {', 1);
    const redis = lineOf(tf, 'ingress {', 2);
    const postgres = lineOf(tf, 'resource "aws_security_group_rule"');
    const ops = lineOf(tf, 'resource "aws_vpc_security_group_ingress_rule"');
    const tcp = (fromPort: number) => ({ direction: 'ingress', protocol: 'tcp', fromPort, toPort: fromPort });
    const httpsRule = {
      source: 'terraform',
      file: 'infra/main.tf',
      line: https,
      endLine: https + 6,
      group: web,
    };
    const expected: WrittenRule[] = [
      {
        source: 'cloudformation',
        file: 'cfn/web.yaml',
        line: lineOf(WEB_TEMPLATE, '- IpProtocol'),
        endLine: lineOf(WEB_TEMPLATE, 'CidrIp'),
        group: { address: 'WebGroup', name: 'sg-web' },
        ...tcp(443),
        peer: { cidr: '0.0.0.0/0' },
      } as WrittenRule,
      {
        source: 'snapshot',
        file: 'export/ops.sg-0ops.yaml',
        line: lineOf(snapshot, '- ruleId: sgr-0rdp'),
        endLine: lineOf(snapshot, 'cidr: 198.51.100.99/32'),
        group: { name: 'ops', id: 'sg-0ops' },
        ...tcp(3389),
        peer: { cidr: '198.51.100.99/32' },
      } as WrittenRule,
      {
        source: 'snapshot',
        file: 'export/ops.sg-0ops.yaml',
        line: lineOf(snapshot, '- ruleId: sgr-0out'),
        endLine: lineOf(snapshot, 'prefixListId: pl-0s3'),
        group: { name: 'ops', id: 'sg-0ops' },
        direction: 'egress',
        protocol: 'all',
        fromPort: -1,
        toPort: -1,
        peer: { prefixListId: 'pl-0s3' },
      } as WrittenRule,
      { ...httpsRule, ...tcp(443), peer: { cidr: '198.51.100.0/24' } } as WrittenRule,
      { ...httpsRule, ...tcp(443), peer: { cidr: '203.0.113.7/32' } } as WrittenRule,
      { ...httpsRule, ...tcp(443), peer: { cidr: '2001:db8::/32' } } as WrittenRule,
      {
        source: 'terraform',
        file: 'infra/main.tf',
        line: ssh,
        endLine: ssh + 6,
        group: web,
        ...tcp(22),
        peer: { cidr: '203.0.113.0/24' },
      } as WrittenRule,
      {
        source: 'terraform',
        file: 'infra/main.tf',
        line: redis,
        endLine: redis + 5,
        group: db,
        ...tcp(6379),
        peer: { groupRef: 'aws_security_group.web', groupName: 'sg-web' },
      } as WrittenRule,
      {
        source: 'terraform',
        file: 'infra/main.tf',
        line: postgres,
        endLine: postgres + 7,
        group: db,
        direction: 'ingress',
        protocol: 'tcp',
        fromPort: 5432,
        toPort: 5440,
        peer: { cidr: '10.0.1.0/24' },
      } as WrittenRule,
      {
        source: 'terraform',
        file: 'infra/main.tf',
        line: ops,
        endLine: ops + 6,
        group: { name: 'sg-ops', address: 'aws_security_group.ops', module: 'infra' },
        direction: 'ingress',
        protocol: 'tcp',
        computed: 'cidr_ipv4 comes from a variable (var.office_cidr)',
      } as WrittenRule,
    ];
    expect(rules).toEqual(expected);
    expect(skipped).toEqual([]);
  });

  it('normalises protocols: -1 with ports 0-0 is every protocol with no ports, 6 is tcp', async () => {
    const dir = await trees.write({
      'main.tf': `resource "aws_security_group" "app" {
  name = "app"

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port = 8443
    to_port   = 8443
    protocol  = "6"
    self      = true
  }
}
`,
    });
    const { rules } = await rulesInTree(dir);
    expect(rules.map((r) => [r.direction, r.protocol, r.fromPort, r.toPort, r.peer])).toEqual([
      ['egress', 'all', -1, -1, { cidr: '0.0.0.0/0' }],
      ['ingress', 'tcp', 8443, 8443, { self: true }],
    ]);
  });

  it('reports rules built with for_each, a dynamic block or a CloudFormation parameter as computed, with why', async () => {
    const tf = `resource "aws_security_group" "app" {
  name = "app"

  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

resource "aws_security_group_rule" "many" {
  for_each          = toset(["10.1.0.0/16", "10.2.0.0/16"])
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = [each.value]
}
`;
    const template = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  OfficeCidr:
    Type: String
Resources:
  AppGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: app
      GroupDescription: app
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref OfficeCidr
`;
    const dir = await trees.write({ 'main.tf': tf, 'app.yaml': template });
    const { rules } = await rulesInTree(dir);
    expect(rules.map((r) => [r.file, r.line, r.computed])).toEqual([
      ['app.yaml', lineOf(template, '- IpProtocol'), 'CidrIp is !Ref OfficeCidr'],
      [
        'main.tf',
        lineOf(tf, 'dynamic "ingress"'),
        'the rules of aws_security_group.app are built by a dynamic "ingress" block',
      ],
      [
        'main.tf',
        lineOf(tf, 'resource "aws_security_group_rule"'),
        'aws_security_group_rule.many is built with for_each; cidr_blocks comes from the iteration (each.value)',
      ],
    ]);
    expect(rules.every((r) => r.peer === undefined)).toBe(true);
  });

  it('lists files that do not parse as skipped and still reads the others', async () => {
    const dir = await trees.write({
      'good.tf': MAIN_TF,
      'broken.tf': 'resource "aws_security_group" "x" {\n  name = \n',
      'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [unclosed\n',
      'export/bad.sg-1.yaml': '# sg-flow-audit export: security group sg-1\ngroupId: sg-1\n',
    });
    const { rules, skipped } = await rulesInTree(dir);
    expect(skipped.map((s) => s.file)).toEqual(['broken.tf', 'broken.yaml', 'export/bad.sg-1.yaml']);
    expect(skipped[0]?.why).toBe('the Terraform file does not parse');
    expect(skipped[1]?.why).toMatch(/^the CloudFormation template does not parse: /);
    expect(skipped[2]?.why).toMatch(
      /^the exported snapshot file is not valid: export\/bad\.sg-1\.yaml: groupName: /,
    );
    expect(new Set(rules.map((r) => r.file))).toEqual(new Set(['good.tf']));
    expect(rules).toHaveLength(5);
  });

  it('reads only the sources asked for', async () => {
    const dir = await trees.write({ 'main.tf': MAIN_TF, 'web.yaml': WEB_TEMPLATE });
    const { rules } = await rulesInTree(dir, { sources: ['cloudformation'] });
    expect(rules.map((r) => r.source)).toEqual(['cloudformation']);
  });

  it('names the tree in one line when it is not a directory', async () => {
    const dir = await trees.write({});
    const missing = `${dir}/nope`;
    await expect(rulesInTree(missing, { label: '--base' })).rejects.toThrow(ConfigurationError);
    await expect(rulesInTree(missing, { label: '--base' })).rejects.toThrow(
      `--base: ${missing} is not a directory`,
    );
  });
});
