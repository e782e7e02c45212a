/**
 * `mode: review` end to end: the bundled Action on a pull request fetches the base commit itself
 * (from a local "origin"), reviews the rule changes against the traffic, annotates the changed
 * line, writes the job summary, and keeps one comment on a local GitHub that validates every call.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/github-server/server.js';
import { removeRunnerTemps, runAction, type ActionRun } from '../helpers/action.js';
import { MAIN_TF, proposeWorld } from '../helpers/propose-world.js';

const OWNER = 'octo-org';
const REPO = 'infra';
const SSH = `  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

let fake: FakeGitHub;
let number: number;
const world = proposeWorld();

/** An origin with the base commit and the pull request's commit, and a clone at the latter. */
function repositories(): { workspace: string; event: string } {
  const origin = mkdtempSync(join(tmpdir(), 'sgfa-origin-'));
  git(origin, 'init', '-q', '-b', 'main');
  writeFileSync(join(origin, 'main.tf'), MAIN_TF);
  git(origin, 'add', 'main.tf');
  git(origin, 'commit', '-q', '-m', 'base');
  const base = git(origin, 'rev-parse', 'HEAD');
  writeFileSync(join(origin, 'main.tf'), MAIN_TF.replace(SSH, ''));
  git(origin, 'commit', '-q', '-am', 'drop the bastion SSH rule');
  const workspace = mkdtempSync(join(tmpdir(), 'sgfa-ws-'));
  git(workspace, 'clone', '-q', origin, '.');
  const event = join(workspace, '..', `event-${Date.now()}.json`);
  writeFileSync(event, JSON.stringify({ pull_request: { number, base: { sha: base, ref: 'main' } } }));
  return { workspace, event };
}

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.addRepository({ owner: OWNER, name: REPO, files: { 'main.tf': MAIN_TF } });
  number = fake.addPullRequest(OWNER, REPO, { head: 'main', title: 'Drop SSH', author: 'dev' }).number;
});

afterAll(async () => {
  await fake.stop();
  await removeRunnerTemps();
});

function review(readOnly = false): Promise<ActionRun> {
  if (readOnly) fake.makeTokenReadOnly();
  const { workspace, event } = repositories();
  return runAction({
    node: process.execPath,
    workspace,
    inputs: {
      mode: 'review',
      'flow-logs': world.inputs.flowLogs.join(','),
      inventory: world.inputs.inventory,
      config: world.inputs.config,
      'github-token': fake.token,
      'fail-on': 'high',
    },
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: fake.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    },
    timeoutMs: 120_000,
  });
}

describe('mode: review', () => {
  let run: ActionRun;

  it('fails a pull request that removes a rule traffic used, annotating the removed rule', async () => {
    run = await review();
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    const annotation = run.commands.find((c) => c.command === 'error' && c.properties['file'] === 'main.tf');
    expect(annotation?.properties['line']).toBe('5');
    expect(annotation?.properties['title']).toMatch(/^high: /);
    expect(annotation?.message).toContain('198.51.100.23');
    expect(run.stdout).toMatch(/^::error::high finding: /m);
    expect(run.outputs['review-findings']).toBe('1');
  }, 180_000);

  it('writes the review to the job summary and one comment on the pull request', () => {
    expect(run.summary).toContain('## sg-flow-audit review of the rule changes');
    expect(run.outputs['review-comment']).toBe('created');
    const comments = fake.repository(OWNER, REPO).comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('would');
    expect(fake.violations).toEqual([]);
  });

  it('leaves the one comment as it is on a second run', async () => {
    const second = await review();
    expect(second.exitCode).toBe(1);
    expect(second.outputs['review-comment']).toBe('unchanged');
    expect(fake.repository(OWNER, REPO).comments.filter((c) => c.issueNumber === number)).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  }, 180_000);

  it('works on a fork’s pull request with a read-only token: the summary has the review, no comment', async () => {
    number = fake.addPullRequest(OWNER, REPO, {
      head: 'main',
      title: 'From a fork',
      author: 'someone',
    }).number;
    const fork = await review(true);
    expect(fork.exitCode).toBe(1);
    expect(fork.outputs['review-comment']).toBe('read-only');
    expect(fork.summary).toContain('## sg-flow-audit review of the rule changes');
    expect(fake.repository(OWNER, REPO).comments.filter((c) => c.issueNumber === number)).toEqual([]);
    expect(fake.violations).toEqual([]);
  }, 180_000);
});
