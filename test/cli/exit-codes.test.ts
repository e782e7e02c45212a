/**
 * The command line's contract (docs/contract.md), checked on the bundled CLI (`node dist/cli.js`)
 * as a child process: exit 0 / 1 / 2, one line on standard error that names the flag, file or
 * worst finding (never a stack trace), and the four output formats.
 *
 * Every run has a fresh temp dir as its working directory, so no `.github/sg-flow-audit.yml` of
 * the checkout is picked up, and standard output is a pipe, not a terminal.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { repo } from '../helpers/action.js';
import { V2, v2, writeScenario, type ScenarioSpec } from '../helpers/scenario.js';

const CLI = join(repo, 'dist', 'cli.js');
const DEMO_LOGS = join(repo, 'examples', 'demo', 'logs');
const DEMO_INVENTORY = join(repo, 'examples', 'demo', 'inventory');
const DEMO = ['--flow-logs', DEMO_LOGS, '--inventory', DEMO_INVENTORY];

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The non-empty lines of standard error. */
  errorLines: string[];
}

/**
 * Waits for the bundle: `npm run build` deletes dist/ before it writes the new one, so a test
 * that starts during a rebuild sees it missing for a few seconds.
 */
beforeAll(async () => {
  const files = [CLI, join(repo, 'dist', 'cli', 'index.js'), join(repo, 'dist', 'worker.js')];
  for (let waited = 0; !files.every((f) => existsSync(f)); waited += 250) {
    if (waited >= 60_000)
      throw new Error(`${CLI} is missing: run 'npm run build' (the tests run the bundle)`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 90_000);

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sgfa-cli-'));
}

function cli(...args: string[]): CliRun {
  const out = spawnSync(process.execPath, [CLI, ...args], {
    cwd: scratch(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.error) throw out.error;
  return {
    status: out.status,
    stdout: out.stdout,
    stderr: out.stderr,
    errorLines: out.stderr.split('\n').filter((l) => l.trim() !== ''),
  };
}

const show = (run: CliRun) =>
  `exit ${run.status}\nstderr:\n${run.stderr}\nstdout:\n${run.stdout.slice(0, 2000)}`;

/** Exit 2, nothing on stdout, one line on stderr that matches every pattern, no stack trace. */
function expectUsageError(run: CliRun, ...patterns: (string | RegExp)[]): string {
  expect(run.status, show(run)).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.errorLines, show(run)).toHaveLength(1);
  expect(run.stderr.split('\n').filter((l) => /^\s+at /.test(l))).toEqual([]);
  expect(run.stderr).not.toMatch(/internal error/);
  const line = run.errorLines[0] as string;
  for (const p of patterns) {
    if (typeof p === 'string') expect(line).toContain(p);
    else expect(line).toMatch(p);
  }
  return line;
}

/** A copy of the demo inventory in a temp dir, with `security-groups.json` changed by `edit`. */
function demoInventoryWith(edit: (groups: { SecurityGroups: Record<string, unknown>[] }) => unknown): {
  dir: string;
  file: string;
} {
  const dir = join(scratch(), 'inventory');
  mkdirSync(dir);
  for (const name of ['security-groups.json', 'network-interfaces.json', 'security-group-rules.json'])
    copyFileSync(join(DEMO_INVENTORY, name), join(dir, name));
  const file = join(dir, 'security-groups.json');
  const groups = JSON.parse(readFileSync(file, 'utf8')) as { SecurityGroups: Record<string, unknown>[] };
  const edited = edit(groups);
  writeFileSync(file, typeof edited === 'string' ? edited : JSON.stringify(groups));
  return { dir, file };
}

/** One group with two rules from 10.0.0.0/8: 443 used by one address, 8080 unused. Worst: medium. */
const MEDIUM: ScenarioSpec = {
  groups: ['sg-app'],
  rules: [
    { group: 'sg-app', protocol: 'tcp', from: 443, cidr: '10.0.0.0/8' },
    { group: 'sg-app', protocol: 'tcp', from: 8080, cidr: '10.0.0.0/8' },
  ],
  interfaces: [{ id: 'eni-app', ips: ['10.0.1.10'], groups: ['sg-app'] }],
  lines: [v2('eni-app', '10.0.2.20', '10.0.1.10', 40000, 443)],
};

describe('exit 0 and 1: the run completed', () => {
  it('exits 0 on the demo with --fail-on none, and prints nothing on stderr', () => {
    const run = cli('analyze', ...DEMO, '--fail-on', 'none');
    expect(run.status, show(run)).toBe(0);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as Report).summary.findings.critical).toBeGreaterThanOrEqual(1);
  });

  it('exits 1 on the demo with the default --fail-on critical, with one line naming the worst finding', () => {
    const run = cli('analyze', ...DEMO, '--format', 'json');
    expect(run.status, show(run)).toBe(1);
    expect(run.errorLines, show(run)).toHaveLength(1);
    const report = JSON.parse(run.stdout) as Report;
    const critical = report.findings.filter((f) => f.severity === 'critical' && !f.suppressed);
    expect(critical.length).toBeGreaterThanOrEqual(1);
    const line = run.errorLines[0] as string;
    expect(line).toContain('critical');
    expect(critical.map((f) => f.title)).toContain(line.replace(/^.*critical finding: /, ''));
    // The demo's jump host has SSH open to 0.0.0.0/0.
    expect(
      critical.some(
        (f) =>
          f.type === 'open-admin-port' &&
          report.rules.some((r) => r.ruleId === f.ruleId && r.fromPort <= 22 && r.toPort >= 22),
      ),
    ).toBe(true);
  });

  it('--fail-on is a threshold: a medium worst finding fails at medium and below only', () => {
    const { logs, inventory } = writeScenario(MEDIUM);
    const at = (failOn: string) =>
      cli('analyze', '--flow-logs', logs, '--inventory', inventory, '--fail-on', failOn);

    const report = JSON.parse(at('none').stdout) as Report;
    const severities = new Set(report.findings.map((f) => f.severity));
    expect(severities.has('medium')).toBe(true);
    expect(severities.has('critical') || severities.has('high')).toBe(false);

    for (const failOn of ['critical', 'high']) {
      const run = at(failOn);
      expect(run.status, `--fail-on ${failOn}\n${show(run)}`).toBe(0);
      expect(run.stderr).toBe('');
    }
    for (const failOn of ['medium', 'low', 'info']) {
      const run = at(failOn);
      expect(run.status, `--fail-on ${failOn}\n${show(run)}`).toBe(1);
      expect(run.errorLines).toHaveLength(1);
      expect(run.errorLines[0]).toMatch(/medium finding: /);
    }
  });

  it('with only --inventory, SSH open to 0.0.0.0/0 fails the run and every rule of an attached group is unknown', () => {
    const run = cli('analyze', '--inventory', DEMO_INVENTORY, '--format', 'json');
    expect(run.status, show(run)).toBe(1);
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toMatch(/critical finding: /);

    const report = JSON.parse(run.stdout) as Report;
    expect(report.input.records).toBe(0);
    expect(report.findings.some((f) => f.type === 'open-admin-port' && f.severity === 'critical')).toBe(true);
    const { NetworkInterfaces } = JSON.parse(
      readFileSync(join(DEMO_INVENTORY, 'network-interfaces.json'), 'utf8'),
    ) as { NetworkInterfaces: { Groups: { GroupId: string }[] }[] };
    const attached = new Set(NetworkInterfaces.flatMap((n) => n.Groups.map((g) => g.GroupId)));
    const ofAttached = report.rules.filter((r) => attached.has(r.groupId));
    expect(ofAttached.length).toBeGreaterThan(0);
    expect(ofAttached.filter((r) => r.status !== 'unknown')).toEqual([]);
  });

  it('one good file and one truncated .gz: the run goes on, counts the good file and names the bad one', () => {
    const { logs, inventory } = writeScenario({ ...MEDIUM, lines: [] });
    const good = [
      V2,
      ...Array.from({ length: 40 }, (_, i) => v2('eni-app', `10.0.2.${i + 1}`, '10.0.1.10', 40000 + i, 443)),
    ];
    rmSync(join(logs, 'flows.log'));
    writeFileSync(join(logs, 'good.log.gz'), gzipSync(`${good.join('\n')}\n`));
    const whole = gzipSync(
      `${[V2, ...Array.from({ length: 2000 }, (_, i) => v2('eni-app', '10.9.9.9', '10.0.1.10', 40000 + i, 8080))].join('\n')}\n`,
    );
    const truncated = join(logs, 'truncated.log.gz');
    writeFileSync(truncated, whole.subarray(0, 20));

    const run = cli(
      'analyze',
      '--flow-logs',
      logs,
      '--inventory',
      inventory,
      '--format',
      'json',
      '--fail-on',
      'none',
    );
    expect(run.status, show(run)).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.input.records).toBe(40);
    expect(report.input.errors.map((e) => e.file)).toEqual([truncated]);
    expect(report.rules.find((r) => r.fromPort === 443)?.status).toBe('used');

    // The same run fails on its findings, not on the bad file.
    const strict = cli('analyze', '--flow-logs', logs, '--inventory', inventory, '--fail-on', 'medium');
    expect(strict.status, show(strict)).toBe(1);
  });

  it('a truncated .gz keeps the records before the cut', () => {
    const { logs, inventory } = writeScenario({ ...MEDIUM, lines: [] });
    const lines = [
      V2,
      ...Array.from({ length: 3000 }, (_, i) =>
        v2('eni-app', `10.0.${i % 200}.${i % 250}`, '10.0.1.10', 40000 + (i % 20000), 443),
      ),
    ];
    const whole = gzipSync(`${lines.join('\n')}\n`);
    rmSync(join(logs, 'flows.log'));
    writeFileSync(join(logs, 'cut.log.gz'), whole.subarray(0, Math.floor(whole.length / 2)));

    const run = cli(
      'analyze',
      '--flow-logs',
      logs,
      '--inventory',
      inventory,
      '--format',
      'json',
      '--fail-on',
      'none',
    );
    expect(run.status, show(run)).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.input.records).toBeGreaterThan(0);
    expect(report.input.records).toBeLessThan(3000);
    expect(report.input.errors.map((e) => e.file)).toEqual([join(logs, 'cut.log.gz')]);
  });
});

describe('exit 2: the run could not be done', () => {
  it('an unknown flag', () => {
    expectUsageError(cli('analyze', ...DEMO, '--bogus'), '--bogus');
  });

  it('--format xml', () => {
    expectUsageError(cli('analyze', ...DEMO, '--format', 'xml'), '--format', 'xml');
  });

  it('--fail-on sometimes', () => {
    expectUsageError(cli('analyze', ...DEMO, '--fail-on', 'sometimes'), '--fail-on', 'sometimes');
  });

  it('--threads 0', () => {
    expectUsageError(cli('analyze', ...DEMO, '--threads', '0'), '--threads');
  });

  it('an inventory dir that does not exist', () => {
    const missing = join(scratch(), 'no-such-inventory');
    expectUsageError(
      cli('analyze', '--flow-logs', DEMO_LOGS, '--inventory', missing),
      '--inventory',
      missing,
    );
  });

  it('invalid JSON in security-groups.json: the line names the file', () => {
    const { dir, file } = demoInventoryWith(() => '{"SecurityGroups": [');
    expectUsageError(cli('analyze', '--flow-logs', DEMO_LOGS, '--inventory', dir), file);
  });

  it('a field of the wrong type in security-groups.json: the line names the file and the field path', () => {
    const { dir, file } = demoInventoryWith((groups) => {
      const permissions = groups.SecurityGroups[1]?.['IpPermissions'] as Record<string, unknown>[];
      (permissions[0] as Record<string, unknown>)['FromPort'] = '22';
    });
    expectUsageError(
      cli('analyze', '--flow-logs', DEMO_LOGS, '--inventory', dir),
      file,
      'SecurityGroups[1].IpPermissions[0].FromPort',
    );

    const other = demoInventoryWith((groups) => {
      (groups.SecurityGroups[0] as Record<string, unknown>)['GroupId'] = 5;
    });
    expectUsageError(cli('analyze', '--inventory', other.dir), other.file, 'SecurityGroups[0].GroupId');
  });

  it('a --flow-logs path that does not exist', () => {
    const missing = join(scratch(), 'no-such-logs');
    expectUsageError(
      cli('analyze', '--flow-logs', missing, '--inventory', DEMO_INVENTORY),
      '--flow-logs',
      missing,
    );
  });

  it('a --flow-logs dir whose only file cannot be read', () => {
    const dir = join(scratch(), 'logs');
    mkdirSync(dir);
    const bad = join(dir, 'flows.log.gz');
    writeFileSync(bad, 'this is not gzip data\n');
    expectUsageError(
      cli('analyze', '--flow-logs', dir, '--inventory', DEMO_INVENTORY),
      '--flow-logs',
      'not one of 1 file(s) could be read',
      bad,
    );
  });

  it('a --config file with an unknown key', () => {
    const config = join(scratch(), 'sg-flow-audit.yml');
    writeFileSync(config, 'admin-ports: [22]\nno-such-setting: true\n');
    expectUsageError(cli('analyze', ...DEMO, '--config', config), '--config', config, 'no-such-setting');
  });

  it('analyze with nothing to analyze', () => {
    expectUsageError(cli('analyze'), '--flow-logs', '--inventory');
  });

  it('no arguments at all', () => {
    expectUsageError(cli());
  });
});

describe('output', () => {
  it('--format json, markdown, sarif and text each produce their format', () => {
    const json = cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'json');
    expect(json.status, show(json)).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.input.records).toBeGreaterThan(0);

    const sarif = cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'sarif');
    expect(sarif.status, show(sarif)).toBe(0);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: unknown[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);

    const markdown = cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'markdown');
    expect(markdown.status, show(markdown)).toBe(0);
    expect(markdown.stdout).toMatch(/^#{1,6} \S/);

    const text = cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'text');
    expect(text.status, show(text)).toBe(0);
    expect(text.stdout).toContain('Findings');
    expect(() => JSON.parse(text.stdout) as unknown).toThrow();
    // Not a terminal: no colour escapes.
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('defaults to json when stdout is not a terminal', () => {
    const run = cli('analyze', ...DEMO, '--fail-on', 'none');
    expect(run.status, show(run)).toBe(0);
    expect((JSON.parse(run.stdout) as Report).schemaVersion).toBe(1);
    expect(run.stdout).toBe(cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'json').stdout);
  });

  it('--output FILE writes the report there and prints nothing on stdout', () => {
    const file = join(scratch(), 'report.json');
    const run = cli('analyze', ...DEMO, '--format', 'json', '--output', file);
    expect(run.status, show(run)).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.errorLines).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(
      cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'json').stdout,
    );

    const sarif = join(scratch(), 'report.sarif');
    const second = cli('analyze', ...DEMO, '--fail-on', 'none', '--format', 'sarif', '--output', sarif);
    expect(second.status, show(second)).toBe(0);
    expect(second.stdout).toBe('');
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});

describe('--help and --version', () => {
  it("--help exits 0 and lists the commands; a command's --help lists its flags and examples", () => {
    const top = cli('--help');
    expect(top.status, show(top)).toBe(0);
    expect(top.stdout).toContain('Usage: sg-flow-audit [options] [command]');
    expect(top.stdout).toMatch(/^ {2}analyze \[options\] /m);
    expect(top.stderr).toBe('');
    for (const args of [
      ['analyze', '--help'],
      ['help', 'analyze'],
    ]) {
      const run = cli(...args);
      expect(run.status, show(run)).toBe(0);
      expect(run.stdout).toContain('Usage: sg-flow-audit analyze [options]');
      for (const flag of ['--flow-logs', '--inventory', '--format', '--output', '--fail-on', '--config'])
        expect(run.stdout).toContain(flag);
      expect(run.stdout).toContain('$ sg-flow-audit analyze --flow-logs ./AWSLogs --inventory inv');
      expect(run.stderr).toBe('');
    }
  });

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    const run = cli('--version');
    expect(run.status, show(run)).toBe(0);
    expect(run.stdout.trim()).toBe(version);
    expect(run.stderr).toBe('');
  });
});
