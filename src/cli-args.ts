/**
 * The command line, parsed once into a typed object. Errors quote the flag and the expected form.
 */
import { ConfigurationError } from './errors.js';
import { SEVERITIES, type Severity } from './report/types.js';

export type OutputFormat = 'json' | 'markdown' | 'sarif' | 'text';
export type FailOn = Severity | 'none';

/** What both front doors (the CLI's flags, the Action's inputs) take for a run. */
export interface RunInputs {
  flowLogs: string[];
  inventory?: string;
  region?: string;
  source?: string;
  lookback?: string;
  vpcId?: string;
  securityGroupIds: string[];
  endpointUrl?: string;
  config?: string;
  failOn: FailOn;
  logFormat?: string;
  threads?: number;
}

export interface CliArgs extends RunInputs {
  command: 'analyze' | 'help' | 'version';
  format?: OutputFormat;
  output?: string;
  sarifOutput?: string;
  summaryOutput?: string;
}

const VALUE_FLAGS = new Set([
  'inventory',
  'region',
  'source',
  'lookback',
  'vpc-id',
  'endpoint-url',
  'config',
  'format',
  'output',
  'fail-on',
  'log-format',
  'threads',
  'sarif-output',
  'summary-output',
]);
/** Flags that take every following argument up to the next flag. */
const LIST_FLAGS = new Set(['flow-logs', 'security-group-ids']);

export const USAGE = `Usage: sg-flow-audit analyze [options]

Offline:
  --flow-logs PATH…          flow-log files, directories (recursive) or globs (.log, .log.gz, .txt, .parquet)
  --inventory DIR            AWS CLI JSON: security-groups.json, network-interfaces.json,
                             [security-group-rules.json], [managed-prefix-lists.json]
  --log-format FORMAT        '\${version} \${srcaddr} …' for files without a header line
Live (default AWS credential chain):
  --region R  --source s3://bucket/prefix | cloudwatch:LOG_GROUP | auto  --lookback 14d (default 7d)
  --vpc-id VPC  --security-group-ids SG…  --endpoint-url URL
Output:
  --format json|markdown|sarif|text   (default: text on a terminal, json otherwise)
  --output FILE              (default: standard output)
  --fail-on critical|high|medium|low|none   (default: critical)
  --config FILE              (default: .github/sg-flow-audit.yml when present)
  --threads N                threads reading local files, the main thread included
                             (default: one per core, one per 16 MiB of input)

Exit status: 0 no finding at or above --fail-on, 1 some finding is, 2 the run could not be done.`;

function listValues(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'analyze', flowLogs: [], securityGroupIds: [], failOn: 'critical' };
  const rest = [...argv];
  const first = rest[0];
  if (first === undefined)
    throw new ConfigurationError("no command given; try 'sg-flow-audit analyze --help'");
  if (first === 'help' || first === '--help' || first === '-h') return { ...args, command: 'help' };
  if (first === 'version' || first === '--version') return { ...args, command: 'version' };
  if (first !== 'analyze')
    throw new ConfigurationError(`unknown command '${first}'; expected 'analyze' (see --help)`);
  rest.shift();
  const values = new Map<string, string>();
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--help' || arg === '-h') return { ...args, command: 'help' };
    if (!arg.startsWith('--')) throw new ConfigurationError(`unexpected argument '${arg}' (see --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (LIST_FLAGS.has(name)) {
      const list = inline !== undefined ? listValues(inline) : [];
      while (inline === undefined && rest.length > 0 && !(rest[0] as string).startsWith('--')) {
        list.push(...listValues(rest.shift() as string));
      }
      if (list.length === 0) throw new ConfigurationError(`--${name}: expected at least one value`);
      if (name === 'flow-logs') args.flowLogs.push(...list);
      else args.securityGroupIds.push(...list);
    } else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? rest.shift();
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new ConfigurationError(`--${name}: expected a value`);
      values.set(name, value);
    } else {
      throw new ConfigurationError(`unknown option '--${name}' (see --help)`);
    }
  }
  const set = <K extends keyof CliArgs>(key: K, flag: string) => {
    const v = values.get(flag);
    if (v !== undefined) (args as unknown as Record<string, unknown>)[key] = v;
  };
  set('inventory', 'inventory');
  set('region', 'region');
  set('source', 'source');
  set('lookback', 'lookback');
  set('vpcId', 'vpc-id');
  set('endpointUrl', 'endpoint-url');
  set('config', 'config');
  set('output', 'output');
  set('logFormat', 'log-format');
  set('sarifOutput', 'sarif-output');
  set('summaryOutput', 'summary-output');
  const format = values.get('format');
  if (format !== undefined) args.format = parseFormat(format);
  const failOn = values.get('fail-on');
  if (failOn !== undefined) args.failOn = parseFailOn(failOn, '--fail-on');
  const threads = values.get('threads');
  if (threads !== undefined) {
    if (!/^\d+$/.test(threads) || Number(threads) < 1 || Number(threads) > 64)
      throw new ConfigurationError(`--threads: expected a number from 1 to 64, got '${threads}'`);
    args.threads = Number(threads);
  }
  return args;
}

export function parseFormat(value: string): OutputFormat {
  if (value === 'json' || value === 'markdown' || value === 'sarif' || value === 'text') return value;
  throw new ConfigurationError(`--format: expected json, markdown, sarif or text, got '${value}'`);
}

export function parseFailOn(value: string, flag: string): FailOn {
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value)) return value as FailOn;
  throw new ConfigurationError(`${flag}: expected critical, high, medium, low, info or none, got '${value}'`);
}

/** Parses `14d`, `36h`, `90m` into milliseconds. */
export function parseLookback(value: string): number {
  const m = /^(\d+)\s*([dhm])$/.exec(value.trim());
  if (!m)
    throw new ConfigurationError(`--lookback: expected a duration like 14d, 36h or 90m, got '${value}'`);
  const unit = m[2] === 'd' ? 86_400_000 : m[2] === 'h' ? 3_600_000 : 60_000;
  return Number(m[1]) * unit;
}
