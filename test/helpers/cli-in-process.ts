/**
 * Runs the CLI in-process through runProgram, as src/cli.ts does: standard output and error
 * captured, a ConfigurationError turned into exit 2 and one line. For tests of commands whose
 * dist/ bundle need not be rebuilt to be tested.
 */
import { vi } from 'vitest';
import { runProgram } from '../../src/commands/program.js';
import { ConfigurationError } from '../../src/errors.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function cliInProcess(...args: string[]): Promise<CliRun> {
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
