/**
 * The bundled Action (dist/index.js) end to end against moto, as GitHub's runner runs it, under
 * the machine's Node 20 and under Node 24 (action.yml's `runs.using`). A generated world (v5,
 * 20,000 records) is built in moto and its logs uploaded to S3 with AWS's key layout; the step
 * reads the groups from EC2 and the logs from `s3://bucket` with the real clock (the records are
 * dated 2026-11-19..26; the lookback reaches back to them from whatever day the test runs), and
 * must conclude what truth.json says.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { removeRunnerTemps, runAction, type ActionRun } from '../helpers/action.js';
import { MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { node24Path } from '../helpers/node-versions.js';
import { makeWorld, worldRuleId, type World } from '../helpers/world.js';
import { motoClients } from '../aws/aws-test-kit.js';
import { WINDOW_START } from '../helpers/world-generator.js';

/** From today back to a day before the world's first record. */
const LOOKBACK = `${Math.ceil((Date.now() / 1000 - WINDOW_START) / 86_400) + 1}d`;
import { generatedRuleId, putWorldInMoto, statusesByGeneratedId, type MotoWorld } from '../aws/moto-world.js';

const BUCKET = 'action-flow-logs';
/** The world's SSH rule open to 0.0.0.0/0 (used, by three addresses) and its legacy 1024-65535 rule. */
const SSH_RULE = worldRuleId('ssh');
const LEGACY_RULE = worldRuleId('appLegacy');

let moto: MotoServer;
let world: World;
let inMoto: MotoWorld;
let node24 = '';

beforeAll(async () => {
  [moto, node24] = await Promise.all([startMoto(), node24Path()]);
  world = makeWorld({ format: 'v5', seed: 7, records: 20_000 });
  inMoto = await putWorldInMoto(motoClients(moto), world, BUCKET);
}, 240_000);

afterAll(async () => {
  await moto?.stop();
  await removeRunnerTemps();
});

function audit(node: string, more: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    node,
    inputs: {
      source: `s3://${BUCKET}`,
      region: MOTO_REGION,
      'endpoint-url': moto.endpoint,
      lookback: LOOKBACK,
      ...more,
    },
    env: {
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
}

const describeRun = (run: ActionRun) =>
  `exit ${run.exitCode}\nstdout:\n${run.stdout.slice(-3000)}\nstderr:\n${run.stderr.slice(-3000)}`;

describe.each([
  ['Node 20', () => process.execPath],
  ['Node 24', () => node24],
])('the Action on %s against moto', (_name, node) => {
  it('fails on the SSH rule open to the world and reports what truth.json says', async () => {
    const run = await audit(node());
    expect(run.signal, describeRun(run)).toBeNull();
    expect(run.exitCode, describeRun(run)).toBe(1);

    // The step failed on a critical finding, with one error line that says so.
    const failure = run.commands.filter((c) => c.command === 'error' && c.message.startsWith('critical'));
    expect(failure.length, describeRun(run)).toBeGreaterThanOrEqual(1);
    expect(Number(run.outputs['critical'])).toBeGreaterThanOrEqual(1);
    const counts = ['critical', 'high', 'medium', 'low', 'info'].map((s) => Number(run.outputs[s]));
    expect(counts.every(Number.isInteger)).toBe(true);
    expect(Number(run.outputs['findings'])).toBe(counts.reduce((a, b) => a + b, 0));

    const reportPath = run.outputs['report-path'] as string;
    expect(reportPath).toBeTruthy();
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.input.records).toBe(world.truth.records);
    expect(report.input.files).toBe(inMoto.keys.length);
    expect(report.input.errors).toEqual([]);
    expect(report.summary.findings.critical).toBe(Number(run.outputs['critical']));

    const statuses = statusesByGeneratedId(inMoto, report.rules);
    expect(statuses[SSH_RULE]).toBe('used');
    expect(statuses[LEGACY_RULE]).toBe('unused');
    expect(statuses).toEqual(
      Object.fromEntries(Object.entries(world.truth.rules).map(([id, t]) => [id, t.status])),
    );
    // The critical findings are admin ports open to the world: SSH and RDP (the legacy
    // 1024-65535 rule from 0.0.0.0/0 reaches 3389 too).
    const critical = report.findings.filter((f) => f.severity === 'critical');
    expect(critical.map((f) => f.type)).toEqual(critical.map(() => 'open-admin-port'));
    const openAdmin = critical.map((f) => report.rules.find((r) => r.ruleId === f.ruleId));
    const openAdminRules = openAdmin.map((r) => r && generatedRuleId(inMoto, r));
    expect(openAdminRules).toContain(SSH_RULE);
    for (const id of world.truth.expect.openAdminPorts) expect(openAdminRules).toContain(id);
    expect(openAdminRules).toContain(LEGACY_RULE);

    const summaryPath = run.outputs['summary-path'] as string;
    expect(existsSync(summaryPath)).toBe(true);
    expect(statSync(summaryPath).size).toBeGreaterThan(0);
    expect(statSync(summaryPath).size).toBeLessThan(1024 * 1024);
    expect(run.summaryBytes).toBeGreaterThan(0);
    expect(run.summaryBytes).toBeLessThan(1024 * 1024);

    const sarifPath = run.outputs['sarif-path'] as string;
    expect(existsSync(sarifPath)).toBe(true);
    expect((JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });

  it('passes with fail-on: none, and still counts the critical findings', async () => {
    const run = await audit(node(), { 'fail-on': 'none' });
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(Number(run.outputs['critical'])).toBeGreaterThanOrEqual(1);
    const report = JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as Report;
    expect(report.input.records).toBe(world.truth.records);
  });
});
