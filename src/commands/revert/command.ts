/**
 * `sg-flow-audit revert JOURNAL`: undoes an apply run from its journal. The rules it revoked come
 * back exactly (protocol, ports, peer, description; with new ids), the rules it created are
 * revoked by id, its network ACL entries deleted. Running it twice changes nothing the second time.
 */
import { Command } from 'commander';

const EXAMPLES = `
Examples:
  # Undo the apply run that wrote this journal (apply prints this command when a call fails)
  $ sg-flow-audit revert sg-flow-audit-journal-20261126T120000Z.json --region eu-west-1
  # Against a local emulator
  $ sg-flow-audit revert journal.json --endpoint-url http://127.0.0.1:5000 --region us-east-1

The revert writes its own journal next to the one it undoes (…-revert-<UTC time>.json). A rule
created by the apply and changed since is left alone and listed.

Exit status: 0 reverted (or nothing left to revert), 1 a call failed (run it again once fixed:
what is undone already is skipped), 2 the revert could not be done (missing or damaged journal).
`;

/** The revert command; `done` receives its exit status. */
export function revertCommand(done: (status: number) => void): Command {
  return new Command('revert')
    .description('undo an apply run from its journal: the old rules back, the new ones revoked')
    .argument('<journal>', 'the journal an apply run wrote')
    .option('--region <region>', 'AWS region of the groups')
    .option('--endpoint-url <url>', 'an EC2-compatible endpoint (a local emulator)')
    .addHelpText('after', EXAMPLES)
    .action(async (journal: string, options: Record<string, unknown>) => {
      const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
      // The EC2 SDK is loaded only when revert runs.
      const { runRevert } = await import('./revert.js');
      done(
        await runRevert({
          journal,
          region: text('region'),
          endpointUrl: text('endpointUrl'),
          now: () => new Date(),
        }),
      );
    });
}
