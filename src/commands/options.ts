/**
 * The options every command that analyses traffic takes (analyze, propose, review, …), declared
 * once on a commander Command and read back into the typed RunInputs both front doors share.
 */
import { Option, type Command } from 'commander';
import { parseFailOn, type RunInputs } from '../cli-args.js';
import { ConfigurationError } from '../errors.js';
import { parseMaxParallel } from '../fleet/flags.js';

/** `a,b` or several arguments after one flag, as one list. */
function listValues(value: string, previous: string[] | undefined): string[] {
  const list = value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...(previous ?? []), ...list];
}

function threadCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new ConfigurationError(`--threads: expected a number from 1 to 64, got '${value}'`);
  return Number(value);
}

/**
 * Adds the input options of an analysis (offline and live) and the common ones. `check-change`
 * reads one account's logs since one change, so it does not take the many-accounts flags.
 */
export function addAnalysisOptions(command: Command): Command {
  if (command.name() !== 'check-change') addFleetOptions(command);
  return command
    .option(
      '--flow-logs <path...>',
      'flow-log files, directories (recursive) or globs (.log, .log.gz, .txt, .parquet)',
      listValues,
    )
    .option(
      '--inventory <dir>',
      'AWS CLI JSON: security-groups.json, network-interfaces.json, [security-group-rules.json], [managed-prefix-lists.json], [network-acls.json]',
    )
    .option('--log-format <format>', "'${version} ${srcaddr} …' for files without a header line")
    .option('--region <region>', 'AWS region of a live run')
    .option('--source <source>', 'live flow logs: s3://bucket/prefix, cloudwatch:LOG_GROUP or auto')
    .option('--lookback <duration>', 'how far back live flow logs are read, e.g. 14d (default 7d)')
    .option('--vpc-id <vpc>', 'audit one VPC')
    .option('--security-group-ids <id...>', 'audit these groups', listValues)
    .option('--endpoint-url <url>', 'an S3/EC2/Logs-compatible endpoint (a local emulator)')
    .option('--config <file>', 'config file (default: .github/sg-flow-audit.yml when present)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .default('critical')
        .argParser((value) => parseFailOn(value, '--fail-on')),
    )
    .option(
      '--threads <n>',
      'threads reading local files, the main thread included (default: one per core and per 16 MiB)',
      threadCount,
    )
    .option('--quiet', 'no progress on stderr (files, records/s, MB/s, time left)')
    .option(
      '--aggregates <file...>',
      'CSV of pre-aggregated records, such as an Athena result (docs/aggregates.md)',
      listValues,
    )
    .option(
      '--engine <engine>',
      'where live records are aggregated: stream (read them here), athena or insights',
    )
    .option('--athena-table <table>', 'DATABASE.TABLE of the flow logs (default sg_flow_audit.flow_logs)')
    .option('--athena-workgroup <name>', 'Athena workgroup (default primary)')
    .option('--athena-output <s3url>', "s3://bucket/prefix/ for Athena's results (default: the workgroup's)")
    .option(
      '--athena-create-table',
      'create the table first, with partition projection over --source s3://…/vpcflowlogs/REGION/',
    )
    .option(
      '--athena-storage <storage>',
      'text or parquet: how the flow logs deliver, for --athena-create-table',
    )
    .option(
      '--athena-partition <column=format>',
      'the date partition that limits the scan: day=yyyy/MM/dd (default) or none',
    );
}

/** `--regions`, `--accounts`, `--role-name`, `--organization`, `--max-parallel` (src/fleet). */
function addFleetOptions(command: Command): void {
  command
    .option('--regions <region...>', 'audit each of these regions: eu-west-1,us-east-1', listValues)
    .option(
      '--accounts <id...>',
      'audit each of these accounts through the role of --role-name: 111111111111,222222222222',
      listValues,
    )
    .option('--role-name <name>', 'the IAM role assumed in each account (session name sg-flow-audit)')
    .option('--organization', 'audit every ACTIVE account of the organization (Organizations ListAccounts)')
    .option('--max-parallel <n>', 'account-region targets read at once (default 4)', (value: string) =>
      parseMaxParallel(value),
    );
}

/** The inputs of an analysis run from the command line: those both front doors share, and its own. */
export interface AnalysisInputs extends RunInputs {
  /** No progress on stderr. */
  quiet?: boolean;
}

/** The analysis inputs of a parsed command. */
export function runInputsOf(options: Record<string, unknown>): AnalysisInputs {
  const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
  const inputs: AnalysisInputs = {
    flowLogs: (options['flowLogs'] as string[] | undefined) ?? [],
    securityGroupIds: (options['securityGroupIds'] as string[] | undefined) ?? [],
    failOn: (options['failOn'] as RunInputs['failOn'] | undefined) ?? 'critical',
  };
  const set = (
    key: 'inventory' | 'region' | 'source' | 'lookback' | 'vpcId' | 'endpointUrl' | 'config' | 'logFormat',
  ) => {
    const value = text(key);
    if (value !== undefined) inputs[key] = value;
  };
  for (const key of [
    'inventory',
    'region',
    'source',
    'lookback',
    'vpcId',
    'endpointUrl',
    'config',
    'logFormat',
  ] as const)
    set(key);
  if (typeof options['threads'] === 'number') inputs.threads = options['threads'];
  if (Array.isArray(options['aggregates'])) inputs.aggregates = options['aggregates'] as string[];
  if (text('engine') !== undefined) inputs.engine = text('engine') as string;
  const athena: NonNullable<RunInputs['athena']> = {};
  for (const [flag, key] of [
    ['athenaTable', 'table'],
    ['athenaWorkgroup', 'workgroup'],
    ['athenaOutput', 'output'],
    ['athenaStorage', 'storage'],
    ['athenaPartition', 'partition'],
  ] as const) {
    const value = text(flag);
    if (value !== undefined) athena[key] = value;
  }
  if (options['athenaCreateTable'] === true) athena.createTable = true;
  if (Object.keys(athena).length > 0) inputs.athena = athena;
  if (options['quiet'] === true) inputs.quiet = true;
  if (Array.isArray(options['regions'])) inputs.regions = options['regions'] as string[];
  if (Array.isArray(options['accounts'])) inputs.accounts = options['accounts'] as string[];
  if (text('roleName') !== undefined) inputs.roleName = text('roleName') as string;
  if (options['organization'] === true) inputs.organization = true;
  if (typeof options['maxParallel'] === 'number') inputs.maxParallel = options['maxParallel'];
  return inputs;
}

/** Refuses a run with no input at all, naming what to give. */
export function requireSomeInput(inputs: RunInputs): void {
  if (
    inputs.flowLogs.length === 0 &&
    inputs.inventory === undefined &&
    inputs.source === undefined &&
    (inputs.aggregates ?? []).length === 0 &&
    (inputs.engine === undefined || inputs.engine === 'stream')
  ) {
    throw new ConfigurationError(
      'nothing to analyze: give --flow-logs, --inventory, --aggregates or --source (see --help)',
    );
  }
}
