/**
 * Helpers of the Terraform editing tests: live rules and changes, the rules a file says as read by
 * an independent HCL parser (@cdktf/hcl2json, HashiCorp's own Go parser built to WebAssembly), and
 * a line diff that tells which lines an edit touched.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';
import { normalizeProtocol } from '../../../src/inventory/model.js';
import type { FileEdit, LiveRule, ProposedRule, RuleChange } from '../../../src/iac/model.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A live ingress TCP rule of group `sg-<groupName>` unless said otherwise. */
export function live(
  rule: Partial<LiveRule> & Pick<LiveRule, 'ruleId' | 'groupName' | 'fromPort' | 'toPort' | 'peer'>,
): LiveRule {
  return { groupId: `sg-${rule.groupName}`, direction: 'ingress', protocol: 'tcp', ...rule };
}

export function replace(rule: LiveRule, ...replacement: ProposedRule[]): RuleChange {
  return { rule, action: 'replace', replacement, reason: 'narrower rule from the observed traffic' };
}

export function remove(rule: LiveRule): RuleChange {
  return { rule, action: 'remove', replacement: [], reason: 'unused for 14 days' };
}

export function tcp(
  fromPort: number,
  toPort: number,
  peer: Omit<ProposedRule, 'protocol' | 'fromPort' | 'toPort'>,
): ProposedRule {
  return { protocol: 'tcp', fromPort, toPort, ...peer };
}

/** One rule as a comparable line: group, direction, protocol, ports, peer. */
export function ruleKey(
  group: string,
  direction: string,
  protocol: string,
  ports: string,
  peer: string,
): string {
  return [group, direction, protocol, ports, peer].join(' ');
}

type Json = Record<string, unknown>;

function refName(value: unknown): string {
  const text = String(value);
  const ref = /^\$\{([^}]*)\}$/.exec(text)?.[1];
  return ref ? ref.replace(/\.id$/, '') : text;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function keysOf(
  group: string,
  direction: string,
  body: Json,
  protocolName: string,
  peers: Record<string, string>,
): string[] {
  const protocol = normalizeProtocol(String(body[protocolName]))?.protocol ?? String(body[protocolName]);
  const ports = protocol === 'all' ? 'all' : `${String(body.from_port ?? -1)}-${String(body.to_port ?? -1)}`;
  const keys: string[] = [];
  for (const [attr, kind] of Object.entries(peers)) {
    for (const value of list(body[attr]))
      keys.push(ruleKey(group, direction, protocol, ports, `${kind}${refName(value)}`));
  }
  if (body.self === true) keys.push(ruleKey(group, direction, protocol, ports, 'self'));
  return keys;
}

const INLINE_PEERS = { cidr_blocks: '', ipv6_cidr_blocks: '', security_groups: '', prefix_list_ids: '' };
const RULE_PEERS = {
  cidr_blocks: '',
  ipv6_cidr_blocks: '',
  source_security_group_id: '',
  prefix_list_ids: '',
};
const VPC_PEERS = { cidr_ipv4: '', cidr_ipv6: '', referenced_security_group_id: '', prefix_list_id: '' };

/** Every rule a file says, read by @cdktf/hcl2json (inline blocks, both rule resources), sorted. */
export async function hclRules(text: string): Promise<string[]> {
  const json = (await parse('main.tf', text)) as { resource?: Record<string, Record<string, Json[]>> };
  const keys: string[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, [body = {}]] of Object.entries(byName)) {
      if (type === 'aws_security_group') {
        for (const direction of ['ingress', 'egress'])
          for (const block of list(body[direction]) as Json[])
            keys.push(...keysOf(`aws_security_group.${name}`, direction, block, 'protocol', INLINE_PEERS));
      } else if (type === 'aws_security_group_rule') {
        keys.push(
          ...keysOf(refName(body.security_group_id), String(body.type), body, 'protocol', RULE_PEERS),
        );
      } else if (type.startsWith('aws_vpc_security_group_')) {
        const direction = type.includes('ingress') ? 'ingress' : 'egress';
        keys.push(...keysOf(refName(body.security_group_id), direction, body, 'ip_protocol', VPC_PEERS));
      }
    }
  }
  return keys.sort();
}

/** The rules of `before` without `removed`, with `added`: what the edited file must say. */
export function expectedRules(
  before: readonly string[],
  removed: readonly string[],
  added: readonly string[],
): string[] {
  const rules = [...before];
  for (const key of removed) {
    const at = rules.indexOf(key);
    if (at === -1) throw new Error(`the fixture has no rule ${key}`);
    rules.splice(at, 1);
  }
  return [...rules, ...added].sort();
}

/** A changed stretch of lines: [start, end) in the old text, and how many lines replace it. */
export interface Hunk {
  start: number;
  end: number;
  inserted: string[];
}

/** The line hunks between two texts (longest common subsequence of lines). */
export function lineHunks(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) hunks.push((open = { start: i, end: i, inserted: [] }));
    if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) open.inserted.push(b[j++]!);
    else open.end = ++i;
  }
  return hunks;
}

/**
 * Asserts that an edit changed only lines inside the given 1-based inclusive line ranges of the
 * old text (a pure insertion may also sit right after a range).
 */
export function changedLinesWithin(edit: FileEdit, ranges: readonly [number, number][]): Hunk[] {
  const hunks = lineHunks(edit.before, edit.after);
  for (const hunk of hunks) {
    const first = hunk.start + 1;
    const last = hunk.end;
    const inside = ranges.some(([from, to]) =>
      hunk.end > hunk.start ? first >= from && last <= to : first >= from && first <= to + 1,
    );
    if (!inside)
      throw new Error(
        `lines ${first}-${last} changed outside ${JSON.stringify(ranges)}: ${JSON.stringify(hunk.inserted)}`,
      );
  }
  return hunks;
}

/** A copy of a fixture directory in a temporary directory, with some files replaced. */
export async function fixtureCopy(
  name: string,
  replaced: Record<string, string> = {},
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sgfa-tf-'));
  await cp(join(FIXTURES, name), dir, { recursive: true });
  for (const [file, text] of Object.entries(replaced)) await writeFile(join(dir, file), text);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
