/**
 * `analyze --engine athena|insights --print-query`: the query the engine would run, printed
 * without any AWS call, to review it, run it by hand, or schedule it elsewhere.
 */
import { parseLookback } from '../../cli-args.js';
import type { Config } from '../../config.js';
import { ConfigurationError } from '../../errors.js';
import { DEFAULT_LOOKBACK } from '../../live-options.js';
import { resolveLogFormat } from '../../pipeline.js';
import { athenaQueryFor, parseEngine } from '../../sources/aggregates/engine.js';
import { insightsQuery, INSIGHTS_PARTS } from '../../sources/aggregates/insights.js';
import { DEFAULT_FIELDS, makeFormat } from '../../sources/format.js';
import type { AnalysisInputs } from '../options.js';

/** The query text of `--engine` for the window that ends now. */
export function engineQueryText(inputs: AnalysisInputs, config: Config, now: Date): string {
  const engine = parseEngine(inputs.engine);
  const lookbackMs = parseLookback(inputs.lookback ?? DEFAULT_LOOKBACK);
  const settings = {
    window: { start: new Date(now.getTime() - lookbackMs), end: now },
    ephemeralStart: config['ephemeral-port-start'],
    bucketSeconds: config.thresholds['bucket-seconds'],
  };
  if (engine === 'athena') return `${athenaQueryFor(inputs.athena ?? {}, settings)};\n`;
  if (engine === 'insights') {
    // Without --log-format, the default format: a live run takes the flow log's from DescribeFlowLogs.
    const format = resolveLogFormat(inputs.logFormat) ?? makeFormat(DEFAULT_FIELDS);
    return INSIGHTS_PARTS.map((part) => `# ${part}\n${insightsQuery(part, { format, ...settings })}\n`).join(
      '\n',
    );
  }
  throw new ConfigurationError('--print-query: give --engine athena or --engine insights');
}
