/**
 * The live inventory as the folder of AWS CLI JSON that `--inventory` reads
 * (src/inventory/snapshot.ts), optionally redacted.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { LiveDescribeResponses } from '../../inventory/ec2.js';
import { redactDocument, redactionMapFor } from './redact.js';

/** One file of a snapshot: its name in the folder and its document. */
export interface SnapshotFile {
  name: string;
  document: unknown;
}

/**
 * The files of a snapshot, each shaped as the AWS CLI writes that Describe call
 * (`{ "SecurityGroups": [...] }`). A call AWS refused (rules, network ACLs) has no file, as when a
 * user could not run it: the reader then falls back the way a live run does.
 */
export function snapshotFiles(responses: LiveDescribeResponses): SnapshotFile[] {
  // Through JSON once, so that the SDK's Date objects become the text the CLI writes and
  // redaction sees only plain values.
  const plain = (key: string, list: unknown[]): unknown => JSON.parse(JSON.stringify({ [key]: list }));
  const files: SnapshotFile[] = [
    { name: 'security-groups.json', document: plain('SecurityGroups', responses.securityGroups) },
  ];
  if (responses.securityGroupRules !== undefined)
    files.push({
      name: 'security-group-rules.json',
      document: plain('SecurityGroupRules', responses.securityGroupRules),
    });
  files.push(
    { name: 'network-interfaces.json', document: plain('NetworkInterfaces', responses.networkInterfaces) },
    { name: 'managed-prefix-lists.json', document: plain('PrefixLists', responses.prefixLists) },
  );
  if (responses.networkAcls !== undefined)
    files.push({ name: 'network-acls.json', document: plain('NetworkAcls', responses.networkAcls) });
  return files;
}

/** Every file a snapshot can hold; those not written this time are removed so none is stale. */
export const SNAPSHOT_FILE_NAMES = [
  'security-groups.json',
  'security-group-rules.json',
  'network-interfaces.json',
  'managed-prefix-lists.json',
  'network-acls.json',
] as const;

/** The same files, redacted with one map built from all of them. */
export function redactFiles(files: readonly SnapshotFile[]): SnapshotFile[] {
  const map = redactionMapFor(files.map((f) => f.document));
  return files.map((f) => ({ name: f.name, document: redactDocument(f.document, map) }));
}

/**
 * Writes the files into `dir` (created when missing) and removes the snapshot files of an earlier
 * run that this one did not write; other files in the folder are left alone.
 */
export async function writeSnapshot(dir: string, files: readonly SnapshotFile[]): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'not a directory' : (e as Error).message;
    throw new ConfigurationError(`--out: ${dir}: ${why}`);
  }
  const written = new Set(files.map((f) => f.name));
  for (const name of SNAPSHOT_FILE_NAMES) if (!written.has(name)) await rm(join(dir, name), { force: true });
  for (const file of files) {
    const path = join(dir, file.name);
    try {
      await writeFile(path, `${JSON.stringify(file.document, null, 2)}\n`);
    } catch (e) {
      throw new ConfigurationError(`--out: ${path}: ${(e as Error).message}`);
    }
  }
}
