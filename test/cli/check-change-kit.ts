/**
 * What the check-change tests share: the CLI run in-process through runProgram (as src/cli.ts
 * runs it), its JSON outcome, and times as the outcome writes them.
 */
import { vi } from 'vitest';
import { runProgram } from '../../src/commands/program.js';
import { ConfigurationError } from '../../src/errors.js';
import type { Finding } from '../../src/report/types.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as src/cli.ts does: a ConfigurationError is exit 2 and one line. */
export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await runProgram(args), stdout, stderr };
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    return { status: 2, stdout, stderr: `${stderr}sg-flow-audit: ${e.message}\n` };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

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
