/**
 * The engine flags, parsed without loading the AWS SDK (src/live-options.ts is read by every run;
 * the engines themselves are loaded only when they run).
 */
import { ConfigurationError } from '../../errors.js';

export type EngineName = 'stream' | 'athena' | 'insights';

/** Parses `--engine`. */
export function parseEngine(text: string | undefined): EngineName {
  if (text === undefined || text === 'stream' || text === 'athena' || text === 'insights')
    return text ?? 'stream';
  throw new ConfigurationError(`--engine: expected stream, athena or insights, got '${text.slice(0, 64)}'`);
}

/** The Athena flags. */
export interface AthenaFlags {
  /** `--athena-table DATABASE.TABLE`; default sg_flow_audit.flow_logs. */
  table?: string | undefined;
  workgroup?: string | undefined;
  output?: string | undefined;
  /** `--athena-create-table`: create the table (partition projection over `--source`) first. */
  createTable?: boolean | undefined;
  /** `--athena-storage text|parquet`, for the table created. */
  storage?: string | undefined;
  /** `--athena-partition day=yyyy/MM/dd | none`. */
  partition?: string | undefined;
}

export const DEFAULT_ATHENA_TABLE = 'sg_flow_audit.flow_logs';
