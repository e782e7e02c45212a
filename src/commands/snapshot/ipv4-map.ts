/**
 * A consistent replacement of public IPv4 addresses that keeps every "is inside" relation the
 * analysis depends on: an address inside a public rule CIDR (say 203.0.113.7 in 203.0.113.0/24)
 * is still inside that CIDR's replacement, at the same offset. Each outermost public network gets
 * an aligned block of its own size in address space that is never public (198.18.0.0/15, the
 * benchmarking range, then the reserved 240.0.0.0/4), so replacements stay distinct and cannot be
 * mistaken for anyone's real addresses, and redacting twice changes nothing.
 */
import { formatIpv4, maskIpv4, parseCidr, parseIpv4, type Cidr } from '../../analysis/net.js';

/** An IPv4 network as numbers. */
export interface Ipv4Block {
  network: number;
  prefix: number;
}

const block = (text: string): Ipv4Block => {
  const cidr = parseCidr(text) as Cidr & { version: 4 };
  return { network: cidr.network, prefix: cidr.prefix };
};

/**
 * Addresses that name no one on the internet: RFC 1918, shared (CGNAT), loopback, link-local,
 * "this network", IETF assignments, benchmarking, multicast and reserved. The documentation
 * ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) are not here on purpose: examples and
 * tests use them to stand for public addresses, and redacting them costs nothing.
 */
const NOT_PUBLIC = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '224.0.0.0/4',
  '240.0.0.0/4',
].map(block);

/** Where replacements are taken from, in this order. */
const REPLACEMENT_SPACES = ['198.18.0.0/15', '240.0.0.0/4'].map(block);

/**
 * Networks wider than a /8 are kept as they are: they name no one (0.0.0.0/0 above all), and a
 * block that size would not fit the replacement space.
 */
const WIDEST_REPLACED = 8;

const size = (prefix: number) => 2 ** (32 - prefix);

function overlaps(a: Ipv4Block, b: Ipv4Block): boolean {
  const prefix = Math.min(a.prefix, b.prefix);
  return maskIpv4(a.network, prefix) === maskIpv4(b.network, prefix);
}

/** Whether a network is replaced: wholly public and not wider than a /8. */
export function isReplacedBlock(b: Ipv4Block): boolean {
  return b.prefix >= WIDEST_REPLACED && !NOT_PUBLIC.some((n) => overlaps(n, b));
}

/** Whether an address (a.b.c.d) is public, so that redaction replaces it. */
export function isPublicIpv4(address: string): boolean {
  const value = parseIpv4(address);
  return value !== undefined && isReplacedBlock({ network: value, prefix: 32 });
}

interface Root extends Ipv4Block {
  replacement: number;
}

/**
 * The address map. Built from every public network and address of an inventory at once, so that
 * the same inventory always gives the same map, whatever order EC2 listed it in; an address seen
 * later (in flow logs) that lies in none of them gets the next free /32.
 */
export class Ipv4Map {
  private readonly roots = new Map<string, Root>();
  private readonly cursors = REPLACEMENT_SPACES.map((s) => s.network);

  constructor(blocks: Iterable<Ipv4Block>) {
    const wanted = new Map<string, Ipv4Block>();
    for (const b of blocks) {
      const network = maskIpv4(b.network, b.prefix);
      if (isReplacedBlock({ network, prefix: b.prefix }))
        wanted.set(`${network}/${b.prefix}`, { network, prefix: b.prefix });
    }
    // Widest first, so that a network is placed before anything inside it, and each block is
    // aligned to its size without gaps.
    const ordered = [...wanted.values()].sort((a, b) => a.prefix - b.prefix || a.network - b.network);
    for (const b of ordered) if (this.rootOf(b) === undefined) this.place(b);
  }

  /** The replacement of an address (an unsigned 32-bit number); itself when it is not public. */
  address(value: number): number {
    return this.network({ network: value, prefix: 32 });
  }

  /** The replacement of a network's first address; itself when the network is not replaced. */
  network(b: Ipv4Block): number {
    const network = maskIpv4(b.network, b.prefix);
    const wanted = { network, prefix: b.prefix };
    if (!isReplacedBlock(wanted)) return network;
    const root = this.rootOf(wanted) ?? this.place(wanted);
    return root.replacement + (network - root.network);
  }

  /** The mapping of a dotted address; text that is not an address comes back unchanged. */
  text(address: string): string {
    const value = parseIpv4(address);
    return value === undefined ? address : formatIpv4(this.address(value));
  }

  /**
   * The placed network that holds `b`. Innermost first: a network seen only after an address
   * inside it was placed gets a block of its own, and that address must keep its replacement.
   */
  private rootOf(b: Ipv4Block): Root | undefined {
    for (let prefix = b.prefix; prefix >= WIDEST_REPLACED; prefix--) {
      const root = this.roots.get(`${maskIpv4(b.network, prefix)}/${prefix}`);
      if (root) return root;
    }
    return undefined;
  }

  private place(b: Ipv4Block): Root {
    const length = size(b.prefix);
    for (const [i, space] of REPLACEMENT_SPACES.entries()) {
      const cursor = this.cursors[i] as number;
      const start = Math.ceil(cursor / length) * length;
      if (start + length > space.network + size(space.prefix)) continue;
      this.cursors[i] = start + length;
      const root = { ...b, replacement: start };
      this.roots.set(`${b.network}/${b.prefix}`, root);
      return root;
    }
    // 268 million replacement addresses: only an absurd input gets here.
    throw new Error(`redaction: no replacement block left for ${formatIpv4(b.network)}/${b.prefix}`);
  }
}
