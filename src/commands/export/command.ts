/**
 * `sg-flow-audit export --out DIR`: every security group as a YAML file (ids, protocol, ports,
 * peer, description; stable order), so that teams without Terraform or CloudFormation get
 * reviewable diffs: commit the folder, and `propose` edits those files.
 */
import { Command } from 'commander';
import { exportGroups } from '../../iac/snapshot-yaml/index.js';
import type { Inventory } from '../../inventory/model.js';
import { readInventorySnapshot } from '../../inventory/snapshot.js';
import { ConfigurationError } from '../../errors.js';
import { showControls } from '../../report/escape.js';

const EXAMPLES = `
Examples:
  $ sg-flow-audit export --inventory inv --out security-groups/
  $ sg-flow-audit export --region eu-west-1 --vpc-id vpc-0123456789abcdef0 --out security-groups/
`;

export function exportCommand(done: (status: number) => void): Command {
  return new Command('export')
    .description('write every security group as a YAML file that propose can edit')
    .requiredOption('--out <dir>', 'the folder to write (files of groups no longer there are removed)')
    .option('--inventory <dir>', 'AWS CLI JSON (as for analyze); without it, EC2 is read live')
    .option('--region <region>', 'AWS region of a live read')
    .option('--vpc-id <vpc>', 'export one VPC')
    .option('--security-group-ids <id...>', 'export these groups')
    .option('--endpoint-url <url>', 'an EC2-compatible endpoint (a local emulator)')
    .addHelpText('after', EXAMPLES)
    .action(async (options: Record<string, unknown>) => {
      const inventory = await readInventory(options);
      const result = await exportGroups(inventory, options['out'] as string);
      process.stdout.write(
        `wrote ${result.written.length} group file(s) to ${options['out'] as string}${result.removed.length > 0 ? `, removed ${result.removed.length} of groups no longer there` : ''}\n`,
      );
      done(0);
    });
}

async function readInventory(options: Record<string, unknown>): Promise<Inventory> {
  if (typeof options['inventory'] === 'string') return readInventorySnapshot(options['inventory']);
  if (
    options['region'] === undefined &&
    options['endpointUrl'] === undefined &&
    process.env['AWS_REGION'] === undefined
  )
    throw new ConfigurationError('export: give --inventory DIR, or --region for a live read');
  // The SDK is loaded only for live reads.
  const { createEc2Client } = await import('../../aws/clients.js');
  const { readLiveInventory } = await import('../../inventory/ec2.js');
  const ec2 = createEc2Client({
    ...(typeof options['region'] === 'string' ? { region: options['region'] } : {}),
    ...(typeof options['endpointUrl'] === 'string' ? { endpoint: options['endpointUrl'] } : {}),
  });
  const { warnings, ...inventory } = await readLiveInventory(ec2, {
    vpcId: options['vpcId'] as string | undefined,
    groupIds: options['securityGroupIds'] as string[] | undefined,
  });
  for (const warning of warnings) process.stderr.write(`sg-flow-audit: warning: ${showControls(warning)}\n`);
  return inventory;
}
