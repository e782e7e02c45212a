/**
 * `sg-flow-audit demo`: the audit of the bundled example account (examples/demo), to see what the
 * tool says before pointing it at your own logs.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { parseFormat } from '../../cli-args.js';
import { ConfigurationError } from '../../errors.js';
import { renderReport } from '../../report/render.js';
import { runAnalysis } from '../run-analysis.js';

/** The example beside the checkout or the package: from dist/cli/ (or src/commands/demo/) up. */
export function demoDirectory(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, i = 0; i < 5; dir = resolve(dir, '..'), i++) {
    const candidate = join(dir, 'examples', 'demo');
    if (existsSync(join(candidate, 'inventory', 'security-groups.json'))) return candidate;
  }
  throw new ConfigurationError('demo: the bundled example (examples/demo) is not beside this installation');
}

export function demoCommand(done: (status: number) => void): Command {
  return new Command('demo')
    .description(
      'audit the bundled example account: a load balancer, APIs, a database, a jump host, a port scanner',
    )
    .addOption(
      new Option(
        '--format <format>',
        'json, markdown, sarif, text, html or csv (default: text on a terminal, json otherwise)',
      ).argParser(parseFormat),
    )
    .addHelpText('after', '\nExample:\n  $ sg-flow-audit demo\n')
    .action(async (options: Record<string, unknown>) => {
      const dir = demoDirectory();
      const { report } = await runAnalysis({
        flowLogs: [join(dir, 'logs')],
        inventory: join(dir, 'inventory'),
        config: join(dir, 'sg-flow-audit.yml'),
        securityGroupIds: [],
        failOn: 'none',
      });
      const toTerminal = process.stdout.isTTY === true;
      const format =
        (options['format'] as ReturnType<typeof parseFormat> | undefined) ?? (toTerminal ? 'text' : 'json');
      process.stdout.write(renderReport(report, format, { color: toTerminal }));
      done(0);
    });
}
