/**
 * The exported snapshot, for teams whose security groups are in no code: one YAML file per
 * group (ids, name, VPC, description, and its rules split into ingress and egress, each with one
 * peer), in a stable order, so that a proposal can be a reviewable diff of these files and a
 * fresh export changes only what changed in AWS.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { ConfigurationError } from '../../errors.js';
import {
  derivedRuleId,
  normalizeProtocol,
  peerText,
  type Direction,
  type Inventory,
  type RulePeer,
  type SecurityGroup,
  type SecurityGroupRule,
} from '../../inventory/model.js';

/** The first characters of every exported file: how the files are told from others. */
export const EXPORT_MARKER = '# sg-flow-audit export:';

const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stable order of a group's rules: direction, protocol, ports, peer, rule id. */
export function compareRules(a: SecurityGroupRule, b: SecurityGroupRule): number {
  return (
    DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
    compareText(a.protocol, b.protocol) ||
    a.fromPort - b.fromPort ||
    a.toPort - b.toPort ||
    compareText(peerText(a.peer), peerText(b.peer)) ||
    compareText(a.ruleId, b.ruleId)
  );
}

/** A group's file name: its name (made safe for file systems) and its id, which is unique. */
export function exportFileName(group: SecurityGroup): string {
  const name = group.groupName
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
  return name === '' ? `${group.groupId}.yaml` : `${name}.${group.groupId}.yaml`;
}

function ruleDocument(rule: SecurityGroupRule): Record<string, string | number> {
  const peer: Record<string, string> =
    'cidr' in rule.peer
      ? { cidr: rule.peer.cidr }
      : 'groupId' in rule.peer
        ? { groupId: rule.peer.groupId }
        : { prefixListId: rule.peer.prefixListId };
  return {
    ruleId: rule.ruleId,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    ...peer,
    ...(rule.description === undefined ? {} : { description: rule.description }),
  };
}

/** The text of one group's file. */
export function renderGroupFile(group: SecurityGroup, rules: readonly SecurityGroupRule[]): string {
  const own = rules.filter((r) => r.groupId === group.groupId).sort(compareRules);
  const header = [
    `${EXPORT_MARKER} security group ${group.groupId}, as AWS had it when exported.`,
    '# Written by `sg-flow-audit export`; refresh it with `sg-flow-audit export --out DIR` and the',
    '# inventory options of `analyze`. `sg-flow-audit propose` edits rules here by ruleId; a rule',
    '# without a ruleId is one to add. Nothing applies this file to AWS by itself.',
  ];
  const body = stringify(
    {
      groupId: group.groupId,
      groupName: group.groupName,
      vpcId: group.vpcId,
      description: group.description,
      ingress: own.filter((r) => r.direction === 'ingress').map(ruleDocument),
      egress: own.filter((r) => r.direction === 'egress').map(ruleDocument),
    },
    { lineWidth: 0 },
  );
  return `${header.join('\n')}\n${body}`;
}

/** What an export wrote and removed, as file names in the output folder. */
export interface ExportResult {
  written: string[];
  /** Files of groups that no longer exist (exported files only; nothing else is touched). */
  removed: string[];
}

async function exportedFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort(compareText);
  const out: string[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    if (text.startsWith(EXPORT_MARKER)) out.push(name);
  }
  return out;
}

/**
 * Writes every group of an inventory as `<name>.<groupId>.yaml` in outDir (created if needed),
 * and removes the exported files of groups that are gone.
 */
export async function exportGroups(inventory: Inventory, outDir: string): Promise<ExportResult> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new ConfigurationError(`--out: ${outDir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const before = await exportedFiles(outDir);
  const written: string[] = [];
  for (const group of [...inventory.groups].sort((a, b) => compareText(a.groupId, b.groupId))) {
    const name = exportFileName(group);
    await writeFile(join(outDir, name), renderGroupFile(group, inventory.rules));
    written.push(name);
  }
  const removed = before.filter((name) => !written.includes(name));
  for (const name of removed) await rm(join(outDir, name));
  return { written, removed };
}

const RuleSchema = z
  .object({
    ruleId: z.string().optional(),
    protocol: z.union([z.string(), z.number()]).transform(String),
    fromPort: z.number().int(),
    toPort: z.number().int(),
    cidr: z.string().optional(),
    groupId: z.string().optional(),
    prefixListId: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((r) => [r.cidr, r.groupId, r.prefixListId].filter((p) => p !== undefined).length === 1, {
    message: 'each rule needs exactly one of cidr, groupId, prefixListId',
  });

const GroupFileSchema = z.object({
  groupId: z.string().regex(/^sg-/, 'expected a group id sg-…'),
  groupName: z.string(),
  vpcId: z.string(),
  description: z.string(),
  ingress: z.array(RuleSchema),
  egress: z.array(RuleSchema),
});

/** Reads one exported file's text into its group and rules; `where` names it in errors. */
export function parseGroupFile(
  text: string,
  where: string,
): { group: SecurityGroup; rules: SecurityGroupRule[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new ConfigurationError(`${where}: not YAML (${(e as Error).message.split('\n')[0] ?? ''})`);
  }
  const parsed = GroupFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigurationError(`${where}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const file = parsed.data;
  const group: SecurityGroup = {
    groupId: file.groupId,
    groupName: file.groupName,
    vpcId: file.vpcId,
    description: file.description,
  };
  const rules = DIRECTIONS.flatMap((direction) =>
    file[direction].map((r, i): SecurityGroupRule => {
      const protocol = normalizeProtocol(r.protocol);
      if (!protocol)
        throw new ConfigurationError(`${where}: ${direction}.${i}.protocol: unknown protocol ${r.protocol}`);
      const peer: RulePeer =
        r.cidr !== undefined
          ? { cidr: r.cidr }
          : r.groupId !== undefined
            ? { groupId: r.groupId }
            : { prefixListId: r.prefixListId ?? '' };
      const shape = {
        groupId: file.groupId,
        direction,
        ...protocol,
        fromPort: r.fromPort,
        toPort: r.toPort,
        peer,
      };
      return {
        ruleId: r.ruleId ?? derivedRuleId(shape),
        ...shape,
        ...(r.description === undefined ? {} : { description: r.description }),
      };
    }),
  );
  return { group, rules };
}

/**
 * Reads the exported files of a folder back into an inventory of groups and rules (no
 * interfaces or prefix lists). A rule without a ruleId (one a proposal adds) gets a derived id.
 */
export async function readExportedGroups(dir: string): Promise<Inventory> {
  let names: string[];
  try {
    names = await exportedFiles(dir);
  } catch (e) {
    throw new ConfigurationError(`${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const inventory: Inventory = { groups: [], rules: [], interfaces: [], prefixLists: [] };
  for (const name of names) {
    const { group, rules } = parseGroupFile(await readFile(join(dir, name), 'utf8'), join(dir, name));
    inventory.groups.push(group);
    inventory.rules.push(...rules);
  }
  return inventory;
}
