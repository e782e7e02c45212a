/**
 * The Action's engine inputs (`engine`, `athena-*`), read by src/inputs.ts as the runner passes
 * them, become the live options the CLI's flags give.
 */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/inputs.js';
import { liveOptionsFrom } from '../../src/live-options.js';
import { actionInputsPerTest } from '../helpers/action-inputs.js';

const withInputs = actionInputsPerTest();

describe('the engine inputs', () => {
  it('run Athena over its table without a source', () => {
    withInputs({
      engine: 'athena',
      'athena-table': 'flowlogs.vpc',
      'athena-workgroup': 'audit',
      'athena-output': 's3://athena-results/sg/',
      'athena-partition': 'none',
      region: 'eu-west-1',
      lookback: '30d',
    });
    const live = liveOptionsFrom(readInputs());
    expect(live).toMatchObject({
      source: '',
      engine: 'athena',
      region: 'eu-west-1',
      lookbackMs: 30 * 86_400_000,
      athena: {
        table: 'flowlogs.vpc',
        workgroup: 'audit',
        output: 's3://athena-results/sg/',
        partition: 'none',
      },
    });
  });

  it('refuse Logs Insights without a log group, in one line', () => {
    withInputs({ engine: 'insights', source: 'auto' });
    expect(() => liveOptionsFrom(readInputs())).toThrow(
      '--engine insights: name the log group with --source cloudwatch:LOG_GROUP',
    );
  });

  it('refuse an engine that does not exist', () => {
    withInputs({ engine: 'bigquery', source: 'auto' });
    expect(() => liveOptionsFrom(readInputs())).toThrow(
      "--engine: expected stream, athena or insights, got 'bigquery'",
    );
  });
});
