/**
 * Reads an inventory from a folder of AWS CLI JSON output (`--inventory DIR`):
 * security-groups.json, network-interfaces.json, and optionally security-group-rules.json,
 * managed-prefix-lists.json and network-acls.json (`aws ec2 describe-network-acls`, where port-scan
 * findings find a free rule number for their deny entry).
 */
import { join } from 'node:path';
import { ConfigurationError, printable } from '../errors.js';
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
import { describeFileError, readTextFile } from './text-file.js';

/**
 * The most an inventory file may hold. About 100,000 interfaces of describe-network-interfaces;
 * JSON.parse needs several times the size in memory, and V8 holds no string over 512 MiB.
 */
const MAX_INVENTORY_FILE_BYTES = 256 * 2 ** 20;

/** The AWS CLI command whose output each file is, for "expected …" in messages. */
const COMMANDS: Readonly<Record<string, string>> = {
  'security-groups.json': 'describe-security-groups',
  'network-interfaces.json': 'describe-network-interfaces',
  'security-group-rules.json': 'describe-security-group-rules',
  'managed-prefix-lists.json': 'describe-managed-prefix-lists',
  'network-acls.json': 'describe-network-acls',
};

async function readJson(dir: string, name: string, required: boolean): Promise<unknown> {
  const path = join(dir, name);
  const expected = `the JSON of aws ec2 ${COMMANDS[name] ?? name}`;
  let text: string;
  try {
    text = await readTextFile(path, MAX_INVENTORY_FILE_BYTES, expected);
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    const why = e instanceof ConfigurationError ? e.message : describeFileError(e);
    throw new ConfigurationError(`--inventory: ${path}: ${why}`);
  }
  if (text.trim() === '') throw new ConfigurationError(`--inventory: ${path}: empty: expected ${expected}`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`--inventory: ${path}: ${jsonErrorText(e, text)}: expected ${expected}`);
  }
}

/**
 * JSON.parse's message as a short, safe phrase with a line and column. V8 quotes the text around
 * the error, which in a binary or hostile file can hold anything; the position says enough.
 */
function jsonErrorText(e: unknown, text: string): string {
  const message = (e instanceof Error ? e.message : String(e))
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  const position = /^(.*?)(?: in JSON)? at position (\d+)/s.exec(message);
  if (!position) return `not valid JSON (${printable(message, 120)})`;
  const offset = Number(position[2]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column} (${printable(position[1] ?? '', 120)})`;
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
        'GroupId',
      ),
      networkInterfaces: parseDescribeDocument(
        interfaces,
        'NetworkInterfaces',
        NetworkInterfaceSchema,
        where('network-interfaces.json'),
        'NetworkInterfaceId',
      ),
      securityGroupRules:
        rules === undefined
          ? undefined
          : parseDescribeDocument(
              rules,
              'SecurityGroupRules',
              SecurityGroupRuleSchema,
              where('security-group-rules.json'),
              'SecurityGroupRuleId',
            ),
      prefixLists:
        prefixLists === undefined
          ? undefined
          : parseDescribeDocument(
              prefixLists,
              'PrefixLists',
              PrefixListSchema,
              where('managed-prefix-lists.json'),
              'PrefixListId',
            ),
    });
    if (networkAcls !== undefined) {
      inventory.networkAcls = networkAclsFromDescribe(
        parseDescribeDocument(
          networkAcls,
          'NetworkAcls',
          NetworkAclSchema,
          where('network-acls.json'),
          'NetworkAclId',
        ),
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
