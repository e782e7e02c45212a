/**
 * The command line as one commander program: a command per folder under src/commands, each with
 * its own --help and examples. Usage errors become a ConfigurationError (one line, exit 2).
 */
import { Command, CommanderError } from 'commander';
import { ConfigurationError, printable } from '../errors.js';
import { VERSION } from '../version.js';
import { analyzeCommand } from './analyze/command.js';
import { applyCommand } from './apply/command.js';
import { checkChangeCommand } from './check-change/command.js';
import { demoCommand } from './demo/command.js';
import { exportCommand } from './export/command.js';
import { exportTrafficCommand } from './export-traffic/command.js';
import { proposeCommand } from './propose/command.js';
import { revertCommand } from './revert/command.js';
import { reviewCommand } from './review/command.js';
import { snapshotCommand } from './snapshot/command.js';

/** Builds the program; `done` receives the exit status of the command that ran. */
export function buildProgram(done: (status: number) => void): Command {
  const program = new Command('sg-flow-audit')
    .description(
      'Shows which security-group rules real VPC Flow Log traffic needs, and proposes the rest away.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    // commander prints its own errors; ours are printed once, as one line, by the caller.
    .configureOutput({ outputError: () => undefined });
  for (const command of [
    analyzeCommand(done),
    proposeCommand(done),
    reviewCommand(done),
    exportCommand(done),
    exportTrafficCommand(done),
    applyCommand(done),
    revertCommand(done),
    snapshotCommand(done),
    checkChangeCommand(done),
    demoCommand(done),
  ]) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: () => undefined }));
  }
  return program;
}

/** Runs the program on `argv` (without node and the script) and returns the exit status. */
export async function runProgram(argv: readonly string[]): Promise<number> {
  let status = 0;
  const program = buildProgram((s) => (status = s));
  if (argv.length === 0) throw new ConfigurationError("no command given; try 'sg-flow-audit --help'");
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      // One line: commander's suggestion ("Did you mean --out?") comes on a line of its own.
      throw asOneLine(
        new ConfigurationError(`${e.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} (see --help)`),
      );
    }
    if (e instanceof ConfigurationError) throw asOneLine(e);
    throw e;
  }
  return status;
}

/**
 * The error as the one line it is printed as: a message that quotes a flag's value or a file's
 * text gets its line breaks and control characters escaped, so nothing can add a line to standard
 * error, or a workflow command or terminal escape to the log.
 */
function asOneLine(e: ConfigurationError): ConfigurationError {
  const line = printable(e.message, Number.MAX_SAFE_INTEGER);
  return line === e.message ? e : new ConfigurationError(line);
}
