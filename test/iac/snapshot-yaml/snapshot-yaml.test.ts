import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EditResult, LiveRule, ProposedRule, RuleChange } from '../../../src/iac/model.js';
import { editSnapshot } from '../../../src/iac/snapshot-yaml/edit.js';
import { compareRules, exportGroups, readExportedGroups } from '../../../src/iac/snapshot-yaml/export.js';
import type { Inventory, SecurityGroupRule } from '../../../src/inventory/model.js';
import { readInventorySnapshot } from '../../../src/inventory/snapshot.js';

const INVENTORY = fileURLToPath(new URL('./fixtures/inventory', import.meta.url));
const WEB = 'sg-0web0000000000001';
const DB = 'sg-0db00000000000002';
const WEB_FILE = 'groups/web-servers.sg-0web0000000000001.yaml';
const DB_FILE = 'groups/db.sg-0db00000000000002.yaml';

let repo: string;
let inventory: Inventory;

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'sgfa-snapshot-'));
  inventory = await readInventorySnapshot(INVENTORY);
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

function liveRule(ruleId: string): LiveRule {
  const r = inventory.rules.find((x) => x.ruleId === ruleId);
  const group = inventory.groups.find((g) => g.groupId === r?.groupId);
  if (!r || !group) throw new Error(`no rule ${ruleId}`);
  return {
    ruleId,
    groupId: r.groupId,
    groupName: group.groupName,
    direction: r.direction,
    protocol: r.protocol,
    fromPort: r.fromPort,
    toPort: r.toPort,
    peer: r.peer,
    ...(r.description === undefined ? {} : { description: r.description }),
  };
}

const replace = (ruleId: string, ...replacement: ProposedRule[]): RuleChange => ({
  rule: liveRule(ruleId),
  action: 'replace',
  replacement,
  reason: 'narrower than its traffic',
});
const remove = (ruleId: string): RuleChange => ({
  rule: liveRule(ruleId),
  action: 'remove',
  replacement: [],
  reason: 'unused for 14 days',
});

async function exported(): Promise<void> {
  await exportGroups(inventory, join(repo, 'groups'));
}

async function apply(result: EditResult): Promise<void> {
  for (const e of result.edits) await writeFile(join(repo, e.file), e.after);
}

function editOf(result: EditResult, file: string): { before: string; after: string } {
  const edit = result.edits.find((e) => e.file === file);
  if (!edit) throw new Error(`no edit of ${file}`);
  return edit;
}

/** The rules of the exported folder, without ids of rules the test does not name. */
async function rulesOf(groupId: string): Promise<string[]> {
  const back = await readExportedGroups(join(repo, 'groups'));
  return back.rules
    .filter((r) => r.groupId === groupId)
    .sort(compareRules)
    .map(
      (r) =>
        `${r.direction} ${r.protocol} ${r.fromPort}-${r.toPort} ${JSON.stringify(r.peer)} ${r.ruleId.startsWith('sgr-derived-') ? 'new' : r.ruleId}`,
    );
}

describe('exportGroups', () => {
  test('writes one file per group: header, group, rules in stable order with one peer each', async () => {
    await exported();
    expect((await readdir(join(repo, 'groups'))).sort()).toEqual([
      'db.sg-0db00000000000002.yaml',
      'web-servers.sg-0web0000000000001.yaml',
    ]);
    expect(await readFile(join(repo, DB_FILE), 'utf8')).toBe(
      [
        '# sg-flow-audit export: security group sg-0db00000000000002, as AWS had it when exported.',
        '# Written by `sg-flow-audit export`; refresh it with `sg-flow-audit export --out DIR` and the',
        '# inventory options of `analyze`. `sg-flow-audit propose` edits rules here by ruleId; a rule',
        '# without a ruleId is one to add. Nothing applies this file to AWS by itself.',
        'groupId: sg-0db00000000000002',
        'groupName: db',
        'vpcId: vpc-0abc0000000000001',
        'description: "Database: primary"',
        'ingress:',
        '  - ruleId: sgr-00000000000000010',
        '    protocol: "50"',
        '    fromPort: -1',
        '    toPort: -1',
        '    cidr: 10.0.0.0/8',
        '  - ruleId: sgr-0000000000000000f',
        '    protocol: tcp',
        '    fromPort: 0',
        '    toPort: 65535',
        '    prefixListId: pl-0123456789abcdef0',
        '  - ruleId: sgr-0000000000000000e',
        '    protocol: tcp',
        '    fromPort: 5432',
        '    toPort: 5432',
        '    groupId: sg-0web0000000000001',
        '    description: "app: postgres"',
        'egress: []',
        '',
      ].join('\n'),
    );
  });

  test('a round trip (export, read back, export again) changes no byte, and reads back the inventory', async () => {
    await exported();
    const back = await readExportedGroups(join(repo, 'groups'));
    expect(back.groups).toEqual([...inventory.groups].sort((a, b) => a.groupName.localeCompare(b.groupName)));
    const sorted = (rules: SecurityGroupRule[]) =>
      [...rules].sort((a, b) => a.groupId.localeCompare(b.groupId) || compareRules(a, b));
    expect(sorted(back.rules)).toEqual(sorted(inventory.rules));
    await exportGroups(back, join(repo, 'again'));
    for (const name of await readdir(join(repo, 'groups'))) {
      expect(await readFile(join(repo, 'again', name), 'utf8')).toBe(
        await readFile(join(repo, 'groups', name), 'utf8'),
      );
    }
  });

  test('removes the files of groups that are gone, and nothing else', async () => {
    await exported();
    await writeFile(join(repo, 'groups', 'notes.yaml'), 'mine: true\n');
    const result = await exportGroups(
      { ...inventory, groups: inventory.groups.filter((g) => g.groupId === DB) },
      join(repo, 'groups'),
    );
    expect(result).toEqual({
      written: ['db.sg-0db00000000000002.yaml'],
      removed: ['web-servers.sg-0web0000000000001.yaml'],
    });
    expect((await readdir(join(repo, 'groups'))).sort()).toEqual([
      'db.sg-0db00000000000002.yaml',
      'notes.yaml',
    ]);
  });

  test('names a malformed exported file and its field', async () => {
    await exported();
    const path = join(repo, DB_FILE);
    await writeFile(path, (await readFile(path, 'utf8')).replace('    cidr: 10.0.0.0/8\n', ''));
    await expect(readExportedGroups(join(repo, 'groups'))).rejects.toThrow(
      `${path}: ingress.0: each rule needs exactly one of cidr, groupId, prefixListId`,
    );
  });
});

describe('editSnapshot', () => {
  test('narrows the ports of a rule found by its id; nothing else changes', async () => {
    await exported();
    const result = await editSnapshot({
      repoDir: repo,
      changes: [
        replace('sgr-0000000000000000f', {
          protocol: 'tcp',
          fromPort: 5432,
          toPort: 5432,
          prefixListId: 'pl-0123456789abcdef0',
        }),
      ],
    });
    const { before, after } = editOf(result, DB_FILE);
    expect(after).toBe(
      before.replace('    fromPort: 0\n    toPort: 65535\n', '    fromPort: 5432\n    toPort: 5432\n'),
    );
    expect(result.located.get('sgr-0000000000000000f')).toEqual({ file: DB_FILE, line: 15 });
    await apply(result);
    expect(await rulesOf(DB)).toEqual([
      'ingress 50 -1--1 {"cidr":"10.0.0.0/8"} sgr-00000000000000010',
      'ingress tcp 5432-5432 {"prefixListId":"pl-0123456789abcdef0"} sgr-0000000000000000f',
      'ingress tcp 5432-5432 {"groupId":"sg-0web0000000000001"} sgr-0000000000000000e',
    ]);
  });

  test('replaces one rule by several: the rule keeps its id, the new ones come right after without one', async () => {
    await exported();
    const result = await editSnapshot({
      repoDir: repo,
      changes: [
        replace(
          'sgr-0000000000000000b',
          { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.7/32' },
          { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.8/32' },
        ),
      ],
    });
    const { before, after } = editOf(result, WEB_FILE);
    expect(after).toBe(
      before.replace(
        '  - ruleId: sgr-0000000000000000b\n    protocol: tcp\n    fromPort: 22\n    toPort: 22\n    cidr: 0.0.0.0/0\n',
        '  - ruleId: sgr-0000000000000000b\n    protocol: tcp\n    fromPort: 22\n    toPort: 22\n    cidr: 198.51.100.7/32\n' +
          '  - protocol: tcp\n    fromPort: 22\n    toPort: 22\n    cidr: 198.51.100.8/32\n',
      ),
    );
    await apply(result);
    expect((await rulesOf(WEB)).filter((r) => r.includes(' 22-22 '))).toEqual([
      'ingress tcp 22-22 {"cidr":"198.51.100.7/32"} sgr-0000000000000000b',
      'ingress tcp 22-22 {"cidr":"198.51.100.8/32"} new',
    ]);
  });

  test('changes the kind of peer (a network for a group) and removes rules, leaving [] when none is left', async () => {
    await exported();
    const result = await editSnapshot({
      repoDir: repo,
      changes: [
        replace('sgr-0000000000000000a', {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          groupId: 'sg-0lb00000000000003',
        }),
        remove('sgr-0000000000000000c'),
        remove('sgr-0000000000000000d'),
      ],
    });
    const { before, after } = editOf(result, WEB_FILE);
    expect(after).toBe(
      before
        .replace(
          '    cidr: 0.0.0.0/0\n    description: HTTPS\n',
          '    groupId: sg-0lb00000000000003\n    description: HTTPS\n',
        )
        .replace(
          '  - ruleId: sgr-0000000000000000c\n    protocol: tcp\n    fromPort: 80\n    toPort: 80\n    cidr: ::/0\n',
          '',
        )
        .replace(
          'egress:\n  - ruleId: sgr-0000000000000000d\n    protocol: all\n    fromPort: -1\n    toPort: -1\n    cidr: 0.0.0.0/0\n',
          'egress: []\n',
        ),
    );
    await apply(result);
    expect(await rulesOf(WEB)).toEqual([
      'ingress tcp 22-22 {"cidr":"0.0.0.0/0"} sgr-0000000000000000b',
      'ingress tcp 443-443 {"groupId":"sg-0lb00000000000003"} sgr-0000000000000000a',
    ]);
  });

  test('finds a rule by protocol, ports and peer when its id is not in the file', async () => {
    await exported();
    const change = replace('sgr-0000000000000000f', {
      protocol: 'tcp',
      fromPort: 5432,
      toPort: 5432,
      prefixListId: 'pl-0123456789abcdef0',
    });
    change.rule.ruleId = 'sgr-derived-0123456789ab';
    const result = await editSnapshot({ repoDir: repo, changes: [change] });
    expect(editOf(result, DB_FILE).after).toContain('    prefixListId: pl-0123456789abcdef0\n');
    expect(result.located.get('sgr-derived-0123456789ab')).toEqual({ file: DB_FILE, line: 15 });
  });

  test('the same changes applied twice change nothing the second time', async () => {
    await exported();
    const changes = [
      replace(
        'sgr-0000000000000000b',
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.7/32' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.8/32' },
      ),
      replace('sgr-0000000000000000f', {
        protocol: 'tcp',
        fromPort: 5432,
        toPort: 5432,
        prefixListId: 'pl-0123456789abcdef0',
      }),
      remove('sgr-0000000000000000c'),
      remove('sgr-00000000000000010'),
    ];
    const first = await editSnapshot({ repoDir: repo, changes });
    expect(first.edits.map((e) => e.file).sort()).toEqual([DB_FILE, WEB_FILE]);
    await apply(first);
    const second = await editSnapshot({ repoDir: repo, changes });
    expect(second.edits).toEqual([]);
    expect(second.manual).toEqual([]);
  });

  test('rules of groups with no exported file are left out', async () => {
    await exported();
    const change = replace('sgr-0000000000000000f', {
      protocol: 'tcp',
      fromPort: 5432,
      toPort: 5432,
      prefixListId: 'pl-0123456789abcdef0',
    });
    change.rule.groupId = 'sg-0ffff000000000000';
    const result = await editSnapshot({ repoDir: repo, changes: [change] });
    expect(result).toEqual({ edits: [], manual: [], located: new Map() });
  });
});
