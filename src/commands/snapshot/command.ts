/**
 * `sg-flow-audit snapshot --region R --out DIR`: the live inventory written as the AWS CLI JSON
 * that `--inventory` reads, so that a run can be repeated offline; `--redact` makes it fit to
 * attach to a bug report.
 */
import { Command } from 'commander';
import { ConfigurationError } from '../../errors.js';
import { redactFiles, snapshotFiles, writeSnapshot } from './write.js';
import { showControls } from '../../report/escape.js';

const EXAMPLES = `
Examples:
  $ sg-flow-audit snapshot --region eu-west-1 --vpc-id vpc-0123456789abcdef0 --out inv
  $ sg-flow-audit analyze --inventory inv --flow-logs ./AWSLogs    # the same run, offline
  # For a bug report: account ids, public addresses, names and tag values replaced
  $ sg-flow-audit snapshot --region eu-west-1 --security-group-ids sg-0123456789abcdef0 --out inv --redact
`;

/** `a,b` or several arguments after one flag, as one list. */
function groupIds(value: string, previous: string[] | undefined): string[] {
  const ids = value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...(previous ?? []), ...ids];
}

/** The snapshot command; `done` receives its exit status. */
export function snapshotCommand(done: (status: number) => void): Command {
  return new Command('snapshot')
    .description('write the live inventory as the AWS CLI JSON that --inventory reads')
    .requiredOption('--out <dir>', 'the folder to write (created when missing)')
    .option('--region <region>', 'AWS region to read')
    .option('--vpc-id <vpc>', 'one VPC')
    .option('--security-group-ids <id...>', 'these groups', groupIds)
    .option('--endpoint-url <url>', 'an EC2-compatible endpoint (a local emulator)')
    .option(
      '--redact',
      'replace account ids, public IPv4 addresses, group names and tag values consistently, and drop descriptions',
    )
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
      const [region, endpoint, out] = [text('region'), text('endpointUrl'), text('out') as string];
      if (region === undefined && endpoint === undefined && process.env['AWS_REGION'] === undefined)
        throw new ConfigurationError('snapshot: give --region (or set AWS_REGION)');
      // The SDK is loaded only when a command reads AWS.
      const { createEc2Client } = await import('../../aws/clients.js');
      const { readLiveDescribe } = await import('../../inventory/ec2.js');
      const ec2 = createEc2Client({
        ...(region !== undefined ? { region } : {}),
        ...(endpoint !== undefined ? { endpoint } : {}),
      });
      const responses = await readLiveDescribe(ec2, {
        vpcId: text('vpcId'),
        groupIds: options['securityGroupIds'] as string[] | undefined,
      });
      for (const warning of responses.warnings)
        process.stderr.write(`sg-flow-audit: warning: ${showControls(warning)}\n`);
      const files = snapshotFiles(responses);
      const redacted = options['redact'] === true;
      await writeSnapshot(out, redacted ? redactFiles(files) : files);
      const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
      const written = [
        count(responses.securityGroups.length, 'group'),
        ...(responses.securityGroupRules ? [count(responses.securityGroupRules.length, 'rule')] : []),
        count(responses.networkInterfaces.length, 'interface'),
        count(responses.prefixLists.length, 'prefix list'),
        ...(responses.networkAcls ? [count(responses.networkAcls.length, 'network ACL')] : []),
      ];
      process.stdout.write(`wrote ${written.join(', ')} to ${out}${redacted ? ' (redacted)' : ''}\n`);
      done(0);
    });
}
