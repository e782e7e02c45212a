/**
 * Reads an inventory from a folder of AWS CLI JSON output (`--inventory DIR`):
 * security-groups.json, network-interfaces.json, and optionally security-group-rules.json,
 * managed-prefix-lists.json and network-acls.json (`aws ec2 describe-network-acls`, where port-scan
 * findings find a free rule number for their deny entry).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import {
  inventoryFromDescribe,
  NetworkAclSchema,
  networkAclsFromDescribe,
  NetworkInterfaceSchema,
  parseDescribeDocument,
  PrefixListSchema,
  SecurityGroupRuleSchema,
  SecurityGroupSchema,
} from './describe.js';
import type { Inventory } from './model.js';

async function readJson(dir: string, name: string, required: boolean): Promise<unknown> {
  const path = join(dir, name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return undefined;
    const why =
      code === 'ENOENT' ? 'not found' : code === 'ENOTDIR' ? 'not a directory' : (e as Error).message;
    throw new ConfigurationError(`--inventory: ${path}: ${why}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`--inventory: ${path}: not valid JSON (${(e as Error).message})`);
  }
}

export async function readInventorySnapshot(dir: string): Promise<Inventory> {
  // Read at once, but the error named is the first file's in this order, not the first to fail.
  const settled = await Promise.allSettled([
    readJson(dir, 'security-groups.json', true),
    readJson(dir, 'network-interfaces.json', true),
    readJson(dir, 'security-group-rules.json', false),
    readJson(dir, 'managed-prefix-lists.json', false),
    readJson(dir, 'network-acls.json', false),
  ]);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const [groups, interfaces, rules, prefixLists, networkAcls] = settled.map(
    (r) => (r as PromiseFulfilledResult<unknown>).value,
  );
  const where = (name: string) => `--inventory: ${join(dir, name)}`;
  try {
    const inventory = inventoryFromDescribe({
      securityGroups: parseDescribeDocument(
        groups,
        'SecurityGroups',
        SecurityGroupSchema,
        where('security-groups.json'),
      ),
      networkInterfaces: parseDescribeDocument(
        interfaces,
        'NetworkInterfaces',
        NetworkInterfaceSchema,
        where('network-interfaces.json'),
      ),
      securityGroupRules:
        rules === undefined
          ? undefined
          : parseDescribeDocument(
              rules,
              'SecurityGroupRules',
              SecurityGroupRuleSchema,
              where('security-group-rules.json'),
            ),
      prefixLists:
        prefixLists === undefined
          ? undefined
          : parseDescribeDocument(
              prefixLists,
              'PrefixLists',
              PrefixListSchema,
              where('managed-prefix-lists.json'),
            ),
    });
    if (networkAcls !== undefined) {
      inventory.networkAcls = networkAclsFromDescribe(
        parseDescribeDocument(networkAcls, 'NetworkAcls', NetworkAclSchema, where('network-acls.json')),
      );
    }
    return inventory;
  } catch (e) {
    if (e instanceof ConfigurationError && !e.message.startsWith('--inventory')) {
      throw new ConfigurationError(`--inventory: ${dir}: ${e.message}`);
    }
    throw e;
  }
}
