/**
 * `sg-flow-audit apply` and `revert` on the command line, run in-process through runProgram
 * against moto (the world of test/aws/apply): a report on disk, its plan printed and dry-run,
 * carried out with a journal, rerun without a change, undone to exactly the rules before; a call
 * refused halfway, through a proxy in front of moto; and the usage errors, one line each.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/aws/apply/journal.js';
import { peerText } from '../../src/inventory/model.js';
import { MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { motoClients } from '../aws/aws-test-kit.js';
import {
  buildApplyWorld,
  liveRules,
  reportOf,
  rulesWithoutIds,
  standardFindings,
  type ApplyWorld,
} from '../aws/apply/apply-kit.js';
import { startEc2FaultProxy } from './ec2-fault-proxy.js';
import { cliInProcess, type CliRun } from '../helpers/cli-in-process.js';

let moto: MotoServer;
let ec2: EC2Client;
let w: ApplyWorld;
let dir: string;
let plan: string;

beforeAll(async () => {
  moto = await startMoto();
  ec2 = motoClients(moto).ec2;
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

beforeEach(async () => {
  await moto.reset();
  w = await buildApplyWorld(ec2);
  dir = mkdtempSync(join(tmpdir(), 'sgfa-cli-apply-'));
  plan = join(dir, 'report.json');
  writeFileSync(plan, JSON.stringify(reportOf(w, standardFindings(w)), null, 2));
});

const cli = cliInProcess;

const onMoto = (endpoint = moto.endpoint) => ['--region', MOTO_REGION, '--endpoint-url', endpoint];
const groups = () => [w.web, w.db, w.legacy];

/** Replaces the ids moto made up with names, so that printed text can be compared whole. */
function named(text: string): string {
  const names: [string, string][] = [
    [w.web, 'sg-web'],
    [w.db, 'sg-db'],
    [w.legacy, 'sg-legacy'],
    ...Object.entries(w.rules).map(([name, r]): [string, string] => [r.ruleId, `sgr-${name}`]),
  ];
  return names.reduce((t, [id, name]) => t.split(id).join(name), text);
}

const PLAN = [
  'Plan: 5 changes (at most 10) in groups tagged sg-flow-audit:apply=true; 1 left out',
  '',
  'sg-web (web)',
  '  authorize sg-web ingress tcp 22 198.51.100.23/32  # replaces sgr-ssh',
  '  authorize sg-web ingress tcp 22 198.51.100.24/32  # replaces sgr-ssh',
  '  authorize sg-web ingress tcp 443 2001:db8::7/128  # replaces sgr-v6',
  '  authorize sg-web egress tcp 5432 sg-db  # replaces sgr-toDb',
  '  revoke sg-web sgr-ssh  # narrowed: ingress tcp 22 0.0.0.0/0',
  '  revoke sg-web sgr-v6  # narrowed: ingress tcp 443 ::/0',
  '  revoke sg-web sgr-toDb  # narrowed: egress tcp 5432 10.0.0.0/16',
  '  revoke sg-web sgr-old  # removed: ingress tcp 8080-8090 10.0.0.0/16',
  '',
  'sg-db (db)',
  '  authorize sg-db ingress tcp 5432 sg-web  # replaces sgr-pg',
  '  revoke sg-db sgr-pg  # narrowed: ingress tcp 5432 10.0.0.0/16',
  '',
  'Left out',
  '  sg-legacy sgr-rdp (ingress tcp 3389 0.0.0.0/0): the group is not tagged sg-flow-audit:apply=true (tag it, or pass --all-groups)',
  '',
].join('\n');

/** The rules with ids not in `before` (what apply created), one line each, sorted. */
async function newRules(before: Set<string>): Promise<string[]> {
  return (await liveRules(ec2, groups()))
    .filter((r) => !before.has(r.ruleId))
    .map((r) => named(`${r.groupId} ${r.direction} ${r.fromPort} ${peerText(r.peer)}`))
    .sort();
}

describe('sg-flow-audit apply', () => {
  it('--dry-run prints the plan, checks every call with DryRun, and changes nothing', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const journal = join(dir, 'dry.json');

    const run = await cli('apply', '--plan', plan, ...onMoto(), '--dry-run', '--journal', journal);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(named(run.stdout)).toBe(
      `${PLAN}\nDry run: EC2 would accept every call (it answered DryRunOperation). Nothing was changed.\nJournal: ${journal}\n`,
    );
    expect(readJournal(journal).dryRun).toBe(true);
    expect(readJournal(journal).entries.map((e) => e.result.status)).toEqual(Array(11).fill('dry-run-ok'));
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  });

  it('carries the plan out, writes the journal named by the time in the working folder, and prints the undo', async () => {
    const idsBefore = new Set((await liveRules(ec2, groups())).map((r) => r.ruleId));
    const cwd = process.cwd();
    process.chdir(dir);
    let run: CliRun;
    try {
      run = await cli('apply', '--plan', 'report.json', ...onMoto());
    } finally {
      process.chdir(cwd);
    }

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const journals = readdirSync(dir).filter((f) => f !== 'report.json');
    expect(journals).toHaveLength(1);
    expect(journals[0]).toMatch(/^sg-flow-audit-journal-\d{8}T\d{6}Z\.json$/);
    const journal = readJournal(join(dir, journals[0] as string));
    expect(journal.status).toBe('completed');
    expect(journal.dryRun).toBe(false);

    const text = named(run.stdout);
    expect(text.startsWith(PLAN)).toBe(true);
    const done = text.slice(PLAN.length).split('\n');
    expect(done[1]).toBe('Done: 5 rules authorized, 5 revoked, 0 network ACL entries created.');
    expect(done.filter((l) => l.startsWith('  revoked '))).toEqual([
      '  revoked sg-web sgr-ssh (ingress tcp 22 0.0.0.0/0 "ssh from anywhere")',
      '  revoked sg-web sgr-v6 (ingress tcp 443 ::/0 "https v6")',
      '  revoked sg-web sgr-toDb (egress tcp 5432 10.0.0.0/16 "to the database")',
      '  revoked sg-web sgr-old (ingress tcp 8080-8090 10.0.0.0/16 "old admin")',
      '  revoked sg-db sgr-pg (ingress tcp 5432 10.0.0.0/16 "postgres")',
    ]);
    expect(done.filter((l) => l.startsWith('  authorized '))).toHaveLength(5);
    // process.cwd() is the folder's real path (on macOS /tmp is a link to /private/tmp).
    const path = join(realpathSync(dir), journals[0] ?? '');
    expect(done.slice(-3)).toEqual([
      `Journal: ${path}`,
      `To undo what this run did: sg-flow-audit revert ${path}`,
      '',
    ]);
    // The rules read back are the proposals: the five old rules gone, five new ones there.
    const live = new Set((await liveRules(ec2, groups())).map((r) => r.ruleId));
    expect(
      [w.rules.ssh, w.rules.v6, w.rules.toDb, w.rules.old, w.rules.pg].some((r) => live.has(r.ruleId)),
    ).toBe(false);
    expect(live.has(w.rules.https.ruleId) && live.has(w.rules.rdp.ruleId)).toBe(true);
    expect(await newRules(idsBefore)).toEqual([
      'sg-db ingress 5432 sg-web',
      'sg-web egress 5432 sg-db',
      'sg-web ingress 22 198.51.100.23/32',
      'sg-web ingress 22 198.51.100.24/32',
      'sg-web ingress 443 2001:db8::7/128',
    ]);
  });

  it('a second apply of the same report changes nothing and writes no journal', async () => {
    expect(
      (await cli('apply', '--plan', plan, ...onMoto(), '--journal', join(dir, 'first.json'))).status,
    ).toBe(0);
    const after = await rulesWithoutIds(ec2, groups());

    const second = join(dir, 'second.json');
    const run = await cli('apply', '--plan', plan, ...onMoto(), '--journal', second);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = named(run.stdout).split('\n');
    expect(lines[0]).toBe(
      'Plan: 0 changes (at most 10) in groups tagged sg-flow-audit:apply=true; 6 left out',
    );
    expect(lines).toContain('Nothing to change.');
    expect(lines).toContain('  sg-web sgr-ssh (ingress tcp 22 0.0.0.0/0): already in the proposed state');
    expect(lines.slice(-2)).toEqual(['No call to make; no journal written.', '']);
    expect(existsSync(second)).toBe(false);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(after);
  });

  it('stops at a refused call, prints the revert command, and that command restores the rules before', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    // The second revoke of an ingress rule (web's IPv6 https) is refused, as EC2 refuses a role
    // whose policy's tag condition does not match.
    const proxy = await startEc2FaultProxy(moto.endpoint, {
      action: 'RevokeSecurityGroupIngress',
      nth: 2,
      times: 1,
    });
    const journal = join(dir, 'journal.json');
    let run: CliRun;
    try {
      run = await cli('apply', '--plan', plan, ...onMoto(proxy.endpoint), '--journal', journal);
    } finally {
      await proxy.stop();
    }

    const refused =
      `access denied: EC2 RevokeSecurityGroupIngress on ${w.web} needs the IAM permission ec2:RevokeSecurityGroupIngress; ` +
      'grant it to the role that runs the audit (see docs/iam-policy.md); the apply policy allows it only on groups tagged sg-flow-audit:apply=true';
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `sg-flow-audit: stopped at revoke ${w.web} ${w.rules.v6.ruleId}: ${refused}; undo what was done with: sg-flow-audit revert ${journal}\n`,
    );
    expect(run.stdout.split('\n').slice(-5)).toEqual([
      `Stopped at revoke ${w.web} ${w.rules.v6.ruleId}: ${refused}`,
      'The calls after it were not made.',
      `Journal: ${journal}`,
      `To undo what this run did: sg-flow-audit revert ${journal}`,
      '',
    ]);
    expect(named(run.stdout)).toContain(
      'Done: 4 rules authorized, 1 revoked, 0 network ACL entries created.',
    );
    expect(readJournal(journal).status).toBe('failed');
    // db was never reached.
    expect((await liveRules(ec2, [w.db])).map((r) => r.ruleId)).toContain(w.rules.pg.ruleId);

    const revert = await cli('revert', journal, ...onMoto());

    expect(revert.stderr).toBe('');
    expect(revert.status).toBe(0);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
    const restored = (await liveRules(ec2, [w.web])).find(
      (r) => r.fromPort === 22 && 'cidr' in r.peer && r.peer.cidr === '0.0.0.0/0',
    );
    const lines = named(revert.stdout).split('\n');
    expect(lines[0]).toBe(`Reverted ${journal}: 1 rule restored, 4 revoked, 0 network ACL entries deleted.`);
    expect(lines.slice(1, 3)).toEqual([
      'Restored (EC2 gives a restored rule a new id):',
      `  sg-web ingress tcp 22 0.0.0.0/0 "ssh from anywhere": sgr-ssh → ${restored?.ruleId ?? '?'}`,
    ]);
    expect(lines[3]).toBe('Revoked (the rules the apply created):');
    expect(lines.filter((l) => /^ {2}sg-web sgr-/.test(l))).toHaveLength(4);
  });

  it('a dry run names the permission EC2 refuses and exits 1, changing nothing', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const proxy = await startEc2FaultProxy(moto.endpoint, { action: 'AuthorizeSecurityGroupEgress' });
    let run: CliRun;
    try {
      run = await cli(
        'apply',
        '--plan',
        plan,
        ...onMoto(proxy.endpoint),
        '--dry-run',
        '--journal',
        join(dir, 'j.json'),
      );
    } finally {
      await proxy.stop();
    }

    expect(run.status).toBe(1);
    expect(run.stderr).toBe('sg-flow-audit: dry run: missing permission: ec2:AuthorizeSecurityGroupEgress\n');
    expect(run.stdout).toContain(
      [
        'Dry run: nothing was changed, but not every call would succeed.',
        '1 call would be refused for lack of a permission (ec2:AuthorizeSecurityGroupEgress):',
        `  access denied: EC2 AuthorizeSecurityGroupEgress on ${w.web} needs the IAM permission ec2:AuthorizeSecurityGroupEgress; ` +
          'grant it to the role that runs the audit (see docs/iam-policy.md); the apply policy allows it only on groups tagged sg-flow-audit:apply=true',
      ].join('\n'),
    );
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  });

  it('refuses a --journal that exists, before reading AWS, and leaves it as it was', async () => {
    const journal = join(dir, 'taken.json');
    writeFileSync(journal, '{}');

    const run = await cli('apply', '--plan', plan, ...onMoto(), '--journal', journal);

    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: `sg-flow-audit: --journal: ${journal} exists already; give a new path (it may be needed to revert an earlier run)\n`,
    });
    expect(readFileSync(journal, 'utf8')).toBe('{}');
  });
});

describe('sg-flow-audit apply: what it cannot run', () => {
  const usage = async (...args: string[]) => {
    const run = await cli('apply', ...args, ...onMoto());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    return run.stderr;
  };

  it('names a --plan file that is missing, not JSON, of another schema version, or not a report', async () => {
    const missing = join(dir, 'nope.json');
    expect(await usage('--plan', missing)).toBe(`sg-flow-audit: --plan: ${missing}: not found\n`);

    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{"schemaVersion": 1,');
    expect(await usage('--plan', notJson)).toMatch(
      new RegExp(
        `^sg-flow-audit: --plan: ${notJson}: not JSON \\([^\\n]+\\); write the report with analyze --format json\\n$`,
      ),
    );

    const v2 = join(dir, 'v2.json');
    writeFileSync(v2, JSON.stringify({ ...reportOf(w, []), schemaVersion: 2 }));
    expect(await usage('--plan', v2)).toBe(
      `sg-flow-audit: --plan: ${v2}: report schema version 2, this version of sg-flow-audit reads 1\n`,
    );

    const journal = join(dir, 'journal-like.json');
    writeFileSync(journal, JSON.stringify({ format: 'sg-flow-audit-journal', entries: [] }));
    expect(await usage('--plan', journal)).toBe(
      `sg-flow-audit: --plan: ${journal}: not an sg-flow-audit report (no schemaVersion); write one with analyze --format json\n`,
    );

    const broken = join(dir, 'broken.json');
    const report = reportOf(w, standardFindings(w));
    writeFileSync(
      broken,
      JSON.stringify({ ...report, findings: [{ ...report.findings[0], proposal: { action: 'replace' } }] }),
    );
    expect(await usage('--plan', broken)).toBe(
      `sg-flow-audit: --plan: ${broken}: findings[0].proposal.rules: Invalid input: expected array, received undefined\n`,
    );
  });

  it('refuses a --max-changes that is not a whole number of at least 1', async () => {
    for (const value of ['0', 'ten', '1.5', '-3']) {
      expect(await usage('--plan', plan, `--max-changes=${value}`)).toBe(
        `sg-flow-audit: --max-changes: expected a whole number of at least 1, got '${value}'\n`,
      );
    }
  });

  it('asks for --plan', async () => {
    expect(await usage()).toBe(
      "sg-flow-audit: required option '--plan <report>' not specified (see --help)\n",
    );
  });
});

describe('sg-flow-audit revert', () => {
  it('restores exactly the rules before, with their new ids, and a second revert changes nothing', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const journal = join(dir, 'journal.json');
    expect((await cli('apply', '--plan', plan, ...onMoto(), '--journal', journal)).status).toBe(0);

    const run = await cli('revert', journal, ...onMoto());

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
    const lines = named(run.stdout).split('\n');
    expect(lines[0]).toBe(`Reverted ${journal}: 5 rules restored, 5 revoked, 0 network ACL entries deleted.`);
    // Last call first: db's rule, then web's in the reverse order of their revocation.
    expect(lines.slice(1, 7).map((l) => l.replace(/→ sgr-[0-9a-f]+$/, '→ sgr-NEW'))).toEqual([
      'Restored (EC2 gives a restored rule a new id):',
      '  sg-db ingress tcp 5432 10.0.0.0/16 "postgres": sgr-pg → sgr-NEW',
      '  sg-web ingress tcp 8080-8090 10.0.0.0/16 "old admin": sgr-old → sgr-NEW',
      '  sg-web egress tcp 5432 10.0.0.0/16 "to the database": sgr-toDb → sgr-NEW',
      '  sg-web ingress tcp 443 ::/0 "https v6": sgr-v6 → sgr-NEW',
      '  sg-web ingress tcp 22 0.0.0.0/0 "ssh from anywhere": sgr-ssh → sgr-NEW',
    ]);
    // The new ids printed are the ids the rules have now.
    const live = new Set((await liveRules(ec2, groups())).map((r) => r.ruleId));
    const printed = lines.slice(2, 7).map((l) => l.split(' → ')[1] ?? '');
    expect(printed.every((id) => live.has(id))).toBe(true);
    expect(lines[7]).toBe('Revoked (the rules the apply created):');
    const own = readdirSync(dir).filter((f) => /^journal-revert-\d{8}T\d{6}Z\.json$/.test(f));
    expect(own).toHaveLength(1);
    expect(lines.at(-2)).toBe(`Journal of this revert: ${join(dir, own[0] ?? '')}`);
    expect(readJournal(join(dir, own[0] ?? '')).reverts).toBe(journal);

    const again = await cli('revert', journal, ...onMoto());

    expect(again.status).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe(
      `Nothing to revert: what ${journal} records is undone already, or was never done.`,
    );
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
    // Two reverts in the same second still get a journal each.
    expect(readdirSync(dir).filter((f) => f.startsWith('journal-revert-'))).toHaveLength(2);
  });

  it('names a journal that is missing or is not a journal, with exit 2', async () => {
    const missing = join(dir, 'nope.json');
    expect(await cli('revert', missing, ...onMoto())).toEqual({
      status: 2,
      stdout: '',
      stderr: `sg-flow-audit: journal ${missing}: not found\n`,
    });
    expect(await cli('revert', plan, ...onMoto())).toEqual({
      status: 2,
      stdout: '',
      stderr: `sg-flow-audit: journal ${plan}: format: Invalid input: expected "sg-flow-audit-journal"\n`,
    });
  });
});

describe('apply and revert --help', () => {
  it('shows the options and examples of each', async () => {
    const apply = await cli('apply', '--help');
    expect(apply.status).toBe(0);
    expect(apply.stdout).toContain('--max-changes <n>');
    expect(apply.stdout).toContain('$ sg-flow-audit apply --plan report.json --region eu-west-1 --dry-run');
    const revert = await cli('revert', '--help');
    expect(revert.status).toBe(0);
    expect(revert.stdout).toContain('Usage: sg-flow-audit revert [options] <journal>');
    expect(revert.stdout).toContain('$ sg-flow-audit revert sg-flow-audit-journal-20261126T120000Z.json');
  });
});
