/**
 * Address arithmetic. An address is inside a network when its leading prefix bits equal the
 * network's, never because its text starts with the network's text ("10.0.1.5" is not in
 * "10.0.1.50/32", and "10.0.12.7" is not in "10.0.1.0/24").
 */

/** An IPv4 or IPv6 network. IPv4 addresses are unsigned 32-bit numbers, IPv6 ones bigints. */
export type Cidr =
  | { readonly version: 4; readonly network: number; readonly prefix: number; readonly text: string }
  | { readonly version: 6; readonly network: bigint; readonly prefix: number; readonly text: string };

/** Dotted quad to an unsigned 32-bit number. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return `${Math.floor(value / 16777216) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** IPv6 text (with `::`, or an embedded IPv4 tail) to a 128-bit bigint. */
export function parseIpv6(text: string): bigint | undefined {
  if (!text.includes(':') || text.length > 45) return undefined;
  let head = text;
  const lastColon = text.lastIndexOf(':');
  const dotted = text.slice(lastColon + 1);
  if (dotted.includes('.')) {
    // An embedded IPv4 tail (::ffff:192.0.2.1) is two more 16-bit groups.
    const v4 = parseIpv4(dotted);
    if (v4 === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const group = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const left = group(halves[0] ?? '');
  const right = halves.length === 2 ? group(halves[1] ?? '') : [];
  if (left === undefined || right === undefined) return undefined;
  const known = left.length + right.length;
  let groups: number[];
  if (halves.length === 2) {
    if (known > 7) return undefined;
    groups = [...left, ...new Array<number>(8 - known).fill(0), ...right];
  } else {
    if (known !== 8) return undefined;
    groups = left;
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

/** A 128-bit value to its RFC 5952 text (lower case, longest zero run as `::`). */
export function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [bestStart, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** The canonical text of an IPv6 address, so that one address always has one spelling. */
export function normalizeIpv6(text: string): string | undefined {
  const value = parseIpv6(text);
  return value === undefined ? undefined : formatIpv6(value);
}

/** `a.b.c.d/n` or `x::/n` (a bare address is a /32 or /128). Host bits set are an error. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, len, extra] = text.trim().split('/');
  if (addr === undefined || extra !== undefined) return undefined;
  const v4 = parseIpv4(addr);
  if (v4 !== undefined) {
    const prefix = len === undefined ? 32 : Number(len);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32 || (len !== undefined && !/^\d+$/.test(len)))
      return undefined;
    const network = maskIpv4(v4, prefix);
    return { version: 4, network, prefix, text: `${formatIpv4(network)}/${prefix}` };
  }
  const v6 = parseIpv6(addr);
  if (v6 === undefined) return undefined;
  const prefix = len === undefined ? 128 : Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 128) return undefined;
  const network = maskIpv6(v6, prefix);
  return { version: 6, network, prefix, text: `${formatIpv6(network)}/${prefix}` };
}

export function maskIpv4(value: number, prefix: number): number {
  if (prefix === 0) return 0;
  const hostBits = 32 - prefix;
  return Math.floor(value / 2 ** hostBits) * 2 ** hostBits;
}

export function maskIpv6(value: bigint, prefix: number): bigint {
  const hostBits = BigInt(128 - prefix);
  return (value >> hostBits) << hostBits;
}

/** Whether an IPv4 address (unsigned 32-bit number) is inside an IPv4 network. */
export function containsIpv4(cidr: Cidr, address: number): boolean {
  return cidr.version === 4 && maskIpv4(address, cidr.prefix) === cidr.network;
}

/** Whether an IPv6 address (as a 128-bit bigint) is inside an IPv6 network. */
export function containsIpv6(cidr: Cidr, address: bigint): boolean {
  return cidr.version === 6 && maskIpv6(address, cidr.prefix) === cidr.network;
}

/** How many addresses a network holds, as a power of two exponent (host bits). */
export function hostBits(cidr: Cidr): number {
  return (cidr.version === 4 ? 32 : 128) - cidr.prefix;
}

/** Whether a network holds only public (globally routable) IPv4 addresses or IPv6 outside ULA/link-local. */
export function isPrivateCidr(cidr: Cidr): boolean {
  if (cidr.version === 6) {
    const top = Number(cidr.network >> 112n);
    return cidr.prefix >= 7 && ((top & 0xfe00) === 0xfc00 || (top & 0xffc0) === 0xfe80);
  }
  return PRIVATE_V4.some((p) => p.prefix <= cidr.prefix && maskIpv4(cidr.network, p.prefix) === p.network);
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'].map(
  (t) => parseCidr(t) as Cidr & { version: 4 },
);
