/**
 * Redaction of an inventory snapshot, so that it can be attached to a bug report: account ids,
 * public IPv4 addresses, group names, customer prefix-list names and tag values are replaced
 * consistently, descriptions are removed. Group, rule and interface ids and private addresses
 * stay, because the analysis needs them, and public addresses keep every "is inside" relation
 * (see ipv4-map.ts), so a redacted snapshot gives every rule the same status as the original when
 * its flow logs go through the same {@link RedactionMap}.
 *
 * The map is a function of the inventory alone: the same inventory always gives the same
 * replacements, whatever order EC2 listed it in, and {@link redactionMapFor} rebuilds it later
 * from the unredacted snapshot to redact that account's flow logs the same way.
 */
import { formatIpv4, maskIpv4, parseIpv4 } from '../../analysis/net.js';
import { Ipv4Map, type Ipv4Block } from './ipv4-map.js';

/** A JSON value, as the snapshot files hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Twelve digits that are not part of a longer word: an account id, alone or inside an ARN. Hex
// resource ids (8 or 17 characters after the dash) can never hold such a run.
const ACCOUNT_ID = /(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])/g;
// a.b.c.d or a.b.c.d/n, not inside a longer dotted run (a version number, a host name).
const DOTTED = /(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?(?!\w|\.\d)/g;
// EC2's host names spell the address with dashes: ec2-203-0-113-7.compute-1.amazonaws.com.
const HOST_NAME = /(?<![\w-])(ec2|ip)-(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?![\w-])/g;

/** Where Describe* responses keep tags: `Tags`, or `TagSet` (DescribeNetworkInterfaces). */
const TAG_LISTS = new Set(['Tags', 'TagSet']);
/** Kept: findings recognise a VPC's default group by this name, and it names no one. */
const DEFAULT_GROUP = 'default';
/** AWS-managed prefix lists (com.amazonaws.eu-west-1.s3) name a service, not a customer. */
const AWS_PREFIX_LIST = /^com\.amazonaws\./;

/** Numbers names in a fixed order: `${prefix}1`, `${prefix}2`, … */
function numbered(names: Iterable<string>, prefix: string): Map<string, string> {
  return new Map([...names].map((name, i) => [name, `${prefix}${i + 1}`]));
}

/** Names in the order of the smallest id that carries each, then by name. */
function byFirstId(pairs: Map<string, string>): string[] {
  return [...pairs].sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1)).map(([n]) => n);
}

/** What the first pass over the documents finds to replace. */
interface Found {
  accounts: Set<string>;
  blocks: Ipv4Block[];
  /** Group name → the smallest group id seen with it ('\uffff' when none). */
  groupNames: Map<string, string>;
  tagValues: Set<string>;
  prefixListNames: Map<string, string>;
}

/** The replacements of one account's inventory; lookups of values it has not seen extend it. */
export class RedactionMap {
  private readonly accounts: Map<string, string>;
  private readonly addresses: Ipv4Map;
  private readonly groupNames: Map<string, string>;
  private readonly tagValues: Map<string, string>;
  private readonly prefixListNames: Map<string, string>;

  /** Use {@link redactionMapFor}. */
  constructor(found: Found) {
    this.accounts = new Map([...found.accounts].sort().map((id, i) => [id, accountNumber(i + 1)]));
    this.addresses = new Ipv4Map(found.blocks);
    this.groupNames = numbered(byFirstId(found.groupNames), 'group-');
    this.tagValues = numbered([...found.tagValues].sort(), 'tag-');
    this.prefixListNames = numbered(byFirstId(found.prefixListNames), 'prefix-list-');
  }

  /** An account id's replacement: 000000000001, 000000000002, …; anything else (`-`) stays. */
  accountId(id: string): string {
    return /^\d{12}$/.test(id) ? lookup(this.accounts, id, (n) => accountNumber(n)) : id;
  }

  /** A dotted IPv4 address's replacement; itself when it is not public (or not an address). */
  ipv4(address: string): string {
    return this.addresses.text(address);
  }

  /** `group-N`; `default` stays. */
  groupName(name: string): string {
    return name === DEFAULT_GROUP ? name : lookup(this.groupNames, name, (n) => `group-${n}`);
  }

  /** `tag-N`; an empty value stays empty. */
  tagValue(value: string): string {
    return value === '' ? value : lookup(this.tagValues, value, (n) => `tag-${n}`);
  }

  /** `prefix-list-N` for a customer's list; AWS-managed lists keep their service name. */
  prefixListName(name: string): string {
    return name === '' || AWS_PREFIX_LIST.test(name)
      ? name
      : lookup(this.prefixListNames, name, (n) => `prefix-list-${n}`);
  }

  /** A text with every account id and public IPv4 address in it (dotted, CIDR, host name) replaced. */
  text(value: string): string {
    return value
      .replace(HOST_NAME, (whole: string, kind: string, a: string, b: string, c: string, d: string) => {
        const mapped = this.ipv4(`${a}.${b}.${c}.${d}`);
        return parseIpv4(mapped) === undefined ? whole : `${kind}-${mapped.replaceAll('.', '-')}`;
      })
      .replace(DOTTED, (whole: string, address: string, prefix: string | undefined) => {
        const value = parseIpv4(address);
        if (value === undefined) return whole;
        const length = prefix === undefined ? 32 : Number(prefix);
        if (length > 32) return `${this.ipv4(address)}/${prefix}`;
        // Host bits a CIDR was written with stay where they were inside the replacement.
        const network = this.addresses.network({ network: value, prefix: length });
        const mapped = formatIpv4(network + (value - maskIpv4(value, length)));
        return prefix === undefined ? mapped : `${mapped}/${prefix}`;
      })
      .replace(ACCOUNT_ID, (id) => this.accountId(id));
  }
}

function accountNumber(n: number): string {
  return String(n).padStart(12, '0');
}

function lookup(map: Map<string, string>, key: string, next: (n: number) => string): string {
  let value = map.get(key);
  if (value === undefined) {
    value = next(map.size + 1);
    map.set(key, value);
  }
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first pass: every value the map must have a replacement for, in no particular order. */
function find(value: unknown, found: Found): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(ACCOUNT_ID)) found.accounts.add(m[0]);
    for (const m of value.matchAll(DOTTED)) {
      const address = parseIpv4(m[1] as string);
      const prefix = m[2] === undefined ? 32 : Number(m[2]);
      if (address !== undefined && prefix <= 32) found.blocks.push({ network: address, prefix });
    }
    for (const m of value.matchAll(HOST_NAME)) {
      const address = parseIpv4(`${m[2]}.${m[3]}.${m[4]}.${m[5]}`);
      if (address !== undefined) found.blocks.push({ network: address, prefix: 32 });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) find(item, found);
  } else if (isObject(value)) {
    const idOf = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '\uffff');
    for (const [key, child] of Object.entries(value)) {
      if (key === 'Description') continue;
      if (key === 'GroupName' && typeof child === 'string') {
        if (child !== DEFAULT_GROUP) keepSmallest(found.groupNames, child, idOf('GroupId'));
      } else if (key === 'PrefixListName' && typeof child === 'string') {
        keepSmallest(found.prefixListNames, child, idOf('PrefixListId'));
      } else if (TAG_LISTS.has(key) && Array.isArray(child)) {
        for (const tag of child) {
          if (isObject(tag) && typeof tag['Value'] === 'string') found.tagValues.add(tag['Value']);
          if (isObject(tag)) find(tag['Key'], found);
        }
      } else {
        find(child, found);
      }
    }
  }
}

function keepSmallest(map: Map<string, string>, name: string, id: string): void {
  const known = map.get(name);
  if (known === undefined || id < known) map.set(name, id);
}

/**
 * The redaction map of an inventory: built from all its documents (the parsed JSON of the
 * snapshot files) at once, so that it depends on their content only.
 */
export function redactionMapFor(documents: readonly unknown[]): RedactionMap {
  const found: Found = {
    accounts: new Set(),
    blocks: [],
    groupNames: new Map(),
    tagValues: new Set(),
    prefixListNames: new Map(),
  };
  for (const document of documents) find(document, found);
  return new RedactionMap(found);
}

/**
 * One document redacted with `map`: `Description` fields removed, `GroupName`, `PrefixListName`
 * and tag values (`Tags`, `TagSet`) replaced by name, and every other text through {@link RedactionMap.text}.
 * Keys keep their order, so the same input gives the same bytes.
 */
export function redactDocument(value: unknown, map: RedactionMap): Json {
  if (typeof value === 'string') return map.text(value);
  if (Array.isArray(value)) return value.map((item) => redactDocument(item, map));
  if (isObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === 'Description' || child === undefined) continue;
      if (key === 'GroupName' && typeof child === 'string') out[key] = map.groupName(child);
      else if (key === 'PrefixListName' && typeof child === 'string') out[key] = map.prefixListName(child);
      else if (TAG_LISTS.has(key) && Array.isArray(child)) out[key] = child.map((tag) => redactTag(tag, map));
      else out[key] = redactDocument(child, map);
    }
    return out;
  }
  return value as Json;
}

function redactTag(tag: unknown, map: RedactionMap): Json {
  if (!isObject(tag)) return redactDocument(tag, map);
  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(tag)) {
    if (child === undefined) continue;
    out[key] =
      key === 'Value' && typeof child === 'string' ? map.tagValue(child) : redactDocument(child, map);
  }
  return out;
}
