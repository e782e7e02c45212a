/**
 * What the check-change tests share: the CLI run in-process through runProgram (as src/cli.ts
 * runs it), its JSON outcome, and times as the outcome writes them.
 */

import type { Finding } from '../../src/report/types.js';
import { cliInProcess, type CliRun } from '../helpers/cli-in-process.js';

export const cli = cliInProcess;
export type { CliRun };

/** Unix seconds as the outcome writes times. */
export const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** What `check-change --format json` prints, as far as the tests read it. */
export interface Outcome {
  since: string;
  changedAt: string | null;
  revert: string | null;
  changedGroups: {
    groupId: string;
    interfaces: string[];
    removedRules: { ruleId: string; rule: string }[];
  }[];
  findings: Finding[];
  counts: Record<string, number>;
  scanners: { sources: number; flows: number };
  notes: string[];
}

/** Runs check-change with `--format json`. */
export async function checkJson(...args: string[]): Promise<{ run: CliRun; outcome: Outcome }> {
  const run = await cli('check-change', ...args, '--format', 'json');
  return { run, outcome: JSON.parse(run.stdout || '{}') as Outcome };
}
