/**
 * The Action's documentation against its sources: the README's tables and example workflows
 * are what scripts/action-docs.mjs generates from action.yml and docs/workflows/, every input
 * of action.yml is read by src/inputs.ts (and nothing else is), and the example workflows use
 * only inputs and outputs that exist, and do what they say when run.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionMetadata, removeRunnerTemps, repo, runAction } from '../helpers/action.js';
import { groupId, writeInventory } from './inventory.js';

const action = actionMetadata();
const inputNames = Object.keys(action.inputs ?? {});
const outputNames = Object.keys(action.outputs ?? {});

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflowDir = join(repo, 'docs', 'workflows');
const workflows = readdirSync(workflowDir)
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(workflowDir, file), 'utf8');
    return { file, text, workflow: parse(text) as Workflow };
  });
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
/** A step that runs this Action (published as OWNER/sg-flow-audit@REF, or ./ from a checkout). */
const isThisAction = (step: Step) =>
  step.uses !== undefined && (/^[\w.-]+\/sg-flow-audit@/.test(step.uses) || step.uses === './');

afterAll(removeRunnerTemps);

describe('the README', () => {
  it('is what scripts/action-docs.mjs generates from action.yml and docs/workflows (--check passes)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(repo, 'scripts', 'action-docs.mjs'),
      '--check',
    ]);
    expect(stdout).toContain('up to date');
  });

  it('lists every input and output of action.yml', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    for (const name of [...inputNames, ...outputNames]) expect(readme).toContain(`| \`${name}\``);
  });
});

describe('src/inputs.ts and action.yml', () => {
  const source = readFileSync(join(repo, 'src', 'inputs.ts'), 'utf8');
  /** The names passed to the input readers: list('flow-logs'), optional('region'), flag('summary', …). */
  const read = new Set(
    [...source.matchAll(/\b(?:list|optional|flag|core\.getInput|core\.getBooleanInput)\(\s*'([^']+)'/g)].map(
      (m) => m[1] as string,
    ),
  );

  it('every input of action.yml is read by name in src/inputs.ts', () => {
    expect(inputNames.length).toBeGreaterThan(10);
    expect(inputNames.filter((name) => !read.has(name))).toEqual([]);
  });

  it('src/inputs.ts reads no input that action.yml does not declare', () => {
    expect([...read].filter((name) => !inputNames.includes(name))).toEqual([]);
  });

  it('action.yml runs the bundle on node24, and declares the contract outputs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(outputNames).toEqual(
      expect.arrayContaining([
        'findings',
        'critical',
        'high',
        'medium',
        'low',
        'info',
        'report-path',
        'sarif-path',
      ]),
    );
  });
});

describe.each(workflows)('docs/workflows/$file', ({ text, workflow }) => {
  it('has a permissions block and uses this Action with inputs that action.yml declares', () => {
    expect(workflow.permissions ?? Object.values(workflow.jobs)[0]?.permissions).toBeTypeOf('object');
    const audits = steps(workflow).filter(isThisAction);
    expect(audits.length).toBeGreaterThan(0);
    for (const step of audits) {
      expect(Object.keys(step.with ?? {}).filter((name) => !inputNames.includes(name))).toEqual([]);
      for (const value of Object.values(step.with ?? {})) expect(typeof value).toBe('string');
    }
  });

  it('refers only to outputs the Action has', () => {
    const ids = new Set(
      steps(workflow)
        .filter(isThisAction)
        .map((s) => s.id),
    );
    const refs = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)];
    for (const [ref, id, output] of refs) {
      expect(ids.has(id), ref).toBe(true);
      expect(outputNames, ref).toContain(output);
    }
  });
});

describe('the nightly example', () => {
  const nightly = workflows.find((w) => w.file === 'nightly-audit.yml')?.workflow as Workflow;

  it('assumes a role with OIDC and uploads the SARIF log even when the audit fails', () => {
    expect(nightly.permissions).toMatchObject({
      'id-token': 'write',
      contents: 'read',
      'security-events': 'write',
    });
    expect(nightly.on).toHaveProperty('schedule');
    const all = steps(nightly);
    const credentials = all.find((s) => s.uses === 'aws-actions/configure-aws-credentials@v4');
    expect(credentials?.with?.['role-to-assume']).toMatch(/^arn:aws:iam::.+:role\//);
    const audit = all.find(isThisAction);
    expect(audit?.with).toMatchObject({ source: 'auto', lookback: '7d' });
    expect(audit?.with?.['region']).toBeTruthy();
    expect(all.indexOf(credentials as Step)).toBeLessThan(all.indexOf(audit as Step));
    const upload = all.find((s) => s.uses === 'github/codeql-action/upload-sarif@v3');
    expect(upload?.with?.['sarif_file']).toBe(`\${{ steps.${audit?.id}.outputs.sarif-path }}`);
    expect(upload?.if).toContain('always()');
  });
});

describe('the pull-request example, run as written', () => {
  const example = workflows.find((w) => w.file === 'pull-request-check.yml')?.workflow as Workflow;
  const inputs = steps(example).find(isThisAction)?.with as Record<string, string>;
  let workspace: string;
  afterAll(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it('fails on a snapshot with SSH open to the world, and passes once it is closed', async () => {
    expect(inputs).toEqual({ inventory: 'security-groups/', 'fail-on': 'critical' });
    workspace = await mkdtemp(join(tmpdir(), 'sgfa-pr-'));
    const snapshot = join(workspace, 'security-groups');
    await writeInventory(snapshot, [
      { id: groupId(1), ingress: [{ protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' }] },
    ]);
    const open = await runAction({ node: process.execPath, workspace, inputs });
    expect(open.exitCode, open.stdout).toBe(1);
    expect(open.stdout).toMatch(/^::error::critical finding: Admin port 22 open to the internet/m);

    await writeInventory(snapshot, [
      { id: groupId(1), ingress: [{ protocol: 'tcp', from: 22, cidr: '10.0.0.0/8' }] },
    ]);
    const closed = await runAction({ node: process.execPath, workspace, inputs });
    expect(closed.exitCode, closed.stdout).toBe(0);
  });
});

describe('the IAM policy in the README', () => {
  // Reads, and the queries of --engine athena|insights: Athena reads the table through Glue and
  // writes its result only to the results location the policy names.
  it('is the one docs/iam-policy.md explains, and valid JSON naming only read actions', () => {
    const policyOf = (file: string) =>
      /```json\n([\s\S]*?)\n```/.exec(readFileSync(join(repo, file), 'utf8'))?.[1];
    const readme = policyOf('README.md');
    expect(readme).toBe(policyOf('docs/iam-policy.md'));
    const actions = (
      JSON.parse(readme ?? '{}') as { Statement: { Action: string | string[] }[] }
    ).Statement.flatMap((s) => s.Action);
    expect(actions.length).toBeGreaterThan(0);
    expect(
      actions.every((a) =>
        /^(ec2:(Describe|Get)|s3:(ListBucket|GetObject)$|logs:(FilterLogEvents|StartQuery|GetQueryResults)$|sts:AssumeRole$|organizations:ListAccounts$|athena:(StartQueryExecution|GetQueryExecution)$|glue:Get|s3:(GetBucketLocation|ListBucketMultipartUploads|PutObject|AbortMultipartUpload|ListMultipartUploadParts)$)/.test(
          a,
        ),
      ),
    ).toBe(true);
  });
});
