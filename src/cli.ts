#!/usr/bin/env node
/**
 * The command-line front door: run the command, print user mistakes as one line, exit.
 */
import { runProgram } from './commands/program.js';
import { ConfigurationError, errorMessage } from './errors.js';

async function main(argv: string[]): Promise<number> {
  try {
    return await runProgram(argv);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      process.stderr.write(`sg-flow-audit: ${e.message}\n`);
      return 2;
    }
    // A bug, not a user mistake: keep the stack for the issue report.
    process.stderr.write(`sg-flow-audit: internal error: ${errorMessage(e)}\n${(e as Error).stack ?? ''}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
