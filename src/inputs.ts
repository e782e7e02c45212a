/**
 * The Action's inputs, read once into a typed object. The names are the CLI's options without
 * the leading dashes; lists are newline- or comma-separated.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { parseFailOn, type RunInputs } from './cli-args.js';
import { ConfigurationError } from './errors.js';
import { parseMaxParallel } from './fleet/flags.js';

/** What the step does: audit (the default), propose a pull request, or review one. */
export type ActionMode = 'audit' | 'propose' | 'review' | 'apply' | 'check-change';

/** The inputs of `mode: propose`. */
export interface ProposeInputs {
  githubToken: string;
  repoDir: string;
  terraformDir?: string;
  terraformState?: string;
  cloudformationStack?: string;
  branch: string;
  base?: string;
  reportFile: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
}

/** The inputs of `mode: apply`. */
export interface ApplyInputs {
  /** A JSON report to carry out; default the report this step makes. */
  plan?: string;
  dryRun: boolean;
  allGroups: boolean;
  maxChanges: number;
  withAclDenies: boolean;
}

/** The inputs of `mode: check-change`. */
export interface CheckChangeInputs {
  since?: string;
  journal?: string;
  beforeInventory?: string;
}

export interface ActionInputs extends RunInputs {
  mode: ActionMode;
  propose: ProposeInputs;
  apply: ApplyInputs;
  checkChange: CheckChangeInputs;
  /** mode review: the base branch's tree, when it is checked out already. */
  baseDir?: string;
  /** Where the JSON report is written. */
  reportPath: string;
  /** Where the SARIF log is written; empty to skip it. */
  sarifPath: string;
  /** Whether to write the job summary and annotations. */
  summary: boolean;
  annotations: boolean;
}

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigurationError(`input ${name}: expected true or false, got '${value}'`);
}

/**
 * `regions`, `accounts`, `role-name`, `organization`, `max-parallel`: a run over many accounts
 * and regions (checked with the other flags by src/fleet/flags.ts). `check-change` looks at one
 * account's change, so it does not take them.
 */
function readFleetInputs(inputs: ActionInputs): void {
  const regions = list('regions');
  const accounts = list('accounts');
  const roleName = optional('role-name');
  const organization = flag('organization', false);
  const maxParallel = optional('max-parallel');
  if (regions.length > 0) inputs.regions = regions;
  if (accounts.length > 0) inputs.accounts = accounts;
  if (roleName !== undefined) inputs.roleName = roleName;
  if (organization) inputs.organization = true;
  if (maxParallel !== undefined) inputs.maxParallel = parseMaxParallel(maxParallel, 'input max-parallel');
  if (
    inputs.mode === 'check-change' &&
    (regions.length > 0 || accounts.length > 0 || organization || roleName !== undefined)
  )
    throw new ConfigurationError(
      'mode check-change reads one account and region: leave out regions, accounts, role-name and organization',
    );
}

/**
 * `engine` and the `athena-*` inputs: the window's records aggregated by Athena or Logs Insights
 * where they live (docs/aggregates.md), checked with the live inputs by liveOptionsFrom.
 */
function readEngineInputs(inputs: ActionInputs): void {
  const engine = optional('engine');
  if (engine !== undefined) inputs.engine = engine;
  const athena: NonNullable<ActionInputs['athena']> = {};
  const given = (key: keyof typeof athena, value: string | undefined) => {
    if (value !== undefined) (athena as Record<string, unknown>)[key] = value;
  };
  given('table', optional('athena-table'));
  given('workgroup', optional('athena-workgroup'));
  given('output', optional('athena-output'));
  given('storage', optional('athena-storage'));
  given('partition', optional('athena-partition'));
  if (flag('athena-create-table', false)) athena.createTable = true;
  if (Object.keys(athena).length > 0) inputs.athena = athena;
}

export function readInputs(): ActionInputs {
  // First, so that no message about a bad input can show the token before it is masked.
  const token = core.getInput('github-token').trim();
  if (token !== '') core.setSecret(token);
  const tempDir = process.env['RUNNER_TEMP'] ?? process.cwd();
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const resolve = (p: string) => (p.startsWith('/') ? p : join(workspace, p));
  const threads = optional('threads');
  if (threads !== undefined && (!/^\d+$/.test(threads) || Number(threads) < 1 || Number(threads) > 64))
    throw new ConfigurationError(`input threads: expected a number from 1 to 64, got '${threads}'`);
  const mode = optional('mode') ?? 'audit';
  if (
    mode !== 'audit' &&
    mode !== 'propose' &&
    mode !== 'review' &&
    mode !== 'apply' &&
    mode !== 'check-change'
  )
    throw new ConfigurationError(
      `input mode: expected audit, propose, review, apply or check-change, got '${mode}'`,
    );
  const checkChange: CheckChangeInputs = {};
  const since = optional('since');
  const journal = optional('journal');
  const beforeInventory = optional('before-inventory');
  if (since !== undefined) checkChange.since = since;
  if (journal !== undefined) checkChange.journal = resolve(journal);
  if (beforeInventory !== undefined) checkChange.beforeInventory = resolve(beforeInventory);
  const maxChanges = optional('max-changes') ?? '10';
  if (!/^\d+$/.test(maxChanges) || Number(maxChanges) < 1)
    throw new ConfigurationError(
      `input max-changes: expected a whole number of at least 1, got '${maxChanges}'`,
    );
  const apply: ApplyInputs = {
    dryRun: flag('dry-run', false),
    allGroups: flag('all-groups', false),
    maxChanges: Number(maxChanges),
    withAclDenies: flag('with-acl-denies', false),
  };
  const plan = optional('plan');
  if (plan !== undefined) apply.plan = resolve(plan);
  const propose: ProposeInputs = {
    githubToken: optional('github-token') ?? '',
    repoDir: resolve(optional('repo-dir') ?? '.'),
    branch: optional('proposal-branch') ?? 'sg-flow-audit/proposals',
    reportFile: optional('proposal-report-file') ?? '.sg-flow-audit/proposals.md',
    labels: list('labels'),
    reviewers: list('reviewers'),
    teamReviewers: list('team-reviewers'),
  };
  const terraformDir = optional('terraform-dir');
  const terraformState = optional('terraform-state');
  const cloudformationStack = optional('cloudformation-stack');
  const base = optional('base');
  if (terraformDir !== undefined) propose.terraformDir = terraformDir;
  if (terraformState !== undefined) propose.terraformState = resolve(terraformState);
  if (cloudformationStack !== undefined) propose.cloudformationStack = resolve(cloudformationStack);
  if (base !== undefined) propose.base = base;
  const inputs: ActionInputs = {
    mode,
    propose,
    apply,
    checkChange,
    flowLogs: list('flow-logs').map(resolve),
    securityGroupIds: list('security-group-ids'),
    failOn: parseFailOn(optional('fail-on') ?? 'critical', 'input fail-on'),
    reportPath: resolve(optional('report-path') ?? join(tempDir, 'sg-flow-audit', 'report.json')),
    sarifPath:
      optional('sarif-path') === 'none'
        ? ''
        : resolve(optional('sarif-path') ?? join(tempDir, 'sg-flow-audit', 'report.sarif')),
    summary: flag('summary', true),
    annotations: flag('annotations', true),
  };
  const set = (key: keyof ActionInputs, value: string | undefined) => {
    if (value !== undefined) (inputs as unknown as Record<string, unknown>)[key] = value;
  };
  set('inventory', optional('inventory') && resolve(optional('inventory') as string));
  set('region', optional('region'));
  set('source', optional('source'));
  set('lookback', optional('lookback'));
  set('vpcId', optional('vpc-id'));
  set('endpointUrl', optional('endpoint-url'));
  set('config', optional('config') && resolve(optional('config') as string));
  set('logFormat', optional('log-format'));
  if (threads !== undefined) inputs.threads = Number(threads);
  readFleetInputs(inputs);
  readEngineInputs(inputs);
  const baseDir = optional('base-dir');
  if (baseDir !== undefined) inputs.baseDir = resolve(baseDir);
  return inputs;
}
