/**
 * The Action (src/main.ts, run in this process so that it is the source under test, not the
 * committed bundle) on an inventory whose group names, descriptions and tags are the hostile
 * strings of test/report/hostile.ts, and a flow-log file whose name holds a line feed and a
 * `::add-mask::` command and whose damaged line quotes an ANSI sequence. What it writes to
 * standard output is what a runner reads: every line that starts a workflow command must be one
 * the Action means (its annotations and its failure), nothing else; the job summary and the SARIF
 * file show the strings escaped.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { run } from '../../src/main.js';
import { planAnnotations } from '../../src/report/annotations.js';
import type { SarifLog } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/types.js';
import { inputVariable, parseOutputFile, parseWorkflowCommands, runnerInputs } from '../helpers/action.js';
import { HOSTILE, hostileGroupId } from './hostile.js';

/** The step's token: the one value the Action itself asks the runner to mask. */
const TOKEN = 'ghs_injectionTestToken0000';
/** The log file's name: a line feed, then a command of its own. */
const LOG_FILE = 'flows\n::add-mask::secret.log';
const HEADER =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
const DAMAGED =
  '2 111122223333 eni-0hostile000000001 10.9.0.10 10.9.0.20 \u001b[31mred\u001b[0m 8443 6 1 40 1763510400 1763510460 ACCEPT OK';

interface Run {
  stdout: string;
  exitCode: number | string | null | undefined;
  outputs: Record<string, string>;
  summary: string;
  report: Report;
  sarif: string;
}

let dir: string;
let result: Run;

/** Runs the Action with `inputs` in a fresh runner environment, restoring this process's after. */
async function runInProcess(inputs: Record<string, string>): Promise<Run> {
  const temp = join(dir, 'runner');
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary') };
  await mkdir(temp, { recursive: true });
  for (const file of Object.values(files)) await writeFile(file, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'example/infrastructure',
    RUNNER_TEMP: temp,
    RUNNER_DEBUG: '',
    // No credentials of this machine: the Action masks those it finds, and none is expected.
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_SESSION_TOKEN: '',
  };
  for (const [name, value] of Object.entries(runnerInputs(inputs))) env[inputVariable(name)] = value;
  await mkdir(env['GITHUB_WORKSPACE'] as string, { recursive: true });
  const saved = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  const exitCode = process.exitCode;
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    Object.assign(process.env, env);
    await run();
    const outputs = parseOutputFile(await readFile(files.output, 'utf8'));
    return {
      stdout,
      exitCode: process.exitCode,
      outputs,
      summary: await readFile(files.summary, 'utf8'),
      report: JSON.parse(await readFile(outputs['report-path'] ?? '', 'utf8')) as Report,
      sarif: await readFile(outputs['sarif-path'] ?? '', 'utf8'),
    };
  } finally {
    spy.mockRestore();
    process.exitCode = exitCode;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sgfa-injection-'));
  const inventory = join(dir, 'inventory');
  const logs = join(dir, 'logs');
  await mkdir(inventory, { recursive: true });
  await mkdir(logs, { recursive: true });
  // Groups attached to nothing: each is an unattached-group finding that quotes its name.
  const groups = HOSTILE.map((h, index) => ({
    GroupId: hostileGroupId(index),
    GroupName: h.value,
    Description: h.value,
    VpcId: 'vpc-0hostile00000001',
    OwnerId: '111122223333',
    Tags: [{ Key: 'Name', Value: h.value }],
    IpPermissions: [
      {
        IpProtocol: 'tcp',
        FromPort: 8443,
        ToPort: 8443,
        IpRanges: [{ CidrIp: '10.9.0.0/16', Description: h.value }],
        Ipv6Ranges: [],
        PrefixListIds: [],
        UserIdGroupPairs: [],
      },
    ],
    IpPermissionsEgress: [],
  }));
  await writeFile(join(inventory, 'security-groups.json'), JSON.stringify({ SecurityGroups: groups }));
  await writeFile(join(inventory, 'network-interfaces.json'), JSON.stringify({ NetworkInterfaces: [] }));
  await writeFile(join(logs, LOG_FILE), `${HEADER}\n${DAMAGED}\n`);
  result = await runInProcess({ inventory, 'flow-logs': logs, 'fail-on': 'low', 'github-token': TOKEN });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Action on hostile names and a hostile log file name', () => {
  test('every line that starts a workflow command is one the Action means: the mask, annotations, the failure', () => {
    const commandLines = result.stdout.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
    const failing = result.report.findings.find((f) => f.type === 'unattached-group');
    const expected = [
      { command: 'add-mask', properties: {}, message: TOKEN },
      ...planAnnotations(result.report, { reserveErrors: 1 }).map((a) => ({
        command: a.level,
        properties: { title: a.title },
        message: a.message,
      })),
      {
        command: 'error',
        properties: {},
        message: expect.stringMatching(
          /^low finding: Unattached group sg-0hostile\d{9} \(.*\) \(sg-0hostile\d{9}\)$/,
        ),
      },
    ];
    expect(commandLines, commandLines.join('\n')).toHaveLength(expected.length);
    expect(parseWorkflowCommands(result.stdout)).toEqual(expected);
    expect(
      commandLines.every(
        (line) => line === `::add-mask::${TOKEN}` || /^::(error|warning|notice)( title=[^:]*)?::/.test(line),
      ),
    ).toBe(true);
    // The hostile commands are still in the text, but never where a line starts.
    expect(result.stdout).toContain('a\\u2028::add-mask::b');
    expect(failing).toBeDefined();
    expect(result.exitCode).toBe(1);
  });

  test('prints no control character a terminal or the log viewer would act on', () => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  test('each annotation about a hostile group shows its name escaped, title and message', () => {
    const notices = parseWorkflowCommands(result.stdout).filter((c) => c.command === 'notice');
    // GitHub shows 10 notices per step: 9 groups, then the count of the findings left out.
    expect(notices).toHaveLength(10);
    expect(notices.at(-1)?.properties['title']).toBe('More findings');
    for (const notice of notices.slice(0, -1)) {
      const index = Number(
        /^low: Unattached group sg-0hostile(\d{9}) /.exec(notice.properties['title'] ?? '')?.[1],
      );
      const h = HOSTILE[index];
      if (!h) throw new Error(`not a notice about a hostile group: ${JSON.stringify(notice)}`);
      const group = hostileGroupId(index);
      const title = `low: Unattached group ${group} (${h.text}) (${group})`;
      expect(notice).toEqual({
        command: 'notice',
        properties: { title: title.length <= 200 ? title : `${title.slice(0, 199)}…` },
        message: `${group} (${h.text}) is attached to no network interface; its 1 rule(s) allow nothing today. Delete the group if nothing will use it.`,
      });
    }
  });

  test('the job summary shows the names and the file name escaped, pinging and linking nothing', () => {
    for (const [index, h] of HOSTILE.entries())
      expect(result.summary).toContain(
        `| unattached-group | ${hostileGroupId(index)} | Unattached group ${hostileGroupId(index)} (${h.markdown}) |`,
      );
    expect(result.summary).toContain(
      `; first: ${join(dir, 'logs')}/flows ::add-mask::secret.log:2: srcport: not a port: '&#92;x1b&#91;31mred&#92;x1b&#91;0m'\n`,
    );
    expect(result.summary.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line))).toEqual([]);
  });

  test('the report keeps the names and the log text as they are, and the SARIF message escapes them', () => {
    const names = new Set(result.report.rules.map((r) => r.groupName));
    for (const h of HOSTILE) expect(names.has(h.value)).toBe(true);
    expect(result.report.input.errors[0]).toEqual({
      file: join(dir, 'logs', LOG_FILE),
      line: 2,
      message: "srcport: not a port: '\u001b[31mred\u001b[0m'",
    });
    const sarif = JSON.parse(result.sarif) as SarifLog;
    const texts = sarif.runs[0].results.map((r) => r.message.text);
    for (const [index, h] of HOSTILE.entries())
      expect(texts).toContain(
        `Unattached group ${hostileGroupId(index)} (${h.sarif}). ${hostileGroupId(index)} (${h.sarif}) is attached to no network interface; its 1 rule(s) allow nothing today. Delete the group if nothing will use it.`,
      );
  });
});
