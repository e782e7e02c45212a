/**
 * Runs the bundled Action (`dist/index.js`) the way GitHub's runner runs a `node24` action: a
 * child process `node dist/index.js` in the workspace, with every input as `INPUT_<NAME>` (upper
 * case, spaces to underscores, hyphens kept: `INPUT_FAIL-ON`), the defaults of action.yml filled
 * in for inputs the step does not set, and fresh `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files
 * that are read back afterwards. The environment is built from scratch, as on a runner, so
 * nothing of the test process (or of a developer's AWS profile) leaks in.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACTION_BUNDLE = join(repo, 'dist', 'index.js');

interface ActionYaml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown } | null>;
  outputs?: Record<string, { description?: string } | null>;
  runs: { using: string; main: string };
}

/** action.yml, parsed. */
export function actionMetadata(): ActionYaml {
  return parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as ActionYaml;
}

/** The environment variable the runner sets for an input: `fail-on` → `INPUT_FAIL-ON`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** One workflow command printed on standard output, such as `::error title=T::message`. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every `::command …::message` line of stdout, unescaped. */
  commands: WorkflowCommand[];
  /** What the step wrote to `GITHUB_OUTPUT`. */
  outputs: Record<string, string>;
  /** What the step appended to `GITHUB_STEP_SUMMARY` ('' when nothing). */
  summary: string;
  summaryBytes: number;
  /** The step's `RUNNER_TEMP` (the default home of the report files). */
  runnerTemp: string;
  durationMs: number;
}

export interface RunActionOptions {
  /** The Node binary that runs the bundle (the runner's node24, or the machine's Node 20). */
  node: string;
  /** The step's `with:`; values are strings, as in a workflow. */
  inputs?: Record<string, string>;
  /** `GITHUB_WORKSPACE` and the working directory; default the repository. */
  workspace?: string;
  /** Extra environment (for example `AWS_*`). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * The step's `with:` plus action.yml's defaults, as the runner computes them. An input that
 * action.yml does not declare is an error here: the runner only warns ("Unexpected input(s)"),
 * and a test with a misspelt input would otherwise pass for the wrong reason.
 */
export function runnerInputs(given: Record<string, string>): Record<string, string> {
  const declared = actionMetadata().inputs ?? {};
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0)
    throw new Error(`input(s) ${unknown.join(', ')} not in action.yml (${Object.keys(declared).join(', ')})`);
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? (spec?.default === undefined ? undefined : String(spec.default));
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/**
 * Parses the file-command format `@actions/core` writes to `GITHUB_OUTPUT`: `name<<DELIMITER`,
 * the value's lines, `DELIMITER`; and the older one-line `name=value`. Throws on anything else,
 * as the runner fails the step on a malformed file.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`GITHUB_OUTPUT line ${i + 1} is not a command: ${line}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name}: no closing ${delimiter}`);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** The workflow commands (`::name k=v,k=v::message`) of a step's standard output. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1] as string, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

/** The minimal environment of a runner's step, with nothing inherited but PATH and HOME. */
function runnerEnvironment(files: { output: string; summary: string; temp: string; workspace: string }) {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? files.temp,
    TMPDIR: files.temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: join(files.temp, '_runner_file_commands', 'set_env'),
    GITHUB_PATH: join(files.temp, '_runner_file_commands', 'add_path'),
    GITHUB_STATE: join(files.temp, '_runner_file_commands', 'save_state'),
    GITHUB_ACTION: 'audit',
    GITHUB_ACTION_PATH: repo,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'example/infrastructure',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    RUNNER_TEMP: files.temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_DEBUG: '',
    // No real AWS account can be reached from a test, whatever the developer's machine has.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(files.temp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(files.temp, 'no-aws-credentials'),
  };
}

/**
 * Waits for `dist/index.js`: `npm run build` deletes dist/ before it writes the new bundle, so
 * a test that starts during a rebuild sees it missing for a few seconds.
 */
async function bundle(): Promise<string> {
  for (let waited = 0; !existsSync(ACTION_BUNDLE); waited += 250) {
    if (waited >= 30_000)
      throw new Error(
        `${ACTION_BUNDLE} is missing: run 'npm run build' (the tests run the committed bundle)`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
  return ACTION_BUNDLE;
}

const runnerTemps: string[] = [];

/** Removes the temp folders of every run so far (call it in `afterAll`). */
export async function removeRunnerTemps(): Promise<void> {
  await Promise.all(runnerTemps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Runs the Action once and collects what the runner would see. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const temp = await mkdtemp(join(tmpdir(), 'sgfa-runner-'));
  runnerTemps.push(temp);
  const files = {
    temp,
    workspace: options.workspace ?? repo,
    output: join(temp, '_runner_file_commands', 'set_output'),
    summary: join(temp, '_runner_file_commands', 'step_summary'),
  };
  await mkdir(dirname(files.output), { recursive: true });
  for (const file of [files.output, files.summary]) await writeFile(file, '');
  const env: Record<string, string> = { ...runnerEnvironment(files), ...options.env };
  for (const [name, value] of Object.entries(runnerInputs(options.inputs ?? {})))
    env[inputVariable(name)] = value;

  const script = await bundle();
  const started = Date.now();
  const child = spawn(options.node, [script], {
    cwd: files.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, sig) => done([code, sig]));
  }).finally(() => clearTimeout(timeout));

  const summary = await readFile(files.summary, 'utf8');
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    commands: parseWorkflowCommands(stdout),
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary,
    summaryBytes: Buffer.byteLength(summary),
    runnerTemp: temp,
    durationMs: Date.now() - started,
  };
}
