import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { editCloudFormation, type CloudFormationEditInput } from '../../../src/iac/cloudformation/edit.js';
import { readStackResources } from '../../../src/iac/cloudformation/stack-resources.js';
import type { EditResult, LiveRule, ProposedRule, RuleChange } from '../../../src/iac/model.js';
import type { RulePeer } from '../../../src/inventory/model.js';
import { groupRules } from './template-rules.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const WEB = 'web-stack.yaml';
const DB = 'db-stack.json';

const LB = 'sg-0lb0000000000000c';
const APP = 'sg-0app000000000000d';
const DB_SG = 'sg-0db0000000000000a';
const WORKER = 'sg-0wk0000000000000b';
/** The live groups' names, as the inventory has them (the db stack's are computed by !Sub). */
const GROUP_NAMES = new Map([
  [LB, 'web-lb'],
  [APP, 'web-app'],
  [DB_SG, 'db-db'],
  [WORKER, 'db-WorkerSg-1Q2W3E4R'],
]);

let repo: string;

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'sgfa-cfn-'));
  await cp(FIXTURES, repo, { recursive: true });
  // The fixtures are named *.template so that Prettier keeps their styles (see fixtures/README.md).
  await rename(join(repo, 'web-stack.template'), join(repo, WEB));
  await rename(join(repo, 'db-stack.template'), join(repo, DB));
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

function rule(
  groupId: string,
  direction: 'ingress' | 'egress',
  protocol: string,
  ports: [number, number],
  peer: RulePeer,
  ruleId = `sgr-${groupId.slice(3, 8)}${direction[0]}${ports[0]}`,
): LiveRule {
  return {
    ruleId,
    groupId,
    groupName: GROUP_NAMES.get(groupId) ?? '',
    direction,
    protocol,
    fromPort: ports[0],
    toPort: ports[1],
    peer,
  };
}

function replace(live: LiveRule, ...replacement: ProposedRule[]): RuleChange {
  return { rule: live, action: 'replace', replacement, reason: 'narrower than its traffic' };
}

function remove(live: LiveRule): RuleChange {
  return { rule: live, action: 'remove', replacement: [], reason: 'unused for 14 days' };
}

async function run(changes: RuleChange[], extra: Partial<CloudFormationEditInput> = {}): Promise<EditResult> {
  return editCloudFormation({ repoDir: repo, changes, groupNames: GROUP_NAMES, ...extra });
}

/** Writes the edited files into the working tree, as propose does. */
async function write(result: EditResult): Promise<void> {
  for (const edit of result.edits) await writeFile(join(repo, edit.file), edit.after);
}

function editOf(result: EditResult, file: string): { before: string; after: string } {
  const edit = result.edits.find((e) => e.file === file);
  if (!edit) throw new Error(`no edit of ${file}`);
  return edit;
}

/** The text before and after the edit differ only inside `[from, to)` of the original. */
function expectChangedOnlyWithin(before: string, after: string, from: string, to: string): void {
  const start = before.indexOf(from);
  const end = before.indexOf(to, start) + to.length;
  expect(start).toBeGreaterThanOrEqual(0);
  expect(after.startsWith(before.slice(0, start))).toBe(true);
  expect(after.endsWith(before.slice(end))).toBe(true);
}

/** 1-based line of the first occurrence of a snippet in a text. */
function lineOf(text: string, snippet: string): number {
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`not in the text: ${snippet}`);
  return text.slice(0, at).split('\n').length;
}

/** A fixture's text, by the name the tests give it in the working tree. */
async function fixture(file: string): Promise<string> {
  return readFile(new URL(file.replace(/\.(yaml|json)$/, '.template'), FIXTURES), 'utf8');
}

const tcp = (
  fromPort: number,
  toPort: number,
  peer: Omit<ProposedRule, 'protocol' | 'fromPort' | 'toPort'>,
) => ({
  protocol: 'tcp',
  fromPort,
  toPort,
  ...peer,
});

describe('editCloudFormation: YAML with short-form functions and comments', () => {
  test('narrows the ports of an inline entry whose peer is a !Ref of another group; the comment stays', async () => {
    const live = rule(APP, 'ingress', 'tcp', [8000, 8999], { groupId: LB });
    const result = await run([replace(live, tcp(8080, 8080, { groupId: LB }))]);
    const { before, after } = editOf(result, WEB);
    expect(result.manual).toEqual([]);
    expect(result.located.get(live.ruleId)).toEqual({
      file: WEB,
      line: lineOf(before, 'FromPort: 8000') - 1,
    });
    expect(after).toContain(
      '        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080          # a range nobody needs\n' +
        '          SourceSecurityGroupId: !Ref LoadBalancerSg\n',
    );
    expectChangedOnlyWithin(before, after, 'FromPort: 8000', 'ToPort: 8999');
    const rules = groupRules(before, 'AppSg');
    expect(groupRules(after, 'AppSg')).toEqual({
      ingress: [
        ...rules.ingress.filter((r) => r !== 'tcp 8000-8999 group:Ref(LoadBalancerSg)'),
        'tcp 8080-8080 group:Ref(LoadBalancerSg)',
      ].sort(),
      egress: rules.egress,
    });
  });

  test('replaces a CIDR by several: a copy of the entry per CIDR right after it, same indentation', async () => {
    const live = rule(LB, 'ingress', 'tcp', [443, 443], { cidr: '0.0.0.0/0' });
    const change = replace(
      live,
      tcp(443, 443, { cidr: '203.0.113.0/24' }),
      tcp(443, 443, { cidr: '198.51.100.0/24' }),
      tcp(443, 443, { cidr: '2001:db8::/32' }),
    );
    const result = await run([change]);
    const { before, after } = editOf(result, WEB);
    const entry = (peer: string) =>
      `        - IpProtocol: tcp   # HTTPS from the internet\n          FromPort: 443\n          ToPort: 443\n` +
      `          ${peer}\n          Description: HTTPS\n`;
    expect(after).toBe(
      before.replace(
        entry('CidrIp: 0.0.0.0/0'),
        entry('CidrIp: 203.0.113.0/24') + entry('CidrIp: 198.51.100.0/24') + entry('CidrIpv6: 2001:db8::/32'),
      ),
    );
    expect(groupRules(after, 'LoadBalancerSg').ingress).toEqual([
      'tcp 443-443 cidr:198.51.100.0/24',
      'tcp 443-443 cidr:2001:db8::/32',
      'tcp 443-443 cidr:203.0.113.0/24',
      'tcp 80-80 cidr:0.0.0.0/0',
    ]);
    expect(result.edits[0]?.ruleIds).toEqual([live.ruleId]);
  });

  test('swaps a CIDR for a group: !Ref when the template defines it, the literal id otherwise', async () => {
    const live = rule(LB, 'egress', 'tcp', [0, 65535], { cidr: '10.0.0.0/16' });
    const outside = 'sg-0ff0000000000000e';
    const result = await run([
      replace(live, tcp(8080, 8080, { groupId: APP }), tcp(8443, 8443, { groupId: outside })),
    ]);
    const { before, after } = editOf(result, WEB);
    expect(after).toBe(
      before.replace(
        '        - {IpProtocol: tcp, FromPort: 0, ToPort: 65535, CidrIp: 10.0.0.0/16}\n',
        '        - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, DestinationSecurityGroupId: !Ref AppSg}\n' +
          `        - {IpProtocol: tcp, FromPort: 8443, ToPort: 8443, DestinationSecurityGroupId: ${outside}}\n`,
      ),
    );
    expect(groupRules(after, 'LoadBalancerSg').egress).toEqual([
      'tcp 8080-8080 group:Ref(AppSg)',
      `tcp 8443-8443 group:${outside}`,
    ]);
  });

  test('deletes an inline entry: its lines go, every other byte stays', async () => {
    const live = rule(LB, 'ingress', 'tcp', [80, 80], { cidr: '0.0.0.0/0' });
    const result = await run([remove(live)]);
    const { before, after } = editOf(result, WEB);
    expect(after).toBe(
      before.replace(
        '        - IpProtocol: tcp\n          FromPort: 80\n          ToPort: 80\n          CidrIp: 0.0.0.0/0\n',
        '',
      ),
    );
    expect(groupRules(after, 'LoadBalancerSg').ingress).toEqual(['tcp 443-443 cidr:0.0.0.0/0']);
  });

  test('deletes a rule resource with its blank line, and splits another into a copy with a new logical id', async () => {
    const vpn = rule(APP, 'ingress', 'udp', [1194, 1194], { cidr: '203.0.113.0/24' });
    const metrics = rule(APP, 'ingress', 'tcp', [9000, 9200], { cidr: '10.2.0.0/16' });
    const result = await run([
      remove(vpn),
      replace(metrics, tcp(9100, 9100, { cidr: '10.2.0.0/16' }), tcp(9200, 9200, { cidr: '10.2.0.0/16' })),
    ]);
    const { before, after } = editOf(result, WEB);
    const metricsResource = (id: string, port: number) =>
      `  ${id}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !GetAtt AppSg.GroupId\n` +
      `      IpProtocol: tcp\n      FromPort: ${port}\n      ToPort: ${port}\n      CidrIp: 10.2.0.0/16\n      Description: metrics\n`;
    const vpnResource = before.slice(before.indexOf('\n  AppFromVpnIngress:'), before.indexOf('\nOutputs:'));
    expect(after).toBe(
      before
        .replace(vpnResource, '')
        .replace(
          before.slice(
            before.indexOf('  AppMetricsIngress:'),
            before.indexOf('      Description: metrics\n') + 27,
          ),
          `${metricsResource('AppMetricsIngress', 9100)}\n${metricsResource('AppMetricsIngress2', 9200)}`,
        ),
    );
    expect(after).toContain('      Description: metrics\n\nOutputs:\n');
    expect(groupRules(after, 'AppSg').ingress).toEqual(
      [
        ...groupRules(before, 'AppSg').ingress.filter(
          (r) => !r.startsWith('udp') && !r.startsWith('tcp 9000'),
        ),
        'tcp 9100-9100 cidr:10.2.0.0/16',
        'tcp 9200-9200 cidr:10.2.0.0/16',
      ].sort(),
    );
  });

  test('an all-protocols entry narrowed to one port gets the protocol in its own quotes and the ports added', async () => {
    const live = rule(APP, 'ingress', 'all', [-1, -1], { cidr: '10.0.0.0/8' });
    const result = await run([replace(live, tcp(5432, 5432, { cidr: '10.0.0.0/8' }))]);
    const { before, after } = editOf(result, WEB);
    expect(after).toBe(
      before.replace(
        '        - IpProtocol: "-1"\n          CidrIp: 10.0.0.0/8\n',
        '        - IpProtocol: "tcp"\n          FromPort: 5432\n          ToPort: 5432\n          CidrIp: 10.0.0.0/8\n',
      ),
    );
    expect(groupRules(after, 'AppSg').ingress).toContain('tcp 5432-5432 cidr:10.0.0.0/8');
  });

  test('a CIDR built with !Ref of a parameter is left alone and reported with its place', async () => {
    const before = await fixture(WEB);
    const live = rule(APP, 'ingress', 'tcp', [22, 22], { cidr: '198.51.100.0/24' });
    const change = replace(live, tcp(22, 22, { cidr: '198.51.100.7/32' }));
    const result = await run([change]);
    const location = { file: WEB, line: lineOf(before, 'FromPort: 22') - 1 };
    expect(result.edits).toEqual([]);
    expect(result.manual).toEqual([{ change, location, why: 'CidrIp is !Ref OfficeCidr: not edited' }]);
    expect(result.located.get(live.ruleId)).toEqual(location);
  });

  test('an entry written with !If (a condition) is left alone and reported', async () => {
    const before = await fixture(WEB);
    const live = rule(APP, 'ingress', 'tcp', [9100, 9100], { cidr: '10.1.0.0/16' });
    const result = await run([remove(live)]);
    expect(result.edits).toEqual([]);
    expect(result.manual).toHaveLength(1);
    expect(result.manual[0]?.location).toEqual({ file: WEB, line: lineOf(before, '- !If') });
    expect(result.manual[0]?.why).toMatch(/^an entry of AppSg\.SecurityGroupIngress is !If - IsProd/);
  });

  test('the last inline egress entry is not deleted: CloudFormation would restore allow-all egress', async () => {
    const live = rule(APP, 'egress', 'tcp', [5432, 5432], { groupId: DB_SG });
    const result = await run([remove(live)]);
    expect(result.edits).toEqual([]);
    expect(result.manual.map((m) => m.why)).toEqual([
      'this is the last entry of AppSg.SecurityGroupEgress, and without one CloudFormation restores the default ' +
        'allow-all egress; replace it by hand (e.g. with one rule to 127.0.0.1/32)',
    ]);
  });

  test('a rule resource that something references is not deleted', async () => {
    await writeFile(
      join(repo, 'queue.yml'),
      [
        'Resources:',
        '  QueueSg:',
        '    Type: AWS::EC2::SecurityGroup',
        '    Properties: {GroupName: queue, GroupDescription: Queue}',
        '  QueueIngress:',
        '    Type: AWS::EC2::SecurityGroupIngress',
        '    Properties: {GroupId: !Ref QueueSg, IpProtocol: tcp, FromPort: 5672, ToPort: 5672, CidrIp: 10.0.0.0/8}',
        '  Broker:',
        '    Type: AWS::EC2::Instance',
        '    DependsOn: QueueIngress',
        '    Properties: {ImageId: ami-12345678}',
        '',
      ].join('\n'),
    );
    const live: LiveRule = {
      ...rule(APP, 'ingress', 'tcp', [5672, 5672], { cidr: '10.0.0.0/8' }),
      groupName: 'queue',
    };
    const result = await run([remove(live)]);
    expect(result.edits).toEqual([]);
    expect(result.manual[0]?.location).toEqual({ file: 'queue.yml', line: 5 });
    expect(result.manual[0]?.why).toBe(
      'QueueIngress is referenced elsewhere in the template (Ref, GetAtt, DependsOn or Sub); remove it by hand',
    );
  });

  test('the same changes applied twice change nothing the second time', async () => {
    const changes = [
      replace(
        rule(LB, 'ingress', 'tcp', [443, 443], { cidr: '0.0.0.0/0' }),
        tcp(443, 443, { cidr: '203.0.113.0/24' }),
        tcp(443, 443, { cidr: '198.51.100.0/24' }),
      ),
      remove(rule(LB, 'ingress', 'tcp', [80, 80], { cidr: '0.0.0.0/0' })),
      replace(
        rule(LB, 'egress', 'tcp', [0, 65535], { cidr: '10.0.0.0/16' }),
        tcp(8080, 8080, { groupId: APP }),
      ),
      replace(rule(APP, 'ingress', 'tcp', [8000, 8999], { groupId: LB }), tcp(8080, 8080, { groupId: LB })),
      replace(
        rule(APP, 'ingress', 'tcp', [9000, 9200], { cidr: '10.2.0.0/16' }),
        tcp(9100, 9100, { cidr: '10.2.0.0/16' }),
        tcp(9200, 9200, { cidr: '10.2.0.0/16' }),
      ),
      remove(rule(APP, 'ingress', 'udp', [1194, 1194], { cidr: '203.0.113.0/24' })),
    ];
    const first = await run(changes);
    expect(first.manual).toEqual([]);
    expect(first.edits.map((e) => e.file)).toEqual([WEB]);
    await write(first);
    const second = await run(changes);
    expect(second.edits).toEqual([]);
    expect(second.manual).toEqual([]);
    // A replaced rule is still found, at its replacement; a removed one is gone.
    expect([...second.located.keys()].sort()).toEqual(
      changes
        .filter((c) => c.action === 'replace')
        .map((c) => c.rule.ruleId)
        .sort(),
    );
  });

  test('keeps CRLF line breaks in what it adds', async () => {
    const crlf = (await fixture(WEB)).replaceAll('\n', '\r\n');
    await writeFile(join(repo, WEB), crlf);
    const live = rule(APP, 'ingress', 'tcp', [9000, 9200], { cidr: '10.2.0.0/16' });
    const result = await run([
      replace(live, tcp(9100, 9100, { cidr: '10.2.0.0/16' }), tcp(9200, 9200, { cidr: '10.2.0.0/16' })),
      remove(rule(LB, 'ingress', 'tcp', [80, 80], { cidr: '0.0.0.0/0' })),
    ]);
    const { after } = editOf(result, WEB);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after).toContain('      Description: metrics\r\n\r\n  AppMetricsIngress2:\r\n');
    expect(groupRules(after, 'AppSg').ingress).toContain('tcp 9200-9200 cidr:10.2.0.0/16');
  });
});

describe('editCloudFormation: JSON, located through the stack resource mapping', () => {
  const stack = () => readStackResources(join(repo, 'db-stack-resources.json'));

  test('a group whose GroupName is computed (Fn::Sub) is found only through the stack mapping', async () => {
    const live = rule(DB_SG, 'ingress', 'tcp', [22, 22], { cidr: '0.0.0.0/0' });
    const change = replace(live, tcp(22, 22, { cidr: '198.51.100.7/32' }));
    const without = await run([change]);
    expect(without.edits).toEqual([]);
    expect(without.located.size).toBe(0);

    const result = await run([change], { stackResources: await stack() });
    const { before, after } = editOf(result, DB);
    expect(result.located.get(live.ruleId)).toEqual({
      file: DB,
      line: lineOf(before, '"DbAdminIngress": {'),
    });
    expect(after).toBe(before.replace('"CidrIp": "0.0.0.0/0"', '"CidrIp": "198.51.100.7/32"'));
  });

  test('narrows ports written as strings, keeping them strings', async () => {
    const live = rule(DB_SG, 'ingress', 'tcp', [0, 65535], { cidr: '10.0.0.0/8' });
    const result = await run([replace(live, tcp(5432, 5432, { cidr: '10.0.0.0/8' }))], {
      stackResources: await stack(),
    });
    const { before, after } = editOf(result, DB);
    expect(after).toBe(
      before.replace(
        '"FromPort": "0",\n            "ToPort": "65535"',
        '"FromPort": "5432",\n            "ToPort": "5432"',
      ),
    );
    expect(groupRules(after, 'DbSg').ingress).toContain('tcp 5432-5432 cidr:10.0.0.0/8');
  });

  test('swaps a CIDR for {"Ref": …} of a group the stack maps, and copies a resource with its indentation', async () => {
    const live = rule(DB_SG, 'ingress', 'tcp', [22, 22], { cidr: '0.0.0.0/0' });
    const change = replace(live, tcp(22, 22, { groupId: WORKER }), tcp(22, 22, { cidr: '198.51.100.7/32' }));
    const result = await run([change], { stackResources: await stack() });
    const { before, after } = editOf(result, DB);
    const resource = (id: string, peer: string) =>
      `    "${id}": {\n      "Type": "AWS::EC2::SecurityGroupIngress",\n      "Properties": {\n` +
      `        "GroupId": { "Fn::GetAtt": ["DbSg", "GroupId"] },\n        "IpProtocol": "tcp",\n` +
      `        "FromPort": 22,\n        "ToPort": 22,\n        ${peer}\n      }\n    }`;
    expect(after).toBe(
      before.replace(
        resource('DbAdminIngress', '"CidrIp": "0.0.0.0/0"'),
        `${resource('DbAdminIngress', '"SourceSecurityGroupId": { "Ref": "WorkerSg" }')},\n` +
          resource('DbAdminIngress2', '"CidrIp": "198.51.100.7/32"'),
      ),
    );
    expect(JSON.parse(after)).toBeTypeOf('object');
    expect(groupRules(after, 'DbSg').ingress).toEqual([
      'tcp 0-65535 cidr:10.0.0.0/8',
      'tcp 22-22 cidr:198.51.100.7/32',
      'tcp 22-22 group:Ref(WorkerSg)',
      'tcp 5432-5432 cidr:{"Fn::FindInMap":["Networks","Office","Cidr"]}',
      'tcp 5432-5432 group:Ref(WorkerSg)',
    ]);
  });

  test('deletes the first entry of a JSON array with its comma', async () => {
    const live = rule(DB_SG, 'ingress', 'tcp', [5432, 5432], { groupId: WORKER });
    const result = await run([remove(live)], { stackResources: await stack() });
    const { before, after } = editOf(result, DB);
    const first =
      '{ "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "SourceSecurityGroupId": { "Ref": "WorkerSg" } },\n          ';
    expect(after).toBe(before.replace(first, ''));
    expect(groupRules(after, 'DbSg').ingress).not.toContain('tcp 5432-5432 group:Ref(WorkerSg)');
  });

  test('a proposed rule the group already has is not written twice: the entry goes instead', async () => {
    const live = rule(DB_SG, 'ingress', 'tcp', [0, 65535], { cidr: '10.0.0.0/8' });
    const result = await run([replace(live, tcp(5432, 5432, { groupId: WORKER }))], {
      stackResources: await stack(),
    });
    const { before, after } = editOf(result, DB);
    const entries = JSON.parse(after).Resources.DbSg.Properties.SecurityGroupIngress as unknown[];
    expect(entries).toEqual(JSON.parse(before).Resources.DbSg.Properties.SecurityGroupIngress.slice(0, 2));
    expect(after.endsWith(before.slice(before.indexOf('\n        ]')))).toBe(true);
  });

  test('a CIDR from Fn::FindInMap is left alone and reported', async () => {
    const live = rule(DB_SG, 'ingress', 'tcp', [5432, 5432], { cidr: '198.51.100.0/24' });
    const result = await run([remove(live)], { stackResources: await stack() });
    expect(result.edits).toEqual([]);
    expect(result.manual.map((m) => [m.location, m.why])).toEqual([
      [
        { file: DB, line: lineOf(await fixture(DB), '"CidrIp": { "Fn::FindInMap"') - 4 },
        'CidrIp is { "Fn::FindInMap": ["Networks", "Office", "Cidr"] }: not edited',
      ],
    ]);
  });

  test("the allow-all egress of a group without SecurityGroupEgress is CloudFormation's default: reported", async () => {
    const live = rule(WORKER, 'egress', 'all', [-1, -1], { cidr: '0.0.0.0/0' });
    const result = await run([remove(live)], { stackResources: await stack() });
    expect(result.edits).toEqual([]);
    expect(result.manual[0]?.location).toEqual({
      file: DB,
      line: lineOf(await fixture(DB), '"WorkerSg": {'),
    });
    expect(result.manual[0]?.why).toMatch(/^CloudFormation adds this allow-all egress rule to WorkerSg/);
  });
});

describe('template files and stack files', () => {
  test('finds templates anywhere but in node_modules and .git, and skips YAML that is not a template', async () => {
    await cp(join(repo, WEB), join(repo, 'node_modules', 'pkg', WEB), { recursive: true });
    await cp(join(repo, WEB), join(repo, 'infra', 'copy.template'));
    await writeFile(join(repo, 'workflow.yml'), 'on: push\njobs: {}\n');
    await writeFile(join(repo, 'broken.yaml'), 'Resources: [\n');
    const live = rule(LB, 'ingress', 'tcp', [80, 80], { cidr: '0.0.0.0/0' });
    const result = await run([remove(live)]);
    expect(result.edits).toEqual([]);
    expect(result.manual.map((m) => [m.location, m.why])).toEqual([
      [
        {
          file: 'infra/copy.template',
          line: lineOf(await fixture(WEB), '- IpProtocol: tcp\n          FromPort: 80'),
        },
        "the rule matches in infra/copy.template, web-stack.yaml; give the stack's resources (--cloudformation-stack) to tell which to edit",
      ],
    ]);
  });

  test('stack mappings tell which of two templates with the same group names to edit', async () => {
    // prod.yaml is web-stack.yaml plus a firewall group that only the prod stack has.
    const web = await fixture(WEB);
    const waf =
      '  WafSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupName: web-waf, GroupDescription: WAF}\n\n';
    await writeFile(join(repo, 'prod.yaml'), web.replace('Outputs:', `${waf}Outputs:`));
    const resource = (stack: string, logical: string, physical: string) => ({
      StackName: stack,
      LogicalResourceId: logical,
      PhysicalResourceId: physical,
      ResourceType: 'AWS::EC2::SecurityGroup',
    });
    const stackResources = [
      resource('web-prod', 'LoadBalancerSg', LB),
      resource('web-prod', 'AppSg', APP),
      resource('web-prod', 'WafSg', 'sg-0waf00000000000f'),
      resource('web-dev', 'LoadBalancerSg', 'sg-0de0000000000000f'),
      resource('web-dev', 'AppSg', 'sg-0de00000000000010'),
    ];
    const live = rule(LB, 'ingress', 'tcp', [80, 80], { cidr: '0.0.0.0/0' });
    const result = await run([remove(live)], { files: [WEB, 'prod.yaml'], stackResources });
    expect(result.manual).toEqual([]);
    expect(result.edits.map((e) => e.file)).toEqual(['prod.yaml']);
  });

  test('a named file that is not a template is a ConfigurationError', async () => {
    await writeFile(join(repo, 'workflow.yml'), 'on: push\njobs: {}\n');
    await expect(run([], { files: ['workflow.yml'] })).rejects.toThrow(
      `CloudFormation template ${join(repo, 'workflow.yml')}: no Resources of AWS:: types`,
    );
    await expect(run([], { files: ['absent.yaml'] })).rejects.toThrow(/absent\.yaml: ENOENT$/);
  });

  test('reads describe-stack-resources and list-stack-resources output, and names a bad file', async () => {
    const described = await readStackResources(join(repo, 'db-stack-resources.json'));
    expect(described.map((r) => [r.StackName, r.LogicalResourceId, r.PhysicalResourceId])).toEqual([
      ['db', 'DbSg', DB_SG],
      ['db', 'WorkerSg', WORKER],
      ['db', 'DbAdminIngress', 'DbAdminIngress'],
    ]);
    const listed = join(repo, 'listed.json');
    await writeFile(
      listed,
      JSON.stringify({
        StackResourceSummaries: [
          { LogicalResourceId: 'DbSg', PhysicalResourceId: DB_SG, ResourceType: 'AWS::EC2::SecurityGroup' },
        ],
      }),
    );
    expect(await readStackResources(listed)).toEqual([
      {
        StackName: listed,
        LogicalResourceId: 'DbSg',
        PhysicalResourceId: DB_SG,
        ResourceType: 'AWS::EC2::SecurityGroup',
      },
    ]);
    await writeFile(listed, '{"Stacks": []}');
    await expect(readStackResources(listed)).rejects.toThrow(
      `--cloudformation-stack: ${listed}: expected the JSON of aws cloudformation describe-stack-resources`,
    );
    await expect(readStackResources(join(repo, 'none.json'))).rejects.toThrow('none.json: not found');
  });
});

describe('other styles', () => {
  test('a tab-indented JSON template: added ports and a copied resource are indented with tabs', async () => {
    const template = {
      Resources: {
        CacheSg: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { GroupName: 'cache', GroupDescription: 'Cache' },
        },
        CacheIngress: {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: { GroupId: { Ref: 'CacheSg' }, IpProtocol: '-1', CidrIp: '10.0.0.0/8' },
        },
      },
    };
    const before = `${JSON.stringify(template, null, '\t')}\n`;
    await writeFile(join(repo, 'cache.json'), before);
    const live: LiveRule = {
      ...rule(APP, 'ingress', 'all', [-1, -1], { cidr: '10.0.0.0/8' }),
      groupName: 'cache',
    };
    const result = await run([
      replace(live, tcp(6379, 6379, { cidr: '10.0.0.0/8' }), tcp(6380, 6380, { cidr: '10.0.0.0/8' })),
    ]);
    const { after } = editOf(result, 'cache.json');
    const ingress = (port: number) => ({
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: {
        GroupId: { Ref: 'CacheSg' },
        IpProtocol: 'tcp',
        FromPort: port,
        ToPort: port,
        CidrIp: '10.0.0.0/8',
      },
    });
    // Byte for byte what JSON.stringify with tabs writes, with the key order the edit keeps.
    const expected = {
      Resources: {
        CacheSg: template.Resources.CacheSg,
        CacheIngress: ingress(6379),
        CacheIngress2: ingress(6380),
      },
    };
    expect(after).toBe(`${JSON.stringify(expected, null, '\t')}\n`);
  });

  test('a YAML flow list: entries removed and copied with its commas', async () => {
    await writeFile(
      join(repo, 'flow.yaml'),
      [
        'Resources:',
        '  EdgeSg:',
        '    Type: AWS::EC2::SecurityGroup',
        '    Properties:',
        '      GroupName: edge',
        '      GroupDescription: Edge',
        "      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0'}, {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0'}]",
        '',
      ].join('\n'),
    );
    const edge = (ports: [number, number]) => ({
      ...rule(APP, 'ingress', 'tcp', ports, { cidr: '0.0.0.0/0' }),
      groupName: 'edge',
    });
    const result = await run([
      remove(edge([80, 80])),
      replace(
        edge([443, 443]),
        tcp(443, 443, { cidr: '203.0.113.0/24' }),
        tcp(443, 443, { cidr: '198.51.100.0/24' }),
      ),
    ]);
    expect(editOf(result, 'flow.yaml').after).toContain(
      "      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: '203.0.113.0/24'}, " +
        "{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: '198.51.100.0/24'}]\n",
    );
  });
});
