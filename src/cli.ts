#!/usr/bin/env node
/**
 * The command-line front door: run the command, print user mistakes as one line, exit.
 */
import { runProgram } from './commands/program.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { showControls } from './report/escape.js';

async function main(argv: string[]): Promise<number> {
  try {
    return await runProgram(argv);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      // A message quotes file names and fields of the input: no terminal escape gets through.
      process.stderr.write(`sg-flow-audit: ${showControls(e.message)}\n`);
      return 2;
    }
    // A bug, not a user mistake: keep the stack for the issue report.
    process.stderr.write(
      `sg-flow-audit: internal error: ${showControls(errorMessage(e))}\n${((e as Error).stack ?? '').split('\n').slice(1).join('\n')}\n`,
    );
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
