/**
 * Tokens and credentials never reach the log, the reports or the pull request: the Action, run
 * in-process from the sources (src/main.ts) with the environment a runner gives a step, registers
 * the GitHub token and the AWS credentials as secrets before it prints anything else, and none of
 * them appears in what it writes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/main.js';
import { inputVariable, parseWorkflowCommands, runnerInputs } from '../helpers/action.js';
import { FakeGitHub } from '../helpers/github-server/server.js';
import { freshCheckout, MAIN_TF, proposeWorld } from '../helpers/propose-world.js';

const OWNER = 'octo-org';
const REPO = 'infra';
const BRANCH = 'sg-flow-audit/proposals';
// Long and unlike anything else a run prints, so that a leak anywhere is found by a substring.
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEYsecret0';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENsecret0';
const ACCESS_KEY_ID = 'AKIAEXAMPLEKEYID0001';
const PROXY_PASSWORD = 'Pr0xy-Passw0rd-Secret';
const SECRETS = [SECRET_ACCESS_KEY, SESSION_TOKEN, ACCESS_KEY_ID, PROXY_PASSWORD];

interface InProcessRun {
  stdout: string;
  /** What `core.setFailed` left: 1 when the step failed. */
  exitCode: number | string | undefined;
  temp: string;
  outputFile: string;
  summaryFile: string;
}

const saved = { ...process.env };
const temps: string[] = [];
let fake: FakeGitHub;
const world = proposeWorld();

beforeAll(async () => {
  fake = await FakeGitHub.start('ghs_SecretInstallationToken0123456789abcdef');
  fake.addRepository({ owner: OWNER, name: REPO, files: { 'main.tf': MAIN_TF } });
});

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

afterAll(async () => {
  await fake.stop();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Runs `run()` as the runner would start the step: its inputs and files in the environment. */
async function runInProcess(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<InProcessRun> {
  const temp = await mkdtemp(join(tmpdir(), 'sgfa-secrets-'));
  temps.push(temp);
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
  for (const [name, value] of Object.entries(runnerInputs(inputs))) process.env[inputVariable(name)] = value;
  Object.assign(process.env, {
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
    AWS_SESSION_TOKEN: SESSION_TOKEN,
    AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
    // Not used by these runs (the fake GitHub is http, the flow logs are files), only masked.
    HTTPS_PROXY: `http://ci:${PROXY_PASSWORD}@proxy.example.com:3128`,
    ...env,
  });
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return { stdout, exitCode: process.exitCode ?? undefined, temp, outputFile, summaryFile };
}

/** Every file under a folder, as text. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[path] = readFileSync(path, 'utf8');
  }
  return out;
}

function expectMaskedFirst(stdout: string, secrets: string[]): void {
  const lines = stdout.split('\n').filter(Boolean);
  // Before any other line, so that nothing printed earlier can show them.
  expect(lines.slice(0, secrets.length).sort()).toEqual(secrets.map((s) => `::add-mask::${s}`).sort());
  const rest = lines.slice(secrets.length).join('\n');
  for (const secret of secrets) expect(rest).not.toContain(secret);
}

describe('secrets in mode: propose', () => {
  let result: InProcessRun;

  beforeAll(async () => {
    result = await runInProcess(
      {
        mode: 'propose',
        'flow-logs': world.inputs.flowLogs.join(','),
        inventory: world.inputs.inventory,
        config: world.inputs.config,
        'github-token': fake.token,
        'fail-on': 'none',
      },
      {
        GITHUB_WORKSPACE: freshCheckout(),
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_API_URL: fake.url,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_REF: 'refs/heads/main',
      },
    );
  }, 120_000);

  it('opens the pull request with the token, so the token was used', () => {
    expect(result.exitCode, result.stdout).toBeUndefined();
    expect(readFileSync(result.outputFile, 'utf8')).toContain('pull-request-operation<<');
    expect(fake.repository(OWNER, REPO).pulls).toHaveLength(1);
  });

  it('masks the token, the AWS credentials and the proxy password before it prints anything else', () => {
    expectMaskedFirst(result.stdout, [fake.token, ...SECRETS]);
  });

  it('writes none of them into the report, summary, outputs or the pull request', () => {
    const written = {
      ...filesUnder(result.temp),
      body: fake.repository(OWNER, REPO).pulls[0]?.body ?? '',
      ...fake.filesOn(OWNER, REPO, BRANCH),
    };
    expect(Object.keys(written)).toEqual(
      expect.arrayContaining([
        join(result.temp, 'sg-flow-audit', 'report.json'),
        join(result.temp, 'sg-flow-audit', 'report.html'),
        join(result.temp, 'sg-flow-audit', 'summary.md'),
        result.summaryFile,
        '.sg-flow-audit/proposals.md',
      ]),
    );
    for (const [file, text] of Object.entries(written)) {
      for (const secret of [fake.token, ...SECRETS])
        expect(text.includes(secret), `${file} holds a secret`).toBe(false);
    }
  });
});

describe('secrets when the inputs are wrong', () => {
  it('masks the token before the line that fails the step', async () => {
    const token = 'ghp_PersonalAccessTokenOfSomeone0123456789';
    const result = await runInProcess(
      { 'github-token': token, inventory: world.inputs.inventory, threads: 'many' },
      { GITHUB_WORKSPACE: freshCheckout() },
    );

    expectMaskedFirst(result.stdout, [token, ...SECRETS]);
    expect(result.exitCode).toBe(1);
    expect(parseWorkflowCommands(result.stdout).filter((c) => c.command === 'error')).toEqual([
      {
        command: 'error',
        properties: {},
        message: "input threads: expected a number from 1 to 64, got 'many'",
      },
    ]);
  });

  it('registers nothing when there is nothing to hide', async () => {
    const result = await runInProcess(
      { 'github-token': '', 'fail-on': 'none' },
      {
        GITHUB_WORKSPACE: freshCheckout(),
        AWS_SECRET_ACCESS_KEY: '',
        AWS_SESSION_TOKEN: '',
        AWS_ACCESS_KEY_ID: '',
        HTTPS_PROXY: 'http://proxy.example.com:3128',
      },
    );

    expect(result.stdout).not.toContain('::add-mask::');
  });
});
