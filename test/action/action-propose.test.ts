/**
 * `mode: propose` end to end: the bundled Action edits the checked-out Terraform and keeps one pull
 * request current on a local GitHub that validates every call against GitHub's OpenAPI description.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/github-server/server.js';
import { removeRunnerTemps, runAction, type ActionRun } from '../helpers/action.js';
import { freshCheckout, MAIN_TF, proposeWorld } from '../helpers/propose-world.js';

const OWNER = 'octo-org';
const REPO = 'infra';
const BRANCH = 'sg-flow-audit/proposals';

let fake: FakeGitHub;
const world = proposeWorld();

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.addRepository({ owner: OWNER, name: REPO, files: { 'main.tf': MAIN_TF } });
});

afterAll(async () => {
  await fake.stop();
  await removeRunnerTemps();
});

function propose(event = 'schedule'): Promise<ActionRun> {
  return runAction({
    node: process.execPath,
    workspace: freshCheckout(),
    inputs: {
      mode: 'propose',
      'flow-logs': world.inputs.flowLogs.join(','),
      inventory: world.inputs.inventory,
      config: world.inputs.config,
      'github-token': fake.token,
      labels: 'security',
      'fail-on': 'none',
    },
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: fake.url,
      GITHUB_EVENT_NAME: event,
      GITHUB_REF: 'refs/heads/main',
    },
    timeoutMs: 120_000,
  });
}

describe('mode: propose', () => {
  let first: ActionRun;

  it('opens one pull request that edits the Terraform and commits the full proposal', async () => {
    first = await propose();
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs['pull-request-operation']).toBe('created');
    const number = Number(first.outputs['pull-request-number']);
    const pull = fake.repository(OWNER, REPO).pulls.find((p) => p.number === number);
    expect(first.outputs['pull-request-url']).toMatch(new RegExp(`/${OWNER}/${REPO}/pull/${number}$`));
    expect(pull?.labels.map((l) => l.name)).toEqual(['security']);
    expect(pull?.title).toBe('sg-flow-audit: 4 security-group rule change(s) from the flow logs');
    expect(pull?.body).toContain('| tcp 22 198.51.100.23/32, tcp 22 198.51.100.24/32 |');
    const files = fake.filesOn(OWNER, REPO, BRANCH);
    expect(Object.keys(files).sort()).toEqual(['.sg-flow-audit/proposals.md', 'main.tf']);
    expect(files['main.tf']).toContain('cidr_blocks = ["198.51.100.23/32", "198.51.100.24/32"]');
    expect(files['main.tf']).not.toBe(MAIN_TF);
    expect(fake.violations).toEqual([]);
  }, 180_000);

  it('changes nothing when run again on the same base and traffic', async () => {
    const head = fake.branchHead(OWNER, REPO, BRANCH);
    const again = await propose();
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.outputs['pull-request-operation']).toBe('none');
    expect(again.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
    expect(fake.branchHead(OWNER, REPO, BRANCH)).toBe(head);
    expect(fake.violations).toEqual([]);
  }, 180_000);

  it('writes the HTML report beside the JSON one', () => {
    const html = readFileSync(first.outputs['html-path'] as string, 'utf8');
    expect(first.outputs['html-path']).toBe(
      join(first.outputs['report-path'] as string).replace(/\.json$/, '.html'),
    );
    expect(html).toMatch(/^<!doctype html>/i);
  });

  it('refuses to run on a pull_request_target event, with one clear line', async () => {
    const run = await propose('pull_request_target');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::mode propose does not run on pull_request_target: run it on schedule, workflow_dispatch or push/m,
    );
    expect(fake.repository(OWNER, REPO).pulls).toHaveLength(1);
  }, 180_000);
});
