/**
 * Least privilege, checked against the code: for each mode, every AWS call its code can make (read
 * from the sources by sdk-calls.ts, not written down here) must be allowed by the mode's policy in
 * docs/iam/, and the policy must allow nothing else. The read-only modes' policies allow no write,
 * apply's writes are limited to the opted-in resources by their tag, and the policies the README
 * and docs/iam-policy.md show are these files.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamAction } from '../../src/aws/errors.js';
import {
  buildCallGraph,
  commandFolder,
  commandModules,
  reachableCalls,
  repo,
  type CallGraph,
  type SdkCall,
} from './sdk-calls.js';

/** What runs under one policy (or set of policies): entry modules and command folders. */
interface Mode {
  name: string;
  /** Modules that start it: the Action (src/main.ts, the scan worker) for the Action's modes. */
  entries: string[];
  /** Its folders under src/commands/ (the CLI commands, and what the Action dispatches to). */
  commands: string[];
  /** The files of docs/iam/ its role has attached. */
  policies: string[];
}

const ACTION = ['src/main.ts', 'src/worker.ts'];

const MODES: Mode[] = [
  {
    name: 'audit (mode: audit; analyze, snapshot, export, export-traffic, demo)',
    entries: ACTION,
    commands: ['analyze', 'snapshot', 'export', 'export-traffic', 'demo'],
    policies: ['audit'],
  },
  { name: 'review', entries: ACTION, commands: ['review'], policies: ['review'] },
  { name: 'propose', entries: ACTION, commands: ['propose'], policies: ['propose'] },
  { name: 'check-change', entries: ACTION, commands: ['check-change'], policies: ['check-change'] },
  {
    name: 'apply --plan and revert',
    entries: [],
    commands: ['apply', 'revert'],
    policies: ['apply'],
  },
  {
    // Without `plan`, the Action's apply analyses first, so its role needs the audit's reads too.
    name: 'mode: apply (the Action)',
    entries: ACTION,
    commands: ['apply', 'revert'],
    policies: ['apply', 'audit'],
  },
];

const READ_ONLY = ['audit', 'review', 'propose', 'check-change'];
const APPLY_TAG = 'aws:ResourceTag/sg-flow-audit:apply';

/** Calls IAM never refuses, so no policy lists them. */
const NEEDS_NO_PERMISSION = new Set(['sts:GetCallerIdentity']);

/**
 * Actions a service performs with the caller's own permissions while serving one call: the call
 * needs them too, though the code never names them. Writes listed here are allowed in a
 * read-only mode, because they write the service's own output, not what the audit reads.
 */
const ACTIONS_ON_YOUR_BEHALF: Readonly<Record<string, readonly string[]>> = {
  // Athena reads the table's definition from Glue and its data from S3, and writes the result
  // to the query's output location, all as the caller.
  'athena:StartQueryExecution': [
    'glue:GetDatabase',
    'glue:GetTable',
    'glue:GetPartitions',
    's3:GetBucketLocation',
    's3:ListBucket',
    's3:GetObject',
    's3:PutObject',
    's3:AbortMultipartUpload',
    's3:ListMultipartUploadParts',
    's3:ListBucketMultipartUploads',
  ],
};

// Operations that change something. What Athena or Logs Insights start is a query, not a change.
const WRITE =
  /^(Authorize|Revoke|Create|Delete|Put|Modify|Update|Attach|Detach|Associate|Disassociate|Replace|Tag|Untag|Run|Terminate|Reboot|Set|Enable|Disable|Copy|Restore|Upload|Import|Reset|Assign|Unassign|Accept|Reject|Register|Deregister|Abort)/;
const isWrite = (action: string) => WRITE.test(action.split(':')[1] ?? '');

interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: string | string[];
  NotResource?: unknown;
  Condition?: Record<string, Record<string, string | string[]>>;
}
interface Policy {
  Version: string;
  Statement: Statement[];
}

const POLICY_DIR = join(repo, 'docs', 'iam');
const policyFiles = readdirSync(POLICY_DIR).filter((f) => f.endsWith('.json'));
const policy = (name: string) => JSON.parse(readFileSync(join(POLICY_DIR, `${name}.json`), 'utf8')) as Policy;
const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());
const allowed = (names: readonly string[]) =>
  new Set(names.flatMap((n) => policy(n).Statement.flatMap((s) => list(s.Action))));

let graph: CallGraph;

beforeAll(() => {
  graph = buildCallGraph();
}, 120_000);

/** The IAM actions a mode's calls need, each with the modules that name it. */
function neededActions(mode: Mode): Map<string, Set<string>> {
  const calls = reachableCalls(
    graph,
    [...mode.entries, ...commandModules(graph, mode.commands)],
    mode.commands,
  );
  const needed = new Map<string, Set<string>>();
  for (const call of calls) {
    const action = iamAction(call.service, call.operation);
    if (NEEDS_NO_PERMISSION.has(action)) continue;
    needed.set(action, (needed.get(action) ?? new Set()).add(call.file));
  }
  return needed;
}

describe('the scan of the sources', () => {
  it('recognises every way the code calls AWS', () => {
    // A waiter, an aggregated client, a presigner or a new client package would show up here:
    // teach sdk-calls.ts what it calls before relying on the policies below.
    expect(graph.unrecognised).toEqual([]);
  });

  it('puts every command folder under some mode', () => {
    const folders = new Set(
      [...graph.staticImports.keys()].map(commandFolder).filter((f): f is string => f !== undefined),
    );
    const covered = new Set(MODES.flatMap((m) => m.commands));
    expect([...folders].filter((f) => !covered.has(f))).toEqual([]);
    expect([...covered].filter((f) => !folders.has(f))).toEqual([]);
  });
});

describe.each(MODES)('$name', (mode) => {
  it('is allowed every AWS call its code can make', () => {
    const grant = allowed(mode.policies);
    const missing = [...neededActions(mode)]
      .filter(([action]) => !grant.has(action))
      .map(([action, files]) => `${action} (${[...files].sort().join(', ')})`);
    expect(missing, `add to docs/iam/${mode.policies[0]}.json`).toEqual([]);
  });

  it('is allowed nothing its code cannot call', () => {
    const needed = new Set(neededActions(mode).keys());
    const onBehalf = new Set([...needed].flatMap((a) => ACTIONS_ON_YOUR_BEHALF[a] ?? []));
    const unneeded = [...allowed(mode.policies)].filter((a) => !needed.has(a) && !onBehalf.has(a));
    expect(unneeded).toEqual([]);
  });
});

describe('the policies in docs/iam', () => {
  it('are one per mode, well formed, with exact actions only', () => {
    expect(policyFiles.sort()).toEqual(
      [...new Set(MODES.flatMap((m) => m.policies))].map((n) => `${n}.json`).sort(),
    );
    for (const file of policyFiles) {
      const p = policy(file.replace(/\.json$/, ''));
      expect(p.Version, file).toBe('2012-10-17');
      const sids = p.Statement.map((s) => s.Sid);
      expect(new Set(sids).size, `${file}: Sids are unique`).toBe(sids.length);
      for (const s of p.Statement) {
        expect(s.Effect, `${file} ${s.Sid}`).toBe('Allow');
        expect(s.NotAction ?? s.NotResource, `${file} ${s.Sid}`).toBeUndefined();
        for (const action of list(s.Action))
          expect(action, `${file} ${s.Sid}`).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/);
        expect(list(s.Resource).length, `${file} ${s.Sid}`).toBeGreaterThan(0);
      }
    }
  });

  it('allow no write in the read-only modes', () => {
    for (const name of READ_ONLY) {
      const writes = [...allowed([name])].filter(isWrite);
      const onBehalf = new Set(Object.values(ACTIONS_ON_YOUR_BEHALF).flat());
      expect(
        writes.filter((a) => !onBehalf.has(a)),
        name,
      ).toEqual([]);
    }
  });

  it("limit apply's writes to the resources tagged sg-flow-audit:apply=true", () => {
    const writes = policy('apply').Statement.filter((s) => list(s.Action).some(isWrite));
    expect(writes.length).toBeGreaterThan(0);
    for (const s of writes) {
      expect(
        list(s.Action).filter((a) => !isWrite(a)),
        `${s.Sid} holds writes only`,
      ).toEqual([]);
      expect(s.Condition?.['StringEqualsIgnoreCase']?.[APPLY_TAG], s.Sid).toBe('true');
      for (const resource of list(s.Resource))
        expect(resource, s.Sid).toMatch(/^arn:aws:ec2:REGION:ACCOUNT_ID:[a-z-]+\/\*$/);
    }
  });
});

/** Every ```json block of a markdown file that is an IAM policy. */
function policyBlocks(markdown: string): Policy[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)]
    .map((m) => JSON.parse(m[1] as string) as Policy)
    .filter((p) => p.Version === '2012-10-17');
}

/** The table between `<!-- iam-modes:start -->` and `<!-- iam-modes:end -->`, as cells. */
function modesTable(markdown: string): string[][] {
  const block = /<!-- iam-modes:start -->([\s\S]*?)<!-- iam-modes:end -->/.exec(markdown)?.[1] ?? '';
  return block
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('the documentation', () => {
  const docs = ['README.md', 'docs/iam-policy.md'];

  it.each(docs)('%s shows the policies of docs/iam as they are', (file) => {
    const text = readFileSync(join(repo, file), 'utf8');
    const files = policyFiles.map((f) => policy(f.replace(/\.json$/, '')));
    const blocks = policyBlocks(text);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(files).toContainEqual(block);
  });

  it.each(docs)("%s has the table of each mode's actions, as the policies allow them", (file) => {
    const names = ['audit', 'review', 'propose', 'check-change', 'apply'];
    const grants = names.map((n) => allowed([n]));
    const actions = [...new Set(grants.flatMap((g) => [...g]))].sort(
      (a, b) => Number(isWrite(a)) - Number(isWrite(b)) || a.localeCompare(b),
    );
    const expected = [
      ['action', ...names.map((n) => `[${n}](${file === 'README.md' ? 'docs/' : ''}iam/${n}.json)`)],
      ...actions.map((a) => [
        `\`${a}\``,
        ...grants.map((g) => (g.has(a) ? (isWrite(a) ? 'tagged' : 'yes') : '')),
      ]),
    ];
    expect(modesTable(readFileSync(join(repo, file), 'utf8'))).toEqual(expected);
  });
});

describe('sdk-calls.ts on a small tree', () => {
  // A tree shaped like src/: an Action that dispatches to command folders by mode, a barrel that
  // holds a reader beside a writer, and the calls other engineers are adding (Athena, STS, and
  // Organizations loaded on demand).
  let root = '';
  let fixture: CallGraph;
  const files: Record<string, string> = {
    'src/main.ts': `
      export async function run(mode: string) {
        if (mode === 'read') await (await import('./commands/read/action.js')).read();
        if (mode === 'write') await (await import('./commands/write/action.js')).write();
      }`,
    'src/store/index.ts': `
      export { readRules } from './reader.js';
      export { changeRules } from './writer.js';`,
    'src/store/reader.ts': `
      import { paginateDescribeSecurityGroupRules } from '@aws-sdk/client-ec2';
      export const readRules = (client: never) => paginateDescribeSecurityGroupRules({ client }, {});`,
    'src/store/writer.ts': `
      import { RevokeSecurityGroupIngressCommand as Revoke } from '@aws-sdk/client-ec2';
      export function changeRules() { return new Revoke({}); }`,
    'src/commands/read/action.ts': `
      import { readRules } from '../../store/index.js';
      import { query } from '../../query.js';
      export async function read() { readRules(undefined as never); await query(); }`,
    'src/commands/write/action.ts': `
      import { changeRules } from '../../store/index.js';
      export async function write() { changeRules(); }`,
    'src/query.ts': `
      import { StartQueryExecutionCommand, GetQueryExecutionCommand, type AthenaClient } from '@aws-sdk/client-athena';
      import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
      export async function query() {
        const { start } = { start: () => new StartQueryExecutionCommand({ QueryString: '' }) };
        fromTemporaryCredentials({ params: { RoleArn: '' } });
        const { paginateListAccounts } = await import('@aws-sdk/client-organizations');
        const client = new (await import('@aws-sdk/client-organizations')).OrganizationsClient({});
        paginateListAccounts({ client }, {});
        return [start(), new GetQueryExecutionCommand({ QueryExecutionId: '' })] as unknown as AthenaClient;
      }`,
    'src/unused.ts': `
      import { waitUntilInstanceRunning, EC2 } from '@aws-sdk/client-ec2';
      export const later = () => [waitUntilInstanceRunning, new EC2({})];
      export const loaded = import('@aws-sdk/client-sts');`,
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sgfa-sdk-calls-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    fixture = buildCallGraph(root);
  }, 60_000);

  afterAll(() => rm(root, { recursive: true, force: true }));

  const actionsOf = (commands: string[]) =>
    [
      ...new Set(
        reachableCalls(fixture, ['src/main.ts'], commands).map((c: SdkCall) =>
          iamAction(c.service, c.operation),
        ),
      ),
    ].sort();

  it('follows the dispatch of the mode only, and a barrel only to what is imported from it', () => {
    expect(actionsOf(['read'])).toEqual([
      'athena:GetQueryExecution',
      'athena:StartQueryExecution',
      'ec2:DescribeSecurityGroupRules',
      'organizations:ListAccounts',
      'sts:AssumeRole',
    ]);
    expect(actionsOf(['write'])).toEqual(['ec2:RevokeSecurityGroupIngress']);
    expect(actionsOf([])).toEqual([]);
  });

  it('names the module of each call', () => {
    const calls = reachableCalls(fixture, ['src/main.ts'], ['write']);
    expect(calls).toEqual([
      { service: 'ec2', operation: 'RevokeSecurityGroupIngress', file: 'src/store/writer.ts' },
    ]);
  });

  it('reports what it cannot turn into calls', () => {
    expect(fixture.unrecognised.sort()).toEqual([
      'src/unused.ts: EC2 of @aws-sdk/client-ec2',
      'src/unused.ts: a namespace import of @aws-sdk/client-sts',
      'src/unused.ts: the waiter waitUntilInstanceRunning of @aws-sdk/client-ec2',
    ]);
  });
});
