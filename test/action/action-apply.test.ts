/**
 * `mode: apply` end to end: the bundled Action carries a reviewed report out against moto, with
 * the plan printed first, a dry run that changes nothing, a journal under RUNNER_TEMP that the
 * CLI's revert undoes, and a refusal on pull requests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeRunnerTemps, repo, runAction } from '../helpers/action.js';
import { MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { motoClients } from '../aws/aws-test-kit.js';
import {
  buildApplyWorld,
  reportOf,
  rulesWithoutIds,
  standardFindings,
  type ApplyWorld,
} from '../aws/apply/apply-kit.js';

let moto: MotoServer;
let ec2: EC2Client;
let w: ApplyWorld;
let plan: string;
const groups = () => [w.web, w.db, w.legacy];

beforeAll(async () => {
  moto = await startMoto();
  ec2 = motoClients(moto).ec2;
  w = await buildApplyWorld(ec2);
  plan = join(mkdtempSync(join(tmpdir(), 'sgfa-apply-')), 'report.json');
  writeFileSync(plan, JSON.stringify(reportOf(w, standardFindings(w)), null, 2));
}, 240_000);

afterAll(async () => {
  await moto?.stop();
  await removeRunnerTemps();
});

function apply(inputs: Record<string, string>, event = 'workflow_dispatch') {
  return runAction({
    node: process.execPath,
    inputs: { mode: 'apply', plan, region: MOTO_REGION, 'endpoint-url': moto.endpoint, ...inputs },
    env: { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', GITHUB_EVENT_NAME: event },
    timeoutMs: 120_000,
  });
}

describe('mode: apply', () => {
  it('prints the plan and changes nothing on a dry run', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const run = await apply({ 'dry-run': 'true' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ +revoke sg-\S+ sgr-\S+ +# /m);
    expect(run.outputs['apply-status']).toBe('done');
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  }, 180_000);

  it('carries the plan out with a journal that revert undoes', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const run = await apply({});
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const journal = run.outputs['journal-path'] as string;
    expect(existsSync(journal)).toBe(true);
    expect(await rulesWithoutIds(ec2, groups())).not.toEqual(before);
    const revert = spawnSync(
      process.execPath,
      [
        join(repo, 'dist', 'cli.js'),
        'revert',
        journal,
        '--region',
        MOTO_REGION,
        '--endpoint-url',
        moto.endpoint,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' },
      },
    );
    expect(revert.status, revert.stderr).toBe(0);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  }, 180_000);

  it('refuses to run on a pull request, before reading anything', async () => {
    const run = await apply({}, 'pull_request');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::mode apply does not run on pull_request: /m);
  }, 180_000);
});
