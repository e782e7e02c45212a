/**
 * What both front doors take for a run, and the parsers of flag values they share. Errors quote
 * the flag and the expected form. (The command line itself is a commander program: src/commands.)
 */
import { ConfigurationError } from './errors.js';
import { SEVERITIES, type Severity } from './report/types.js';

export type OutputFormat = 'json' | 'markdown' | 'sarif' | 'text' | 'html' | 'csv';
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
  /** CSV files of pre-aggregated records (docs/aggregates.md). */
  aggregates?: string[];
  /** `--engine`: stream (default), athena or insights. */
  engine?: string;
  /** The `--athena-*` flags. */
  athena?: {
    table?: string;
    workgroup?: string;
    output?: string;
    createTable?: boolean;
    storage?: string;
    partition?: string;
  };
  /** `--regions`: audit each of these regions (a run over many targets: src/fleet). */
  regions?: string[];
  /** `--accounts`: audit each of these accounts, through the role of `--role-name`. */
  accounts?: string[];
  /** `--role-name`: the IAM role assumed in each audited account. */
  roleName?: string;
  /** `--organization`: audit every ACTIVE account of the organization. */
  organization?: boolean;
  /** `--max-parallel`: how many account-region targets are read at once (default 4). */
  maxParallel?: number;
}

export function parseFormat(value: string): OutputFormat {
  if (
    value === 'json' ||
    value === 'markdown' ||
    value === 'sarif' ||
    value === 'text' ||
    value === 'html' ||
    value === 'csv'
  )
    return value;
  throw new ConfigurationError(`--format: expected json, markdown, sarif, text, html or csv, got '${value}'`);
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
