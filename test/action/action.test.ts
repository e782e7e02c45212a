/**
 * The GitHub Action end to end: the committed bundle dist/index.js, run as the runner runs it
 * (test/helpers/action.ts), under the machine's Node and under Node 24 (action.yml says
 * `runs.using: node24`). What a workflow sees: exit status, workflow commands, step outputs,
 * the job summary, and the report files the outputs point at.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Severity } from '../../src/report/types.js';
import { actionMetadata, removeRunnerTemps, repo, runAction, type ActionRun } from '../helpers/action.js';
import { nodeMajor, node24Path } from '../helpers/node-versions.js';
import { makeWorld } from '../helpers/world.js';
import { groupId, writeInventory } from './inventory.js';

const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const DEMO = {
  'flow-logs': join(repo, 'examples/demo/logs'),
  inventory: join(repo, 'examples/demo/inventory'),
};
const MIB = 1024 * 1024;

const runtimes = [
  { runtime: `Node ${process.versions.node} (this machine)`, node: async () => process.execPath, major: 0 },
  { runtime: 'Node 24', node: node24Path, major: 24 },
];

let fixtures: string;
beforeAll(async () => {
  fixtures = await mkdtemp(join(tmpdir(), 'sgfa-action-'));
});
afterAll(async () => {
  await removeRunnerTemps();
  await rm(fixtures, { recursive: true, force: true });
});

const lines = (run: ActionRun, command: string) => run.commands.filter((c) => c.command === command);
/** The `::error::` lines without a title: what `core.setFailed` prints. */
const failures = (run: ActionRun) => lines(run, 'error').filter((c) => c.properties['title'] === undefined);

async function readReport(path: string | undefined): Promise<Report> {
  expect(path, 'report-path output').toBeTruthy();
  return JSON.parse(await readFile(path as string, 'utf8')) as Report;
}

/** A failed run of a user mistake: exit 1, one clear error line, nothing that looks like a stack. */
function expectCleanFailure(run: ActionRun, message: RegExp) {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(lines(run, 'error')).toHaveLength(1);
  expect(failures(run)[0]?.message).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stdout + run.stderr).not.toMatch(/internal error|Error: /);
}

describe.each(runtimes)('the Action under $runtime', ({ node: nodeBinary, major }) => {
  let node: string;
  beforeAll(async () => {
    node = await nodeBinary();
    if (major) expect(await nodeMajor(node)).toBe(major);
  }, 180_000);

  describe('on the bundled demo VPC with the default fail-on (critical)', () => {
    let run: ActionRun;
    let report: Report;
    beforeAll(async () => {
      run = await runAction({ node, inputs: DEMO });
      report = await readReport(run.outputs['report-path']);
    });

    it('fails the step, naming the worst finding in one ::error:: line', () => {
      expect(run.exitCode, run.stderr).toBe(1);
      const failed = failures(run);
      expect(failed).toHaveLength(1);
      const criticalTitles = report.findings.filter((f) => f.severity === 'critical').map((f) => f.title);
      expect(criticalTitles.length).toBeGreaterThan(0);
      expect(failed[0]?.message).toMatch(/^critical finding: /);
      expect(criticalTitles.some((title) => failed[0]?.message.includes(title))).toBe(true);
      expect(run.stdout).toMatch(/^::error::critical finding: Admin port \d+ open to the internet/m);
    });

    it('sets every output of an audit, and the counts are those of the JSON report', () => {
      const audit = ['findings', ...SEVERITIES, 'report-path', 'sarif-path', 'summary-path', 'html-path'];
      expect(Object.keys(run.outputs).sort()).toEqual(audit.sort());
      // The other outputs of action.yml belong to the other modes (propose, review, apply).
      const declared = Object.keys(actionMetadata().outputs ?? {});
      expect(
        declared
          .filter((o) => !audit.includes(o))
          .every((o) => /^(pull-request|review|journal|apply|blocked)-/.test(o)),
      ).toBe(true);
      expect(report.schemaVersion).toBe(1);
      const counted = report.findings.filter((f) => !f.suppressed);
      for (const severity of SEVERITIES) {
        const n = counted.filter((f) => f.severity === severity).length;
        expect(run.outputs[severity], severity).toBe(String(n));
        expect(report.summary.findings[severity]).toBe(n);
      }
      expect(run.outputs['findings']).toBe(String(counted.length));
      expect(counted.length).toBeGreaterThan(10);
      expect(report.input.files).toBe(4);
      expect(report.input.records).toBeGreaterThan(6000);
    });

    it('writes the report, the SARIF log and the summary where the outputs say, under RUNNER_TEMP', async () => {
      for (const name of ['report-path', 'sarif-path', 'summary-path'])
        expect(run.outputs[name], name).toMatch(new RegExp(`^${run.runnerTemp}/sg-flow-audit/`));
      const sarif = JSON.parse(await readFile(run.outputs['sarif-path'] as string, 'utf8')) as {
        version: string;
        runs: { results: unknown[] }[];
      };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
      expect(await readFile(run.outputs['summary-path'] as string, 'utf8')).toBe(run.summary);
    });

    it('writes a job summary under 1 MiB with the headline, the counts and a Mermaid chart', () => {
      expect(run.summaryBytes).toBeGreaterThan(0);
      expect(run.summaryBytes).toBeLessThan(MIB);
      expect(run.summary).toMatch(/^## sg-flow-audit report$/m);
      expect(run.summary).toContain(
        `Findings: ${run.outputs['critical']} critical · ${run.outputs['high']} high · ${run.outputs['medium']} medium`,
      );
      expect(run.summary).toMatch(/^```mermaid$/m);
    });

    it('annotates the findings, at most 10 errors, 10 warnings and 10 notices', () => {
      expect(lines(run, 'error').length).toBeGreaterThan(1);
      expect(lines(run, 'warning').length).toBeGreaterThan(0);
      expect(lines(run, 'notice').length).toBeGreaterThan(0);
      for (const level of ['error', 'warning', 'notice'])
        expect(lines(run, level).length, level).toBeLessThanOrEqual(10);
      const ssh = lines(run, 'error').find((c) => c.properties['title']?.includes('Admin port 22'));
      expect(ssh?.properties['title']).toMatch(/^critical: Admin port 22 open to the internet \(sg-/);
      expect(ssh?.message).toContain(
        'Proposed: replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32',
      );
    });
  });

  it('passes with fail-on: none on the same findings, and still writes the summary', async () => {
    // Relative globs (against GITHUB_WORKSPACE), newline- and comma-separated, as a workflow writes them.
    const flowLogs = [
      'examples/demo/logs/**/*T0000Z_*.log.gz',
      'examples/demo/logs/**/*T0600Z_*.log.gz, examples/demo/logs/**/*T1[28]00Z_*.log.gz',
    ].join('\n');
    const run = await runAction({
      node,
      inputs: { 'flow-logs': flowLogs, inventory: 'examples/demo/inventory', 'fail-on': 'none' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(failures(run)).toEqual([]);
    expect(Number(run.outputs['critical'])).toBeGreaterThan(0);
    expect(run.summary).toMatch(/^## sg-flow-audit report$/m);
    expect((await readReport(run.outputs['report-path'])).input.files).toBe(4);
  });

  it('fails on SSH open to 0.0.0.0/0 from the inventory alone, without flow logs', async () => {
    const inventory = await writeInventory(join(fixtures, `ssh-open-${major}`), [
      { id: groupId(1), ingress: [{ protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }] },
      { id: groupId(2), ingress: [{ protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' }] },
    ]);
    const run = await runAction({ node, inputs: { inventory } });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['critical']).toBe('1');
    expect(failures(run)).toHaveLength(1);
    expect(failures(run)[0]?.message).toMatch(/^critical finding: Admin port 22 open to the internet/);
    expect(failures(run)[0]?.message).toContain(groupId(2));
    const report = await readReport(run.outputs['report-path']);
    expect(report.input.records).toBe(0);
    expect(report.findings.find((f) => f.type === 'open-admin-port')?.groupId).toBe(groupId(2));
  });

  it('passes with fail-on: critical when no admin port is open to the internet', async () => {
    const inventory = await writeInventory(join(fixtures, `closed-${major}`), [
      { id: groupId(1), ingress: [{ protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }] },
      {
        id: groupId(2),
        ingress: [
          { protocol: 'tcp', from: 22, cidr: '10.0.0.0/8' },
          { protocol: 'tcp', from: 3389, cidr: '198.51.100.23/32' },
        ],
      },
    ]);
    const run = await runAction({ node, inputs: { inventory, 'fail-on': 'critical' } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['critical']).toBe('0');
    expect(lines(run, 'error')).toEqual([]);
  });

  it('rejects fail-on: sometimes in one ::error:: line, without a stack trace', async () => {
    const run = await runAction({ node, inputs: { ...DEMO, 'fail-on': 'sometimes' } });
    expectCleanFailure(run, /fail-on.*critical, high, medium, low, info or none.*'sometimes'/);
    expect(run.outputs).toEqual({});
  });

  it('rejects a missing inventory folder in one ::error:: line naming it, without a stack trace', async () => {
    const run = await runAction({ node, inputs: { inventory: 'no-such-inventory' } });
    expectCleanFailure(run, /inventory.*no-such-inventory/);
    expect(run.outputs).toEqual({});
  });

  it('resolves relative paths against the workspace and honours sarif-path: none, summary and annotations: false', async () => {
    const workspace = await mkdtemp(join(fixtures, 'workspace-'));
    await writeInventory(join(workspace, 'security-groups'), [
      { id: groupId(1), ingress: [{ protocol: 'tcp', from: 22, cidr: '::/0' }] },
    ]);
    const run = await runAction({
      node,
      workspace,
      inputs: {
        inventory: 'security-groups/',
        'report-path': 'out/audit.json',
        'sarif-path': 'none',
        summary: 'false',
        annotations: 'false',
      },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['report-path']).toBe(join(workspace, 'out/audit.json'));
    expect((await readReport(run.outputs['report-path'])).summary.findings.critical).toBe(1);
    expect(run.outputs['sarif-path']).toBeUndefined();
    expect(run.outputs['summary-path']).toBeUndefined();
    expect(run.summary).toBe('');
    expect(lines(run, 'error')).toEqual(failures(run));
    expect(lines(run, 'warning').length + lines(run, 'notice').length).toBe(0);
  });

  it('keeps within GitHub limits when there are hundreds of findings: 10 errors counting the failure, 1 MiB summary', async () => {
    // 400 groups, each with SSH and MySQL open to the world and 30 private rules: 800 critical
    // and high findings, and 12,800 rules, more than the summary's 1 MiB can list.
    const groups = Array.from({ length: 400 }, (_, i) => ({
      id: groupId(100 + i),
      ingress: [
        { protocol: 'tcp' as const, from: 22, cidr: '0.0.0.0/0' },
        { protocol: 'tcp' as const, from: 3306, cidr: '0.0.0.0/0' },
        ...Array.from({ length: 30 }, (__, k) => ({
          protocol: 'tcp' as const,
          from: 9000 + k,
          cidr: `10.${k}.${i % 250}.0/24`,
        })),
      ],
    }));
    const inventory = await writeInventory(join(fixtures, `many-${major}`), groups);
    const run = await runAction({ node, inputs: { inventory } });
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.outputs['critical']).toBe('400');
    expect(run.summaryBytes).toBeGreaterThan(0);
    expect(run.summaryBytes).toBeLessThan(MIB);
    expect(run.summaryBytes).toBeGreaterThan(MIB / 2);
    expect(run.summary).toMatch(/more rules in the report/);
    expect(failures(run)).toHaveLength(1);
    // GitHub shows 10 annotations per level and step; the failure line is an error annotation
    // too, and it is the one that must not be dropped.
    for (const level of ['error', 'warning', 'notice'])
      expect(lines(run, level).length, level).toBeLessThanOrEqual(10);
  });

  it('audits a generated world and finds what its truth says', async () => {
    const world = makeWorld({ format: 'v5', seed: 29, records: 60_000, files: 3 });
    const run = await runAction({ node, inputs: { 'flow-logs': world.logs, inventory: world.inventory } });
    const report = await readReport(run.outputs['report-path']);
    expect(report.input.records).toBe(world.truth.records);
    expect(report.input.files).toBe(3);
    const openAdmin = report.findings.filter((f) => f.type === 'open-admin-port').map((f) => f.ruleId);
    expect(openAdmin).toEqual(expect.arrayContaining(world.truth.expect.openAdminPorts));
    expect(run.exitCode).toBe(world.truth.expect.openAdminPorts.length > 0 ? 1 : 0);
    for (const severity of SEVERITIES)
      expect(run.outputs[severity], severity).toBe(String(report.summary.findings[severity]));
    const unused = report.rules.filter((r) => r.status === 'unused').map((r) => r.ruleId);
    expect(unused.sort()).toEqual([...world.truth.expect.unusedRules].sort());
    expect(run.summaryBytes).toBeLessThan(MIB);
    expect(run.summary).toMatch(/^```mermaid$/m);
  });

  it('reads the files of a generated world on worker threads (started from the bundle) with the same result as on one', async () => {
    const world = makeWorld({ format: 'v5', seed: 29, records: 60_000, files: 3 });
    const inputs = { 'flow-logs': world.logs, inventory: world.inventory, 'fail-on': 'none' };
    const [pooled, single] = await Promise.all([
      runAction({ node, inputs: { ...inputs, threads: '3' } }),
      runAction({ node, inputs: { ...inputs, threads: '1' } }),
    ]);
    expect([pooled.exitCode, single.exitCode], pooled.stdout + pooled.stderr).toEqual([0, 0]);
    const [a, b] = await Promise.all([
      readReport(pooled.outputs['report-path']),
      readReport(single.outputs['report-path']),
    ]);
    expect(a.input.records).toBe(world.truth.records);
    expect({ ...a.input, errors: [] }).toEqual({ ...b.input, errors: [] });
    expect(a.rules).toEqual(b.rules);
    expect(a.findings).toEqual(b.findings);
  });

  it('does not pass silently when a live source is given but no flow log can be read from it', async () => {
    const run = await runAction({
      node,
      inputs: {
        source: 's3://sgfa-no-such-bucket/flow-logs',
        region: 'us-east-1',
        'endpoint-url': 'http://127.0.0.1:9',
        lookback: '1d',
      },
      env: { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_MAX_ATTEMPTS: '1' },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(failures(run)).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
