/**
 * Malformed and hostile config and inventory files (issue 16): each one is exit 2 with exactly one
 * line on standard error that names the file, the key or JSON path (and the config line) where
 * there is one, and the form that was expected; no stack trace, no raw validator output, no
 * control character from the file, and no report written. The bombs (10 MB, alias expansion,
 * 100,000 levels of nesting) fail within a stated time and memory.
 *
 * The CLI runs in-process from the sources (test/helpers/cli-in-process.ts), so what is checked is
 * the code, not the last bundle. Every case writes `--output` into its own temp dir and checks the
 * file is not there afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { cliInProcess, type CliRun } from '../helpers/cli-in-process.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sgfa-malformed-'));
}

/** A small account as the AWS CLI writes it: two groups, their rules, two interfaces. */
function inventoryDocuments(): Record<string, unknown> {
  return {
    'security-groups.json': {
      SecurityGroups: [
        {
          GroupId: 'sg-web',
          GroupName: 'web',
          VpcId: 'vpc-1',
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          ],
          IpPermissionsEgress: [],
        },
        {
          GroupId: 'sg-db',
          GroupName: 'db',
          VpcId: 'vpc-1',
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: 'sg-web' }] },
          ],
          IpPermissionsEgress: [],
        },
      ],
    },
    'security-group-rules.json': {
      SecurityGroupRules: [
        {
          SecurityGroupRuleId: 'sgr-web443',
          GroupId: 'sg-web',
          IsEgress: false,
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          CidrIpv4: '0.0.0.0/0',
        },
        {
          SecurityGroupRuleId: 'sgr-db5432',
          GroupId: 'sg-db',
          IsEgress: false,
          IpProtocol: 'tcp',
          FromPort: 5432,
          ToPort: 5432,
          ReferencedGroupInfo: { GroupId: 'sg-web' },
        },
      ],
    },
    'network-interfaces.json': {
      NetworkInterfaces: [
        {
          NetworkInterfaceId: 'eni-web',
          PrivateIpAddress: '10.0.1.10',
          PrivateIpAddresses: [{ PrivateIpAddress: '10.0.1.10' }],
          Groups: [{ GroupId: 'sg-web' }],
        },
        {
          NetworkInterfaceId: 'eni-db',
          PrivateIpAddress: '10.0.2.20',
          PrivateIpAddresses: [{ PrivateIpAddress: '10.0.2.20' }],
          Groups: [{ GroupId: 'sg-db' }],
        },
      ],
    },
    'managed-prefix-lists.json': {
      PrefixLists: [
        { PrefixListId: 'pl-office', PrefixListName: 'office', Entries: [{ Cidr: '198.51.100.0/24' }] },
      ],
    },
    'network-acls.json': {
      NetworkAcls: [
        {
          NetworkAclId: 'acl-1',
          VpcId: 'vpc-1',
          Entries: [
            { RuleNumber: 100, Egress: false, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0' },
          ],
        },
      ],
    },
  };
}

type Documents = ReturnType<typeof inventoryDocuments>;
/** A file's new content: text or bytes as they are, `directory` for a folder in its place. */
type Content = string | Buffer | 'directory';

/** Writes the inventory, every file as the AWS CLI does (indented JSON) unless `replace` gives it. */
function writeInventory(
  dir: string,
  edit: (documents: Documents) => void = () => undefined,
  replace: Record<string, Content> = {},
): string {
  const inventory = join(dir, 'inventory');
  mkdirSync(inventory);
  const documents = inventoryDocuments();
  edit(documents);
  for (const [name, document] of Object.entries(documents)) {
    const content = replace[name] ?? `${JSON.stringify(document, null, 2)}\n`;
    if (content === 'directory') mkdirSync(join(inventory, name));
    else writeFileSync(join(inventory, name), content);
  }
  return inventory;
}

/** `doc.SecurityGroups[i]…` without casts at every step. */
function at(document: unknown, ...path: (string | number)[]): Record<string, unknown> {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document) as Record<
    string,
    unknown
  >;
}

interface Attempt {
  run: CliRun;
  /** The `--output` file, which must not be written. */
  report: string;
  /** Wall time of the run, in milliseconds. */
  elapsed: number;
  /** How far the process's peak resident memory rose during the run, in MiB. */
  peakRiseMiB: number;
}

async function analyze(dir: string, ...args: string[]): Promise<Attempt> {
  const report = join(dir, 'report.json');
  const peakBefore = process.resourceUsage().maxRSS;
  const started = Date.now();
  const run = await cliInProcess(
    'analyze',
    ...args,
    '--format',
    'json',
    '--output',
    report,
    '--threads',
    '1',
  );
  return {
    run,
    report,
    elapsed: Date.now() - started,
    peakRiseMiB: (process.resourceUsage().maxRSS - peakBefore) / 1024,
  };
}

/**
 * Exit 2, nothing on standard output, no report, and standard error exactly `sg-flow-audit: ` and
 * `line` on one line: no stack frame, no "[object Object]", no zod wording, no control character.
 */
function expectOneLine(attempt: Attempt, line: string | RegExp): void {
  const { run, report } = attempt;
  const shown = `exit ${run.status}\nstderr:\n${run.stderr}`;
  expect(run.status, shown).toBe(2);
  expect(run.stdout).toBe('');
  expect(existsSync(report), `${report} was written`).toBe(false);
  expect(run.stderr.endsWith('\n'), shown).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines, shown).toHaveLength(1);
  const printed = lines[0] ?? '';
  expect(printed).not.toMatch(/\bat \S+ \(|\bat .*:\d+:\d+|\[object Object\]/);
  expect(printed).not.toMatch(/Invalid input|Too small|Too big|Unrecognized key|"code":|ZodError/);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(printed).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  if (typeof line === 'string') expect(printed).toBe(`sg-flow-audit: ${line}`);
  else expect(printed).toMatch(line);
}

/** The line for a config file: `--config: FILE: …`. */
async function withConfig(
  content: string | Buffer,
  ...args: string[]
): Promise<{ attempt: Attempt; file: string }> {
  const dir = scratch();
  const file = join(dir, 'sg-flow-audit.yml');
  writeFileSync(file, content);
  const attempt = await analyze(dir, '--inventory', writeInventory(dir), '--config', file, ...args);
  return { attempt, file };
}

const CONFIG_CASES: { name: string; content: string | Buffer; line: string }[] = [
  {
    name: 'a tab as indentation',
    content: 'admin-ports:\n\t- 22\n',
    line: 'not valid YAML (Tabs are not allowed as indentation at line 2, column 1)',
  },
  {
    name: 'a key indented one space too far',
    content: 'thresholds:\n  spike-factor: 2\n   bucket-seconds: 60\n',
    line: 'not valid YAML (Nested mappings are not allowed in compact mappings at line 2, column 17)',
  },
  {
    name: 'a key given twice',
    content: 'min-window: 7d\nmin-window: 14d\n',
    line: 'not valid YAML (Map keys must be unique at line 2, column 1)',
  },
  {
    name: 'two YAML documents',
    content: 'min-window: 7d\n---\nrules-per-group: 60\n',
    line: 'not valid YAML (Source contains multiple documents (---) at line 2, column 1)',
  },
  {
    name: 'a CloudFormation tag, which Node would print as a warning of several lines',
    content: 'admin-ports: !Ref AdminPorts\n',
    line: 'not valid YAML (Unresolved tag: !Ref at line 1, column 14)',
  },
  {
    name: 'a list instead of a mapping',
    content: '- 22\n- 3389\n',
    line: "expected a mapping of settings such as 'min-window: 7d', got a list",
  },
  {
    name: 'a scalar instead of a mapping (a colon forgotten)',
    content: 'min-window 7d\n',
    line: "expected a mapping of settings such as 'min-window: 7d', got 'min-window 7d'",
  },
  {
    name: 'a misspelt key',
    content: 'rules-per-group: 60\nmin-windw: 7d\n',
    line: 'min-windw (line 2): unknown key, did you mean min-window?',
  },
  {
    name: 'a misspelt nested key',
    content: 'thresholds:\n  spike-factr: 2\n',
    line: 'thresholds.spike-factr (line 2): unknown key, did you mean spike-factor?',
  },
  {
    name: 'a misspelt key of a suppression',
    content: 'suppressions:\n  - rule-id: sgr-web443\n    reason: reviewed\n    expire: 2030-01-01\n',
    line: 'suppressions[0].expire (line 4): unknown key, did you mean expires?',
  },
  {
    name: 'a misspelt finding type under severity',
    content: 'severity:\n  unused-rules: high\n',
    line: 'severity.unused-rules (line 2): unknown key, did you mean unused-rule?',
  },
  {
    name: 'a word where a number goes',
    content: 'rules-per-group: many\n',
    line: "rules-per-group (line 1): expected a number, got 'many'",
  },
  {
    name: 'a fraction where a whole number goes',
    content: 'rules-per-group: 2.5\n',
    line: 'rules-per-group (line 1): expected a whole number, got 2.5',
  },
  {
    name: 'a negative threshold',
    content: 'thresholds:\n  broad-source-max-peers: -5\n',
    line: 'thresholds.broad-source-max-peers (line 2): expected a number >= 1, got -5',
  },
  {
    name: 'a port above 65535',
    content: 'admin-ports: [22, 70000]\n',
    line: 'admin-ports[1] (line 1): expected a number <= 65535, got 70000',
  },
  {
    name: 'a negative min-window',
    content: 'min-window: -1\n',
    line: 'min-window (line 1): expected a number >= 0, got -1',
  },
  {
    name: 'a duration in words',
    content: 'min-window: 7 days\n',
    line: "min-window (line 1): expected a duration such as 7d, 36h or 90m, got '7 days'",
  },
  {
    name: 'a list where a duration goes',
    content: 'min-window: [7d]\n',
    line: 'min-window (line 1): expected a number or a string, got a list',
  },
  {
    name: 'a severity that is none',
    content: 'severity: { unused-rule: urgent }\n',
    line: "severity.unused-rule (line 1): expected one of critical, high, medium, low, info, got 'urgent'",
  },
  {
    name: 'a prefix length of 33 in known-networks',
    content: 'known-networks: [10.0.0.0/8, 10.0.0.0/33]\n',
    line: "known-networks[1] (line 1): not a CIDR (a.b.c.d/n or x::/n), got '10.0.0.0/33'",
  },
  {
    name: 'a host name in known-networks',
    content: 'known-networks:\n  - example.com\n',
    line: "known-networks[0] (line 2): not a CIDR (a.b.c.d/n or x::/n), got 'example.com'",
  },
  {
    name: 'a suppression that names no rule, group, peer or type',
    content: 'suppressions:\n  - reason: break-glass bastion\n    expires: 2030-01-01\n',
    line: 'suppressions[0] (line 2): a suppression names at least one of type, rule-id, group-id or peer',
  },
  {
    name: 'a suppression without a reason',
    content: 'suppressions:\n  - rule-id: sgr-web443\n    expires: 2030-01-01\n',
    line: 'suppressions[0].reason: missing: expected a string',
  },
  {
    name: 'a suppression that expires "soon"',
    content: 'suppressions:\n  - rule-id: sgr-web443\n    reason: reviewed\n    expires: soon\n',
    line: "suppressions[0].expires (line 4): expected a date YYYY-MM-DD, got 'soon'",
  },
  {
    name: 'a terminal escape in a value (escaped, never printed raw)',
    content: 'known-networks: ["\\e[2J\\e]0;owned\\a10.0.0.0/8"]\n',
    line: "known-networks[0] (line 1): not a CIDR (a.b.c.d/n or x::/n), got '\\x1b[2J\\x1b]0;owned\\x0710.0.0.0/8'",
  },
  {
    name: 'a binary file (a PNG header)',
    content: Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
    line: 'binary data (a NUL byte at offset 8): expected YAML text',
  },
  {
    name: 'Latin-1 text',
    content: Buffer.from('# réseau du bureau\nknown-networks: [198.51.100.0/24]\n', 'latin1'),
    line: 'not UTF-8 text (an invalid byte sequence): expected YAML text',
  },
];

describe('a malformed config file: exit 2, one line naming the file, the key and its line', () => {
  it.each(CONFIG_CASES)('$name', async ({ content, line }) => {
    const { attempt, file } = await withConfig(content);
    expectOneLine(attempt, `--config: ${file}: ${line}`);
  });

  it('an unknown key no allowed key is close to lists the allowed keys', async () => {
    const { attempt, file } = await withConfig('no-such-setting: true\n');
    const allowed = Object.keys(defaultConfig());
    expect(allowed).toContain('min-window');
    expectOneLine(
      attempt,
      `--config: ${file}: no-such-setting (line 1): unknown key: expected one of ${allowed.join(', ')}`,
    );
  });

  it('a directory given as --config, and a --config that does not exist', async () => {
    const dir = scratch();
    const inventory = writeInventory(dir);
    const folder = join(dir, 'config.d');
    mkdirSync(folder);
    expectOneLine(
      await analyze(dir, '--inventory', inventory, '--config', folder),
      `--config: ${folder}: a directory, not a file: expected YAML text`,
    );
    const missing = join(dir, 'missing.yml');
    expectOneLine(
      await analyze(dir, '--inventory', inventory, '--config', missing),
      `--config: ${missing}: not found`,
    );
  });

  it('an empty file, or one of comments only, is the defaults: the same report as no config', async () => {
    const dir = scratch();
    const inventory = writeInventory(dir);
    const none = await analyze(dir, '--inventory', inventory, '--fail-on', 'none');
    expect(none.run.status, none.run.stderr).toBe(0);
    const defaults = readFileSync(none.report, 'utf8');
    expect(JSON.parse(defaults)).toHaveProperty('schemaVersion', 1);
    for (const content of ['', '\n\n', '# every key is optional\n# min-window: 14d\n', '---\n', '~\n']) {
      const file = join(dir, 'sg-flow-audit.yml');
      writeFileSync(file, content);
      const run = await analyze(dir, '--inventory', inventory, '--config', file, '--fail-on', 'none');
      expect(run.run.status, `${JSON.stringify(content)}: ${run.run.stderr}`).toBe(0);
      expect(readFileSync(run.report, 'utf8'), JSON.stringify(content)).toBe(defaults);
    }
  });

  it('min-window: 0 is accepted: it is the guard turned off, not a mistake', async () => {
    const { attempt } = await withConfig('min-window: 0\n', '--fail-on', 'none');
    expect(attempt.run.status, attempt.run.stderr).toBe(0);
    expect(existsSync(attempt.report)).toBe(true);
  });

  it('a config written as UTF-16 with a byte order mark (Windows PowerShell 5) is read', async () => {
    const text = 'min-window: 7 days\n';
    const { attempt, file } = await withConfig(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expectOneLine(
      attempt,
      `--config: ${file}: min-window (line 1): expected a duration such as 7d, 36h or 90m, got '7 days'`,
    );
  });
});

describe('config bombs: one line, fast, in bounded memory', () => {
  // The peak may rise a little for the run's own work; an expanded bomb would take gigabytes.
  const MAX_MS = 3_000;
  const MAX_PEAK_RISE_MIB = 100;

  it('a 10 MiB config is refused before it is parsed (parsing it took 13 s and 870 MB)', async () => {
    const entry = '  - 10.0.0.0/8\n';
    const content = `known-networks:\n${entry.repeat(Math.ceil((10 * 2 ** 20) / entry.length))}`;
    const { attempt, file } = await withConfig(content.slice(0, 10 * 2 ** 20));
    expectOneLine(attempt, `--config: ${file}: too large (10 MiB): expected at most 1 MiB of YAML text`);
    expect(attempt.elapsed).toBeLessThan(MAX_MS);
    expect(attempt.peakRiseMiB).toBeLessThan(MAX_PEAK_RISE_MIB);
  });

  it('a device that never ends (/dev/zero) is read only up to the limit', async () => {
    const dir = scratch();
    const attempt = await analyze(dir, '--inventory', writeInventory(dir), '--config', '/dev/zero');
    expectOneLine(
      attempt,
      '--config: /dev/zero: too large (more than 1 MiB): expected at most 1 MiB of YAML text',
    );
    expect(attempt.elapsed).toBeLessThan(MAX_MS);
    expect(attempt.peakRiseMiB).toBeLessThan(MAX_PEAK_RISE_MIB);
  });

  it('"billion laughs": nine levels of nine aliases stop at yaml maxAliasCount, not expanded', async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    const { attempt, file } = await withConfig(`${levels.join('\n')}\n`);
    expectOneLine(
      attempt,
      `--config: ${file}: not valid YAML (Excessive alias count indicates a resource exhaustion attack)`,
    );
    expect(attempt.elapsed).toBeLessThan(MAX_MS);
    expect(attempt.peakRiseMiB).toBeLessThan(MAX_PEAK_RISE_MIB);
  });

  it.each([
    { name: '50,000 nested block lists (- - - …)', content: `${'- '.repeat(50_000)}1\n` },
    { name: '100,000 open brackets', content: `known-networks: ${'['.repeat(100_000)}\n` },
    {
      name: '100,000 nested flow mappings, closed',
      content: `thresholds: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`,
    },
  ])(
    '$name: refused before the parser recurses (it overflowed the stack, then crashed V8)',
    async ({ content }) => {
      const { attempt, file } = await withConfig(content);
      expectOneLine(
        attempt,
        `--config: ${file}: nested too deeply at line 1: expected at most 64 levels of indentation and brackets`,
      );
      expect(attempt.elapsed).toBeLessThan(MAX_MS);
      expect(attempt.peakRiseMiB).toBeLessThan(MAX_PEAK_RISE_MIB);
    },
  );

  it('a config of ordinary depth with brackets in strings and comments is not taken for a bomb', async () => {
    const content = [
      'known-networks: [10.0.0.0/8, 192.168.0.0/16] # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
      'suppressions:',
      '  - rule-id: sgr-web443',
      `    reason: "${'['.repeat(100)} reviewed"`,
      '    expires: 2099-12-31',
      '',
    ].join('\n');
    const { attempt } = await withConfig(content, '--fail-on', 'none');
    expect(attempt.run.status, attempt.run.stderr).toBe(0);
    expect(existsSync(attempt.report)).toBe(true);
  });
});

interface InventoryCase {
  name: string;
  /** The file named in the line. */
  file: string;
  edit?: (documents: Documents) => void;
  content?: Content;
  /** What follows `--inventory: FILE: `. */
  line: string | ((content: string) => string);
}

const SG = 'the JSON of aws ec2 describe-security-groups';

const INVENTORY_CASES: InventoryCase[] = [
  {
    name: 'YAML instead of JSON',
    file: 'security-groups.json',
    content: 'SecurityGroups: []\n',
    line: `not valid JSON (Unexpected token 'S'): expected ${SG}`,
  },
  {
    name: 'a file cut short in a string: the line and column of the cut',
    file: 'security-groups.json',
    content: `${JSON.stringify(inventoryDocuments()['security-groups.json'], null, 2).slice(0, 120)}`,
    line: (content) => {
      const lines = content.split('\n');
      return `not valid JSON at line ${lines.length}, column ${(lines.at(-1) ?? '').length + 1} (Unterminated string): expected ${SG}`;
    },
  },
  {
    name: 'a 1-byte file',
    file: 'security-groups.json',
    content: '{',
    line: `not valid JSON at line 1, column 2 (Expected property name or '}'): expected ${SG}`,
  },
  { name: 'an empty file', file: 'security-groups.json', content: '', line: `empty: expected ${SG}` },
  {
    name: 'a file of blank lines',
    file: 'network-interfaces.json',
    content: '\n\n  \n',
    line: 'empty: expected the JSON of aws ec2 describe-network-interfaces',
  },
  {
    name: 'the output gzipped',
    file: 'security-groups.json',
    content: gzipSync(JSON.stringify(inventoryDocuments()['security-groups.json'])),
    line: `binary data (a NUL byte at offset 3): expected ${SG}`,
  },
  {
    name: 'a directory where the file should be',
    file: 'security-groups.json',
    content: 'directory',
    line: `a directory, not a file: expected ${SG}`,
  },
  {
    name: 'a directory where an optional file should be',
    file: 'network-acls.json',
    content: 'directory',
    line: 'a directory, not a file: expected the JSON of aws ec2 describe-network-acls',
  },
  {
    name: 'the wrong top-level key',
    file: 'security-groups.json',
    content: '{"Groups": []}',
    line: 'expected an object with a "SecurityGroups" array, got an object without "SecurityGroups"',
  },
  {
    name: 'an object where the list goes',
    file: 'security-groups.json',
    content: '{"SecurityGroups": {"GroupId": "sg-web"}}',
    line: 'expected an object with a "SecurityGroups" array, got "SecurityGroups": an object',
  },
  {
    name: 'a number for a file',
    file: 'network-interfaces.json',
    content: '7',
    line: 'expected an object with a "NetworkInterfaces" array, got 7',
  },
  {
    name: 'the outputs wrapped in an array (jq -s)',
    file: 'security-groups.json',
    edit: (d) => (d['security-groups.json'] = [d['security-groups.json']]),
    line: 'SecurityGroups[0].GroupId: missing: expected a string',
  },
  {
    name: 'a rule of a group without IpProtocol',
    file: 'security-groups.json',
    edit: (d) => delete at(d['security-groups.json'], 'SecurityGroups', 1, 'IpPermissions', 0)['IpProtocol'],
    line: 'SecurityGroups[1].IpPermissions[0].IpProtocol: missing: expected a string',
  },
  {
    name: 'a rule without IpProtocol',
    file: 'security-group-rules.json',
    edit: (d) => delete at(d['security-group-rules.json'], 'SecurityGroupRules', 0)['IpProtocol'],
    line: 'SecurityGroupRules[0].IpProtocol: missing: expected a string',
  },
  {
    name: 'an unknown protocol name',
    file: 'security-group-rules.json',
    edit: (d) => (at(d['security-group-rules.json'], 'SecurityGroupRules', 1)['IpProtocol'] = 'tcpx'),
    line: "SecurityGroupRules[1].IpProtocol: expected tcp, udp, icmp, icmpv6, -1 or a protocol number from 0 to 255, got 'tcpx'",
  },
  {
    name: 'FromPort as a string',
    file: 'security-group-rules.json',
    edit: (d) => (at(d['security-group-rules.json'], 'SecurityGroupRules', 0)['FromPort'] = '22'),
    line: "SecurityGroupRules[0].FromPort: expected a number, got '22'",
  },
  {
    name: 'a port above 65535',
    file: 'security-groups.json',
    edit: (d) => (at(d['security-groups.json'], 'SecurityGroups', 0, 'IpPermissions', 0)['ToPort'] = 70000),
    line: 'SecurityGroups[0].IpPermissions[0].ToPort: expected a number <= 65535, got 70000',
  },
  {
    name: 'a prefix length of 33',
    file: 'security-group-rules.json',
    edit: (d) => (at(d['security-group-rules.json'], 'SecurityGroupRules', 0)['CidrIpv4'] = '10.0.0.0/33'),
    line: "SecurityGroupRules[0].CidrIpv4: expected a CIDR such as 10.0.0.0/16, got '10.0.0.0/33'",
  },
  {
    name: 'a host name for a CIDR',
    file: 'security-groups.json',
    edit: (d) =>
      (at(d['security-groups.json'], 'SecurityGroups', 0, 'IpPermissions', 0, 'IpRanges', 0)['CidrIp'] =
        'example.com'),
    line: "SecurityGroups[0].IpPermissions[0].IpRanges[0].CidrIp: expected a CIDR such as 10.0.0.0/16, got 'example.com'",
  },
  {
    name: 'a terminal escape for a CIDR (escaped, never printed raw)',
    file: 'security-groups.json',
    edit: (d) =>
      (at(d['security-groups.json'], 'SecurityGroups', 0, 'IpPermissions', 0, 'IpRanges', 0)['CidrIp'] =
        '\u001b]0;owned\u0007\n::error::x'),
    line: "SecurityGroups[0].IpPermissions[0].IpRanges[0].CidrIp: expected a CIDR such as 10.0.0.0/16, got '\\x1b]0;owned\\x07\\n::error::x'",
  },
  {
    name: 'a rule with no peer at all',
    file: 'security-group-rules.json',
    edit: (d) => delete at(d['security-group-rules.json'], 'SecurityGroupRules', 1)['ReferencedGroupInfo'],
    line: 'SecurityGroupRules[1]: a rule with no peer: expected CidrIpv4, CidrIpv6, PrefixListId or ReferencedGroupInfo.GroupId',
  },
  {
    name: 'an interface without an id',
    file: 'network-interfaces.json',
    edit: (d) => delete at(d['network-interfaces.json'], 'NetworkInterfaces', 1)['NetworkInterfaceId'],
    line: 'NetworkInterfaces[1].NetworkInterfaceId: missing: expected a string',
  },
  {
    name: 'an interface address that is none',
    file: 'network-interfaces.json',
    edit: (d) =>
      (at(d['network-interfaces.json'], 'NetworkInterfaces', 0, 'PrivateIpAddresses', 0)['PrivateIpAddress'] =
        '10.0.1.300'),
    line: "NetworkInterfaces[0].PrivateIpAddresses[0].PrivateIpAddress: expected an IPv4 address such as 10.0.1.5, got '10.0.1.300'",
  },
  {
    name: 'a group listed twice (two outputs pasted together)',
    file: 'security-groups.json',
    edit: (d) => {
      const groups = at(d['security-groups.json'])['SecurityGroups'] as unknown[];
      groups.push(structuredClone(groups[0]));
    },
    line: "SecurityGroups[2].GroupId: 'sg-web' is listed twice (also SecurityGroups[0]): expected each once",
  },
  {
    name: 'a rule id listed twice',
    file: 'security-group-rules.json',
    edit: (d) =>
      (at(d['security-group-rules.json'], 'SecurityGroupRules', 1)['SecurityGroupRuleId'] = 'sgr-web443'),
    line: "SecurityGroupRules[1].SecurityGroupRuleId: 'sgr-web443' is listed twice (also SecurityGroupRules[0]): expected each once",
  },
  {
    name: 'an interface listed twice',
    file: 'network-interfaces.json',
    edit: (d) => (at(d['network-interfaces.json'], 'NetworkInterfaces', 1)['NetworkInterfaceId'] = 'eni-web'),
    line: "NetworkInterfaces[1].NetworkInterfaceId: 'eni-web' is listed twice (also NetworkInterfaces[0]): expected each once",
  },
  {
    name: 'a prefix list entry that is no CIDR',
    file: 'managed-prefix-lists.json',
    edit: (d) => (at(d['managed-prefix-lists.json'], 'PrefixLists', 0, 'Entries', 0)['Cidr'] = 'office'),
    line: "PrefixLists[0].Entries[0].Cidr: expected a CIDR such as 10.0.0.0/16, got 'office'",
  },
  {
    name: 'a network ACL entry with a bad CIDR',
    file: 'network-acls.json',
    edit: (d) => (at(d['network-acls.json'], 'NetworkAcls', 0, 'Entries', 0)['CidrBlock'] = '300.0.0.0/8'),
    line: "NetworkAcls[0].Entries[0].CidrBlock: expected a CIDR such as 10.0.0.0/16, got '300.0.0.0/8'",
  },
  {
    name: 'a JSON bomb: 100,000 open brackets',
    file: 'security-groups.json',
    content: '['.repeat(100_000),
    line: `not valid JSON (Unexpected end of JSON input): expected ${SG}`,
  },
  {
    name: 'a JSON bomb: 100,000 nested lists, closed, where the groups go',
    file: 'security-groups.json',
    content: `{"SecurityGroups": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    line: 'SecurityGroups[0]: expected an object, got a list',
  },
  {
    name: 'a JSON bomb: 100,000 nested objects inside a group',
    file: 'security-groups.json',
    content: `{"SecurityGroups": [{"GroupId": "sg-web", "IpPermissions": ${'{"a": '.repeat(100_000)}1${'}'.repeat(100_000)}}]}`,
    line: 'SecurityGroups[0].IpPermissions: expected a list, got an object',
  },
];

describe('a malformed inventory file: exit 2, one line naming the file and the JSON path', () => {
  it.each(INVENTORY_CASES)('$name', async ({ file, edit, content, line }) => {
    const dir = scratch();
    const inventory = writeInventory(dir, edit, content === undefined ? {} : { [file]: content });
    const attempt = await analyze(dir, '--inventory', inventory);
    const expected = typeof line === 'string' ? line : line(String(content));
    expectOneLine(attempt, `--inventory: ${join(inventory, file)}: ${expected}`);
    expect(attempt.elapsed).toBeLessThan(5_000);
  });

  it('the same inventory unchanged is read and reported (the cases above fail for their edit only)', async () => {
    const dir = scratch();
    const attempt = await analyze(dir, '--inventory', writeInventory(dir), '--fail-on', 'none');
    expect(attempt.run.status, attempt.run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(attempt.report, 'utf8')) as { rules: { ruleId: string }[] };
    expect(report.rules.map((r) => r.ruleId).sort()).toEqual(['sgr-db5432', 'sgr-web443']);
  });

  it('UTF-16 with a byte order mark (Windows PowerShell 5 `>`) and UTF-8 with one are read as UTF-8 is', async () => {
    const dir = scratch();
    const plain = await analyze(dir, '--inventory', writeInventory(dir), '--fail-on', 'none');
    expect(plain.run.status, plain.run.stderr).toBe(0);
    for (const [encoding, encode] of [
      ['utf-16le', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
      ['utf-8 bom', (t: string) => Buffer.from(`\ufeff${t}`, 'utf8')],
    ] as const) {
      const other = scratch();
      const replace: Record<string, Buffer> = {};
      for (const [name, document] of Object.entries(inventoryDocuments()))
        replace[name] = encode(JSON.stringify(document, null, 2));
      const run = await analyze(
        other,
        '--inventory',
        writeInventory(other, undefined, replace),
        '--fail-on',
        'none',
      );
      expect(run.run.status, `${encoding}: ${run.run.stderr}`).toBe(0);
      expect(readFileSync(run.report, 'utf8'), encoding).toBe(readFileSync(plain.report, 'utf8'));
    }
  });

  it('an --inventory path with a line break in it is named on one line', async () => {
    const dir = scratch();
    const missing = join(dir, 'inventory\n::error::forged');
    expectOneLine(
      await analyze(dir, '--inventory', missing),
      `--inventory: ${join(dir, 'inventory\\n::error::forged')}/security-groups.json: not found`,
    );
  });
});

describe('a malformed --log-format: exit 2, one line naming the flag', () => {
  it.each([
    { format: '${}', got: '${}' },
    { format: '${} ${}', got: '${} ${}' },
    { format: 'version,srcaddr,dstaddr', got: 'version,srcaddr,dstaddr' },
    { format: '${version} ${Srcaddr}', got: '${version} ${Srcaddr}' },
    { format: 'version srcaddr\n::error::forged', got: 'version srcaddr\\n::error::forged' },
  ])('--log-format $format', async ({ format, got }) => {
    const dir = scratch();
    expectOneLine(
      await analyze(dir, '--inventory', writeInventory(dir), '--log-format', format),
      `--log-format: expected fields like '\${version} \${srcaddr} …', got '${got}'`,
    );
  });

  it('an empty ${} among named fields, which would shift every later column', async () => {
    const dir = scratch();
    expectOneLine(
      await analyze(dir, '--inventory', writeInventory(dir), '--log-format', '${version} ${} ${srcaddr}'),
      "--log-format: an empty ${} in '${version} ${} ${srcaddr}': name every field",
    );
  });

  it('a misspelt field, with the known one it is closest to', async () => {
    const dir = scratch();
    expectOneLine(
      await analyze(
        dir,
        '--inventory',
        writeInventory(dir),
        '--log-format',
        '${version} ${srcadr} ${dstaddr}',
      ),
      "--log-format: unknown field 'srcadr': did you mean 'srcaddr'?",
    );
  });
});
